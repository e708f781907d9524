"""Saving a check-in or a memo through the queue: straight to the server when it answers,
kept on this PC when it is away, and the kept ones sent in the order they were typed.

Only a server that cannot be reached (:class:`ServerAwayError`) makes an item wait; a
validation error, a lock, a refusal by the rules reach the operator at once, as always. While
items wait, a new one waits behind them: it must not reach the server before what was
typed earlier.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from minwon_desk.domain.errors import MinwonError, ServerAwayError
from minwon_desk.domain.particles import settle
from minwon_desk.domain.recorded_at import check_recorded_at
from minwon_desk.domain.visits import validate_check_in, validate_repeat
from minwon_desk.services.dto import Actor, CheckInRequest, MemoRequest, MemoView, VisitView
from minwon_desk.services.orgchart import staff_label
from minwon_desk.services.queue.outbox import Kept, KeptKind, KeptState, Outbox
from minwon_desk.store.models import Memo, Visit

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend


@dataclass(slots=True)
class Sent:
    """What one round of sending did."""

    visits: list[tuple[Kept, VisitView]] = field(default_factory=list)
    memos: list[tuple[Kept, MemoView]] = field(default_factory=list)
    refused: list[Kept] = field(default_factory=list)
    away: bool = False  # stopped: the server is still away

    def __bool__(self) -> bool:
        return bool(self.visits or self.memos or self.refused)


class KeepingDesk:
    """The desk's two writes that cannot wait, with the queue behind them.

    ``server_away`` says whether the connection is known to be down (the change feed
    watches it): then an item is kept at once, without waiting for a connection attempt
    to fail."""

    def __init__(
        self,
        backend: Backend,
        outbox: Outbox,
        server_away: Callable[[], bool] = lambda: False,
    ) -> None:
        self._backend = backend
        self.outbox = outbox
        self._server_away = server_away

    @property
    def desk(self) -> str:
        return self._backend.desk

    def check_in(self, actor: Actor, req: CheckInRequest, officer: str = "") -> VisitView | Kept:
        """The saved visit, or the kept item when the server is away."""
        # What can be checked without the server is checked before anything is kept: a
        # mistake is shown next to its field now, not refused on replay an hour later.
        validate_check_in(req.visitor_name, req.phone, req.purpose)
        if req.repeat_of_id is not None or req.repeat_staff_error or req.repeat_note:
            validate_repeat(req.repeat_of_id, req.repeat_staff_error, req.repeat_note)
        if self._must_wait():
            return self.outbox.keep(actor, req, self._backend.clock(), officer)
        at = self._backend.clock()
        try:
            return self._backend.visits.check_in(actor, req)
        except ServerAwayError:
            return self.outbox.keep(actor, req, at, officer)

    def take_memo(self, actor: Actor, req: MemoRequest, officer: str = "") -> MemoView | Kept:
        """The saved memo, or the kept item (no number yet) when the server is away."""
        self._backend.memos.validate(req)
        if self._must_wait():
            return self.outbox.keep(actor, req, req.taken_at or self._backend.clock(), officer)
        at = req.taken_at or self._backend.clock()
        try:
            return self._backend.memos.take(actor, req)
        except ServerAwayError:
            return self.outbox.keep(actor, req, at, officer)

    def send(self) -> Sent:
        """Send what waits, oldest first, until the queue is empty or the server is away."""
        return send_kept(self.outbox, self._backend)

    def _must_wait(self) -> bool:
        if self._server_away():
            return True
        if not self.outbox.count(self.desk):
            return False
        return self.send().away or bool(self.outbox.count(self.desk))


def send_kept(outbox: Outbox, backend: Backend) -> Sent:
    """Send the desk's waiting items in the order they were typed, each with its original
    time. One the server refuses is marked with the reason and the next is sent; a server
    still away stops the round (the item stays first in line).

    Each item is marked as being sent before it goes. One still so marked at the next
    round may have arrived (the connection was cut after the commit, or the desk was
    killed before it could strike it off): it is looked for on the server — the same
    person, desk, name and the exact instant it was typed — and sent only if absent. So
    each item arrives once."""
    sent = Sent()
    for item in outbox.waiting(backend.desk):
        try:
            if item.state is KeptState.SENDING:
                found = _arrived(backend, item)
                if found is not None:
                    _settle(outbox, backend, item, found, sent)
                    continue
            if item.kind is KeptKind.CHECK_IN:
                unasked = _away_unasked(backend, item)
                if unasked:
                    outbox.refuse(item.id, unasked)
                    sent.refused.append(replace(item, state=KeptState.REFUSED, reason=unasked))
                    continue
            outbox.sending(item.id)
            if item.kind is KeptKind.CHECK_IN:
                visit = backend.visits.check_in(item.actor, replace(item.check_in, at=item.at))
                outbox.sent(item.id)
                sent.visits.append((item, visit))
            else:
                check_recorded_at(
                    item.at, backend.clock(), field="taken_at", what="전화를 받은 시각"
                )
                memo = backend.memos.take(item.actor, replace(item.memo, taken_at=item.at))
                outbox.sent(item.id)
                sent.memos.append((item, memo))
        except ServerAwayError:
            sent.away = True
            break
        except MinwonError as exc:
            outbox.refuse(item.id, exc.message)
            sent.refused.append(replace(item, state=KeptState.REFUSED, reason=exc.message))
    return sent


def _away_unasked(backend: Backend, item: Kept) -> str:
    """Why a kept check-in must not go as typed: its officer was away when the visitor
    arrived and the operator was not asked (the desk did not know of the absence then, as
    the form would have asked — F3 for the deputy, Enter again for the officer). "" when it
    may go."""
    req = item.check_in
    if req.officer_id is None or req.away_chosen:
        return ""
    try:
        snap = backend.directory.snapshot(since=item.at)
        presence = snap.presence(req.officer_id, item.at)
        officer = snap.entry(req.officer_id)
    except ServerAwayError:
        raise
    except MinwonError:
        return ""  # the check-in itself says what is wrong with the officer
    if presence.present or not officer.active:
        return ""
    who = staff_label(officer.name, officer.position)
    cover = ""
    if presence.acting is not None:
        cover = f" — 업무대행 {staff_label(presence.acting.name, presence.acting.position)}"
    return settle(
        f"{who}은(는) 접수할 때 {presence.status} 중이었습니다{cover}. 그때 이 PC가 모르던 "
        f"부재라 묻지 못했습니다. '다시 입력'으로 불러와 업무대행자에게 접수할지(F3), "
        f"그래도 {officer.name} 님 앞으로 접수할지(Enter 두 번) 골라 주세요."
    )


def _arrived(backend: Backend, item: Kept) -> int | None:
    """The id of the visit or memo an earlier, unanswered send already saved, if any."""
    if item.kind is KeptKind.CHECK_IN:
        query = select(Visit.id).where(
            Visit.checked_in_at.between(*_instant(item)), Visit.checked_in_by_id == item.actor.staff_id,
            Visit.desk == item.actor.desk,
            Visit.visitor_name == validate_check_in(
                item.check_in.visitor_name, item.check_in.phone, item.check_in.purpose
            ).visitor_name,
        )
    else:
        query = select(Memo.id).where(
            Memo.taken_at.between(*_instant(item)), Memo.taken_by_id == item.actor.staff_id,
            Memo.desk == item.actor.desk,
            Memo.caller_name == backend.memos.validate(item.memo).caller_name,
        )
    with backend.db.read() as session:
        return session.scalars(query.limit(1)).first()


def _instant(item: Kept) -> tuple[datetime, datetime]:
    # A second either side: SQLite keeps instants as text, written with or without the
    # microseconds depending on the statement's path, so equality could miss.
    return item.at - timedelta(seconds=1), item.at + timedelta(seconds=1)


def _settle(outbox: Outbox, backend: Backend, item: Kept, found: int, sent: Sent) -> None:
    outbox.sent(item.id)
    if item.kind is KeptKind.CHECK_IN:
        sent.visits.append((item, backend.visits.get(found)))
    else:
        sent.memos.append((item, backend.memos.get(found)))
