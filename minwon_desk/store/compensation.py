"""Compensation: the supervisor's decisions, the vouchers issued and their budget, and
corrective actions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from minwon_desk.store.base import Base, UtcDateTime


class CompensationDecision(Base):
    """A supervisor's decision on one compensation event (a kind of event on one visit or
    case). The unique key is what makes one event yield at most one voucher, whichever
    desk decides first."""

    __tablename__ = "compensation_decision"
    __table_args__ = (UniqueConstraint("kind", "source", "source_id", name="uq_compensation_event"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))  # domain CompensationKind value
    source: Mapped[str] = mapped_column(String(8))  # "visit" | "case"
    source_id: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str] = mapped_column(String(16))  # "approved" | "rejected"
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    desk: Mapped[str] = mapped_column(String(100))


class Voucher(Base):
    """A numbered compensation voucher (상품권, 교통비). Voided with a reason, never
    deleted; its serial is never given again."""

    __tablename__ = "voucher"
    __table_args__ = (
        UniqueConstraint("year", "sequence", name="uq_voucher_year_sequence"),
        Index("ix_voucher_issued_at", "issued_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    serial: Mapped[str] = mapped_column(String(32), unique=True)  # "MSS-V2026-00012"
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    decision_id: Mapped[int] = mapped_column(ForeignKey("compensation_decision.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    amount: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(50))  # the charter's voucher_title then
    wording: Mapped[str] = mapped_column(Text)  # the charter's voucher_wording then
    recipient_name: Mapped[str] = mapped_column(String(100))
    recipient_contact: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text)  # the rule's label and the evidence
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("minwon_case.id"))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    printed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    voided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    void_reason: Mapped[str] = mapped_column(Text, default="")
    # When the retention purge destroyed this record's personal fields (None: not yet).
    purged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class VoucherBudget(Base):
    """The year's compensation budget set by the administrator: approving past it asks
    the supervisor to confirm."""

    __tablename__ = "voucher_budget"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount: Mapped[int] = mapped_column(Integer)
    set_at: Mapped[datetime] = mapped_column(UtcDateTime)
    set_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class CorrectiveAction(Base):
    """Corrective action (주의, 재교육, …) against a staff member for a complaint or a
    compensated event, and who follows up with the petitioner."""

    __tablename__ = "corrective_action"
    __table_args__ = (Index("ix_corrective_action_recorded_at", "recorded_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # "MSS-C2026-0003"
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # domain CorrectiveKind value
    detail: Mapped[str] = mapped_column(Text)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("minwon_case.id"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"))
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("compensation_decision.id"))
    follow_up_officer_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    desk: Mapped[str] = mapped_column(String(100))
