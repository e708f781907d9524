"""The audit trail: who did what, when, at which desk — also the change feed between desks."""

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


class AuditEntry(Base):
    """Who did what, when, at which desk. ``detail`` is small JSON without personal data.

    It is also the agency's change feed: the other desks read the rows after the last id
    they have seen that carry a ``change_kind``. Append-only (triggers refuse UPDATE and
    DELETE) and hash-chained (store.privacy, domain.log_chain)."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    desk: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="{}")
    # SHA-256 of ``detail``: what the chain covers, so a purge may destroy the detail of a
    # row about a destroyed record and the chain still holds (domain.log_chain).
    detail_digest: Mapped[str] = mapped_column(String(64), default="")
    # A row that announces a change to the other desks carries the typed event: its kind
    # ("visit", "memo", …), the event's fields as JSON, and the process that wrote it (so
    # that process skips its own). The id is the change's sequence number.
    change_kind: Mapped[str | None] = mapped_column(String(20))
    change_payload: Mapped[str | None] = mapped_column(Text)
    change_process: Mapped[str | None] = mapped_column(String(32))
    # The hash chain (domain.log_chain): the row is append-only and tamper-evident.
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    row_hash: Mapped[str] = mapped_column(String(64), default="")
