"""Importing the staff roster from the HR department's spreadsheet.

The template's header row: 사번, 성명, 직위, 부서, 내선번호, 이메일, 담당업무, 기본대행자사번
(other columns are ignored). All rows or none: every bad row is reported with its line and
column and nothing is written. The same 사번 again updates that person; departments named
by a path ("본부 > 기획조정실 > 혁신행정담당관") are created when new.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.orgpath import (
    OrgPathError,
    UnitIndex,
    format_path,
    guess_kind,
    parse_path,
    tree_paths,
)
from minwon_desk.domain.timeutil import Clock
from minwon_desk.services._tx import Database
from minwon_desk.services.directory.sheet_import import (
    SheetImporter,
    SheetPlan,
    employee_no_problem,
    normalize_employee_no,
    template_columns,
)
from minwon_desk.services.dto import Actor, Origin
from minwon_desk.services.events import EventBus, StaffChanged
from minwon_desk.services.tables import STAFF
from minwon_desk.services.tabular import (
    ADD,
    SAME,
    UPDATE,
    ImportResult,
    RowError,
    RowProblems,
    Table,
)
from minwon_desk.store.models import Agency, Department, Staff

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


@dataclass(frozen=True, slots=True)
class StaffRow:
    """One row of the file as it would be imported."""

    line: int
    employee_no: str
    name: str
    position: str
    department: str  # the path it lands in: "본부 > 기획조정실 > 혁신행정담당관"
    extension: str
    email: str
    duties: tuple[str, ...]
    deputy_no: str  # "" when the file names no default deputy
    action: str = ""  # 추가 | 수정 | 변경 없음


@dataclass(frozen=True, slots=True)
class _Parsed:
    row: StaffRow
    path: tuple[str, ...]


# The rows that passed, every well-formed 사번 in the file, the errors.
_Parsing = tuple[list[_Parsed], set[str], list[RowError]]


class RosterImporter(SheetImporter[StaffRow, _Parsing, "_Plan"]):
    columns = COLUMNS

    def __init__(
        self, db: Database, events: EventBus, clock: Clock, *,
        charter: Charter | None = None, desk: str = "",
    ) -> None:
        super().__init__(db, events, clock, desk)
        self._charter = charter  # names the agency of a database that has none yet

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
                departments=result.new_departments,
            )
        self._events.publish(StaffChanged(origin=actor.origin if actor else Origin(self._desk)))
        return result

    def _parse(self, table: Table) -> _Parsing:
        return _parse(table)

    def _plan(self, session: Session, parsed: _Parsing) -> _Plan:
        return _Plan(session, *parsed)


def _parse(table: Table) -> _Parsing:
    """Each row checked on its own (no database): the cells, duplicates in the file.
    Also returns every well-formed 사번 in the file, bad rows included (a deputy named
    there is not "missing" because its own row has a typo elsewhere)."""
    columns, errors, taken = template_columns(table, COLUMNS, HINTS)
    if len(columns) < len(COLUMNS):
        return [], set(), errors
    first_line: dict[str, int] = {}
    parsed: list[_Parsed] = []
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
            parsed.append(_Parsed(row, path))
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


_INSERT_STAFF = insert(STAFF)
_UPDATE_STAFF = update(STAFF).where(STAFF.c.id == bindparam("b_id"))
_SET_DEPUTY = (
    update(STAFF).where(STAFF.c.id == bindparam("b_id"))
    .values(default_deputy_id=bindparam("b_deputy"))
)


class _Plan(SheetPlan["StaffRow"]):
    """The file set against the database: where each row lands, what it changes, and the
    errors only the database can show (deputies, cycles, ambiguous departments)."""

    def __init__(
        self, session: Session, parsed: list[_Parsed], numbers: set[str], errors: list[RowError]
    ) -> None:
        super().__init__(errors)
        self.agency_id = session.scalars(select(Agency.id).order_by(Agency.id).limit(1)).first()
        depts = session.execute(
            select(Department.id, Department.parent_id, Department.name, Department.sort_order)
            .where(Department.agency_id == self.agency_id)
        ).all() if self.agency_id is not None else []
        self.dept_by_path = {
            path: i for i, path in tree_paths((d.id, d.parent_id, d.name) for d in depts).items()
        }
        self.next_order: dict[int | None, int] = {}
        for d in depts:
            self.next_order[d.parent_id] = max(self.next_order.get(d.parent_id, 0), d.sort_order + 1)
        self.existing = {s.employee_no: s for s in session.execute(select(
            Staff.id, Staff.employee_no, Staff.name, Staff.position, Staff.department_id,
            Staff.extension, Staff.email, Staff.duties, Staff.active, Staff.default_deputy_id,
        ))}
        self.no_by_id = {s.id: no for no, s in self.existing.items()}
        canon = self._departments(parsed)
        self.paths = {p.row.line: canon.get(p.path, p.path) for p in parsed}
        new: dict[tuple[str, ...], None] = {}  # parents before their units, in file order
        for path in dict.fromkeys(self.paths.values()):
            for depth in range(1, len(path) + 1):
                if path[:depth] not in self.dept_by_path:
                    new.setdefault(path[:depth])
        self.new_paths = list(new)
        self._deputies(parsed, numbers)
        self.rows = [
            replace(p.row, department=format_path(self.paths[p.row.line]), action=self._action(p.row))
            for p in parsed
        ]

    def new_departments(self) -> tuple[str, ...]:
        return tuple(format_path(p) for p in self.new_paths)

    def _departments(self, parsed: list[_Parsed]) -> dict[tuple[str, ...], tuple[str, ...]]:
        """Each path as written → the path of the unit it means. A path that starts below
        the top of the chart continues from the one unit with its first name, in the
        database or elsewhere in the file; when there are several, the row is refused."""
        written = list(dict.fromkeys(p.path for p in parsed))
        stored_roots = {path[0] for path in self.dept_by_path}
        canon: dict[tuple[str, ...], tuple[str, ...]] = {}
        ambiguous: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
        # Again with the paths found, until nothing moves: '혁신 > 팀A' continues from
        # wherever '기획조정실 > 혁신' itself landed.
        for _round in range(len(written) + 1):
            index = UnitIndex([*self.dept_by_path, *(canon.get(p, p) for p in written)])
            found: dict[tuple[str, ...], tuple[str, ...]] = {}
            ambiguous = {}
            for path in written:
                if path in self.dept_by_path or path[0] in stored_roots:
                    continue
                anchors = index.anchors(path)
                if len(anchors) == 1:
                    found[path] = anchors[0] + path[1:]
                elif anchors:
                    ambiguous[path] = anchors
            if found == canon:
                break
            canon = found
        for p in parsed:
            if p.path in ambiguous:
                where = ", ".join(f"'{format_path(k)}'" for k in ambiguous[p.path])
                self.errors.append(RowError(p.row.line, "부서", f"부서 '{p.path[0]}'이(가) 여러 곳에 있습니다: {where}. 어느 부서인지 전체 경로로 적어 주세요."))
        return canon

    def _deputies(self, parsed: list[_Parsed], numbers: set[str]) -> None:
        in_file = {p.row.employee_no: p.row for p in parsed}
        for row in in_file.values():
            d = row.deputy_no
            if not d or d in numbers:
                continue
            known = self.existing.get(d)
            if known is None:
                self.errors.append(RowError(row.line, "기본대행자사번", f"대행자 사번 {d}인 직원이 파일에도 데이터베이스에도 없습니다. 사번을 확인해 주세요."))
            elif not known.active:
                self.errors.append(RowError(row.line, "기본대행자사번", f"대행자 {d} {known.name} 님은 비활성(퇴직) 직원입니다. 다른 직원의 사번을 적어 주세요."))
        # The deputies after the import: the file's, and the database's for everyone else.
        deputy_of = {no: self.no_by_id.get(s.default_deputy_id or 0, "") for no, s in self.existing.items()}
        deputy_of.update({no: r.deputy_no for no, r in in_file.items()})
        names = {no: s.name for no, s in self.existing.items()} | {no: r.name for no, r in in_file.items()}
        for cycle in _cycles(deputy_of):
            rows = [in_file[no] for no in cycle if no in in_file]
            if not rows:
                continue
            start = cycle.index(min(rows, key=lambda r: r.line).employee_no)
            ring = [*cycle[start:], *cycle[:start]]
            chain = " → ".join(f"{no} {names[no]}" for no in [*ring, ring[0]])
            lines = ", ".join(f"{r.line}행" for r in sorted(rows, key=lambda r: r.line))
            self.errors.append(RowError(
                max(r.line for r in rows), "기본대행자사번",
                f"기본대행자가 서로를 가리킵니다: {chain} ({lines}). 모두 자리를 비우면 업무를 볼 "
                "사람이 없습니다. 한 사람의 대행자를 다른 직원으로 바꿔 주세요.",
            ))

    def _action(self, row: StaffRow) -> str:
        old = self.existing.get(row.employee_no)
        if old is None:
            return ADD
        dept = self.dept_by_path.get(self.paths[row.line])
        same = (
            old.name == row.name and old.position == row.position and old.department_id == dept
            and old.extension == row.extension and old.email == row.email
            and old.duties == ", ".join(row.duties) and old.active
            and self.no_by_id.get(old.default_deputy_id or 0, "") == row.deputy_no
        )
        return SAME if same else UPDATE

    def write(self, session: Session, charter: Charter | None) -> None:
        agency_id = self.agency_id
        if agency_id is None:
            name = charter.agency if charter else "기관"
            code = (charter.id.upper() if charter else "AGENCY")[:32]
            agency_id = session.execute(insert(Agency).values(code=code, name=name).returning(Agency.id)).scalar_one()
        for path in self.new_paths:
            parent = self.dept_by_path.get(path[:-1]) if len(path) > 1 else None
            order = self.next_order.get(parent, 0)
            self.next_order[parent] = order + 1
            self.dept_by_path[path] = session.execute(insert(Department).values(
                agency_id=agency_id, parent_id=parent, name=path[-1], kind=guess_kind(path[-1]),
                sort_order=order,
            ).returning(Department.id)).scalar_one()
        # Core statements run as one executemany each: the ORM's bulk paths cost several
        # times more per row, and an import is thousands of rows.
        fresh = [self._values(r) for r in self.rows if r.action == ADD]
        if fresh:
            session.execute(_INSERT_STAFF, [{**v, "default_deputy_id": None} for v in fresh])
        ids = dict(session.execute(select(Staff.employee_no, Staff.id)).tuples().all())
        changed = [
            {**self._values(r), "b_id": ids[r.employee_no], "default_deputy_id": ids.get(r.deputy_no)}
            for r in self.rows if r.action == UPDATE
        ]
        if changed:
            session.execute(_UPDATE_STAFF, changed)
        deputies = [
            {"b_id": ids[r.employee_no], "b_deputy": ids[r.deputy_no]}
            for r in self.rows if r.action == ADD and r.deputy_no
        ]
        if deputies:
            session.execute(_SET_DEPUTY, deputies)

    def _values(self, row: StaffRow) -> dict[str, Any]:
        return {
            "employee_no": row.employee_no, "name": row.name, "position": row.position,
            "department_id": self.dept_by_path[self.paths[row.line]], "extension": row.extension,
            "email": row.email, "duties": ", ".join(row.duties), "active": True,
        }


def _cycles(deputy_of: dict[str, str]) -> list[list[str]]:
    """The cycles of a graph where each person points at most at one deputy."""
    state: dict[str, int] = {}  # 1: on the current walk, 2: done
    found: list[list[str]] = []
    for start in deputy_of:
        walk: list[str] = []
        node = start
        while node and node in deputy_of and state.get(node) is None:
            state[node] = 1
            walk.append(node)
            node = deputy_of[node]
        if node and state.get(node) == 1:
            found.append(walk[walk.index(node):])
        for n in walk:
            state[n] = 2
    return found
