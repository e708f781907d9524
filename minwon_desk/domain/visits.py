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


MAX_REPEAT_NOTE = 200
CHOOSE_EARLIER = "어느 방문의 재방문인지 지난 방문 목록에서 골라 주세요."


@dataclass(frozen=True)
class RepeatFields:
    """A check-in that repeats an earlier visit on the same matter."""

    repeat_of_id: int | None
    staff_error: bool
    note: str


def validate_repeat(repeat_of_id: int | None, staff_error: bool, note: str) -> RepeatFields:
    """The link to the earlier visit and what went wrong, checked before anything is written.

    A staff error is a compensation candidate, so it needs both the link (the evidence) and
    a short note saying what went wrong; a plain repeat needs only the link.
    """
    note = note.strip()
    if repeat_of_id is None and (staff_error or note):
        raise ValidationError("repeat_of_id", CHOOSE_EARLIER)
    if staff_error and not note:
        raise ValidationError(
            "repeat_note",
            "직원 잘못으로 다시 오신 경우, 지난번에 무엇이 잘못되었는지 짧게 적어 주세요 "
            "(예: 필요한 서류를 잘못 안내함).",
        )
    if len(note) > MAX_REPEAT_NOTE:
        raise ValidationError(
            "repeat_note",
            f"잘못된 점은 {MAX_REPEAT_NOTE}자까지 적을 수 있습니다 (지금 {len(note)}자). 줄여 주세요.",
        )
    reject_resident_number("repeat_note", "잘못된 점", note)
    return RepeatFields(repeat_of_id=repeat_of_id, staff_error=staff_error, note=note)
