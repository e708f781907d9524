"""The destruction ledger (파기 대장, 개인정보 보호법 시행령 제16조): one row per purge and
kind of record — how many records, the period they were closed in, when, by whom and how.

A purge is a :class:`PurgeRun`; its ledger rows grow batch by batch, in the same
transaction as each batch's destruction, so the ledger always says exactly what was
destroyed. A run stopped half-way (the PC switched off) has no ``finished_at``: the next
purge carries it on and finishes it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from minwon_desk.store.base import Base, UtcDateTime


class PurgeRun(Base):
    __tablename__ = "purge_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    actor_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    desk: Mapped[str] = mapped_column(String(100))


class DestructionLedger(Base):
    __tablename__ = "destruction_ledger"
    __table_args__ = (UniqueConstraint("run_id", "kind", name="uq_destruction_ledger_run_kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("purge_run.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # domain.retention.RecordKind value
    count: Mapped[int] = mapped_column(Integer, default=0)
    oldest_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # earliest closing
    newest_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # latest closing
    destroyed_at: Mapped[datetime] = mapped_column(UtcDateTime)  # its last batch
    retention: Mapped[str] = mapped_column(Text, default="")  # "1년 — 근거"
    method: Mapped[str] = mapped_column(Text, default="")  # how it was destroyed
