"""Put the desk's language in place at start: Qt's own words, the window's, and those of the
layers below it (:func:`minwon_desk.domain.i18n.translate`).

Korean is the source, so under ``ko`` only Qt's own Korean is loaded. Other languages load
every ``*_<lang>.qm`` beside the bundled resources; a source checkout ships the ``.ts`` only,
and the ``.qm`` are compiled into the user's cache on the first start (and again whenever a
``.ts`` is newer than its compiled copy).
"""

from __future__ import annotations

import logging
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from minwon_desk.domain import i18n
from minwon_desk.resources import resource_path
from minwon_desk.ui.common import time_words

log = logging.getLogger(__name__)

LANGUAGES = ("ko", "en")
_LOCALES = {
    "ko": (QLocale.Language.Korean, QLocale.Country.SouthKorea),
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
}


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("minwon-desk", appauthor=False)) / "translations"


def compiled(language: str, folder: Path | None = None, cache: Path | None = None) -> list[Path]:
    """The ``.qm`` files of ``language``: shipped ones, or compiled from the ``.ts``."""
    if folder is None:
        try:
            folder = resource_path("translations")
        except FileNotFoundError:
            return []
    shipped = {qm.stem: qm for qm in folder.glob(f"*_{language}.qm")}
    for ts in sorted(folder.glob(f"*_{language}.ts")):
        if ts.stem in shipped:
            continue
        qm = (cache or cache_dir()) / f"{ts.stem}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            from minwon_desk.ui.translations_build import release

            try:
                release(ts, qm)
            except (OSError, RuntimeError) as exc:
                log.warning("could not compile %s: %s", ts.name, exc)
                continue
        shipped[ts.stem] = qm
    return [shipped[name] for name in sorted(shipped)]


def _lookup(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install(app: QCoreApplication, language: str, *, folder: Path | None = None,
            cache: Path | None = None) -> list[QTranslator]:
    """Install the translators of ``language`` on ``app`` (parented to it, so they live as
    long as it) and point the layers below the window at them. Returns what was installed."""
    if language not in LANGUAGES:
        log.warning("unknown language %r; showing Korean", language)
        language = "ko"
    QLocale.setDefault(QLocale(*_LOCALES[language]))
    installed: list[QTranslator] = []
    # Qt's own words are English in its source; Korean ones ship with PySide6.
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            installed.append(qt)
        else:
            log.info("Qt's own %s translation not found", language)
    if language != "ko":
        for qm in compiled(language, folder, cache):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                installed.append(translator)
            else:
                log.warning("could not load %s", qm)
        if not installed:
            log.info("no %s translation shipped; showing Korean", language)
    for translator in installed:
        app.installTranslator(translator)
    i18n.install(_lookup if language != "ko" else None)
    time_words.forget()  # remembered in the language before
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Back to the Korean source (tests that switch language)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    i18n.install(None)
    QLocale.setDefault(QLocale(*_LOCALES["ko"]))
