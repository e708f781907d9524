"""The stand-in for a missing staff photo: the given name on a colour of its own.

Korean colleagues call each other by the given name, so a three-syllable name shows its
last two syllables (김종윤 → 종윤); Latin names show initials. The colour comes from the
name through a fixed checksum (not Python's salted ``hash``), so a person keeps the same
colour on every screen, every printout and every run.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

# Dark enough for white text at 4.5:1 or better (WCAG AA), and distinct from each other.
PALETTE: tuple[str, ...] = (
    "#1565C0",  # blue
    "#2E7D32",  # green
    "#6A1B9A",  # purple
    "#AD1457",  # magenta
    "#C62828",  # red
    "#00695C",  # teal
    "#4E342E",  # brown
    "#37474F",  # slate
    "#283593",  # indigo
    "#BF360C",  # rust
)
FOREGROUND = "#FFFFFF"

_BRACKETED = re.compile(r"[(\[（［].*?[)\]）］]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


@dataclass(frozen=True, slots=True)
class Avatar:
    text: str  # "종윤", "JS"; "" for an empty name
    background: str  # "#RRGGBB"
    foreground: str = FOREGROUND

    @property
    def colour(self) -> str:
        """The background colour (the colour that stands for the person)."""
        return self.background


def avatar_for(name: str) -> Avatar:
    """The text and colours that stand in for ``name``'s photo."""
    cleaned = " ".join(_BRACKETED.sub(" ", name).split())
    return Avatar(text=avatar_text(cleaned), background=avatar_colour(cleaned))


def avatar_text(name: str) -> str:
    """"김종윤" → "종윤", "남궁민수" → "민수", "이훈" → "이훈", "John Smith" → "JS"."""
    syllables = _HANGUL.findall(name)
    if syllables:
        return "".join(syllables[-2:])
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if not words:
        return ""
    # One letter each even where upper-casing makes two (ß → SS).
    initials = [w[0].upper()[0] for w in (words[0], words[-1])]
    return initials[0] if len(words) == 1 else "".join(initials)


def avatar_colour(name: str) -> str:
    """One palette colour per name, the same everywhere and every time."""
    return PALETTE[zlib.crc32(name.strip().encode("utf-8")) % len(PALETTE)]
