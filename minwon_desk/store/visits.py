"""A visitor at the front desk, from check-in to check-out."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from minwon_desk.store.base import Base, UtcDateTime
from minwon_desk.store.org import Staff


class Visit(Base):
    """A visitor at the desk, from check-in to check-out.

    ``greeting_due_at``/``greeting_warn_at`` are computed once at check-in and stored:
    a later charter or calendar change must not move a clock that is already running.
    """

    __tablename__ = "visit"
    __table_args__ = (
        # The waiting board: "not checked out, oldest first".
        Index("ix_visit_board", "checked_out_at", "checked_in_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    desk: Mapped[str] = mapped_column(String(100))
    visitor_name: Mapped[str] = mapped_column(String(100))
    visitor_phone: Mapped[str] = mapped_column(String(32), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    # Indexed alone for the monthly reports (range over check-in time).
    checked_in_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    checked_in_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    greeting_due_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    greeting_warn_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    greeted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    greeted_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    checked_out_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    checked_out_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # Still open when its day ended: closed as "퇴실 미기록" with ``checked_out_at`` left
    # empty (the time is unknown) until a supervisor enters the real one.
    checkout_unrecorded: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    # A second visit on the same matter because the first failed through a staff error:
    # recorded at check-in with a link to the earlier visit (a compensation candidate).
    repeat_of_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"))
    repeat_staff_error: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    repeat_note: Mapped[str] = mapped_column(Text, default="")
    # The optional one-tap rating at check-out (1–5), not linked to any name.
    rating: Mapped[int | None] = mapped_column(Integer)
    # When the retention purge destroyed this record's personal fields (None: not yet).
    purged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    officer: Mapped[Staff | None] = relationship(foreign_keys=[officer_id])
    greeted_by: Mapped[Staff | None] = relationship(foreign_keys=[greeted_by_id])
