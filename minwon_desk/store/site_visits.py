"""Visits to a company's site (현장 방문), planned with the customer before they happen:
the agreed time and place, who goes, what will be discussed, how it was agreed, and
afterwards what came of it. Each serves one case (a 1357 call, a request)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from minwon_desk.store.base import Base, UtcDateTime


class SiteVisit(Base):
    __tablename__ = "site_visit"
    __table_args__ = (Index("ix_site_visit_case", "case_id"),
                      Index("ix_site_visit_at", "state", "visit_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("minwon_case.id"))
    company: Mapped[str] = mapped_column(String(200))
    customer: Mapped[str] = mapped_column(String(100), default="")  # who agreed to it
    visit_at: Mapped[datetime] = mapped_column(UtcDateTime)
    place: Mapped[str] = mapped_column(String(300))
    agenda: Mapped[str] = mapped_column(Text)
    agreed_how: Mapped[str] = mapped_column(Text)  # "7/2 전화로 대표와 협의"
    planned_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    planned_at: Mapped[datetime] = mapped_column(UtcDateTime)
    state: Mapped[str] = mapped_column(String(16), default="planned")  # planned|done|cancelled
    outcome: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class SiteVisitMember(Base):
    """Who goes: one row per person (the fewer the better, the charter says)."""

    __tablename__ = "site_visit_member"

    visit_id: Mapped[int] = mapped_column(ForeignKey("site_visit.id"), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
