"""The 민원 처리부 (민원처리법 시행규칙 별지 제1호): every case of a period in the order
received, with the register's columns — receipt number and time, the petitioner with a
masked contact, the subject, the handling department and officer, the period and its
deadline, extensions, when and how it was answered, transfers.

Reading it on screen shows masked data only, so it writes no access-log row; exporting it
(XLSX or PDF) asks for a reason and writes one row with the count of records
(``register_service``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Row, and_, select

from minwon_desk.domain.cases import CaseChannel, CaseType
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.periods import Period
from minwon_desk.domain.privacy import mask_contact, mask_name
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.orgchart import staff_label, units_under
from minwon_desk.services.tables import CASE, CASE_DOCUMENT, DEPARTMENT, STAFF, seoul

TITLE = "민원 처리부"
MAX_DAYS = 366 * 5  # a register of more than five years is a mistake, not a request

_OFFICER = STAFF.alias("reg_officer")
_DEPT = DEPARTMENT.alias("reg_dept")
_REPLY = CASE_DOCUMENT.alias("reg_reply")
_MOVED = CASE_DOCUMENT.alias("reg_transfer")
_TYPE_LABELS = {kind.value: kind.label_ko for kind in CaseType}
_CHANNEL_LABELS = {channel.value: channel.label_ko for channel in CaseChannel}
_STATE_LABELS = {"open": "처리 중", "paused": "보완 대기", "answered": "처리 완료",
                 "transferred": "이송"}

_LINES = select(
    CASE.c.id, CASE.c.number, CASE.c.received_at, CASE.c.channel, CASE.c.case_type,
    CASE.c.petitioner_name, CASE.c.petitioner_contact, CASE.c.subject, _DEPT.c.name,
    _OFFICER.c.name, _OFFICER.c.position, CASE.c.period, CASE.c.original_due_at,
    CASE.c.due_at, CASE.c.extensions, CASE.c.state, CASE.c.answered_at, _REPLY.c.number,
    CASE.c.transferred_at, _MOVED.c.number, _MOVED.c.payload,
).select_from(
    CASE.outerjoin(_OFFICER, _OFFICER.c.id == CASE.c.officer_id)
    .outerjoin(_DEPT, _DEPT.c.id == CASE.c.department_id)
    .outerjoin(_REPLY, and_(_REPLY.c.case_id == CASE.c.id, _REPLY.c.kind == "reply",
                            _REPLY.c.ordinal == 1))
    .outerjoin(_MOVED, and_(_MOVED.c.case_id == CASE.c.id, _MOVED.c.kind == "transfer"))
)


@dataclass(frozen=True, slots=True)
class RegisterLine:
    """One case as the register lists it. Datetimes are Seoul time; data masked."""

    ordinal: int  # its place in the period's register, from 1
    case_id: int
    number: str
    received_at: datetime
    channel: str
    type_label: str
    petitioner: str  # masked name
    contact: str  # masked phone, e-mail or the start of an address
    subject: str
    department: str
    officer: str
    period: str  # "14일", "즉시"
    original_due_at: datetime
    due_at: datetime
    extensions: int
    state: str  # 처리 중 · 보완 대기 · 처리 완료
    answered_at: datetime | None
    answered_how: str  # "회신문 MSS-2026-R-000012" or ""
    handed_over_at: datetime | None  # to the officer (the transfer clock met)
    transferred_to: str = ""  # the agency it was sent to (이송), if it was

    @property
    def extension_text(self) -> str:
        if not self.extensions:
            return ""
        return f"{self.extensions}회 ({self.original_due_at:%m-%d} → {self.due_at:%m-%d})"


@dataclass(frozen=True, slots=True)
class RegisterPeriod:
    first: date
    last: date  # inclusive
    department: str = ""  # "" : the whole agency

    @property
    def label(self) -> str:
        where = f" · {self.department}" if self.department else ""
        return f"{self.first:%Y-%m-%d} ~ {self.last:%Y-%m-%d}{where}"


def check_period(first: date, last: date) -> None:
    if last < first:
        raise ValidationError("period", translate(
            "CaseRegister", "끝 날짜({last})가 시작 날짜({first})보다 앞섭니다. 날짜를 바꿔 적어 주세요.",
        ).format(last=f"{last:%Y-%m-%d}", first=f"{first:%Y-%m-%d}"))
    if (last - first).days > MAX_DAYS:
        raise ValidationError("period", translate("CaseRegister", "민원 처리부는 5년 이내의 기간으로 뽑아 주세요."))


def _line(ordinal: int, row: Row[Any]) -> RegisterLine:
    (
        case_id, number, received_at, channel, case_type, petitioner, contact, subject,
        department, officer_name, officer_position, period, original_due_at, due_at,
        extensions, state, answered_at, reply_number, transferred_at, moved_number,
        moved_payload,
    ) = row
    moved_to = str(json.loads(moved_payload).get("agency", "")) if moved_payload else ""
    try:
        period_label = Period.parse(period).label_ko()
    except ValueError:
        period_label = period
    return RegisterLine(
        ordinal=ordinal,
        case_id=case_id,
        number=number,
        received_at=received_at.astimezone(SEOUL),
        channel=_CHANNEL_LABELS.get(channel, channel),
        type_label=_TYPE_LABELS.get(case_type, case_type),
        petitioner=mask_name(petitioner) if petitioner else "",
        contact=mask_contact(contact),
        subject=subject,
        department=department or "",
        officer=staff_label(officer_name, officer_position),
        period=period_label,
        original_due_at=original_due_at.astimezone(SEOUL),
        due_at=due_at.astimezone(SEOUL),
        extensions=extensions,
        state=_STATE_LABELS.get(state, state),
        answered_at=seoul(answered_at),
        answered_how=(f"회신문 {reply_number}" if reply_number
                      else f"이송 통지 {moved_number}" if moved_number else ""),
        handed_over_at=seoul(transferred_at),
        transferred_to=moved_to,
    )


def register_lines(
    conn: Connection, first: date, last: date, department_id: int | None = None
) -> list[RegisterLine]:
    """The cases received from ``first`` to ``last`` (inclusive, Seoul days) in the
    register's order, narrowed to a department and the units under it."""
    since = datetime.combine(first, time(), SEOUL)
    until = datetime.combine(last + timedelta(days=1), time(), SEOUL)
    stmt = _LINES.where(CASE.c.received_at >= since, CASE.c.received_at < until)
    if department_id is not None:
        stmt = stmt.where(CASE.c.department_id.in_(units_under(conn, department_id)))
    rows = conn.execute(stmt.order_by(CASE.c.received_at, CASE.c.id))
    return [_line(n, row) for n, row in enumerate(rows, start=1)]


def lines_for_print(lines: Sequence[RegisterLine]) -> list[tuple[str, ...]]:
    """The register's cells as text, in the printed columns' order."""
    return [
        (
            str(line.ordinal),
            f"{line.number}\n{line.received_at:%Y-%m-%d %H:%M}\n{line.channel}",
            f"{line.petitioner}\n{line.contact}".strip(),
            f"[{line.type_label}] {line.subject}",
            f"{line.department}\n{line.officer}".strip(),
            f"{line.period}\n{line.due_at:%Y-%m-%d %H:%M}",
            line.extension_text,
            # The document number on a line of its own: it must not break in the middle.
            (f"{line.answered_at:%Y-%m-%d %H:%M}\n{line.answered_how.replace(' ', chr(10), 1)}"
             if line.answered_at
             else line.state),
            line.transferred_to,
        )
        for line in lines
    ]
