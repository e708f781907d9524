"""What a memo's steps write to its caller: the hooks between the memo service and the
notice outbox (received when taken, handed on, answered in writing)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minwon_desk.domain.memos import Channel
from minwon_desk.domain.notice_templates import NoticeStage
from minwon_desk.services.dto import Actor
from minwon_desk.services.memos.take import Announce
from minwon_desk.services.notices.memo_outbox import MemoFacts
from minwon_desk.store.models import Memo, MemoEvent

if TYPE_CHECKING:
    from minwon_desk.services.notices.service import NoticeService

# The events that give a memo a new holder: each one tells a caller who asked for messages.
_HANDED = ("transfer", "reassign", "handover")


def announce_taken(notices: NoticeService | None, actor: Actor, now: datetime
                   ) -> Announce | None:
    """The hook the memo's write calls inside its transaction."""
    if notices is None:
        return None

    def announce(session: Session, memo: MemoFacts) -> None:
        notices.queue_memo(session, memo, NoticeStage.MEMO_RECEIVED, 1, {}, now, actor,
                           fresh=True)

    return announce


def tell(notices: NoticeService | None, session: Session, memo: Memo, stage: NoticeStage,
         ordinal: int, now: datetime, actor: Actor, extra: dict[str, str]) -> None:
    if notices is not None and Channel(memo.channel).sends:
        notices.queue_memo(session, MemoFacts.of(memo), stage, ordinal, extra, now, actor)


def tell_handed(notices: NoticeService | None, session: Session, memo: Memo, now: datetime,
                actor: Actor) -> None:
    """Who has the memo now (one message for each handing on)."""
    if notices is None or not Channel(memo.channel).sends:
        return
    session.flush()
    handed = session.scalar(
        select(func.count()).select_from(MemoEvent)
        .where(MemoEvent.memo_id == memo.id, MemoEvent.kind.in_(_HANDED))
    ) or 1
    tell(notices, session, memo, NoticeStage.MEMO_HANDED, handed, now, actor, {})
