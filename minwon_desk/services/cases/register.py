"""The 민원 처리부 for a span of days: read in the order received, exported as XLSX or
PDF. Exporting is a download of personal data (masked, but a list of who asked what): it
needs a reason and is written to the access log before the file is written."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import aliased

from minwon_desk.domain.case_register import COLUMNS, RegisterRow, cells
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.notice_templates import NotifyChannel
from minwon_desk.domain.periods import Period
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.spreadsheet import inert_cell
from minwon_desk.domain.timeutil import SEOUL, Clock, format_date_ko, format_ko, to_seoul
from minwon_desk.services._tx import Database
from minwon_desk.services.dto import Actor
from minwon_desk.services.orgchart import staff_label, units_under
from minwon_desk.services.privacy import access_log
from minwon_desk.services.privacy.access_log import Access, AccessOp
from minwon_desk.store.models import Case, Department, Staff

FORMATS = ("xlsx", "pdf")
MAX_DAYS = 366 * 2


@dataclass(frozen=True, slots=True)
class RegisterFile:
    data: bytes
    rows: int
    title: str


class CaseRegisterService:
    def __init__(self, db: Database, clock: Clock, agency_name: str) -> None:
        self._db = db
        self._clock = clock
        self._agency = agency_name

    def __repr__(self) -> str:
        return f"CaseRegisterService({self._agency!r})"

    def rows(self, actor: Actor, start: date, end: date,
             department_id: int | None = None) -> list[RegisterRow]:
        """The cases received from ``start`` to ``end`` (both included), in receipt order."""
        if end < start:
            raise ValidationError("to", "끝 날짜가 시작 날짜보다 앞입니다.")
        if (end - start).days > MAX_DAYS:
            raise ValidationError("to", "민원 처리부는 2년까지 한 번에 만듭니다. 기간을 나눠 주세요.")
        first = datetime.combine(start, time(0), tzinfo=SEOUL)
        last = datetime.combine(end + timedelta(days=1), time(0), tzinfo=SEOUL)
        officer = aliased(Staff)
        query = (
            select(Case, Department.name, officer.name, officer.position)
            .outerjoin(Department, Department.id == Case.department_id)
            .outerjoin(officer, officer.id == Case.officer_id)
            .where(Case.received_at >= first, Case.received_at < last)
            .order_by(Case.received_at, Case.id)
        )
        with self._db.read_as(actor, Operation.RECORDS_READ) as session:
            if department_id is not None:
                units = units_under(session.connection(), department_id)
                query = query.where(Case.department_id.in_(units))
            return [_row(case, dept or "", staff_label(name, position))
                    for case, dept, name, position in session.execute(query).all()]

    def export(self, actor: Actor, start: date, end: date, fmt: str, reason: str,
               department_id: int | None = None) -> RegisterFile:
        if fmt not in FORMATS:
            raise ValidationError("output", f"민원 처리부는 {', '.join(FORMATS)} 파일로 만듭니다.")
        why = reason.strip()
        if not why:
            raise ValidationError("reason", "민원 처리부를 내려받는 까닭을 적어 주세요. 접속기록에 남습니다.")
        rows = self.rows(actor, start, end, department_id)
        title = f"민원 처리부 ({format_date_ko(start)} ~ {format_date_ko(end)})"
        data = _xlsx(title, rows) if fmt == "xlsx" else _pdf(self._agency, title, rows)
        with self._db.write(actor, Operation.RECORDS_READ) as (session, _staff):
            access_log.write(session, [Access(
                actor, AccessOp.DOWNLOAD, "case", self._clock(), count=len(rows),
                what=f"민원 처리부 {fmt.upper()}", reason=why)], host=access_log.HOST)
        return RegisterFile(data, len(rows), title)


def _row(case: Case, department: str, officer: str) -> RegisterRow:
    try:
        notify = NotifyChannel(case.notify).label_ko
    except ValueError:
        notify = case.notify
    note = "보완 대기" if case.state == "paused" else ""
    if case.answered_at is not None and case.answered_at > case.due_at:
        note = "기한 경과 후 처리"
    return RegisterRow(
        number=case.number, received_at=to_seoul(case.received_at),
        petitioner=case.petitioner_name, contact=case.petitioner_contact, subject=case.subject,
        department=department, officer=officer, period_label=Period.parse(case.period).label_ko(),
        due_at=to_seoul(case.due_at), extensions=case.extensions,
        answered_at=to_seoul(case.answered_at) if case.answered_at else None,
        notify_label=notify, transfer="", note=note,
    )


def _xlsx(title: str, rows: Sequence[RegisterRow]) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("민원 처리부")
    sheet.append([title])
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append([inert_cell(cell) for cell in cells(row)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _pdf(agency: str, title: str, rows: Sequence[RegisterRow]) -> bytes:
    from minwon_desk.documents.register_pdf import register_pdf

    return register_pdf(agency, title, COLUMNS, [cells(row) for row in rows],
                        printed=format_ko(datetime.now(SEOUL)))
