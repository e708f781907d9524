"""Resident registration numbers are caught; names and phones are masked for lists."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.privacy import (
    find_resident_number,
    mask_name,
    mask_phone,
    reject_resident_number,
)
from tests.support.bad_text import resident_numbers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("주민번호 900101-1234567 입니다", "900101-1234567"),
        ("9001011234567", "9001011234567"),
        ("900101 2234567", "900101 2234567"),
        ("050505-3123456", "050505-3123456"),  # born in 2005
        ("외국인 900101-5123456", "900101-5123456"),
        ("９００１０１－１２３４５６７", "９００１０１－１２３４５６７"),  # full-width
        ("000229-3123456", "000229-3123456"),  # 2000-02-29 exists
    ],
)
def test_resident_numbers_are_found(text: str, found: str) -> None:
    assert find_resident_number(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "",
        "010-1234-5678",
        "01012345678",
        "전화 02-123-4567, 휴대폰 010-9876-5432",
        "1234567890123",  # month 34
        "901301-1234567",  # month 13
        "900230-1234567",  # 30 February
        "010229-3123456",  # 2001 is no leap year
        "900101-9234567",  # 7th digit 9
        "900101-123456",  # one digit short
        "19900101-1234567",  # part of a longer run of digits
        "사업자등록번호 123-45-67890",
        "900101-1******",  # already masked
    ],
)
def test_other_numbers_are_not_taken_for_resident_numbers(text: str) -> None:
    assert find_resident_number(text) is None


def test_reject_names_the_field_and_says_what_to_do() -> None:
    with pytest.raises(ValidationError) as caught:
        reject_resident_number("purpose", "방문 목적", "서류 발급 900101-1234567")
    assert caught.value.field == "purpose"
    assert caught.value.message == (
        "방문 목적에 주민등록번호로 보이는 숫자가 있습니다. 주민등록번호는 저장하지 않습니다. "
        "지우고 다시 입력해 주세요."
    )
    reject_resident_number("purpose", "방문 목적", "010-1234-5678로 연락 바랍니다")


@given(st.text(alphabet="0123456789- ", max_size=40))
def test_a_found_number_is_part_of_the_text(text: str) -> None:
    found = find_resident_number(text)
    assert found is None or found in text


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("홍길동", "홍*동"),
        ("김철", "김*"),
        ("남궁민수", "남**수"),
        ("이", "*"),
        (" 홍길동 ", "홍*동"),
        ("John Smith", "J*** S****"),
        ("", ""),
    ],
)
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("010-1234-5678", "010-****-5678"),
        ("02-123-4567", "02-***-4567"),
        ("1588-1234", "1588-****"),
        ("01012345678", "010-****-5678"),
        ("12345", "*2345"),
        ("", ""),
    ],
)
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@given(resident_numbers(), st.sampled_from(["", "주민번호 ", "본인 확인: ", "(", "번호\n"]),
       st.sampled_from(["", " 입니다", ")", "\n끝"]))
def test_every_way_of_writing_a_number_is_found(number: str, before: str, after: str) -> None:
    assert find_resident_number(before + number + after) is not None


@pytest.mark.parametrize(
    "text",
    ["900101 - 1234567", "900101.1234567", "900101_1234567", "900101\n-1234567",
     "900101    1234567", "900101\r\n1234567", "９００１０１．１２３４５６７", "900101/1234567"],
)
def test_gaps_around_the_dash_are_seen_through(text: str) -> None:
    assert find_resident_number(text) == text


@pytest.mark.parametrize(
    "text",
    ["010-1234-5678", "010 1234 5678", "2026.12.07 10:00", "2026-12-07", "M2026-000123",
     "MSS-2026-000123", "MSS-V2026-00012", "123-45-67890",
     "02.123.4567", "1588-1234"],
)
def test_phone_numbers_dates_and_record_numbers_pass(text: str) -> None:
    assert find_resident_number(text) is None
