"""A cell that a spreadsheet would read as a formula opens as the text that was typed."""

from __future__ import annotations

import pytest

from minwon_desk.domain.spreadsheet import inert_cell, looks_like_formula


@pytest.mark.parametrize(
    "text",
    ["=1+1", "+82 2 1234 5678", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1+1", "\r=1+1",
     "＝1+1", "－2+3"],
)
def test_a_formula_start_gets_the_hidden_apostrophe(text: str) -> None:
    assert looks_like_formula(text)
    assert inert_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["홍길동", "1201", "010-1234-5678", "민원 - 안내", "", " =1"])
def test_plain_text_is_left_alone(text: str) -> None:
    assert inert_cell(text) == text
