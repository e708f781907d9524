"""The roster file set against the database: where each row lands (departments named by
a path are found, or created when new), what it changes, the errors only the database can
show (a deputy missing or gone, an ambiguous department), what is worth a word (deputies
standing in for each other), and the write itself."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.orgpath import UnitIndex, format_path, guess_kind, tree_paths
from minwon_desk.services.directory.sheet_import import SheetPlan
from minwon_desk.services.spreadsheets import RowError
from minwon_desk.services.tables import STAFF
from minwon_desk.services.tabular import ADD, SAME, UPDATE
from minwon_desk.store.models import Agency, Department, Staff


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
class ParsedRow:
    """A row that passed the checks of the file alone, with its department as written."""

    row: StaffRow
    path: tuple[str, ...]


_INSERT_STAFF = insert(STAFF)
_UPDATE_STAFF = update(STAFF).where(STAFF.c.id == bindparam("b_id"))
_SET_DEPUTY = (
    update(STAFF).where(STAFF.c.id == bindparam("b_id"))
    .values(default_deputy_id=bindparam("b_deputy"))
)


class RosterPlan(SheetPlan[StaffRow]):
    """The file set against the database: where each row lands, what it changes, and the
    errors only the database can show (deputies, ambiguous departments); deputies standing
    in for each other are a warning."""

    def __init__(
        self, session: Session, parsed: list[ParsedRow], numbers: set[str], errors: list[RowError]
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

    def _departments(self, parsed: list[ParsedRow]) -> dict[tuple[str, ...], tuple[str, ...]]:
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
                self.errors.append(RowError(p.row.line, "부서", translate(
                    "Directory",
                    "부서 '{value}'이(가) 여러 곳에 있습니다: {where}. 어느 부서인지 전체 "
                    "경로로 적어 주세요.",
                ).format(value=p.path[0], where=where)))
        return canon

    def _deputies(self, parsed: list[ParsedRow], numbers: set[str]) -> None:
        in_file = {p.row.employee_no: p.row for p in parsed}
        for row in in_file.values():
            d = row.deputy_no
            if not d or d in numbers:
                continue
            known = self.existing.get(d)
            if known is None:
                self.errors.append(RowError(row.line, "기본대행자사번", translate(
                    "Directory",
                    "대행자 사번 {d}인 직원이 파일에도 데이터베이스에도 없습니다. 사번을 "
                    "확인해 주세요.",
                ).format(d=d)))
            elif not known.active:
                self.errors.append(RowError(row.line, "기본대행자사번", translate(
                    "Directory",
                    "대행자 {d} {name} 님은 비활성(퇴직) 직원입니다. 다른 직원의 사번을 적어 "
                    "주세요.",
                ).format(d=d, name=known.name)))
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
            # Standing in for each other is normal; only when all are away at once does
            # the work go past them, to the department head (domain.deputy).
            everyone = "둘 다" if len(cycle) == 2 else "모두"
            self.warnings.append(RowError(
                max(r.line for r in rows), "기본대행자사번",
                translate(
                    "Directory",
                    "기본대행자가 서로를 대신합니다: {chain} ({lines}). {everyone} 자리를 "
                    "비우는 동안에는 업무가 부서장에게 갑니다.",
                ).format(chain=chain, lines=lines, everyone=everyone),
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
