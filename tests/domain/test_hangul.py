"""Hangul search keys: what a desk officer types finds the name they mean."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minwon_desk.domain.hangul import (
    CHOSEONG,
    initials,
    is_initials_query,
    match_position,
    matches,
    normalize,
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_the_nineteen_initials_are_keyboard_jamo_in_syllable_order() -> None:
    assert len(CHOSEONG) == 19
    assert all(0x3131 <= ord(ch) <= 0x314E for ch in CHOSEONG)
    for i, initial in enumerate(CHOSEONG):
        first = chr(0xAC00 + i * 588)  # 가, 까, 나, …
        last = chr(0xAC00 + i * 588 + 587)  # 깋, 낗, 닣, …
        assert initials(first) == initials(last) == initial


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("김종윤", "ㄱㅈㅇ"),
        ("까치", "ㄲㅊ"),
        ("빵집 쌀집 짜장", "ㅃㅈ ㅆㅈ ㅉㅈ"),
        ("Kim 3팀", "kim 3ㅌ"),
        ("  JOHN   Smith ", "john smith"),
        ("ㄱㄴ", "ㄱㄴ"),
    ],
)
def test_initials(text: str, expected: str) -> None:
    assert initials(text) == expected


def test_normalize_folds_case_space_width_and_decomposition() -> None:
    assert normalize("  김 \t 종윤\n ") == "김 종윤"
    assert normalize("JOHN") == "john"
    assert normalize("ＫＩＭ １２３４") == "kim 1234"
    assert normalize(nfd("김종윤")) == "김종윤"
    # A decomposed lone initial (what NFD gives for ㄱ typed alone) is the keyboard one.
    assert normalize("\u1100\u110c\u110b") == "ㄱㅈㅇ"


# (query, text, where it matches or None)
MATCHES = [
    ("ㄱㅈㅇ", "김종윤", 0),
    ("ㅈㅇ", "김종윤", 1),
    ("김ㅈㅇ", "김종윤", 0),
    ("김ㅈ윤", "김종윤", 0),
    ("ㄱ종", "김종윤", 0),
    ("김ㅈㅇ", "이김종윤", 1),
    ("김ㅈㅇ", "김재영", 0),
    ("김ㅈㅇ", "박종윤", None),
    ("김종", "김종윤", 0),
    ("종윤", "김종윤", 1),
    ("윤종", "김종윤", None),
    ("ㄱㅇ", "김종윤", None),  # a contiguous run, not a subsequence
    ("ㄲ", "까치", 0),
    ("ㄲ", "가치", None),
    ("ㄱ", "까치", None),
    ("ㄱ", "ㄱ", 0),  # the consonant itself
    ("김", "ㄱ", None),
    ("kim", "Kim Minsu", 0),
    ("JOHN", "john smith", 0),
    ("n s", "John Smith", 3),
    ("1234", "내선 1234", 3),
    ("\u1100\u110c\u110b", "김종윤", 0),  # conjoining initials, as NFD gives
    (nfd("김") + "\u110c", "김종윤", 0),
    ("", "김종윤", 0),
]


@pytest.mark.parametrize(("query", "text", "expected"), MATCHES)
def test_match_position(query: str, text: str, expected: int | None) -> None:
    assert match_position(query, text) == expected
    assert match_position(nfd(query), nfd(text)) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [("ㄱㅈㅇ", True), ("ㄱ ㅈ", True), ("\u1100\u110c", True), ("김ㅈㅇ", False),
     ("kim", False), ("", False), ("ㅏ", False)],
)  # fmt: skip
def test_is_initials_query(query: str, expected: bool) -> None:
    assert is_initials_query(query) is expected


syllables = st.text(st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1)


@given(st.text())
def test_normalize_is_idempotent_and_ignores_decomposition(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert normalize(nfd(text)) == normalize(unicodedata.normalize("NFC", text)) == once
    assert len(initials(text)) == len(once)


@given(syllables, st.data())
def test_any_slice_matches_typed_fully_by_initials_or_mixed(name: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(name) - 1))
    end = data.draw(st.integers(start + 1, len(name)))
    piece = name[start:end]
    as_initials = data.draw(st.lists(st.booleans(), min_size=len(piece), max_size=len(piece)))
    query = "".join(
        initials(ch) if flag else ch for ch, flag in zip(piece, as_initials, strict=True)
    )
    at = match_position(query, name)
    assert at is not None and at <= start
    assert match_position(nfd(query), name) == at


@given(syllables, syllables)
def test_a_syllable_in_the_query_must_be_that_syllable(name: str, query: str) -> None:
    assert matches(query, name) == (query in name)
