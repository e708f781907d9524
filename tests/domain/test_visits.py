"""Check-in fields are trimmed, bounded, free of resident numbers, with a normalised phone."""

from __future__ import annotations

import pytest

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.visits import CheckInFields, validate_check_in


def test_fields_are_trimmed_and_the_phone_normalised() -> None:
    assert validate_check_in(" 홍길동 ", "01012345678", " 보조금 문의 ") == CheckInFields(
        "홍길동", "010-1234-5678", "보조금 문의"
    )
    assert validate_check_in("김철", "", "").phone == ""


@pytest.mark.parametrize(
    ("name", "phone", "purpose", "field"),
    [
        ("   ", "", "", "visitor_name"),
        ("가" * 51, "", "", "visitor_name"),
        ("홍길동 900101-1234567", "", "", "visitor_name"),
        ("홍길동", "", "가" * 501, "purpose"),
        ("홍길동", "", "등본 발급 9001011234567", "purpose"),
        ("홍길동", "12", "", "phone"),
    ],
)
def test_bad_fields_are_refused(name: str, phone: str, purpose: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_check_in(name, phone, purpose)
    assert caught.value.field == field


def test_empty_name_message() -> None:
    with pytest.raises(ValidationError, match=r"방문객 이름을 입력해 주세요\."):
        validate_check_in("", "", "")


def test_limits_are_inclusive() -> None:
    assert len(validate_check_in("가" * 50, "", "나" * 500).purpose) == 500
