"""Make the translation files: ``.ts`` from the sources, ``.qm`` from the ``.ts``.

    python -m minwon_desk.ui.translations_build            # update the .ts from the sources
    python -m minwon_desk.ui.translations_build --check    # exit 1 when a .ts is out of date
    python -m minwon_desk.ui.translations_build --release DIR   # compile every .ts into DIR

Korean is the source language, written where each message is used. The ``.ts`` files in
``resources/translations/`` are the checked-in translations (edited with Qt Linguist or by
hand); the ``.qm`` files Qt loads are built from them, never checked in: by the installer's
build, or by the app itself on its first start from a source checkout
(:mod:`minwon_desk.ui.translations`).

Two files per language, so that the window and the layers below it can be translated
apart: ``minwon_desk_<lang>.ts`` holds the window's words (``ui/``, ``app.py``, the
Designer forms, the settings' names) and ``minwon_desk_core_<lang>.ts`` those of the rules,
the services and the command line.

Imports no Qt: the tools run in their own process, from the PySide6 this interpreter has.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
ROOT = PACKAGE.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en",)
SOURCE_LANGUAGE = "ko_KR"
_TARGET = {"en": "en_US"}

_TOOL = (
    "import sys; from PySide6.scripts import pyside_tool; "
    "sys.argv[0] = 'pyside6-{name}'; pyside_tool.{name}()"
)


@dataclass(frozen=True)
class Catalogue:
    """One translation file per language, and the sources its messages come from."""

    name: str  # minwon_desk, minwon_desk_core

    def ts(self, language: str, folder: Path = TS_DIR) -> Path:
        return folder / f"{self.name}_{language}.ts"

    def sources(self) -> list[Path]:
        if self.name == "minwon_desk":
            ui = [p for p in sorted((PACKAGE / "ui").rglob("*.py")) if "forms" not in p.parts[-2:-1]]
            forms = sorted((ROOT / "forms").glob("*.ui"))
            return [PACKAGE / "app.py", PACKAGE / "settings.py", *ui, *forms]
        return [p for part in ("domain", "services", "cli") for p in sorted((PACKAGE / part).rglob("*.py"))]


WINDOW = Catalogue("minwon_desk")
CORE = Catalogue("minwon_desk_core")
CATALOGUES = (WINDOW, CORE)


def _run(tool: str, args: list[str]) -> str:
    result = subprocess.run(
        [sys.executable, "-c", _TOOL.format(name=tool), *args],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"pyside6-{tool} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def update(catalogue: Catalogue, language: str, ts: Path | None = None) -> Path:
    """Bring ``ts`` (default: the checked-in file) up to date with the sources: new
    messages come in unfinished, vanished ones are dropped, translations are kept."""
    target = ts or catalogue.ts(language)
    target.parent.mkdir(parents=True, exist_ok=True)
    # The window's file keeps no line numbers, so that moving code does not change it; the
    # core file keeps lupdate's usual locations, as it is made.
    locations = ["-locations", "none"] if catalogue is WINDOW else []
    _run("lupdate", [
        *(str(p) for p in catalogue.sources()),
        "-source-language", SOURCE_LANGUAGE, "-target-language", _TARGET[language],
        *locations, "-no-obsolete", "-ts", str(target),
    ])
    return target


def messages(ts: Path) -> set[tuple[str, str, str, str]]:
    """(context, source, translation, state) of every message: what a .ts says, without
    where lupdate found it."""
    found: set[tuple[str, str, str, str]] = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            text = "" if node is None else node.text or ""
            state = "" if node is None else node.get("type", "")
            found.add((name, message.findtext("source") or "", text, state))
    return found


def release(ts: Path, qm: Path) -> Path:
    """Compile ``ts`` into ``qm`` (written whole, then moved into place: another desk
    starting at the same moment never reads half a file)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=qm.parent, suffix=".qm", delete=False) as tmp:
        part = Path(tmp.name)
    try:
        _run("lrelease", ["-silent", str(ts), "-qm", str(part)])
        part.chmod(0o644)  # a temporary file is the owner's alone; a .qm is for everyone
        part.replace(qm)
    finally:
        part.unlink(missing_ok=True)
    return qm


def release_all(out_dir: Path, folder: Path = TS_DIR) -> list[Path]:
    return [release(ts, out_dir / f"{ts.stem}.qm") for ts in sorted(folder.glob("*.ts"))]


def stale(folder: Path = TS_DIR) -> list[str]:
    """Names of checked-in ``.ts`` files whose messages lupdate would change (a new one, one
    gone, one whose source changed), locations aside."""
    names: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for catalogue in CATALOGUES:
            for language in LANGUAGES:
                checked_in = catalogue.ts(language, folder)
                if catalogue is CORE and not checked_in.exists():
                    continue  # the layers below the window may not be translated yet
                fresh = Path(tmp) / checked_in.name
                if checked_in.exists():
                    fresh.write_bytes(checked_in.read_bytes())
                update(catalogue, language, fresh)
                if not checked_in.exists() or messages(fresh) != messages(checked_in):
                    names.append(checked_in.name)
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Update or compile the translation files.")
    parser.add_argument("--check", action="store_true", help="only report out-of-date .ts files")
    parser.add_argument("--release", type=Path, metavar="DIR", help="compile every .ts into DIR")
    parser.add_argument("--core", action="store_true",
                        help="also create the core file (rules, services, command line)")
    args = parser.parse_args(argv)
    if args.release:
        for qm in release_all(args.release):
            print(f"compiled: {qm}")
        return 0
    if args.check:
        names = stale()
        for name in names:
            print(f"out of date: {name}")
        return 1 if names else 0
    for catalogue in CATALOGUES:
        for language in LANGUAGES:
            if catalogue is CORE and not args.core and not catalogue.ts(language).exists():
                continue
            print(f"updated: {update(catalogue, language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
