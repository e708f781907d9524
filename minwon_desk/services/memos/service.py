"""Phone memos (전화메모): take a message for an officer — or for whoever acts for them
while they are away — and follow it until the caller is answered.

The callback clock is the charter's ``callback`` clock, counted in working hours from the
moment the call came in. It stops when the caller is reached or answered by the channel
they chose; an attempt that did not reach them is counted and the clock runs on. A memo is
never deleted: it ends closed, with a reason, and every step is kept with who and when.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.charter import Charter
from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.memos import (
    Channel,
    MemoFields,
    MemoState,
    Outcome,
    answers_caller,
    check_note,
    parse_outcome,
)
from minwon_desk.domain.notice_templates import NoticeStage
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import Clock, format_ko, to_seoul
from minwon_desk.services import access
from minwon_desk.services._tx import Database
from minwon_desk.services.calendar import CalendarService
from minwon_desk.services.clocked import ClockedService
from minwon_desk.services.directory.service import DirectoryService
from minwon_desk.services.dto import Actor, MemoRequest, MemoView
from minwon_desk.services.events import MemoChange, MemoChanged
from minwon_desk.services.memos import queries as q
from minwon_desk.services.memos.caller_messages import announce_taken, tell, tell_handed
from minwon_desk.services.memos.reading import MemoReading
from minwon_desk.services.memos.search import MemoTextIndex
from minwon_desk.services.memos.take import Taking, check_request, check_taken_at, write_memo
from minwon_desk.services.routing import Deadline, Routing, route
from minwon_desk.store.models import Memo, MemoEvent

if TYPE_CHECKING:
    from minwon_desk.services.notices.service import NoticeService

CALLBACK = "callback"
_KEPT = "이 메모는 받은 직원이 가지고 있습니다."  # when nobody can act for the officer
_OPEN = MemoState.OPEN.value
_CLOSED = MemoState.CLOSED.value
_WRITTEN_ANSWERS = (Outcome.ANSWERED_EMAIL, Outcome.ANSWERED_SMS)


class MemoService(MemoReading, ClockedService):
    _entity = "memo"
    # The caller's messages (the backend sets it; None: none written, as in tests of the
    # memo clocks alone).
    notices: NoticeService | None = None

    def __init__(
        self,
        db: Database,
        clock: Clock,
        charter: Charter,
        calendar: CalendarService,
    ) -> None:
        super().__init__(db, clock, charter, calendar)
        self._directory = DirectoryService(db, clock, charter.working_hours)
        self._text = MemoTextIndex()

    # --- before saving ------------------------------------------------------------------

    def route(self, asked_for_id: int | None, at: datetime | None = None) -> tuple[int | None, str]:
        """Who a memo for ``asked_for_id`` goes to at ``at`` (default now), and why when it
        is not the officer: (holder id, explanation). Holder None: nobody can act and the
        operator keeps the memo. ("", for an officer who is in.) An officer away but back
        by the callback's warning point keeps it; the explanation names the contact."""
        at = self._clock() if at is None else at
        due_at, warn_at = self.callback_deadline(at)
        routing = self._route_to(asked_for_id, at, deadline=_deadline(due_at, warn_at))
        return (routing.holder.id if routing.holder else None), routing.note

    def validate(self, req: MemoRequest) -> MemoFields:
        """The memo's fields checked and normalised; ValidationError names the field."""
        return check_request(req)

    def callback_deadline(
        self, start: datetime, calendar: WorkingCalendar | None = None
    ) -> tuple[datetime | None, datetime | None]:
        """(due, warn) of the callback clock for a call taken at ``start``; (None, None)
        when the charter sets no figure."""
        return self._deadline(CALLBACK, start, calendar)

    # --- writes ------------------------------------------------------------------------

    def take(self, actor: Actor, req: MemoRequest) -> MemoView:
        """Save a memo: for the officer asked for, or — when they are away at the moment of
        the call — for whoever acts for them; for the operator when there is nobody."""
        fields = self.validate(req)
        now = self._clock()
        at, reason = (
            (now, "") if req.taken_at is None
            else check_taken_at(req.taken_at, now, req.back_date_reason)
        )
        due_at, warn_at = self.callback_deadline(at)
        if fields.channel is Channel.NONE:  # only passed on: no callback is owed
            due_at = warn_at = None
        taking = Taking(actor, fields, req.asked_for_id, at, now, due_at, warn_at, reason)
        # The common case (the officer is in, or none was asked for) is settled inside the
        # one write transaction; only an absent or departed officer needs the directory.
        routing = Routing(None, "") if req.asked_for_id is None else None
        announce = announce_taken(self.notices, actor, now)
        view = write_memo(self._db, taking, routing, announce)
        if view is None:
            routing = self._route_to(req.asked_for_id, at, deadline=_deadline(due_at, warn_at))
            view = write_memo(self._db, taking, routing, announce)
            assert view is not None
        return view

    def record_attempt(
        self, actor: Actor, memo_id: int, outcome: Outcome, note: str = ""
    ) -> MemoView:
        """One callback attempt. Reaching the caller, or answering by the channel they
        chose, stops the clock and closes the memo; anything else is counted and the
        memo stays open."""
        outcome = parse_outcome(outcome)
        note = check_note("note", translate("Memos", "메모"), note, required=False)
        now = self._clock()
        with self._db.write(actor, Operation.MEMO_WORK) as (session, _staff):
            memo = _locked(session, memo_id)
            access.check_holder(session, actor, Operation.MEMO_WORK, memo.holder_id, now,
                                what="메모")
            if memo.state != _OPEN:
                raise StateError(_closed_message(memo, translate(
                    "Memos",
                    "답신 시도를 기록할 수 없습니다",
                )))
            answered = answers_caller(outcome, Channel(memo.channel))
            memo.attempts += 1
            if answered:
                memo.met_at = now
                _close(memo, now, outcome.label_ko)
            self._event(session, memo, now, actor, "attempt", outcome=outcome.value, note=note)
            if outcome in _WRITTEN_ANSWERS:
                # The answer itself goes by the channel the caller chose.
                tell(self.notices, session, memo, NoticeStage.MEMO_ANSWERED, 1, now, actor, {
                    "answered_at": format_ko(now),
                    "answer": note or "담당자가 답변 내용을 정리해 다시 연락드리겠습니다.",
                })
            self._audit(
                session, actor, now, "memo.attempt", memo.id,
                {"outcome": outcome.value, "attempts": memo.attempts, "met": answered},
                announce=_changed(memo, MemoChange.CLOSED if answered else MemoChange.ATTEMPT,
                                  actor),
            )
            view = _reread(session, memo.id)
        return view

    def transfer(self, actor: Actor, memo_id: int, to_staff_id: int, note: str) -> MemoView:
        """Hand an open memo to a colleague with a note; the gist and the clock go along.
        A colleague away now gets it through whoever acts for them (the memo says so)."""
        note = check_note("note", translate("Memos", "넘기는 메모"), note, required=True,
                     empty=translate(
                         "Memos",
                         "넘기는 까닭이나 부탁할 내용을 적어 주세요 (요지는 그대로 함께 "
                         "갑니다).",
                     ))
        now = self._clock()
        with self._db.read() as session:
            held = session.get(Memo, memo_id)
            if held is None:
                raise NotFoundError(q.missing(memo_id))
            deadline = _deadline(held.due_at, held.warn_at)
        routing = self._route_to(to_staff_id, now, field="to_staff", deadline=deadline)
        target = routing.holder
        if target is None:
            raise ValidationError("to_staff", translate(
                "Memos",
                "{note} 다른 직원에게 넘겨 주세요.",
            ).format(note=routing.note))
        with self._db.write(actor, Operation.MEMO_WORK) as (session, _staff):
            memo = _locked(session, memo_id)
            access.check_holder(session, actor, Operation.MEMO_WORK, memo.holder_id, now,
                                what="메모")
            if memo.state != _OPEN:
                raise StateError(_closed_message(memo, translate("Memos", "넘길 수 없습니다")))
            if target.id == memo.holder_id:
                said = translate("Memos", "이미 가지고 있는 메모입니다.") if to_staff_id == memo.holder_id else (
                    translate("Memos", "{note} 넘겨도 지금 가진 사람에게 그대로 돌아옵니다.").format(note=routing.note)
                )
                raise ValidationError("to_staff", said)
            previous = memo.holder_id
            memo.asked_for_id = to_staff_id
            memo.holder_id = target.id
            memo.routed_note = routing.note
            self._event(session, memo, now, actor, "transfer", from_id=previous,
                        to_id=to_staff_id, note=note)
            if target.id != to_staff_id:
                self._event(session, memo, now, actor, "reassign", from_id=to_staff_id,
                            to_id=target.id, note=routing.note)
            tell_handed(self.notices, session, memo, now, actor)
            self._audit(
                session, actor, now, "memo.transfer", memo.id,
                {"from_id": previous, "to_id": to_staff_id, "holder_id": target.id},
                announce=_changed(memo, MemoChange.TRANSFER, actor),
            )
            view = _reread(session, memo.id)
        return view

    def hand_back(self, actor: Actor, memo_id: int, note: str = "") -> MemoView:
        """A deputy gives an open memo back to the officer it was meant for, who is in
        again, with a handover note."""
        note = check_note("note", translate("Memos", "인계 메모"), note, required=False)
        now = self._clock()
        with self._db.read() as session:
            memo = session.get(Memo, memo_id)
            if memo is None:
                raise NotFoundError(q.missing(memo_id))
            officer_id = memo.asked_for_id
        if officer_id is None:
            raise ValidationError("to_staff", translate(
                "Memos",
                "처음부터 특정 담당자 앞으로 받은 메모가 아니라 돌려줄 사람이 없습니다.",
            ))
        routing = self._route_to(officer_id, now, field="to_staff")
        if routing.holder is None or routing.holder.id != officer_id:
            raise ValidationError(
                "to_staff", translate(
                    "Memos",
                    "{note} 돌아온 뒤에 돌려주거나, 그동안은 직접 답신해 주세요.",
                ).format(note=routing.note)
            )
        with self._db.write(actor, Operation.MEMO_WORK) as (session, _staff):
            memo = _locked(session, memo_id)
            access.check_holder(session, actor, Operation.MEMO_WORK, memo.holder_id, now,
                                what="메모")
            if memo.state != _OPEN:
                raise StateError(_closed_message(memo, translate("Memos", "돌려줄 수 없습니다")))
            if memo.holder_id == officer_id:
                raise ValidationError("to_staff", translate(
                    "Memos",
                    "이미 담당자에게 돌아간 메모입니다.",
                ))
            previous = memo.holder_id
            memo.holder_id = officer_id
            memo.routed_note = ""
            self._event(session, memo, now, actor, "handover", from_id=previous,
                        to_id=officer_id, note=note)
            tell_handed(self.notices, session, memo, now, actor)
            self._audit(session, actor, now, "memo.hand_back", memo.id,
                        {"from_id": previous, "to_id": officer_id},
                        announce=_changed(memo, MemoChange.HANDOVER, actor))
            view = _reread(session, memo.id)
        return view

    def close(self, actor: Actor, memo_id: int, reason: str) -> MemoView:
        """End a memo without a callback (the caller withdrew, it became a case, …). The
        memo and its history stay."""
        reason = check_note("reason", translate("Memos", "끝내는 까닭"), reason, required=True,
                       empty=translate(
                           "Memos",
                           "끝내는 까닭을 적어 주세요 (예: 민원인이 취소함, 민원으로 접수함).",
                       ))
        now = self._clock()
        with self._db.write(actor, Operation.MEMO_WORK) as (session, _staff):
            memo = _locked(session, memo_id)
            access.check_holder(session, actor, Operation.MEMO_WORK, memo.holder_id, now,
                                what="메모")
            if memo.state != _OPEN:
                raise StateError(_closed_message(memo, translate("Memos", "다시 끝낼 수 없습니다")))
            _close(memo, now, reason)
            self._event(session, memo, now, actor, "close", note=reason)
            self._audit(session, actor, now, "memo.close", memo.id,
                        {"met": memo.met_at is not None},
                        announce=_changed(memo, MemoChange.CLOSED, actor))
            view = _reread(session, memo.id)
        return view

    def reassign_departed(self, actor: Actor) -> list[MemoView]:
        """Open memos held by someone who has since left go to their department head (or,
        when the head cannot act either, to ``actor``). Their history stays."""
        now = self._clock()
        with self._db.read() as session:
            pairs = q.departed_holders(session.connection())
        if not pairs:
            return []
        routings = {holder: self._route_to(holder, now) for holder in {h for _, h in pairs}}
        moved_ids: list[int] = []
        with self._db.write(actor) as (session, _staff):
            access.check_any(session, actor, (Operation.MEMO_REASSIGN, Operation.ROSTER_ADMIN))
            for memo_id, holder_id in pairs:
                memo = _locked(session, memo_id)
                if memo.state != _OPEN or memo.holder_id != holder_id:
                    continue  # someone else moved it meanwhile
                routing = routings[holder_id]
                new_holder = routing.holder.id if routing.holder else actor.staff_id
                memo.holder_id = new_holder
                memo.routed_note = routing.note
                self._event(session, memo, now, actor, "reassign", from_id=holder_id,
                            to_id=new_holder, note=routing.note)
                tell_handed(self.notices, session, memo, now, actor)
                self._audit(session, actor, now, "memo.reassign", memo.id,
                            {"from_id": holder_id, "to_id": new_holder},
                            announce=_changed(memo, MemoChange.REASSIGN, actor))
                moved_ids.append(memo_id)
            session.flush()
            views = q.views_by_id(session.connection(), moved_ids)
        return [views[i] for i in moved_ids]

    # --- inside ------------------------------------------------------------------------

    def _route_to(
        self,
        staff_id: int | None,
        at: datetime,
        *,
        field: str = "asked_for",
        deadline: Deadline | None = None,
    ) -> Routing:
        return route(self._directory, staff_id, at, field=field, nobody=_KEPT,
                     calendar=self._calendar.current(), deadline=deadline)

    def _event(
        self,
        session: Session,
        memo: Memo,
        now: datetime,
        actor: Actor,
        kind: str,
        *,
        outcome: str = "",
        from_id: int | None = None,
        to_id: int | None = None,
        note: str = "",
    ) -> None:
        session.add(
            MemoEvent(memo_id=memo.id, at=now, actor_id=actor.staff_id, kind=kind,
                      outcome=outcome, from_id=from_id, to_id=to_id, note=note)
        )

    def __repr__(self) -> str:
        return "MemoService()"


def _deadline(due_at: datetime | None, warn_at: datetime | None) -> Deadline | None:
    """What an absent officer must be back by to keep a memo: its warning point (the
    moment it starts to press), else its due moment; None when the charter sets no clock."""
    if warn_at is not None:
        return Deadline(warn_at, "회신 경고 시각")
    if due_at is not None:
        return Deadline(due_at, "회신 기한")
    return None


def _changed(memo: Memo, change: MemoChange, actor: Actor) -> MemoChanged:
    return MemoChanged(memo.id, change, memo.holder_id, origin=actor.origin)


def _close(memo: Memo, now: datetime, reason: str) -> None:
    memo.state = _CLOSED
    memo.closed_at = now
    memo.close_reason = reason


def _closed_message(memo: Memo, what: str) -> str:
    at = to_seoul(memo.closed_at) if memo.closed_at is not None else None
    reason = f" ({memo.close_reason})" if memo.close_reason else ""
    if at is None:
        said = translate(
            "Memos", "이미 끝난 메모라{reason} {what}. 다시 연락할 일이면 새 메모로 받아 주세요."
        )
    else:
        said = translate(
            "Memos",
            "이미 {at:%m/%d %H:%M}에 끝난 메모라{reason} {what}. "
            "다시 연락할 일이면 새 메모로 받아 주세요.",
        )
    return said.format(at=at, reason=reason, what=what)


def _locked(session: Session, memo_id: int) -> Memo:
    # FOR UPDATE on PostgreSQL: two officers recording on the same memo queue up.
    memo = session.scalars(select(Memo).where(Memo.id == memo_id).with_for_update()).first()
    if memo is None:
        raise NotFoundError(q.missing(memo_id))
    return memo


def _reread(session: Session, memo_id: int) -> MemoView:
    session.flush()
    return q.one(session.connection(), memo_id)
