"""Reading memos: the lists (mine, all open, overdue), the history search, and the
mapping of a row to the plain views the UI and the command line get.

Everything here is a Core statement over one connection: lists of a thousand memos are
built straight from rows, without ORM objects in between.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    and_,
    case,
    func,
    or_,
    select,
)

from minwon_desk.domain.errors import NotFoundError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.memos import MemoState
from minwon_desk.domain.privacy import mask_name, mask_phone
from minwon_desk.domain.timeutil import SEOUL, to_seoul
from minwon_desk.services.dto import MemoEventView, MemoView
from minwon_desk.services.memos.search import MemoTextIndex, words
from minwon_desk.services.orgchart import staff_label, units_under
from minwon_desk.services.tables import ABSENCE, DEPARTMENT, MEMO, MEMO_EVENT, STAFF, seoul

_TAKER = STAFF.alias("taker")
_ASKED = STAFF.alias("asked")
_HOLDER = STAFF.alias("holder")
_HOLDER_DEPT = DEPARTMENT.alias("holder_dept")

# In the order ``view`` unpacks them.
VIEW = select(
    MEMO.c.id, MEMO.c.number, MEMO.c.taken_at, _TAKER.c.name, MEMO.c.caller_name,
    MEMO.c.caller_phone, MEMO.c.caller_org, MEMO.c.gist, MEMO.c.channel, MEMO.c.address,
    MEMO.c.asked_for_id, _ASKED.c.name, _ASKED.c.position, MEMO.c.holder_id, _HOLDER.c.name,
    _HOLDER.c.position, _HOLDER.c.employee_no, _HOLDER_DEPT.c.name, MEMO.c.routed_note,
    MEMO.c.due_at, MEMO.c.warn_at, MEMO.c.state, MEMO.c.met_at, MEMO.c.closed_at,
    MEMO.c.close_reason, MEMO.c.attempts,
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
        MEMO_EVENT,
        _ACTOR.c.name.label("actor_name"),
        _FROM.c.name.label("from_name"),
        _FROM.c.position.label("from_position"),
        _TO.c.name.label("to_name"),
        _TO.c.position.label("to_position"),
    )
    .select_from(
        MEMO_EVENT.outerjoin(_ACTOR, _ACTOR.c.id == MEMO_EVENT.c.actor_id)
        .outerjoin(_FROM, _FROM.c.id == MEMO_EVENT.c.from_id)
        .outerjoin(_TO, _TO.c.id == MEMO_EVENT.c.to_id)
    )
    .order_by(MEMO_EVENT.c.at, MEMO_EVENT.c.id)
)



def view(row: Row[Any]) -> MemoView:
    # Unpacked by position: lists build a thousand of these, and a Row's attribute
    # lookups cost more than the rest of the mapping together.
    (memo_id, number, taken_at, taker, name, phone, org, gist, channel, address, asked_id,
     asked_name, asked_position, holder_id, holder_name, holder_position, holder_no,
     holder_dept, routed_note, due_at, warn_at, state, met_at, closed_at, close_reason,
     attempts) = row
    return MemoView(
        id=memo_id,
        number=number,
        taken_at=taken_at.astimezone(SEOUL),
        taken_by=taker,
        caller_name=name,
        caller_name_masked=mask_name(name),
        caller_phone=phone,
        caller_phone_masked=mask_phone(phone),
        caller_org=org,
        gist=gist,
        channel=channel,
        address=address,
        asked_for_id=asked_id,
        asked_for=staff_label(asked_name, asked_position),
        holder_id=holder_id,
        holder=staff_label(holder_name, holder_position),
        holder_employee_no=holder_no,
        holder_department=holder_dept,
        routed_note=routed_note,
        due_at=seoul(due_at),
        warn_at=seoul(warn_at),
        state=state,
        met_at=seoul(met_at),
        closed_at=seoul(closed_at),
        close_reason=close_reason,
        attempts=attempts,
    )


def event_view(row: Row[Any]) -> MemoEventView:
    return MemoEventView(
        at=to_seoul(row.at),
        actor=row.actor_name or "",
        kind=row.kind,
        outcome=row.outcome,
        from_name=staff_label(row.from_name, row.from_position),
        to_name=staff_label(row.to_name, row.to_position),
        note=row.note,
    )


def one(conn: Connection, memo_id: int) -> MemoView:
    row = conn.execute(VIEW.where(MEMO.c.id == memo_id)).first()
    if row is None:
        raise NotFoundError(missing(memo_id))
    return view(row)


def missing(memo_id: int) -> str:
    return translate(
        "Memos",
        "전화메모(번호 {memo_id})를 찾을 수 없습니다. 목록을 새로 고쳐 주세요.",
    ).format(memo_id=memo_id)


def history(conn: Connection, memo_ids: Iterable[int]) -> dict[int, list[MemoEventView]]:
    ids = list(memo_ids)
    found: dict[int, list[MemoEventView]] = {i: [] for i in ids}
    if ids:
        for row in conn.execute(EVENTS.where(MEMO_EVENT.c.memo_id.in_(ids))):
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
    query = VIEW.where(
        MEMO.c.state == MemoState.OPEN.value,
        *_conditions(conn, department_id=department_id, holder_id=holder_id),
    )
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
    index: MemoTextIndex,
    text: str,
    *,
    state: str | None,
    since: datetime | None,
    until: datetime | None,
    department_id: int | None,
    holder_id: int | None,
    limit: int | None,
) -> list[MemoView]:
    conditions = _conditions(conn, department_id=department_id, holder_id=holder_id)
    if state is not None:
        if state not in {s.value for s in MemoState}:
            raise ValidationError(
                "state", translate(
                    "Memos",
                    "상태 '{state}'은(는) 없습니다. open(처리 중) 또는 closed(끝남)를 "
                    "고르세요.",
                ).format(state=state)
            )
        conditions.append(MEMO.c.state == state)
    if since is not None:
        conditions.append(MEMO.c.taken_at >= since)
    if until is not None:
        conditions.append(MEMO.c.taken_at < until)
    query = words(text)
    if not query:
        page = VIEW.where(*conditions).order_by(*_NEWEST_FIRST)
        return [view(r) for r in conn.execute(page if limit is None else page.limit(limit))]
    found = index.find(conn, query)
    ids = _passing(conn, found, conditions, limit) if conditions else found[:limit]
    views = views_by_id(conn, ids)
    return sorted(views.values(), key=lambda v: (v.taken_at, v.id), reverse=True)


# Past this many text matches, the filters are read as one set instead of chunk by chunk.
_MANY = 5000
_CHUNK = 1000


def _passing(
    conn: Connection, ids: list[int], conditions: list[ColumnElement[bool]], limit: int | None
) -> list[int]:
    """The ids (newest first) that also pass the filters kept in the database (state,
    holder, dates), up to ``limit``."""
    if len(ids) > _MANY:
        allowed = set(conn.scalars(select(MEMO.c.id).where(*conditions)))
        kept = [i for i in ids if i in allowed]
        return kept if limit is None else kept[:limit]
    kept = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        allowed = set(conn.scalars(select(MEMO.c.id).where(MEMO.c.id.in_(chunk), *conditions)))
        kept.extend(i for i in chunk if i in allowed)
        if limit is not None and len(kept) >= limit:
            return kept[:limit]
    return kept


def _conditions(
    conn: Connection, *, department_id: int | None, holder_id: int | None
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if holder_id is not None:
        conditions.append(MEMO.c.holder_id == holder_id)
    if department_id is not None:
        members = select(STAFF.c.id).where(
            STAFF.c.department_id.in_(units_under(conn, department_id))
        )
        conditions.append(MEMO.c.holder_id.in_(members))
    return conditions


def routed_away(conn: Connection, staff_id: int, since: datetime) -> list[int]:
    """Memos meant for ``staff_id`` that went to someone else since ``since`` (taken or
    transferred while they were away), in the order that happened."""
    # A plain pass over the events, sorted here: grouping in SQL walks the memo index and
    # looks every row up (about three times slower). There is no index on from_id.
    query = select(MEMO_EVENT.c.memo_id, MEMO_EVENT.c.at).where(
        MEMO_EVENT.c.kind.in_(("taken", "reassign")),
        MEMO_EVENT.c.from_id == staff_id,
        or_(MEMO_EVENT.c.to_id.is_(None), MEMO_EVENT.c.to_id != staff_id),
        MEMO_EVENT.c.at >= since,
    )
    first: dict[int, datetime] = {}
    for memo_id, at in conn.execute(query):
        if memo_id not in first or at < first[memo_id]:
            first[memo_id] = at
    return sorted(first, key=lambda m: (first[m], m))


def views_by_id(conn: Connection, memo_ids: list[int]) -> dict[int, MemoView]:
    found: dict[int, MemoView] = {}
    for start in range(0, len(memo_ids), _CHUNK):
        chunk = memo_ids[start : start + _CHUNK]
        found.update((r[0], view(r)) for r in conn.execute(VIEW.where(MEMO.c.id.in_(chunk))))
    return found


def departed_holders(conn: Connection) -> list[tuple[int, int]]:
    """(memo id, holder id) of open memos held by someone who has left."""
    query = (
        select(MEMO.c.id, MEMO.c.holder_id)
        .join(STAFF, STAFF.c.id == MEMO.c.holder_id)
        .where(and_(MEMO.c.state == MemoState.OPEN.value, STAFF.c.active.is_(False)))
        .order_by(MEMO.c.id)
    )
    return [(r.id, r.holder_id) for r in conn.execute(query)]


def away_since(conn: Connection, staff_id: int, now: datetime) -> datetime | None:
    """Start of the officer's latest absence begun by ``now``, extended back over the
    absences that run into it."""
    rows = conn.execute(
        select(ABSENCE.c.starts_at, ABSENCE.c.ends_at)
        .where(
            ABSENCE.c.staff_id == staff_id,
            ABSENCE.c.cancelled_at.is_(None),
            ABSENCE.c.starts_at <= now,
        )
        .order_by(ABSENCE.c.starts_at.desc())
        .limit(50)
    ).all()
    if not rows:
        return None
    start: datetime = rows[0].starts_at
    for row in rows[1:]:
        if row.ends_at < start:
            break
        start = min(start, row.starts_at)
    return start
