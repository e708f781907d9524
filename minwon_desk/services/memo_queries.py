"""Reading memos: the lists (mine, all open, overdue), the history search, and the
mapping of a row to the plain views the UI and the command line get.

Everything here is a Core statement over one connection: lists of a thousand memos are
built straight from rows, without ORM objects in between.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    Select,
    and_,
    case,
    func,
    or_,
    select,
)

from minwon_desk.domain.errors import NotFoundError, ValidationError
from minwon_desk.domain.memos import MemoState
from minwon_desk.domain.privacy import mask_name, mask_phone
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.services.dto import MemoEventView, MemoView
from minwon_desk.store.models import Department, Memo, MemoEvent, Staff

MEMO = Memo.metadata.tables["memo"]
EVENT = MemoEvent.metadata.tables["memo_event"]
STAFF = Staff.metadata.tables["staff"]
DEPARTMENT = Department.metadata.tables["department"]

_TAKER = STAFF.alias("taker")
_ASKED = STAFF.alias("asked")
_HOLDER = STAFF.alias("holder")
_HOLDER_DEPT = DEPARTMENT.alias("holder_dept")

VIEW = select(
    MEMO,
    _TAKER.c.name.label("taker_name"),
    _ASKED.c.name.label("asked_name"),
    _ASKED.c.position.label("asked_position"),
    _HOLDER.c.name.label("holder_name"),
    _HOLDER.c.position.label("holder_position"),
    _HOLDER.c.employee_no.label("holder_no"),
    _HOLDER_DEPT.c.name.label("holder_dept"),
).select_from(
    MEMO.join(_TAKER, _TAKER.c.id == MEMO.c.taken_by_id)
    .outerjoin(_ASKED, _ASKED.c.id == MEMO.c.asked_for_id)
    .join(_HOLDER, _HOLDER.c.id == MEMO.c.holder_id)
    .join(_HOLDER_DEPT, _HOLDER_DEPT.c.id == _HOLDER.c.department_id)
)

# Open memos by deadline: overdue ones first (their deadline is the earliest), then by
# time left; untimed memos last, oldest first among them.
_BY_CLOCK = (MEMO.c.due_at.is_(None), MEMO.c.due_at, MEMO.c.taken_at, MEMO.c.id)
_NEWEST_FIRST = (MEMO.c.taken_at.desc(), MEMO.c.id.desc())

_ACTOR = STAFF.alias("actor")
_FROM = STAFF.alias("from_staff")
_TO = STAFF.alias("to_staff")
EVENTS = (
    select(
        EVENT,
        _ACTOR.c.name.label("actor_name"),
        _FROM.c.name.label("from_name"),
        _FROM.c.position.label("from_position"),
        _TO.c.name.label("to_name"),
        _TO.c.position.label("to_position"),
    )
    .select_from(
        EVENT.outerjoin(_ACTOR, _ACTOR.c.id == EVENT.c.actor_id)
        .outerjoin(_FROM, _FROM.c.id == EVENT.c.from_id)
        .outerjoin(_TO, _TO.c.id == EVENT.c.to_id)
    )
    .order_by(EVENT.c.at, EVENT.c.id)
)

_DIGITS_ONLY = re.compile(r"[0-9][0-9\-]*[0-9]")
_ESCAPE = "/"


def label(name: str | None, position: str | None) -> str:
    """'김민준 사무관', or '' for nobody."""
    return f"{name or ''} {position or ''}".strip()


def _seoul(dt: datetime | None) -> datetime | None:
    return to_seoul(dt) if dt is not None else None


def view(row: Row[Any]) -> MemoView:
    return MemoView(
        id=row.id,
        number=row.number,
        taken_at=to_seoul(row.taken_at),
        taken_by=row.taker_name,
        caller_name=row.caller_name,
        caller_name_masked=mask_name(row.caller_name),
        caller_phone=row.caller_phone,
        caller_phone_masked=mask_phone(row.caller_phone),
        caller_org=row.caller_org,
        gist=row.gist,
        channel=row.channel,
        address=row.address,
        asked_for_id=row.asked_for_id,
        asked_for=label(row.asked_name, row.asked_position),
        holder_id=row.holder_id,
        holder=label(row.holder_name, row.holder_position),
        holder_employee_no=row.holder_no,
        holder_department=row.holder_dept,
        routed_note=row.routed_note,
        due_at=_seoul(row.due_at),
        warn_at=_seoul(row.warn_at),
        state=row.state,
        met_at=_seoul(row.met_at),
        closed_at=_seoul(row.closed_at),
        close_reason=row.close_reason,
        attempts=row.attempts,
    )


def event_view(row: Row[Any]) -> MemoEventView:
    return MemoEventView(
        at=to_seoul(row.at),
        actor=row.actor_name or "",
        kind=row.kind,
        outcome=row.outcome,
        from_name=label(row.from_name, row.from_position),
        to_name=label(row.to_name, row.to_position),
        note=row.note,
    )


def one(conn: Connection, memo_id: int) -> MemoView:
    row = conn.execute(VIEW.where(MEMO.c.id == memo_id)).first()
    if row is None:
        raise NotFoundError(missing(memo_id))
    return view(row)


def missing(memo_id: int) -> str:
    return f"전화메모(번호 {memo_id})를 찾을 수 없습니다. 목록을 새로 고쳐 주세요."


def history(conn: Connection, memo_ids: Iterable[int]) -> dict[int, list[MemoEventView]]:
    ids = list(memo_ids)
    found: dict[int, list[MemoEventView]] = {i: [] for i in ids}
    if ids:
        for row in conn.execute(EVENTS.where(EVENT.c.memo_id.in_(ids))):
            found[row.memo_id].append(event_view(row))
    return found


def held_by(conn: Connection, staff_id: int) -> list[MemoView]:
    query = VIEW.where(MEMO.c.state == MemoState.OPEN.value, MEMO.c.holder_id == staff_id)
    return [view(r) for r in conn.execute(query.order_by(*_BY_CLOCK))]


def open_list(
    conn: Connection,
    *,
    department_id: int | None,
    holder_id: int | None,
    overdue_at: datetime | None,
) -> list[MemoView]:
    query = VIEW.where(MEMO.c.state == MemoState.OPEN.value)
    query = _filters(conn, query, department_id=department_id, holder_id=holder_id)
    if overdue_at is not None:
        query = query.where(MEMO.c.due_at <= overdue_at)
    return [view(r) for r in conn.execute(query.order_by(*_BY_CLOCK))]


def counts(conn: Connection, staff_id: int, at: datetime) -> tuple[int, int]:
    overdue = func.coalesce(func.sum(case((MEMO.c.due_at <= at, 1), else_=0)), 0)
    row = conn.execute(
        select(func.count(), overdue).where(
            MEMO.c.state == MemoState.OPEN.value, MEMO.c.holder_id == staff_id
        )
    ).one()
    return int(row[0]), int(row[1])


def search(
    conn: Connection,
    text: str,
    *,
    state: str | None,
    since: datetime | None,
    until: datetime | None,
    department_id: int | None,
    holder_id: int | None,
    limit: int | None,
) -> list[MemoView]:
    query = VIEW
    for term in terms(text):
        query = query.where(_matches(conn, term))
    if state is not None:
        if state not in {s.value for s in MemoState}:
            raise ValidationError(
                "state", f"상태 '{state}'은(는) 없습니다. open(처리 중) 또는 closed(끝남)를 고르세요."
            )
        query = query.where(MEMO.c.state == state)
    if since is not None:
        query = query.where(MEMO.c.taken_at >= since)
    if until is not None:
        query = query.where(MEMO.c.taken_at < until)
    query = _filters(conn, query, department_id=department_id, holder_id=holder_id)
    query = query.order_by(*_NEWEST_FIRST)
    if limit is not None:
        query = query.limit(limit)
    return [view(r) for r in conn.execute(query)]


def terms(text: str) -> list[str]:
    """The words of a search, NFC (a name typed on another system may come decomposed)."""
    return unicodedata.normalize("NFC", text).split()


def _matches(conn: Connection, term: str) -> ColumnElement[bool]:
    """One word of the query: in the caller's name, organisation or the gist, or — when it
    is a run of digits ("5678", "010-1234") — anywhere in the number, dashes ignored."""
    fields = [MEMO.c.caller_name, MEMO.c.caller_org, MEMO.c.gist]
    options = [_contains(conn, col, term) for col in fields]
    if _DIGITS_ONLY.fullmatch(term):
        digits = term.replace("-", "")
        options.append(
            func.replace(MEMO.c.caller_phone, "-", "").like(f"%{digits}%")
        )
    return or_(*options)


def _contains(conn: Connection, column: Any, term: str) -> ColumnElement[bool]:
    escaped = (
        term.replace(_ESCAPE, _ESCAPE * 2).replace("%", _ESCAPE + "%").replace("_", _ESCAPE + "_")
    )
    pattern = f"%{escaped}%"
    # SQLite's LIKE already ignores ASCII case (and Hangul has none); PostgreSQL needs ILIKE.
    if conn.dialect.name == "postgresql":
        result: ColumnElement[bool] = column.ilike(pattern, escape=_ESCAPE)
    else:
        result = column.like(pattern, escape=_ESCAPE)
    return result


def _filters(
    conn: Connection,
    query: Select[Any],
    *,
    department_id: int | None,
    holder_id: int | None,
) -> Select[Any]:
    if holder_id is not None:
        query = query.where(MEMO.c.holder_id == holder_id)
    if department_id is not None:
        units = units_under(conn, department_id)
        query = query.where(_HOLDER.c.department_id.in_(units))
    return query


def units_under(conn: Connection, department_id: int) -> list[int]:
    """The department and every unit below it: a 국 sees the memos of its 과 and 팀."""
    children: dict[int | None, list[int]] = {}
    for dept_id, parent_id in conn.execute(select(DEPARTMENT.c.id, DEPARTMENT.c.parent_id)):
        children.setdefault(parent_id, []).append(dept_id)
    found: list[int] = []
    stack = [department_id]
    seen: set[int] = set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        found.append(current)
        stack.extend(children.get(current, ()))
    return found


def routed_away(conn: Connection, staff_id: int, since: datetime) -> list[int]:
    """Memos meant for ``staff_id`` that went to someone else since ``since`` (taken or
    transferred while they were away), oldest first."""
    query = (
        select(EVENT.c.memo_id, func.min(EVENT.c.at).label("first"))
        .where(
            EVENT.c.kind.in_(("taken", "reassign")),
            EVENT.c.from_id == staff_id,
            or_(EVENT.c.to_id.is_(None), EVENT.c.to_id != staff_id),
            EVENT.c.at >= since,
        )
        .group_by(EVENT.c.memo_id)
        .order_by(func.min(EVENT.c.at), EVENT.c.memo_id)
    )
    return [row.memo_id for row in conn.execute(query)]


def views_by_id(conn: Connection, memo_ids: list[int]) -> dict[int, MemoView]:
    if not memo_ids:
        return {}
    return {r.id: view(r) for r in conn.execute(VIEW.where(MEMO.c.id.in_(memo_ids)))}


def departed_holders(conn: Connection) -> list[tuple[int, int]]:
    """(memo id, holder id) of open memos held by someone who has left."""
    query = (
        select(MEMO.c.id, MEMO.c.holder_id)
        .join(STAFF, STAFF.c.id == MEMO.c.holder_id)
        .where(and_(MEMO.c.state == MemoState.OPEN.value, STAFF.c.active.is_(False)))
        .order_by(MEMO.c.id)
    )
    return [(r.id, r.holder_id) for r in conn.execute(query)]
