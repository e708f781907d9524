"""Telephone numbers are kept in one national form; anything else is refused with an example."""

from __future__ import annotations

import pytest

from minwon_desk.domain.contact import normalize_phone
from minwon_desk.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("", ""),
        ("   ", ""),
        ("010-1234-5678", "010-1234-5678"),
        ("01012345678", "010-1234-5678"),
        ("010 1234 5678", "010-1234-5678"),
        ("010.1234.5678", "010-1234-5678"),
        ("+82 10-1234-5678", "010-1234-5678"),
        ("+821012345678", "010-1234-5678"),
        ("０１０－１２３４－５６７８", "010-1234-5678"),
        ("02-123-4567", "02-123-4567"),
        ("(02) 1234-5678", "02-1234-5678"),
        ("044-300-0330", "044-300-0330"),
        ("031 123 4567", "031-123-4567"),
        ("15881234", "1588-1234"),
        ("1644-1234", "1644-1234"),
        ("1800-1234", "1800-1234"),
        ("070-1234-5678", "070-1234-5678"),
    ],
)
def test_korean_numbers_are_normalised(text: str, normal: str) -> None:
    assert normalize_phone(text) == normal


@pytest.mark.parametrize(
    "text",
    ["1234", "010-1234", "전화 없음", "010-1234-5678 내선 2", "+1 650 253 0000", "1-800-FLOWERS"],
)
def test_other_text_is_refused_with_an_example(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone(text)
    assert caught.value.field == "phone"
    assert "010-1234-5678" in caught.value.message
