"""The monthly self-inspection's SQL: counts per officer over one month's window, the
longest waits, the worst overdue items, the month's vouchers and corrective actions.

Every figure is a GROUP BY in the database over the month's rows (the visits through
their check-in index), never a walk over a year in Python. The definitions are those of
:mod:`minwon_desk.domain.inspection`; ``cutoff`` is the end of the month, or now for the
month under way (a deadline not yet come is neither kept nor missed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    case,
    exists,
    func,
    literal,
    not_,
    or_,
    select,
)

from minwon_desk.domain.inspection import Measure
from minwon_desk.services.tables import (
    CASE,
    CASE_EVENT,
    CORRECTIVE_ACTION,
    DEPARTMENT,
    MEMO,
    STAFF,
    VISIT,
    VOUCHER,
)
from minwon_desk.store.base import UtcDateTime

ANSWERED = "answered"
OPEN = "open"
PAUSED = "paused"

MEASURES = 4  # greeting, callback, cases on time, extensions in time (domain order)
Unit = tuple[int | None, int | None]  # (officer id, department id of an unassigned case)


@dataclass(frozen=True, slots=True)
class Window:
    """One month: ``[start, end)`` in UTC, and ``cutoff`` = min(end, now)."""

    start: datetime
    end: datetime
    now: datetime

    @property
    def cutoff(self) -> datetime:
        return min(self.end, self.now)


def _at(value: datetime) -> Any:
    # Bound with the column type, so SQLite gets the same naive-UTC text it stores.
    return literal(value, UtcDateTime())


def _kept(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def tally(conn: Connection, w: Window) -> dict[Unit, tuple[Measure, ...]]:
    """The four measures of the month per unit: an officer, or for a case nobody was
    assigned to, its department (officer None)."""
    counts: dict[Unit, list[int]] = {}  # total and kept of each measure, side by side
    for index, query in enumerate(_queries(w, by_unit=True)):
        for officer_id, department_id, total, met in conn.execute(query):
            key = (officer_id, None if officer_id is not None else department_id)
            row = counts.setdefault(key, [0] * (2 * MEASURES))
            row[2 * index] += int(total)
            row[2 * index + 1] += int(met)
    return {key: _measures(row) for key, row in counts.items()}


def totals(conn: Connection, w: Window) -> tuple[Measure, ...]:
    """The four measures of the month for the whole agency (the trend's months)."""
    row = [0] * (2 * MEASURES)
    for index, query in enumerate(_queries(w, by_unit=False)):
        for _officer, _dept, total, met in conn.execute(query):
            row[2 * index] += int(total)
            row[2 * index + 1] += int(met)
    return _measures(row)


def _measures(row: list[int]) -> tuple[Measure, ...]:
    return tuple(Measure(row[2 * i], row[2 * i + 1]) for i in range(MEASURES))


def _counted(units: tuple[Any, Any], kept: ColumnElement[bool], *where: Any,
             by_unit: bool) -> Any:
    """(unit columns, how many, how many kept) under ``where``, per unit or all together."""
    if not by_unit:
        return select(literal(None), literal(None), func.count(), _kept(kept)).where(*where)
    columns = [literal(None) if column is None else column for column in units]
    grouped = [column for column in units if column is not None]
    return select(*columns, func.count(), _kept(kept)).where(*where).group_by(*grouped)


def _queries(w: Window, *, by_unit: bool) -> tuple[Any, Any, Any, Any]:
    start, end, now, cutoff = _at(w.start), _at(w.end), _at(w.now), _at(w.cutoff)
    v = VISIT.c
    greeting = _counted(
        (v.officer_id, None), v.greeted_at <= v.greeting_due_at,
        v.checked_in_at >= start, v.checked_in_at < end, v.greeting_due_at.is_not(None),
        or_(v.greeted_at.is_not(None), v.greeting_due_at <= now),
        by_unit=by_unit,
    )
    m = MEMO.c
    callback = _counted(
        (m.holder_id, None), m.met_at <= m.due_at,
        m.due_at >= start, m.due_at < end, or_(m.met_at.is_not(None), m.due_at <= now),
        by_unit=by_unit,
    )
    c = CASE.c
    answered_in_month = and_(c.answered_at >= start, c.answered_at < end)
    # Still unanswered when the month ended (a paused case's clock is stopped).
    missed_open = and_(
        c.due_at >= start, c.due_at < cutoff,
        or_(and_(c.answered_at.is_(None), c.state == OPEN), c.answered_at >= end),
    )
    on_time = _counted(
        (c.officer_id, c.department_id), and_(answered_in_month, c.answered_at <= c.due_at),
        or_(answered_in_month, missed_open),
        by_unit=by_unit,
    )
    extensions = _counted(
        (c.officer_id, c.department_id), extended_in_time(), needed_more_time(w),
        by_unit=by_unit,
    )
    return greeting, callback, on_time, extensions


def needed_more_time(w: Window) -> ColumnElement[bool]:
    """Cases whose original period ended in the month without an answer by then — except
    those waiting for the petitioner's material, or whose deadline only a pause moved and
    that kept the moved deadline (that wait is not time the agency took)."""
    c = CASE.c
    cutoff = _at(w.cutoff)
    pause_only_kept = and_(
        c.extensions == 0,
        or_(
            c.state == PAUSED,
            and_(
                c.due_at > c.original_due_at,
                or_(c.answered_at <= c.due_at, and_(c.answered_at.is_(None), c.due_at >= cutoff)),
            ),
        ),
    )
    return and_(
        c.original_due_at >= _at(w.start),
        c.original_due_at < cutoff,
        or_(c.answered_at.is_(None), c.answered_at > c.original_due_at),
        not_(pause_only_kept),
    )


def extended_in_time() -> ColumnElement[bool]:
    """An extension recorded no later than the deadline it moved (the original one when
    the event does not say)."""
    e = CASE_EVENT.c
    return exists().where(
        e.case_id == CASE.c.id,
        e.kind == "extend",
        e.at <= func.coalesce(e.due_before, CASE.c.original_due_at),
    )


def seconds_between(conn: Connection, earlier: Any, later: Any) -> ColumnElement[Any]:
    """``later - earlier`` in seconds, in the database's own date arithmetic."""
    if conn.dialect.name == "sqlite":
        return (func.julianday(later) - func.julianday(earlier)) * 86400.0
    return func.extract("epoch", later - earlier)


# --- lists --------------------------------------------------------------------------


def longest_waits(conn: Connection, w: Window, limit: int) -> list[Any]:
    """(id, checked_in_at, visitor_name, officer_id, greeted_at, seconds waited) of the
    month's visits that waited longest for the greeting; a visitor never greeted waited
    until check-out (or the cutoff, still waiting). A visit closed as 퇴실 미기록 with no
    greeting has no known end to its wait: it is left out here (the greeting figure still
    counts it as not greeted)."""
    v = VISIT.c
    until = func.coalesce(v.greeted_at, v.checked_out_at, _at(w.cutoff))
    waited = seconds_between(conn, v.checked_in_at, until).label("waited")
    query = (
        select(v.id, v.checked_in_at, v.visitor_name, v.officer_id, v.greeted_at, waited)
        .where(v.checked_in_at >= _at(w.start), v.checked_in_at < _at(w.end),
               or_(v.greeted_at.is_not(None), v.checkout_unrecorded.is_(False)))
        .order_by(waited.desc(), v.id)
        .limit(limit)
    )
    return list(conn.execute(query))


def overdue_memos(conn: Connection, w: Window, limit: int) -> list[Any]:
    """(number, caller_name, holder_id, due_at, done_at, seconds late) of the month's
    callbacks missed by the most; done is the caller reached (or the memo closed)."""
    m = MEMO.c
    done = func.coalesce(m.met_at, m.closed_at)
    late = seconds_between(conn, m.due_at, func.coalesce(done, _at(w.now))).label("late")
    query = (
        select(m.number, m.caller_name, m.holder_id, m.due_at, done, late)
        .where(
            m.due_at >= _at(w.start), m.due_at < _at(w.cutoff),
            or_(m.met_at.is_(None), m.met_at > m.due_at),
        )
        .order_by(late.desc(), m.id)
        .limit(limit)
    )
    return [row for row in conn.execute(query) if row.late > 0]


def overdue_cases(conn: Connection, w: Window, limit: int) -> list[Any]:
    """(number, petitioner_name, officer_id, department_id, due_at, answered_at, seconds
    late) of the month's cases that missed their deadline by the most."""
    c = CASE.c
    start, end = _at(w.start), _at(w.end)
    late = seconds_between(conn, c.due_at, func.coalesce(c.answered_at, _at(w.now)))
    late = late.label("late")
    query = (
        select(c.number, c.petitioner_name, c.officer_id, c.department_id, c.due_at,
               c.answered_at, late)
        .where(
            or_(
                and_(c.answered_at >= start, c.answered_at < end, c.answered_at > c.due_at),
                and_(
                    c.due_at >= start, c.due_at < _at(w.cutoff),
                    or_(and_(c.answered_at.is_(None), c.state == OPEN), c.answered_at >= end),
                ),
            )
        )
        .order_by(late.desc(), c.id)
        .limit(limit)
    )
    return list(conn.execute(query))


def vouchers(conn: Connection, w: Window) -> list[Any]:
    """(serial, issued_at, kind, amount, recipient_name, issued_by_id, voided_at) of the
    vouchers issued in the month, in order of issue."""
    t = VOUCHER.c
    query = (
        select(t.serial, t.issued_at, t.kind, t.amount, t.recipient_name, t.issued_by_id,
               t.voided_at)
        .where(t.issued_at >= _at(w.start), t.issued_at < _at(w.end))
        .order_by(t.issued_at, t.id)
    )
    return list(conn.execute(query))


def corrective_actions(conn: Connection, w: Window) -> list[Any]:
    """(number, recorded_at, kind, staff_id, follow_up_officer_id) recorded in the month."""
    t = CORRECTIVE_ACTION.c
    query = (
        select(t.number, t.recorded_at, t.kind, t.staff_id, t.follow_up_officer_id)
        .where(t.recorded_at >= _at(w.start), t.recorded_at < _at(w.end))
        .order_by(t.recorded_at, t.id)
    )
    return list(conn.execute(query))


@dataclass(frozen=True, slots=True)
class People:
    """Everyone's name, position and department, read once per report (a few hundred
    rows): the figures are grouped by id and named here."""

    staff: dict[int, tuple[str, str, int]]  # id → (name, position, department id)
    departments: dict[int, tuple[str, tuple[int, ...]]]  # id → (name, tree order key)

    def officer(self, staff_id: int | None) -> str:
        if staff_id is None or staff_id not in self.staff:
            return ""
        name, position, _dept = self.staff[staff_id]
        return f"{name} {position}".strip()

    def department_of(self, staff_id: int | None) -> int | None:
        if staff_id is None or staff_id not in self.staff:
            return None
        return self.staff[staff_id][2]

    def department(self, department_id: int | None) -> str:
        if department_id is None or department_id not in self.departments:
            return ""
        return self.departments[department_id][0]

    def order(self, department_id: int | None) -> tuple[int, ...]:
        if department_id is None or department_id not in self.departments:
            return (1 << 30,)  # the unassigned last
        return self.departments[department_id][1]


def people(conn: Connection) -> People:
    staff = {
        int(i): (name, position, int(dept))
        for i, name, position, dept in conn.execute(
            select(STAFF.c.id, STAFF.c.name, STAFF.c.position, STAFF.c.department_id)
        )
    }
    rows = {
        int(i): (name, parent, order)
        for i, name, parent, order in conn.execute(
            select(DEPARTMENT.c.id, DEPARTMENT.c.name, DEPARTMENT.c.parent_id,
                   DEPARTMENT.c.sort_order)
        )
    }

    def key(dept_id: int) -> tuple[int, ...]:
        # The tree's own order: a unit after its parent, siblings by sort order then id.
        path: list[int] = []
        seen: set[int] = set()
        current: int | None = dept_id
        while current is not None and current in rows and current not in seen:
            seen.add(current)
            _name, parent, order = rows[current]
            path[:0] = [order, current]
            current = parent
        return tuple(path)

    return People(staff, {i: (name, key(i)) for i, (name, _p, _o) in rows.items()})
