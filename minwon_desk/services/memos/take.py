"""Taking a phone memo: the request checked, and the write itself.

Who gets it: the officer asked for when they are in at the moment of the call; whoever
acts for them when they are away or have left (``services.routing``); the operator who
took the call when nobody can act. The memo says why.

The write is the memo desk's busiest: one transaction on a bare connection, one round trip
for the people (and whether the officer is away, and the year's last number), the memo,
its 'taken' event and the audit row — statements compiled once and handed to the driver.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    ClauseElement,
    Connection,
    CursorResult,
    Insert,
    Row,
    bindparam,
    exists,
    insert,
    select,
    text,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler

from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.memos import Channel, MemoFields, MemoState, memo_number
from minwon_desk.domain.memos import validate_memo as validate_fields
from minwon_desk.domain.notice_templates import check_email, check_mobile
from minwon_desk.domain.privacy import mask_name, mask_phone, reject_resident_number
from minwon_desk.domain.recorded_at import check_moment
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.services import access, audit
from minwon_desk.services._tx import Database, actor_inactive_message, actor_missing_message
from minwon_desk.services.access import with_roles
from minwon_desk.services.dto import Actor, DirectoryEntry, MemoRequest, MemoView
from minwon_desk.services.events import MemoChange, MemoChanged
from minwon_desk.services.notices.memo_outbox import MemoFacts
from minwon_desk.services.orgchart import staff_label
from minwon_desk.services.routing import Routing
from minwon_desk.services.tables import ABSENCE, DEPARTMENT, MEMO, MEMO_EVENT, STAFF
from minwon_desk.store.textguard import check_values

# The telephone system may stamp a call a little ahead of this PC's clock.
_CLOCK_SLACK = timedelta(minutes=5)
_MOBILE_PREFIXES = ("010-", "011-", "016-", "017-", "018-", "019-")


def check_request(req: MemoRequest) -> MemoFields:
    """The memo's fields as typed, checked and normalised; ValidationError names the field."""
    try:
        channel = Channel(req.channel.strip().lower())
    except ValueError:
        raise ValidationError(
            "channel", translate(
                "Memos",
                "회신 방법 '{channel}'은(는) 없습니다. 전화, 이메일, 문자, 알리지 않음 중에서 "
                "고르세요 (phone, email, sms, none).",
            ).format(channel=req.channel)
        ) from None
    # Checked before the number is read: an unreadable number is echoed in the
    # message, and a resident number must not be.
    reject_resident_number("phone", translate("Memos", "전화번호"), req.phone)
    fields = validate_fields(
        req.caller_name, req.phone, req.gist, channel=channel, address=req.address,
        org=req.org,
    )
    # Where the app will write to: checked as a case's notice address is.
    if channel is Channel.EMAIL:
        return replace(fields, address=check_email(fields.address, "address"))
    if channel is Channel.SMS:
        if not fields.address.startswith(_MOBILE_PREFIXES):
            raise ValidationError(
                "address" if req.address.strip() else "phone",
                translate(
                    "Memos",
                    "{address}은(는) 휴대전화 번호가 아니라 문자를 보낼 수 없습니다. 010으로 "
                    "시작하는 번호를 적거나 전화 회신을 고르세요.",
                ).format(address=fields.address),
            )
        return replace(fields, address=check_mobile(fields.address, "address"))
    return fields


def check_taken_at(taken_at: datetime, now: datetime, reason: str = "") -> tuple[datetime, str]:
    """When the call came in, and why it is recorded so late (over a year back)."""
    return check_moment(
        taken_at, now, field="taken_at", what=translate("Memos", "전화를 받은 시각"), slack=_CLOCK_SLACK, reason=reason
    )


@dataclass(frozen=True, slots=True)
class Taking:
    """A checked memo, ready to write."""

    actor: Actor
    fields: MemoFields
    asked_for_id: int | None
    at: datetime  # when the call came in: the clock starts here
    now: datetime  # when it is written
    due_at: datetime | None
    warn_at: datetime | None
    back_date_reason: str = ""


@dataclass(frozen=True, slots=True)
class _Holder:
    id: int
    name: str
    position: str
    employee_no: str
    department: str

    @classmethod
    def of(cls, person: DirectoryEntry | Row[Any]) -> _Holder:
        return cls(person.id, person.name, person.position, person.employee_no, person.department)


# Writes the caller's "passed on" message in the memo's transaction (the backend's notices).
Announce = Callable[[Session, MemoFacts], None]


def write_memo(
    db: Database, t: Taking, routing: Routing | None, announce: Announce | None = None
) -> MemoView | None:
    """Write the memo, its 'taken' event, the caller's message (``announce``) and the
    audit row in one transaction.

    With ``routing`` None the officer asked for must be in at ``t.at``: when they are away
    or have left, nothing is written and None comes back — the caller then routes through
    the directory and writes again with the routing."""
    year = to_seoul(t.at).year
    with db.transaction() as session:
        conn = session.connection()
        if conn.dialect.name == "postgresql":
            # Two desks numbering at once would pick the same next number: the second
            # waits here until the first commits. (SQLite: BEGIN IMMEDIATE does it.)
            conn.execute(_LOCK_NUMBERS)
        officer_id = t.asked_for_id if t.asked_for_id is not None else t.actor.staff_id
        context = _CONTEXT.run(
            conn,
            {"actor": t.actor.staff_id, "officer": officer_id, "at": t.at,
             "lo": f"M{year}-", "hi": f"M{year}.", "account": t.actor.account_id,
             "token": t.actor.token_id},
        )
        rows = {row.id: row for row in context}
        me = _check_actor(t.actor, rows.get(t.actor.staff_id))
        access.check(t.actor, access.roles_of(t.actor, me), Operation.MEMO_TAKE)
        officer = rows.get(t.asked_for_id) if t.asked_for_id is not None else None
        if t.asked_for_id is not None and officer is None:
            raise ValidationError(
                "asked_for", translate(
                    "Memos",
                    "찾는 직원을 직원 명부에서 찾을 수 없습니다. 담당자를 다시 골라 주세요.",
                )
            )
        if routing is None:
            assert officer is not None
            if not officer.active or officer.away:
                return None
            holder, note = _Holder.of(officer), ""
        else:
            holder = _Holder.of(routing.holder if routing.holder is not None else me)
            note = routing.note
        number = memo_number(year, _next_sequence(me.last_number))
        f = t.fields
        memo_id = _INSERT_MEMO.run(
            conn,
            {
                "number": number, "taken_at": t.at, "taken_by_id": t.actor.staff_id,
                "desk": t.actor.desk, "caller_name": f.caller_name,
                "caller_phone": f.caller_phone, "caller_org": f.caller_org, "gist": f.gist,
                "channel": f.channel.value, "address": f.address,
                "asked_for_id": t.asked_for_id, "holder_id": holder.id, "routed_note": note,
                "due_at": t.due_at, "warn_at": t.warn_at, "state": MemoState.OPEN.value,
                "met_at": None, "closed_at": None, "close_reason": "", "attempts": 0,
                "purged_at": None,
            },
        ).scalar_one()
        _INSERT_EVENT.run(
            conn,
            {"memo_id": memo_id, "at": t.at, "actor_id": t.actor.staff_id, "kind": "taken",
             "outcome": "", "from_id": t.asked_for_id, "to_id": holder.id, "note": note},
        )
        if announce is not None and f.channel.sends:
            announce(session, MemoFacts(memo_id, number, f.caller_name, f.channel.value,
                                        f.address, holder.id, t.at, t.due_at))
        # Ids and codes only: the trail is kept longer than the memo's personal data.
        detail: dict[str, audit.JsonValue] = {
            "number": number, "asked_for_id": t.asked_for_id, "holder_id": holder.id,
            "channel": f.channel.value,
            "due_at": t.due_at.isoformat() if t.due_at is not None else None,
        }
        if t.back_date_reason:  # a moment long past, recorded late: who said why
            detail["taken_at"] = t.at.isoformat()
            detail["back_date_reason"] = t.back_date_reason
        audit.record(
            session, at=t.now, actor=t.actor, desk=t.actor.desk, action="memo.take",
            entity="memo", entity_id=memo_id, detail=detail,
            announce=MemoChanged(memo_id, MemoChange.TAKEN, holder.id, origin=t.actor.origin),
        )
    # Built from what was written: no read back.
    return MemoView(
        id=memo_id,
        number=number,
        taken_at=to_seoul(t.at),
        taken_by=me.name,
        caller_name=f.caller_name,
        caller_name_masked=mask_name(f.caller_name),
        caller_phone=f.caller_phone,
        caller_phone_masked=mask_phone(f.caller_phone),
        caller_org=f.caller_org,
        gist=f.gist,
        channel=f.channel.value,
        address=f.address,
        asked_for_id=t.asked_for_id,
        asked_for=staff_label(officer.name, officer.position) if officer is not None else "",
        holder_id=holder.id,
        holder=staff_label(holder.name, holder.position),
        holder_employee_no=holder.employee_no,
        holder_department=holder.department,
        routed_note=note,
        due_at=to_seoul(t.due_at) if t.due_at is not None else None,
        warn_at=to_seoul(t.warn_at) if t.warn_at is not None else None,
        state=MemoState.OPEN.value,
        met_at=None,
        closed_at=None,
        close_reason="",
        attempts=0,
    )


class _Prepared:
    """A Core statement compiled once per kind of database and handed to the driver as
    SQL, its parameters converted by the columns' own types. Measured on this path: about
    a tenth of a memo's save time, which SQLAlchemy otherwise spends setting up each call."""

    def __init__(self, statement: ClauseElement, keys: list[str] | None = None) -> None:
        self._statement = statement
        self._keys = keys
        self._compiled: dict[str, _Compiled] = {}

    def run(self, conn: Connection, params: dict[str, Any]) -> CursorResult[Any]:
        dialect = conn.dialect
        entry = self._compiled.get(dialect.name)
        if entry is None:
            entry = self._compiled[dialect.name] = _Compiled.of(self._statement, conn, self._keys)
        values = {**entry.fixed, **params}
        if isinstance(self._statement, Insert):  # run as SQL text: the store's check by hand
            check_values(getattr(self._statement.table, "name", ""), values)
        for name, processor in entry.processors.items():
            if name in values:
                values[name] = processor(values[name])
        if entry.positions is None:
            return conn.exec_driver_sql(entry.sql, values)
        return conn.exec_driver_sql(entry.sql, tuple(values[k] for k in entry.positions))


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    positions: tuple[str, ...] | None  # parameter order for drivers that take a tuple
    processors: dict[str, Any]
    fixed: dict[str, Any]  # values set in the statement itself (a LIMIT)

    @classmethod
    def of(cls, statement: ClauseElement, conn: Connection, keys: list[str] | None) -> _Compiled:
        dialect = conn.dialect
        compiled = cast(SQLCompiler, statement.compile(dialect=dialect, column_keys=keys))
        processors = {}
        for name, bind in compiled.binds.items():
            processor = bind.type.bind_processor(dialect)
            if processor is not None:
                processors[name] = processor
        fixed = {k: v for k, v in compiled.params.items() if v is not None}
        positions = tuple(compiled.positiontup) if compiled.positiontup else None
        return cls(compiled.string, positions, processors, fixed)


_AT = bindparam("at", type_=ABSENCE.c.starts_at.type)
_LAST_NUMBER = (
    select(MEMO.c.number)
    .where(MEMO.c.number >= bindparam("lo"), MEMO.c.number < bindparam("hi"))
    .order_by(MEMO.c.number.desc())
    .limit(1)
    .scalar_subquery()
)
# The actor and the officer in one round trip, with whether the officer is away at the
# moment of the call and the year's last memo number.
_CONTEXT = _Prepared(with_roles(
    select(
        STAFF.c.id, STAFF.c.active, STAFF.c.name, STAFF.c.position,
        STAFF.c.employee_no, DEPARTMENT.c.name.label("department"),
        exists()
        .where(
            ABSENCE.c.staff_id == STAFF.c.id,
            ABSENCE.c.cancelled_at.is_(None),
            ABSENCE.c.starts_at <= _AT,
            ABSENCE.c.ends_at > _AT,
        )
        .label("away"),
        _LAST_NUMBER.label("last_number"),
    )
    .join(DEPARTMENT, STAFF.c.department_id == DEPARTMENT.c.id)
    .where(STAFF.c.id.in_([bindparam("actor"), bindparam("officer")])),
    STAFF,
))
_INSERT_MEMO = _Prepared(
    insert(MEMO).returning(MEMO.c.id), [c.name for c in MEMO.columns if c.name != "id"]
)
_INSERT_EVENT = _Prepared(
    insert(MEMO_EVENT), [c.name for c in MEMO_EVENT.columns if c.name != "id"]
)
_LOCK_NUMBERS = text("SELECT pg_advisory_xact_lock(:key)").bindparams(key=0x4D454D4F)  # "MEMO"


def _next_sequence(last_number: str | None) -> int:
    if last_number is None:
        return 1
    return int(last_number.rsplit("-", 1)[1]) + 1


def _check_actor(actor: Actor, row: Row[Any] | None) -> Row[Any]:
    # Same rule and words as require_actor, on the row fetched with the officer.
    if row is None:
        raise NotFoundError(actor_missing_message(actor))
    if not row.active:
        raise StateError(actor_inactive_message(row.name))
    return row
