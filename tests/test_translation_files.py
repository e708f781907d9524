"""The translation files are whole and current: every message the sources hold has its
English, nothing stale is kept, and the checked-in ``.ts`` is what ``pyside6-lupdate``
makes from today's sources (run into a temporary copy)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from minwon_desk.ui.translations_build import CATALOGUES, LANGUAGES, TS_DIR, release, stale, update

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:[:!][^}]*)?\}")
ACCELERATOR = re.compile(r"&[^&\s]")
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "", "unfinished", "obsolete", "vanished"

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r} -> {self.translation!r} ({self.kind or 'finished'})"


def messages(ts: Path) -> list[Message]:
    found: list[Message] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            assert node is not None
            found.append(Message(name, message.findtext("source") or "", node.text or "",
                                 node.get("type", "")))
    return found


def ts_files() -> list[Path]:
    return sorted(TS_DIR.glob("*.ts"))


def test_the_window_has_an_english_file() -> None:
    assert (TS_DIR / "minwon_desk_en.ts").is_file()


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_every_message_is_translated_and_none_is_stale(ts: Path) -> None:
    bad = [str(m) for m in messages(ts) if m.kind or not m.translation.strip()]
    assert not bad, f"{len(bad)} messages without a current translation in {ts.name}:\n" + "\n".join(bad)


def test_the_window_translations_keep_the_placeholders_and_leave_no_korean() -> None:
    """A ``{name}`` the code fills in must be in the English too (or .format would fail or
    drop it), a keyboard accelerator stays one, and a word left in Korean is not a
    translation. (The core file has its own checks beside its sources.)"""
    bad: list[str] = []
    for m in messages(TS_DIR / "minwon_desk_en.ts"):
        if not m.translation:
            continue
        if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(m.translation)):
            bad.append(f"placeholders differ: {m}")
        if HANGUL.search(m.translation):
            bad.append(f"Korean left: {m}")
        if bool(ACCELERATOR.search(m.source)) != bool(ACCELERATOR.search(m.translation)):
            bad.append(f"keyboard accelerator (&) lost or added: {m}")
    assert not bad, "\n".join(bad)


def test_the_files_are_up_to_date_with_the_sources() -> None:
    """lupdate over today's sources changes nothing: every wrapped string is in a file, and
    none is there that the sources no longer have."""
    assert stale() == [], "run: uv run python -m minwon_desk.ui.translations_build"


def test_a_new_message_in_the_sources_is_found(tmp_path: Path) -> None:
    """The check above is not vacuous: a copy of the file missing a message is out of date."""
    ts = tmp_path / "minwon_desk_en.ts"
    text = (TS_DIR / ts.name).read_text(encoding="utf-8")
    first = re.search(r"\s*<message>.*?</message>", text, re.S)
    assert first is not None
    ts.write_text(text.replace(first.group(0), "", 1), encoding="utf-8")
    window = next(c for c in CATALOGUES if c.name == "minwon_desk")
    update(window, LANGUAGES[0], ts)
    assert any(m.kind == "unfinished" for m in messages(ts))


def test_every_file_compiles(tmp_path: Path) -> None:
    for ts in ts_files():
        qm = release(ts, tmp_path / f"{ts.stem}.qm")
        assert qm.stat().st_size > 16
