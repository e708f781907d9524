"""Importing absences (출장, 휴가, 교육, 회의, 외근) from the HR department's spreadsheet.

Header row: 사번, 구분, 시작, 종료, 대행자사번. 시작/종료 as ``2026-07-06 09:00``, or a date
alone for the whole working day (the charter's working hours). An empty 대행자사번 means
the officer's default deputy acts. All rows or none, as for the roster; the same absence
(사번, 구분, 시작, 종료) imported again is not added twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.calendar import WorkingHours
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.particles import settle
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import SEOUL, to_seoul
from minwon_desk.services.directory.sheet_import import (
    SheetImporter,
    SheetPlan,
    employee_no_problem,
    normalize_employee_no,
    template_columns,
)
from minwon_desk.services.dto import Actor, Origin
from minwon_desk.services.events import AbsenceChanged
from minwon_desk.services.spreadsheets import RowError, Table
from minwon_desk.services.tables import ABSENCE
from minwon_desk.services.tabular import ADD, SAME, UPDATE, ImportResult, RowProblems
from minwon_desk.store.models import Absence, Staff

COLUMNS = ("사번", "구분", "시작", "종료", "대행자사번")
HINTS = {
    "직원번호": "사번", "종류": "구분", "부재구분": "구분", "유형": "구분", "시작일": "시작",
    "시작일시": "시작", "시작시각": "시작", "종료일": "종료", "종료일시": "종료",
    "종료시각": "종료", "끝": "종료", "대행자": "대행자사번", "업무대행자": "대행자사번",
    "업무대행자사번": "대행자사번",
}
_MOMENT = re.compile(
    r"(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?"
    r"(?:[ T]+(오전|오후|AM|PM)?\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*(오전|오후|AM|PM)?)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class AbsenceRow:
    line: int
    employee_no: str
    staff_name: str
    kind: str  # the Korean word: 출장, 휴가, 교육, 회의, 외근
    starts_at: datetime  # Seoul time
    ends_at: datetime  # exclusive
    deputy_no: str  # "" when the officer's default deputy acts
    deputy_name: str
    action: str = ""  # 추가 | 수정 (another deputy) | 변경 없음 (already there)


def parse_moment(text: str, hours: WorkingHours, *, end: bool) -> datetime:
    """'2026-07-06 09:00' → that instant in Seoul; '2026-07-06' → the start (or, for an
    end, the end) of that day's working hours. Raises ValueError with a Korean sentence."""
    match = _MOMENT.fullmatch(text.strip())
    problem = (
        settle(f"'{text.strip()}'을(를) 날짜로 읽을 수 없습니다. 2026-07-06 09:00처럼 적거나, "
        "하루 전체이면 2026-07-06처럼 날짜만 적어 주세요.")
    )
    if match is None:
        raise ValueError(problem if text.strip() else translate(
            "Directory",
            "비어 있습니다. 2026-07-06 09:00처럼 적어 주세요.",
        ))
    year, month, day, before, hour, minute, after = match.groups()
    try:
        d = date(int(year), int(month), int(day))
    except ValueError:
        raise ValueError(settle(translate(
            "Directory",
            "'{text}'은(는) 없는 날짜입니다. 날짜를 확인해 주세요.",
        ).format(text=text.strip()))) from None
    if hour is None:
        return datetime.combine(d, hours.end if end else hours.start, tzinfo=SEOUL)
    h, m = int(hour), int(minute)
    half = (before or after or "").upper()
    if half and not 1 <= h <= 12:
        raise ValueError(problem)
    if half in ("오후", "PM") and h < 12:
        h += 12
    elif half in ("오전", "AM") and h == 12:
        h = 0
    if h > 23 or m > 59:
        raise ValueError(settle(translate(
            "Directory",
            "'{text}'은(는) 없는 시각입니다. 00:00부터 23:59까지로 적어 주세요.",
        ).format(text=text.strip())))
    return datetime.combine(d, time(h, m), tzinfo=SEOUL)


# The rows that passed, and the errors.
_Parsing = tuple[list[AbsenceRow], list[RowError]]


class AbsenceImporter(SheetImporter[AbsenceRow, _Parsing, "_Plan"]):
    columns = COLUMNS
    operation = Operation.ABSENCES

    def apply(self, actor: Actor | None, path: Path) -> ImportResult:
        """Import ``path`` in one transaction, checked again inside it; raises
        ImportRejected with every error, writing nothing, when anything is wrong."""
        now = self._clock()
        with self._checked(actor, path) as (session, table, plan):
            plan.write(session, now, actor)
            result = plan.result(table)
            self._record(session, actor, now, "absence.import", "absence", result,
                         AbsenceChanged(origin=actor.origin if actor else Origin(self._desk)))
        return result

    def _parse(self, table: Table) -> _Parsing:
        # A date alone means the charter's working day.
        return _parse(table, self._charter.working_hours if self._charter else WorkingHours())

    def _plan(self, session: Session, parsed: _Parsing) -> _Plan:
        return _Plan(session, *parsed)


def _parse(table: Table, hours: WorkingHours) -> _Parsing:
    columns, errors, taken = template_columns(table, COLUMNS, HINTS)
    if len(columns) < len(COLUMNS):
        return [], errors
    first_line: dict[tuple[str, str, datetime, datetime], int] = {}
    rows: list[AbsenceRow] = []
    for r in table.rows:
        bad = RowProblems(r.line, taken)
        no = normalize_employee_no(r.get(columns["사번"]))
        if (why := employee_no_problem(no, "사번")) is not None:
            bad("사번", why)
        kind = ""
        try:
            kind = AbsenceKind.parse(r.get(columns["구분"])).value
        except ValueError as exc:
            bad("구분", str(exc) if r.get(columns["구분"]) else "구분이 비어 있습니다. 출장, 휴가, 교육, 회의, 외근 중 하나로 적어 주세요.")
        moments: list[datetime] = []
        for column, end in (("시작", False), ("종료", True)):
            try:
                moments.append(parse_moment(r.get(columns[column]), hours, end=end))
            except ValueError as exc:
                bad(column, str(exc))
        if len(moments) == 2 and moments[1] <= moments[0]:
            start, finish = (f"{m:%Y-%m-%d %H:%M}" for m in moments)
            bad("종료", f"종료({finish})가 시작({start})보다 빠릅니다. 날짜와 시각을 확인해 주세요."
                if moments[1] < moments[0] else f"종료({finish})가 시작과 같아 부재 기간이 없습니다. 종료를 확인해 주세요.")
        deputy = normalize_employee_no(r.get(columns["대행자사번"]))
        if deputy and (why := employee_no_problem(deputy, "대행자사번")) is not None:
            bad("대행자사번", why)
        elif deputy and deputy == no:
            bad("대행자사번", "자기 자신을 대행자로 적을 수 없습니다. 다른 직원의 사번을 적거나 비워 두세요 (비우면 기본대행자).")
        if bad.ok:
            key = (no, kind, moments[0], moments[1])
            if key in first_line:
                bad("", f"{first_line[key]}행과 같은 부재입니다 (사번, 구분, 시작, 종료가 모두 같음). 한 행만 남겨 주세요.")
            else:
                first_line[key] = r.line
                rows.append(AbsenceRow(r.line, no, "", kind, moments[0], moments[1], deputy, ""))
        errors.extend(bad.found)
    return rows, errors


_INSERT = insert(ABSENCE)
_SET_DEPUTY = (
    update(ABSENCE).where(ABSENCE.c.id == bindparam("b_id")).values(deputy_id=bindparam("b_deputy"))
)


@dataclass(frozen=True, slots=True)
class _Away:
    """An absence in the deputy graph: from the file (``line``) or already stored (``id``)."""

    key: tuple[str, int]
    staff: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    deputy: str  # who acts: named on the absence, else the default deputy; "" for nobody
    named: bool  # the deputy was named on the absence (not the default)
    line: int = 0


class _Plan(SheetPlan[AbsenceRow]):
    def __init__(self, session: Session, parsed: list[AbsenceRow], errors: list[RowError]) -> None:
        super().__init__(errors)
        self.staff = {s.employee_no: s for s in session.execute(select(
            Staff.id, Staff.employee_no, Staff.name, Staff.active, Staff.default_deputy_id,
        ))}
        no_by_id = {s.id: no for no, s in self.staff.items()}
        good: list[AbsenceRow] = []
        for row in parsed:
            problems = len(self.errors)
            for column, no in (("사번", row.employee_no), ("대행자사번", row.deputy_no)):
                who = self.staff.get(no) if no else None
                label = "대행자 사번" if column == "대행자사번" else "사번"
                if no and who is None:
                    self.errors.append(RowError(row.line, column, translate(
                        "Directory",
                        "{label} {no}인 직원이 없습니다. 사번을 확인하거나 먼저 직원 명부를 "
                        "가져와 주세요.",
                    ).format(label=label, no=no)))
                elif who is not None and not who.active:
                    self.errors.append(RowError(row.line, column, translate(
                        "Directory",
                        "{no} {name} 님은 비활성(퇴직) 직원입니다. 사번을 확인해 주세요.",
                    ).format(no=no, name=who.name)))
            if len(self.errors) == problems:
                deputy = self.staff[row.deputy_no].name if row.deputy_no else ""
                good.append(replace(row, staff_name=self.staff[row.employee_no].name, deputy_name=deputy))
        self.stored: dict[tuple[int, str, datetime, datetime], Any] = {}
        stored_away: list[_Away] = []
        if good:
            first, last = min(r.starts_at for r in good), max(r.ends_at for r in good)
            for a in session.execute(select(
                Absence.id, Absence.staff_id, Absence.kind, Absence.starts_at, Absence.ends_at,
                Absence.deputy_id, Absence.cancelled_at,
            ).where(Absence.ends_at > first, Absence.starts_at < last).order_by(Absence.id)):
                key = (a.staff_id, a.kind, a.starts_at, a.ends_at)
                if key not in self.stored or self.stored[key].cancelled_at is not None:
                    self.stored[key] = a
        self.rows = [replace(r, action=self._action(r)) for r in good]
        matched = {self.stored[k].id for r in good if (k := self._key(r)) in self.stored}
        for a in self.stored.values():
            if a.cancelled_at is None and a.id not in matched:
                named = no_by_id.get(a.deputy_id or 0, "")
                owner = no_by_id.get(a.staff_id, "")
                stored_away.append(_Away(("db", a.id), owner, a.kind, a.starts_at, a.ends_at,
                                         named or self._default(owner, no_by_id), bool(named)))
        file_away = [
            _Away(("file", r.line), r.employee_no, r.kind, r.starts_at, r.ends_at,
                  r.deputy_no or self._default(r.employee_no, no_by_id), bool(r.deputy_no), r.line)
            for r in good
        ]
        self._cycles(file_away, stored_away)

    def _default(self, no: str, no_by_id: dict[int, str]) -> str:
        s = self.staff.get(no)
        return no_by_id.get(s.default_deputy_id or 0, "") if s is not None else ""

    def _key(self, row: AbsenceRow) -> tuple[int, str, datetime, datetime]:
        return self.staff[row.employee_no].id, row.kind, row.starts_at, row.ends_at

    def _action(self, row: AbsenceRow) -> str:
        stored = self.stored.get(self._key(row))
        if stored is None:
            return ADD
        deputy = self.staff[row.deputy_no].id if row.deputy_no else None
        # A cancelled absence stays cancelled: someone decided so after the last import.
        return SAME if stored.cancelled_at is not None or stored.deputy_id == deputy else UPDATE

    def _cycles(self, file_away: list[_Away], stored_away: list[_Away]) -> None:
        """Officers away at the same time who each leave the other as deputy: the work goes
        past them to the department head meanwhile. A warning, once per cycle, on the
        file's last row in it."""
        by_staff: dict[str, list[_Away]] = {}
        for a in (*file_away, *stored_away):
            by_staff.setdefault(a.staff, []).append(a)
        reported: set[frozenset[tuple[str, int]]] = set()
        for root in file_away:
            cycle = _find_cycle(root, by_staff)
            if cycle is None or frozenset(a.key for a in cycle) in reported:
                continue
            reported.add(frozenset(a.key for a in cycle))
            lines = sorted(a.line for a in cycle if a.line)
            chain = " → ".join(
                f"{a.staff} {self.staff[a.staff].name}({a.kind}{'' if a.line else ', 이미 등록됨'})" for a in cycle
            ) + f" → {cycle[0].staff} {self.staff[cycle[0].staff].name}"
            note = " 대행자사번을 비운 행은 기본대행자가 대신합니다." if not all(a.named for a in cycle) else ""
            self.warnings.append(RowError(
                lines[-1], "대행자사번",
                translate(
                    "Directory",
                    "부재 기간이 겹치는 직원끼리 서로를 대행자로 두었습니다: {chain} "
                    "({lines}). 함께 자리를 비우는 동안에는 업무가 부서장에게 갑니다.{note}",
                ).format(
                    chain=chain, note=note,
                    lines=", ".join(translate("Directory", "{n}행").format(n=n) for n in lines),
                ),
            ))

    def write(self, session: Session, now: datetime, actor: Actor | None) -> None:
        fresh = [
            {
                "staff_id": self.staff[r.employee_no].id, "kind": r.kind,
                "starts_at": r.starts_at, "ends_at": r.ends_at,
                "deputy_id": self.staff[r.deputy_no].id if r.deputy_no else None,
                "note": "", "created_at": now,
                "created_by_id": actor.staff_id if actor else None, "cancelled_at": None,
            }
            for r in self.rows if r.action == ADD
        ]
        if fresh:
            session.execute(_INSERT, fresh)  # Core executemany: thousands of rows at once
        changed = [
            {"b_id": self.stored[self._key(r)].id,
             "b_deputy": self.staff[r.deputy_no].id if r.deputy_no else None}
            for r in self.rows if r.action == UPDATE
        ]
        if changed:
            session.execute(_SET_DEPUTY, changed)


def _find_cycle(root: _Away, by_staff: dict[str, list[_Away]]) -> list[_Away] | None:
    """Absences root → (deputy's absence) → … back to root's officer, all overlapping at
    one moment. Depth-first over narrowing time windows; a window already tried for an
    absence (or a wider one) is not tried again."""
    tried: dict[tuple[str, int], list[tuple[datetime, datetime]]] = {}

    def walk(path: list[_Away], start: datetime, end: datetime) -> list[_Away] | None:
        deputy = path[-1].deputy
        if deputy == root.staff:
            return path
        if not deputy or any(a.staff == deputy for a in path):
            return None
        for nxt in by_staff.get(deputy, ()):
            s, e = max(start, nxt.starts_at), min(end, nxt.ends_at)
            if s >= e or any(ts <= s and e <= te for ts, te in tried.get(nxt.key, ())):
                continue
            tried.setdefault(nxt.key, []).append((s, e))
            found = walk([*path, nxt], s, e)
            if found is not None:
                return found
        return None

    return walk([root], to_seoul(root.starts_at), to_seoul(root.ends_at))
