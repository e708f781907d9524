"""What the English tests share: the window's translators installed for one test, a
pseudo-translation that makes every string longer, and the Korean a screen still shows
that is not data."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QTabWidget,
    QWidget,
)
from sqlalchemy import String, Text, select

from minwon_desk.domain.privacy import mask_name
from minwon_desk.services.backend import Backend
from minwon_desk.store.base import Base
from minwon_desk.ui import translations
from minwon_desk.ui.translations_build import TS_DIR, release

HANGUL = re.compile(r"[\uac00-\ud7a3]+")
# A word as a screen shows it: a masked name ("이*서") is one word, and a word cut short
# by "…" (a long survey question in a tooltip) is the start of a longer one.
SHOWN_WORD = re.compile(r"[\uac00-\ud7a3]+(?:\*+[\uac00-\ud7a3]*)*(…)?|\*+[\uac00-\ud7a3]+")
TAG = re.compile(r"<[^>]+>")


def install_english(app: QApplication, cache: Path) -> list[QTranslator]:
    return translations.install(app, "en", cache=cache)


def install_pseudo(app: QApplication, folder: Path, growth: float = 0.4) -> list[QTranslator]:
    """Every message of every .ts as its English (its Korean where there is none yet) made
    ``growth`` longer, compiled into ``folder`` and installed."""
    folder.mkdir(parents=True, exist_ok=True)
    for ts in sorted(TS_DIR.glob("*_en.ts")):
        tree = ET.parse(ts)
        for message in tree.getroot().iter("message"):
            node = message.find("translation")
            assert node is not None
            text = node.text or message.findtext("source") or ""
            lines = [line + "~" * max(1, round(len(line) * growth)) if line else line
                     for line in text.split("\n")]
            node.text = "\n".join(lines)
            node.attrib.pop("type", None)
        pseudo = folder / ts.name
        tree.write(pseudo, encoding="utf-8", xml_declaration=True)
        release(pseudo, folder / f"{ts.stem}.qm")
        pseudo.unlink()
    return translations.install(app, "en", folder=folder)


def data_words(backend: Backend, *extra: str) -> set[str]:
    """Every Korean word the demo agency's records hold (names, departments, subjects…):
    a screen may show those in any language."""
    words: set[str] = set()
    with backend.db.read() as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            if not columns:
                continue
            for row in session.execute(select(*columns)):
                for value in row:
                    if isinstance(value, str):
                        words.update(HANGUL.findall(value))
    for text in extra:
        words.update(HANGUL.findall(text))
    # Screens show names masked ("이*서"): the masked forms are the same data.
    words.update({mask_name(w) for w in words} - {"*"})
    return words


def _not_data(word: str, data: set[str]) -> bool:
    if word.endswith("…"):
        start = word.removesuffix("…")
        return not any(w.startswith(start) for w in data)
    return word not in data


def _shown(widget: QWidget) -> bool:
    return widget.isVisible()


def chrome_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) of the words the window itself puts on ``root``: its title, labels,
    buttons, group titles, tabs, placeholders, headers, tooltips and accessible names."""
    yield "창 제목", root.windowTitle()
    widgets: Iterable[QWidget] = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget):
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel):
            yield kind, TAG.sub(" ", widget.text())
        elif isinstance(widget, QAbstractButton):
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield "tab", widget.tabText(index)
        elif isinstance(widget, QLineEdit):
            yield "placeholder", widget.placeholderText()
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            for section in range(widget.count()):
                yield "header", str(model.headerData(section, widget.orientation()) or "")
        elif isinstance(widget, QListWidget) and widget.objectName() == "navList":
            for row in range(widget.count()):
                yield "page", widget.item(row).text()
        elif isinstance(widget, QMenuBar | QMenu):
            for action in widget.actions():
                yield "menu", action.text()
                if action.menu() is not None:
                    for inner in action.menu().actions():
                        yield "menu", inner.text()
                        yield "tooltip", inner.toolTip()
        yield f"{kind} tooltip", TAG.sub(" ", widget.toolTip())
        yield f"{kind} name", widget.accessibleName()
    for dialog in root.findChildren(QDialog):
        if dialog.isVisible():
            yield "창 제목", dialog.windowTitle()


def korean_left(root: QWidget, where: str, data: set[str]) -> Iterator[tuple[str, str]]:
    """(finding, text) for each text on ``root`` with Korean that is not the agency's data."""
    for what, text in chrome_texts(root):
        left = [m.group(0) for m in SHOWN_WORD.finditer(text) if _not_data(m.group(0), data)]
        if left:
            yield f"{where} · {what}: {text!r}", text


def window_sources() -> list[str]:
    """The window's Korean messages (from its .ts), cut at the placeholders: a screen that
    shows one of these pieces shows a window string left untranslated."""
    pieces: set[str] = set()
    for message in ET.parse(TS_DIR / "minwon_desk_en.ts").getroot().iter("message"):
        for piece in re.split(r"\{[^}]*\}|\n", message.findtext("source") or ""):
            piece = piece.strip(" ()·:,.—-")
            if sum(len(run) for run in HANGUL.findall(piece)) >= 5:
                pieces.add(piece)
    return sorted(pieces, key=len, reverse=True)


def words_below_the_window() -> str:
    """The Korean the rules, services and command line write (their messages, labels,
    dates), as one text: what the window shows of it is theirs to translate."""
    package = Path(__file__).resolve().parents[2] / "minwon_desk"
    return "\n".join(" ".join(HANGUL.findall(source.read_text(encoding="utf-8")))
                     for part in ("domain", "services", "cli") for source in (package / part).rglob("*.py"))


def whose(text: str, data: set[str], window: list[str], below: str) -> str:
    """"window: …" when ``text`` holds an untranslated window message or a word nobody
    below the window writes; else "below"."""
    shown = HANGUL.sub(lambda run: run.group(0) if run.group(0) not in data else "", text)
    found = next((piece for piece in window if piece in shown), None)
    if found is not None:
        return f"window: {found!r}"
    stray = [w for w in HANGUL.findall(text) if w not in data and w not in below]
    return f"window: {stray}" if stray else "below"
