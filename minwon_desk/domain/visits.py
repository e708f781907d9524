"""A visitor's check-in fields, checked before anything is written."""

from __future__ import annotations

from dataclasses import dataclass

from minwon_desk.domain.contact import normalize_phone
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.privacy import reject_resident_number

MAX_NAME = 50
MAX_PURPOSE = 500


@dataclass(frozen=True)
class CheckInFields:
    visitor_name: str
    phone: str  # national form, or "" when not given
    purpose: str


def validate_check_in(visitor_name: str, phone: str, purpose: str) -> CheckInFields:
    name = visitor_name.strip()
    purpose = purpose.strip()
    if not name:
        raise ValidationError("visitor_name", "방문객 이름을 입력해 주세요.")
    if len(name) > MAX_NAME:
        raise ValidationError(
            "visitor_name",
            f"방문객 이름은 {MAX_NAME}자까지 적을 수 있습니다 (지금 {len(name)}자). 줄여 주세요.",
        )
    reject_resident_number("visitor_name", "방문객 이름", name)
    if len(purpose) > MAX_PURPOSE:
        raise ValidationError(
            "purpose",
            f"방문 목적은 {MAX_PURPOSE}자까지 적을 수 있습니다 (지금 {len(purpose)}자). 줄여 주세요.",
        )
    reject_resident_number("purpose", "방문 목적", purpose)
    return CheckInFields(visitor_name=name, phone=normalize_phone(phone), purpose=purpose)
