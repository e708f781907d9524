"""Importing the staff roster from the HR department's spreadsheet.

The template's header row: 사번, 성명, 직위, 부서, 내선번호, 이메일, 담당업무, 기본대행자사번
(other columns are ignored). All rows or none: every bad row is reported with its line and
column and nothing is written. The same 사번 again updates that person; departments named
by a path ("본부 > 기획조정실 > 혁신행정담당관") are created when new.

Here the file is read and each row checked on its own; ``roster_plan`` sets the rows
against the database and writes them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from minwon_desk.domain.orgpath import OrgPathError, format_path, parse_path
from minwon_desk.domain.roles import Operation
from minwon_desk.services.directory.roster_plan import ParsedRow, RosterPlan, StaffRow
from minwon_desk.services.directory.sheet_import import (
    SheetImporter,
    employee_no_problem,
    normalize_employee_no,
    template_columns,
)
from minwon_desk.services.dto import Actor, Origin
from minwon_desk.services.events import StaffChanged
from minwon_desk.services.spreadsheets import RowError, Table
from minwon_desk.services.tabular import ImportResult, RowProblems
from minwon_desk.store.models import Staff

COLUMNS = ("사번", "성명", "직위", "부서", "내선번호", "이메일", "담당업무", "기본대행자사번")
# Other names HR files use for the template's columns: offered as the likely fix.
HINTS = {
    "직원번호": "사번", "개인번호": "사번", "이름": "성명", "성함": "성명", "직급": "직위",
    "직책": "직위", "소속": "부서", "부서명": "부서", "소속부서": "부서", "내선": "내선번호",
    "전화번호": "내선번호", "전화": "내선번호", "email": "이메일", "e-mail": "이메일",
    "메일": "이메일", "전자우편": "이메일", "업무": "담당업무", "주요업무": "담당업무",
    "대행자": "기본대행자사번", "대행자사번": "기본대행자사번", "업무대행자": "기본대행자사번",
}
MAX_NAME, MAX_POSITION, MAX_EXTENSION, MAX_EMAIL = 100, 50, 32, 200

_EXTENSION = re.compile(r"[0-9][0-9\-]*")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_DUTY_SPLIT = re.compile(r"[,，、\n]")


# The rows that passed, every well-formed 사번 in the file, the errors.
_Parsing = tuple[list[ParsedRow], set[str], list[RowError]]


class RosterImporter(SheetImporter[StaffRow, _Parsing, RosterPlan]):
    columns = COLUMNS
    operation = Operation.ROSTER_ADMIN

    def roster_is_empty(self) -> bool:
        """No staff at all yet: the first roster of a new agency, imported by the system."""
        with self._db.read() as session:
            return session.scalars(select(Staff.id).limit(1)).first() is None

    def apply(self, actor: Actor | None, path: Path) -> ImportResult:
        """Import ``path`` in one transaction, checked again inside it. Raises
        ImportRejected (with every error) and writes nothing when anything is wrong.
        ``actor`` None only for the first roster of an empty database."""
        with self._checked(actor, path) as (session, table, plan):
            plan.write(session, self._charter)
            result = plan.result(table)
            self._record(
                session, actor, self._clock(), "staff.import", "staff", result,
                StaffChanged(origin=actor.origin if actor else Origin(self._desk)),
                departments=result.new_departments,
            )
        return result

    def _parse(self, table: Table) -> _Parsing:
        return _parse(table)

    def _plan(self, session: Session, parsed: _Parsing) -> RosterPlan:
        return RosterPlan(session, *parsed)


def _parse(table: Table) -> _Parsing:
    """Each row checked on its own (no database): the cells, duplicates in the file.
    Also returns every well-formed 사번 in the file, bad rows included (a deputy named
    there is not "missing" because its own row has a typo elsewhere)."""
    columns, errors, taken = template_columns(table, COLUMNS, HINTS)
    if len(columns) < len(COLUMNS):
        return [], set(), errors
    first_line: dict[str, int] = {}
    parsed: list[ParsedRow] = []
    for r in table.rows:
        cell: dict[str, str] = {name: r.get(i) for name, i in columns.items()}
        bad = RowProblems(r.line, taken)
        no = normalize_employee_no(cell["사번"])
        if (why := employee_no_problem(no, "사번")) is not None:
            bad("사번", why)
        elif no in first_line:
            bad("사번", f"사번 {no}이(가) {first_line[no]}행에도 있습니다. 한 사람은 한 행에만 적어 주세요.")
        else:
            first_line[no] = r.line
        name = _text(cell["성명"], "성명", MAX_NAME, "성명이 비어 있습니다. 이름을 적어 주세요.", bad)
        position = _text(cell["직위"], "직위", MAX_POSITION, "직위가 비어 있습니다. 주무관, 사무관처럼 적어 주세요.", bad)
        path: tuple[str, ...] = ()
        try:
            path = parse_path(cell["부서"])
        except OrgPathError as exc:
            bad("부서", str(exc))
        extension = _extension(cell["내선번호"], bad)
        email = cell["이메일"].strip()
        if email and (len(email) > MAX_EMAIL or not _EMAIL.fullmatch(email)):
            bad("이메일", f"'{email}'은(는) 이메일 주소가 아닙니다. kim@korea.kr처럼 적거나 비워 두세요.")
        duties = tuple(dict.fromkeys(d for d in (" ".join(p.split()) for p in _DUTY_SPLIT.split(cell["담당업무"])) if d))
        deputy = normalize_employee_no(cell["기본대행자사번"])
        if deputy and (why := employee_no_problem(deputy, "기본대행자사번")) is not None:
            bad("기본대행자사번", why)
        elif deputy and deputy == no:
            bad("기본대행자사번", "자기 자신을 대행자로 적을 수 없습니다. 다른 직원의 사번을 적어 주세요.")
        errors.extend(bad.found)
        if bad.ok:
            row = StaffRow(r.line, no, name, position, format_path(path), extension, email, duties, deputy)
            parsed.append(ParsedRow(row, path))
    return parsed, set(first_line), errors


def _text(value: str, column: str, limit: int, missing: str, bad: Callable[[str, str], None]) -> str:
    text = " ".join(value.split())
    if not text:
        bad(column, missing)
    elif len(text) > limit:
        bad(column, f"{column}은(는) {limit}자 이내로 적어 주세요 (지금 {len(text)}자).")
    return text


def _extension(value: str, bad: Callable[[str, str], None]) -> str:
    text = "".join(unicodedata.normalize("NFKC", value).split())
    if text and (len(text) > MAX_EXTENSION or not _EXTENSION.fullmatch(text)):
        bad("내선번호", f"내선번호 '{value.strip()}'에는 숫자와 -만 적어 주세요 (예: 1234, 044-204-1234).")
    return text
