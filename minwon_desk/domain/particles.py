"""Korean particles (을/를, 이/가, 은/는, 과/와, (으)로) chosen by the word they follow.

A particle depends on whether the last syllable ends in a consonant (받침): "민원을",
"회신문을", "증서를". (으)로 also takes 로 after a final ㄹ ("서울로"). Digits and Latin
letters are read aloud in Korean, so they choose too: "000029를" (구), "1을" (일),
"7로" (칠), "L을" (엘), "PDF를" (에프).

Messages are written with both forms ("{number}을(를) 찾을 수 없습니다") and ``settle``
resolves them once the words are filled in; a word it cannot read (a symbol) keeps both.
"""

from __future__ import annotations

import re
from typing import Literal

# Whether each digit's Korean reading ends in a consonant, and whether that is ㄹ.
# 영 일 이 삼 사 오 육 칠 팔 구
_DIGIT_FINAL = {"0": 21, "1": 8, "2": 0, "3": 16, "4": 0, "5": 0, "6": 1, "7": 8, "8": 8, "9": 0}
# Latin letters as read in Korean: 엘, 엠, 엔, 알 end in a consonant; the rest do not.
_LATIN_FINAL = {"l": 8, "m": 16, "n": 4, "r": 8}
_RIEUL = 8  # index of ㄹ among finals
_NO_FINAL = 0

# Closing marks between a word and its particle: "'A-7'을", "(주)미래소재)를".
_CLOSERS = "'\"’”)]}>」』】》〉 "

Pair = Literal["을", "를", "이", "가", "은", "는", "과", "와", "으로", "로"]
_PAIRS: dict[str, tuple[str, str]] = {  # marker → (after a consonant, after a vowel)
    "을(를)": ("을", "를"),
    "이(가)": ("이", "가"),
    "은(는)": ("은", "는"),
    "과(와)": ("과", "와"),
    "와(과)": ("과", "와"),
    "(으)로": ("으로", "로"),
}
_BY_FORM = {form: marker for marker, forms in _PAIRS.items() for form in forms}
_MARKERS = re.compile("|".join(re.escape(m) for m in _PAIRS))


def final_of(word: str) -> int | None:
    """Index (0–27) of the final consonant of ``word`` as read aloud; 0 = none, None =
    unreadable (empty, or ending in a symbol)."""
    text = word.rstrip(_CLOSERS)
    if not text:
        return None
    last = text[-1]
    code = ord(last) - 0xAC00
    if 0 <= code < 11172:
        return code % 28
    if last in _DIGIT_FINAL:
        return _DIGIT_FINAL[last]
    if last.isascii() and last.isalpha():
        return _LATIN_FINAL.get(last.lower(), _NO_FINAL)
    return None


def _choose(final: int | None, marker: str) -> str:
    consonant, vowel = _PAIRS[marker]
    if final is None:
        return marker
    if marker == "(으)로":
        return vowel if final in (_NO_FINAL, _RIEUL) else consonant
    return consonant if final else vowel


def particle(word: str, form: Pair) -> str:
    """The particle that fits after ``word``; ``form`` names the pair by either of its forms
    ("을" or "를" alike). An unreadable word gets both forms ("을(를)")."""
    return _choose(final_of(word), _BY_FORM[form])


def attach(word: str, form: Pair) -> str:
    """``word`` followed by its particle: attach("민원", "을") → "민원을"."""
    return word + particle(word, form)


def settle(text: str) -> str:
    """Resolve every "을(를)", "이(가)", "은(는)", "과(와)", "와(과)", "(으)로" in a finished
    message by the word just before it."""
    out: list[str] = []
    done = 0
    for match in _MARKERS.finditer(text):
        start = match.start()
        out.append(text[done:start])
        out.append(_choose(final_of(text[:start]), match.group()))
        done = match.end()
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)
