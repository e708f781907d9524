"""Hangul search keys: normalisation, 초성 (initial consonants) and query matching.

A query matches a text as one contiguous run, character by character:

- a precomposed syllable in the query matches the same syllable ("김" ↔ "김");
- a compatibility consonant in the query (ㄱ … ㅎ, the 19 initials) matches any syllable
  with that initial, or that consonant itself ("ㄱ" ↔ "김", "ㄱ"; "ㄲ" ↔ "까" but "ㄱ" ≠ "까");
- anything else matches itself after normalisation (Latin letters case-insensitively).

Both sides are normalised first (NFC, casefold, whitespace collapsed), so decomposed
input — as macOS file names and some input methods give — behaves like composed input,
and a lone conjoining initial (U+1100…U+1112) counts as the compatibility consonant.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# The 19 initial consonants in syllable order, as compatibility jamo (what a keyboard types).
CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_CHOSEONG_SET = frozenset(CHOSEONG)

_SYLLABLE_FIRST = 0xAC00
_SYLLABLE_LAST = 0xD7A3
_SYLLABLES_PER_INITIAL = 21 * 28

# Conjoining initials (what NFD gives) → compatibility jamo; full-width ASCII → ASCII.
_FOLD = {0x1100 + i: ch for i, ch in enumerate(CHOSEONG)} | {
    cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)
}
# Every syllable → its initial; built once so initials() runs at C speed via str.translate.
_TO_INITIAL = {
    cp: CHOSEONG[(cp - _SYLLABLE_FIRST) // _SYLLABLES_PER_INITIAL]
    for cp in range(_SYLLABLE_FIRST, _SYLLABLE_LAST + 1)
}


def normalize(text: str) -> str:
    """NFC, casefolded, trimmed, inner whitespace collapsed to one space.

    Decomposed (NFD) and composed (NFC) spellings of the same text give the same result.
    Full-width ASCII ("ＫＩＭ １２３４") folds to ASCII.
    """
    # Canonical caseless form: casefold the decomposed text, then recompose.
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).casefold())
    folded = folded.translate(_FOLD)
    return " ".join(folded.split())


def initials_of_normalized(text: str) -> str:
    """``initials`` for text already passed through ``normalize``: same length, same indices."""
    return text.translate(_TO_INITIAL)


def initials(text: str) -> str:
    """Each syllable → its initial consonant ("김종윤" → "ㄱㅈㅇ"); everything else normalised
    and kept ("Kim 3팀" → "kim 3ㅌ")."""
    return initials_of_normalized(normalize(text))


def is_syllable(ch: str) -> bool:
    return _SYLLABLE_FIRST <= ord(ch) <= _SYLLABLE_LAST


def is_initials_query(query: str) -> bool:
    """True when the query is nothing but initial consonants (and spaces): "ㄱㅈㅇ", "ㄱ ㅈ"."""
    text = normalize(query)
    return bool(text) and all(ch in _CHOSEONG_SET or ch == " " for ch in text)


@dataclass(frozen=True, slots=True)
class Key:
    """A text prepared once for repeated matching: normalised form and its initials."""

    text: str
    initials: str

    @classmethod
    def of(cls, raw: str) -> Key:
        text = normalize(raw)
        return cls(text, initials_of_normalized(text))


@dataclass(frozen=True, slots=True)
class Pattern:
    """A query compiled for matching many keys.

    ``text`` is the normalised query, ``initials`` its initials, ``checks`` the positions
    that hold syllables (they must match exactly, not just by initial) and ``uses_initials``
    whether any position is an initial consonant (otherwise plain substring search does).
    """

    text: str
    initials: str
    checks: tuple[tuple[int, str], ...]
    uses_initials: bool

    @classmethod
    def compile(cls, query: str) -> Pattern:
        text = normalize(query)
        uses = any(ch in _CHOSEONG_SET for ch in text)
        checks = tuple((i, ch) for i, ch in enumerate(text) if is_syllable(ch)) if uses else ()
        return cls(text, initials_of_normalized(text), checks, uses)

    def find(self, text: str, initials: str, start: int = 0) -> int:
        """Index of the first match in a normalised ``text`` (with its ``initials``) at or
        after ``start``; -1 when there is none. An empty pattern matches at ``start``."""
        if not self.uses_initials:
            return text.find(self.text, start)
        # A match needs equal initials everywhere; then syllable positions must be equal too.
        at = initials.find(self.initials, start)
        if not self.checks:
            return at
        while at >= 0:
            if all(text[at + i] == ch for i, ch in self.checks):
                return at
            at = initials.find(self.initials, at + 1)
        return -1

    def find_key(self, key: Key, start: int = 0) -> int:
        return self.find(key.text, key.initials, start)

    def matches_at_start(self, key: Key) -> bool:
        if not self.uses_initials:
            return key.text.startswith(self.text)
        if not key.initials.startswith(self.initials):
            return False
        return all(key.text[i] == ch for i, ch in self.checks)


def match_position(query: str, text: str) -> int | None:
    """Where the query first matches inside the text as a contiguous run, or None.

    The index counts characters of ``normalize(text)``. An empty query matches at 0.
    """
    at = Pattern.compile(query).find_key(Key.of(text))
    return at if at >= 0 else None


def matches(query: str, text: str) -> bool:
    return match_position(query, text) is not None
