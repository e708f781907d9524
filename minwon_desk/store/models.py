"""The tables. One class per table; relationships only where a query needs them.

Staff are never deleted (visits, memos and audit rows point at them): they are made
inactive. Later tables (absences, memos, cases, vouchers) hang off ``staff`` and
``department`` the same way ``visit`` does.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from minwon_desk.store.accounts import Account as Account
from minwon_desk.store.accounts import AccountGrant as AccountGrant
from minwon_desk.store.accounts import ServiceToken as ServiceToken
from minwon_desk.store.base import Base, UtcDateTime
from minwon_desk.store.notices import NoticeOutbox as NoticeOutbox
from minwon_desk.store.privacy import AccessLog as AccessLog
from minwon_desk.store.privacy import AccessReview as AccessReview
from minwon_desk.store.privacy import LogChain as LogChain
from minwon_desk.store.retention import DestructionLedger as DestructionLedger
from minwon_desk.store.retention import PurgeRun as PurgeRun
from minwon_desk.store.site_visits import SiteVisit as SiteVisit
from minwon_desk.store.site_visits import SiteVisitMember as SiteVisitMember


class Agency(Base):
    __tablename__ = "agency"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class Department(Base):
    """A unit in the organisation tree: 본부/지방청 → 국/실 → 과/담당관 → 팀."""

    __tablename__ = "department"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))  # "본부", "지방청", "실", "국", "과", "팀"…
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # Where a deputy chain with nobody present ends. None: the highest-ranking active
    # member of the department by position (see domain.deputy.position_rank).
    head_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", use_alter=True))


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[str] = mapped_column(String(50))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), index=True)
    extension: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    duties: Mapped[str] = mapped_column(Text, default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    photo_mime: Mapped[str | None] = mapped_column(String(50))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    default_deputy_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    department: Mapped[Department] = relationship(lazy="joined", foreign_keys=[department_id])


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


class CalendarOverride(Base):
    """An agency's change to the public-holiday calendar: an added holiday
    (``is_holiday``) or a public holiday worked as a normal day."""

    __tablename__ = "calendar_override"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_holiday: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(200), default="")


class Office(Base):
    """A floor plan: one office (사무실) drawn on a grid of ``cols`` × ``rows`` cells."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))  # "혁신행정담당관실"
    building: Mapped[str] = mapped_column(String(100), default="")  # "정부대전청사 1동"
    floor: Mapped[str] = mapped_column(String(32), default="")  # "3층"
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    cols: Mapped[int] = mapped_column(Integer, default=24)
    rows: Mapped[int] = mapped_column(Integer, default=16)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class OfficeRoom(Base):
    """A rectangle on the plan: a meeting room, the entrance, a cabinet wall…"""

    __tablename__ = "office_room"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(32), default="room")  # room | entrance | wall
    x: Mapped[int] = mapped_column(Integer)
    y: Mapped[int] = mapped_column(Integer)
    w: Mapped[int] = mapped_column(Integer)
    h: Mapped[int] = mapped_column(Integer)


class Seat(Base):
    """A desk on the plan, in grid cells, and who sits there (one desk per person)."""

    __tablename__ = "seat"
    __table_args__ = (UniqueConstraint("office_id", "label"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"), index=True)
    label: Mapped[str] = mapped_column(String(32))  # "A-12"
    x: Mapped[int] = mapped_column(Integer)
    y: Mapped[int] = mapped_column(Integer)
    w: Mapped[int] = mapped_column(Integer, default=2)
    h: Mapped[int] = mapped_column(Integer, default=1)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), unique=True)


class Absence(Base):
    """An officer away (출장, 휴가, 교육, 회의, 외근) from ``starts_at`` up to, not
    including, ``ends_at``. Cancelled absences are kept (``cancelled_at``)."""

    __tablename__ = "absence"
    __table_args__ = (Index("ix_absence_staff_ends", "staff_id", "ends_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(16))
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    deputy_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


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


class RegisterCounter(Base):
    """The last number given in a register (cases, vouchers) for one year. Numbers are
    taken under the row's write lock and never handed out twice, even after a void."""

    __tablename__ = "register_counter"

    register: Mapped[str] = mapped_column(String(16), primary_key=True)  # "case", "voucher"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


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


class SurveyItem(Base):
    """One question of a year's satisfaction survey, answered on a 5-point scale."""

    __tablename__ = "survey_item"
    __table_args__ = (UniqueConstraint("year", "ordinal", name="uq_survey_item_year_ordinal"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    ordinal: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(300))


class SurveyResponse(Base):
    """One respondent's answers (anonymous: no name or contact is kept)."""

    __tablename__ = "survey_response"
    __table_args__ = (Index("ix_survey_response_year", "year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    entered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    entered_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    desk: Mapped[str] = mapped_column(String(100))
    comment: Mapped[str] = mapped_column(Text, default="")
    # When the retention purge destroyed this record's personal fields (None: not yet).
    purged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SurveyAnswer(Base):
    __tablename__ = "survey_answer"

    response_id: Mapped[int] = mapped_column(ForeignKey("survey_response.id"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("survey_item.id"), primary_key=True)
    score: Mapped[int] = mapped_column(Integer)  # 1–5
