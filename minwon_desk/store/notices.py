"""The outbox of notices to petitioners and callers: one row per message a stage of a case,
or of a phone memo, wrote. Each row belongs to one case or one memo, never both.

``key`` (case or memo, stage, ordinal and channel) is unique: a stage written twice, by two desks
or after a crash, never yields a second message. A sender claims a row by moving it from
``waiting`` to ``sending`` in its own committed transaction, and only the one whose update
changed the row sends it; a row left in ``sending`` by a process that died is never sent
again on its own (whether it went out is not known): the officer decides.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from minwon_desk.store.base import Base, UtcDateTime


class NoticeOutbox(Base):
    """``state``: draft (written, the officer has not confirmed it yet) | waiting | sending
    | sent | failed | cancelled. ``last_error`` is the server's answer to the last try."""

    __tablename__ = "notice_outbox"
    __table_args__ = (
        Index("ix_notice_outbox_due", "state", "next_try_at"),
        Index("ix_notice_outbox_case", "case_id", "created_at"),
        Index("ix_notice_outbox_memo", "memo_id", "created_at"),
        CheckConstraint("(case_id IS NULL) <> (memo_id IS NULL)", name="one_owner"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("minwon_case.id"))
    memo_id: Mapped[int | None] = mapped_column(ForeignKey("memo.id"))
    stage: Mapped[str] = mapped_column(String(16))  # domain NoticeStage value
    ordinal: Mapped[int] = mapped_column(Integer, default=1)
    channel: Mapped[str] = mapped_column(String(8))  # email | sms
    recipient: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text)
    attach: Mapped[str] = mapped_column(String(16), default="")  # "reply": the reply letter
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    claimed_by: Mapped[str] = mapped_column(String(64), default="")  # the sending process
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
