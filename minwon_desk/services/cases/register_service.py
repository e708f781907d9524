"""The 민원 처리부 for whoever may read case records: on screen (masked, no access-log
row) and as an XLSX or PDF file (a reason asked, one access-log row with the count)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import Clock
from minwon_desk.services._tx import Database
from minwon_desk.services.cases.register import (
    TITLE,
    RegisterLine,
    RegisterPeriod,
    check_period,
    lines_for_print,
    register_lines,
)
from minwon_desk.services.dto import Actor
from minwon_desk.services.privacy.access_log import AccessLog, require_reason
from minwon_desk.services.tables import DEPARTMENT

KINDS = ("xlsx", "pdf", "hwpx")


class CaseRegister:
    """The register on screen and as files, for whoever may read case records."""

    def __init__(self, db: Database, clock: Clock, access_log: AccessLog) -> None:
        self._db = db
        self._clock = clock
        self._access_log = access_log

    def __repr__(self) -> str:
        return "CaseRegister()"

    def lines(
        self, actor: Actor, first: date, last: date, department_id: int | None = None
    ) -> tuple[RegisterPeriod, list[RegisterLine]]:
        check_period(first, last)
        with self._db.read_as(actor, Operation.RECORDS_READ) as session:
            conn = session.connection()
            name = ""
            if department_id is not None:
                name = conn.execute(
                    select(DEPARTMENT.c.name).where(DEPARTMENT.c.id == department_id)
                ).scalar() or ""
                if not name:
                    raise ValidationError("department", translate(
                        "CaseRegister", "부서(번호 {id})를 찾을 수 없습니다.").format(id=department_id))
            return RegisterPeriod(first, last, name), register_lines(conn, first, last,
                                                                      department_id)

    def export(
        self, actor: Actor, first: date, last: date, *, kind: str, reason: str,
        department_id: int | None = None, agency: str = "",
    ) -> tuple[bytes, int]:
        """The register as ``kind`` ("xlsx", "pdf" or "hwpx") and how many cases it holds. The
        reason is checked first; the access-log row is written before the file is made,
        and a failure to write it refuses the export."""
        why = require_reason(reason)
        if kind not in KINDS:
            raise ValidationError("kind", translate("CaseRegister", "민원 처리부는 .xlsx, .pdf 또는 .hwpx로 저장합니다."))
        period, lines = self.lines(actor, first, last, department_id)
        self._access_log.downloaded(
            actor, entity="case", count=len(lines), subjects=[line.case_id for line in lines],
            what=f"{TITLE} {period.label} ({kind.upper()})", reason=why,
        )
        if kind == "xlsx":
            from minwon_desk.services.cases.register_book import register_workbook

            return register_workbook(period, lines, agency=agency), len(lines)
        if kind == "hwpx":
            from minwon_desk.documents.register_hwpx import case_register_hwpx

            return case_register_hwpx(period.label, lines_for_print(lines), agency=agency), len(lines)
        from minwon_desk.documents.case_register import case_register_pdf

        return case_register_pdf(period.label, lines_for_print(lines), agency=agency), len(lines)
