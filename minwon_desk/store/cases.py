"""Cases (민원): the case with its clocks, its 1357 stages, its history and the documents
issued for it."""

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


class Case(Base):
    """A case (민원): a written or spoken request with a processing period set by law.

    ``due_at``/``warn_at`` are stored when the case is received and move only by a pause
    (the time waiting for the petitioner does not count) or an extension, each kept as a
    ``CaseEvent``. ``original_due_at`` never moves.
    """

    __tablename__ = "minwon_case"
    __table_args__ = (
        # My cases and the desk's lists: open cases by deadline, per officer.
        Index("ix_case_open", "state", "officer_id", "due_at"),
        Index("ix_case_department", "department_id", "state"),
        Index("ix_case_received_at", "received_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # "MSS-2026-000123"
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    registered_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    desk: Mapped[str] = mapped_column(String(100))
    case_type: Mapped[str] = mapped_column(String(16))  # domain CaseType value
    channel: Mapped[str] = mapped_column(String(16))  # domain CaseChannel value
    petitioner_name: Mapped[str] = mapped_column(String(100), default="")
    petitioner_contact: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[str] = mapped_column(Text, default="")  # names, one per line
    memo_id: Mapped[int | None] = mapped_column(ForeignKey("memo.id"), index=True)
    asked_officer_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    routed_note: Mapped[str] = mapped_column(Text, default="")
    transfer_due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    transferred_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    clock_key: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(16))  # "14d", "3d", "immediate"
    original_due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    warn_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    state: Mapped[str] = mapped_column(String(16), default="open")  # open | paused | answered
    paused_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    pause_reason: Mapped[str] = mapped_column(Text, default="")
    extensions: Mapped[int] = mapped_column(Integer, default=0)
    interim_due_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    interim_count: Mapped[int] = mapped_column(Integer, default=0)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    answer_text: Mapped[str] = mapped_column(Text, default="")
    # A discourtesy complaint's finding: "upheld" | "dismissed" (None: not yet found).
    finding: Mapped[str | None] = mapped_column(String(16))
    finding_note: Mapped[str] = mapped_column(Text, default="")
    found_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # When the retention purge destroyed this record's personal fields (None: not yet).
    purged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # How the petitioner wants to hear: phone | email | sms | none (domain NotifyChannel).
    notify: Mapped[str] = mapped_column(String(8), default="phone")
    notify_email: Mapped[str] = mapped_column(String(200), default="")
    notify_mobile: Mapped[str] = mapped_column(String(32), default="")


class CaseStage(Base):
    """One rung of a 1357 case's ladder (출동, 지방청, 본부, 관계부처), counted from receipt."""

    __tablename__ = "case_stage"

    case_id: Mapped[int] = mapped_column(ForeignKey("minwon_case.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    met_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class CaseEvent(Base):
    """Everything that happened to a case, with who and when: registered, assigned,
    progress notes, pause and resume, extensions, notices, stages, the answer."""

    __tablename__ = "case_event"
    __table_args__ = (Index("ix_case_event_case", "case_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("minwon_case.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    to_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    due_before: Mapped[datetime | None] = mapped_column(UtcDateTime)
    due_after: Mapped[datetime | None] = mapped_column(UtcDateTime)


class CaseDocument(Base):
    """A document issued for a case (receipt, reply letter, extension or interim notice):
    its number and what it said, so a reprint is the same document."""

    __tablename__ = "case_document"
    __table_args__ = (Index("ix_case_document_case", "case_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("minwon_case.id"))
    kind: Mapped[str] = mapped_column(String(16))  # receipt | reply | extension | interim
    ordinal: Mapped[int] = mapped_column(Integer, default=1)
    number: Mapped[str] = mapped_column(String(48), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    payload: Mapped[str] = mapped_column(Text, default="{}")  # JSON: dates, reason, text
