"""A visitor's check-in fields, checked before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from minwon_desk.domain.contact import normalize_phone
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.privacy import reject_resident_number
from minwon_desk.domain.timeutil import (
    SEOUL,
    format_day,
    format_moment,
    to_seoul,
)

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
        raise ValidationError("visitor_name", translate("Visits", "방문객 이름을 입력해 주세요."))
    if len(name) > MAX_NAME:
        raise ValidationError(
            "visitor_name",
            translate(
                "Visits",
                "방문객 이름은 {max_name}자까지 적을 수 있습니다 (지금 {count}자). 줄여 "
                "주세요.",
            ).format(max_name=MAX_NAME, count=len(name)),
        )
    reject_resident_number("visitor_name", translate("Visits", "방문객 이름"), name)
    if len(purpose) > MAX_PURPOSE:
        raise ValidationError(
            "purpose",
            translate(
                "Visits",
                "방문 목적은 {max_purpose}자까지 적을 수 있습니다 (지금 {count}자). 줄여 "
                "주세요.",
            ).format(max_purpose=MAX_PURPOSE, count=len(purpose)),
        )
    reject_resident_number("purpose", translate("Visits", "방문 목적"), purpose)
    return CheckInFields(visitor_name=name, phone=normalize_phone(phone), purpose=purpose)


MAX_REPEAT_NOTE = 200
# Marked here, translated where said (the window says it too, before asking the rules).
CHOOSE_EARLIER = QT_TRANSLATE_NOOP("Visits", "어느 방문의 재방문인지 지난 방문 목록에서 골라 주세요.")


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
        raise ValidationError("repeat_of_id", translate("Visits", CHOOSE_EARLIER))
    if staff_error and not note:
        raise ValidationError(
            "repeat_note",
            translate(
                "Visits",
                "직원 잘못으로 다시 오신 경우, 지난번에 무엇이 잘못되었는지 짧게 적어 주세요 "
                "(예: 필요한 서류를 잘못 안내함).",
            ),
        )
    if len(note) > MAX_REPEAT_NOTE:
        raise ValidationError(
            "repeat_note",
            translate(
                "Visits",
                "잘못된 점은 {max_repeat_note}자까지 적을 수 있습니다 (지금 {count}자). 줄여 "
                "주세요.",
            ).format(max_repeat_note=MAX_REPEAT_NOTE, count=len(note)),
        )
    reject_resident_number("repeat_note", translate("Visits", "잘못된 점"), note)
    return RepeatFields(repeat_of_id=repeat_of_id, staff_error=staff_error, note=note)


# --- the day's end ------------------------------------------------------------------------

UNRECORDED = QT_TRANSLATE_NOOP("Visits", "퇴실 미기록")
"""What a visit still open when its day ended is called: it left, nobody knows when."""


def day_start(now: datetime) -> datetime:
    """Midnight in Seoul of ``now``'s day: the board shows the visits checked in since; a
    visit checked in before and still open was left open when its day ended."""
    local = to_seoul(now)
    return datetime.combine(local.date(), time(0), tzinfo=SEOUL)


def check_corrected_checkout(
    at: datetime, *, checked_in_at: datetime, greeted_at: datetime | None, now: datetime
) -> datetime:
    """The real check-out time a supervisor enters for a visit closed as 퇴실 미기록: after
    the check-in (and the greeting, if one was recorded), not ahead of now, and on the
    visit's own day (it was still open when that day ended). ValidationError otherwise."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValidationError("checked_out_at", translate(
            "Visits",
            "퇴실 시각에 시간대가 없습니다. +09:00을 붙여 주세요.",
        ))
    start = greeted_at if greeted_at is not None else checked_in_at
    if at < start:
        if greeted_at is not None:
            said = translate(
                "Visits", "퇴실 시각은 응대를 시작한 시각({start}) 뒤여야 합니다. 다시 확인해 주세요."
            )
        else:
            said = translate(
                "Visits", "퇴실 시각은 접수한 시각({start}) 뒤여야 합니다. 다시 확인해 주세요."
            )
        raise ValidationError("checked_out_at", said.format(start=format_moment(start)))
    if at > now:
        raise ValidationError(
            "checked_out_at", translate(
                "Visits",
                "퇴실 시각({at})이 지금보다 뒤입니다. 다시 확인해 주세요.",
            ).format(at=format_moment(at))
        )
    if day_start(at) != day_start(checked_in_at):
        raise ValidationError(
            "checked_out_at",
            translate(
                "Visits",
                "퇴실 시각은 방문한 날({day}) 안이어야 합니다. 다시 확인해 주세요.",
            ).format(day=format_day(to_seoul(checked_in_at).date())),
        )
    return at
