"""Phone memos (전화메모) and their history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from minwon_desk.store.base import Base, UtcDateTime


class Memo(Base):
    """A phone memo (전화메모): the caller said it once; the holder calls back.

    ``due_at``/``warn_at`` are computed once when the memo is taken (the charter's
    ``callback`` clock, in working hours) and never move silently. ``met_at`` is when the
    caller was reached or answered by their chosen channel; an attempt that did not reach
    them leaves it empty. A memo is never deleted: it is closed with a reason.
    """

    __tablename__ = "memo"
    __table_args__ = (
        # My memos and the overdue lists: open memos of a holder by deadline.
        Index("ix_memo_open", "state", "holder_id", "due_at"),
        Index("ix_memo_taken_at", "taken_at"),
        Index("ix_memo_caller_phone", "caller_phone"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # "M2026-000123"
    taken_at: Mapped[datetime] = mapped_column(UtcDateTime)
    taken_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    desk: Mapped[str] = mapped_column(String(100))
    caller_name: Mapped[str] = mapped_column(String(100))
    caller_phone: Mapped[str] = mapped_column(String(32), default="")  # national form
    caller_org: Mapped[str] = mapped_column(String(200), default="")
    gist: Mapped[str] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(16))  # "phone" | "email" | "sms"
    address: Mapped[str] = mapped_column(String(200), default="")  # e-mail or number
    asked_for_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    holder_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    routed_note: Mapped[str] = mapped_column(Text, default="")  # why it went to a deputy
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    warn_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    state: Mapped[str] = mapped_column(String(16), default="open")  # open | closed
    met_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    close_reason: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # When the retention purge destroyed this record's personal fields (None: not yet).
    purged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class MemoEvent(Base):
    """Everything that happened to a memo, with who and when: taken, each callback
    attempt and its outcome, transfers and reassignments (with the note that travels
    along), handover back from a deputy, closing."""

    __tablename__ = "memo_event"
    __table_args__ = (Index("ix_memo_event_memo", "memo_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    memo_id: Mapped[int] = mapped_column(ForeignKey("memo.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(16))  # taken | attempt | transfer | reassign | handover | close
    outcome: Mapped[str] = mapped_column(String(24), default="")  # for attempts
    from_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    to_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")
