"""A person without a photo is shown by their given name on a colour that stays theirs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from minwon_desk.domain.avatar import PALETTE, avatar_for


def _luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def test_a_korean_name_shows_the_given_name() -> None:
    assert avatar_for("김종윤").text == "종윤"
    assert avatar_for("남궁민수").text == "민수"
    assert avatar_for("이훈").text == "이훈"
    assert avatar_for(" 박 서연 ").text == "서연"
    assert avatar_for("홍길동(파견)").text == "길동"


def test_a_latin_name_shows_initials() -> None:
    assert avatar_for("John Smith").text == "JS"
    assert avatar_for("mary ann lee").text == "ML"
    assert avatar_for("Cher").text == "C"
    assert avatar_for("").text == ""


def test_the_colour_is_the_same_on_every_run() -> None:
    # A fixed checksum, not Python's per-process hash: these never change.
    assert avatar_for("김종윤").background == avatar_for("김종윤").background
    assert avatar_for("김종윤").background == "#C62828" == avatar_for("김종윤").colour
    assert avatar_for("이서연").background == "#4E342E"


def test_names_spread_over_the_palette() -> None:
    names = [a + b + c for a in "김이박최정" for b in "민서지도하" for c in "준연우윤은"]
    assert {avatar_for(n).background for n in names} == set(PALETTE)


def test_white_text_is_legible_on_every_colour() -> None:
    for colour in PALETTE:
        ratio = (1.05) / (_luminance(colour) + 0.05)
        assert ratio >= 4.5, colour


@given(st.text(max_size=12))
def test_any_name_gets_a_short_text_and_a_palette_colour(name: str) -> None:
    avatar = avatar_for(name)
    assert avatar.background in PALETTE
    assert len(avatar.text) <= 2
    assert avatar.foreground == "#FFFFFF"
