"""The personal-data tables: the access log (접속기록) and the heads of the hash chains.

Both logs (this one and ``audit_entry``) are append-only: triggers on every backend refuse
UPDATE and DELETE (see migration 0008), and each row is hash-chained to the one before it
(domain.log_chain). ``log_chain`` holds one row per log: the last id and hash, updated in
the transaction that appends (its row lock, or SQLite's write lock, orders the appends).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from minwon_desk.store.base import Base, UtcDateTime


class AccessLog(Base):
    """One look at citizens' personal data: who (account, desk, host), when, whose (the
    records' ids, or only how many for a bulk export), what was done (조회·입력·변경·
    삭제·출력·다운로드), and for a download the reason the person typed.

    ``subjects`` holds the record ids comma-separated ("visit" 12 → "12"); it names records,
    never names or numbers, so the log itself holds no personal data."""

    __tablename__ = "access_log"
    __table_args__ = (Index("ix_access_log_actor_at", "actor_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    account_id: Mapped[int | None] = mapped_column(Integer)
    desk: Mapped[str] = mapped_column(String(100))
    host: Mapped[str] = mapped_column(String(100), default="")
    operation: Mapped[str] = mapped_column(String(10))
    entity: Mapped[str] = mapped_column(String(64))
    subjects: Mapped[str] = mapped_column(Text, default="")
    count: Mapped[int] = mapped_column(Integer, default=1)
    what: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))


class LogChain(Base):
    """The head of one chain ("audit_entry", "access_log"): where the next row links."""

    __tablename__ = "log_chain"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


class AccessReview(Base):
    """The record that a month's access log was reviewed (접속기록 점검): by whom, when,
    at which desk, and what was found, as typed. Append-only like the logs (migration
    0011): a later look at the same month adds a row, it never rewrites the first."""

    __tablename__ = "access_review"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)  # "2026-11"
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    account_id: Mapped[int | None] = mapped_column(Integer)
    desk: Mapped[str] = mapped_column(String(100), default="")
    finding: Mapped[str] = mapped_column(Text, default="")
