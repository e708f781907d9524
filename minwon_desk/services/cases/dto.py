"""Plain values the case service hands to the screens and the command line."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from minwon_desk.domain.case_clock import CaseStatus, case_status, is_late


@dataclass(frozen=True, slots=True)
class CaseRequest:
    """What the desk typed on the registration form."""

    case_type: str  # a CaseType value ("질의-법령") or label
    channel: str  # a CaseChannel value ("방문")
    subject: str
    content: str = ""
    petitioner_name: str = ""
    petitioner_contact: str = ""  # where the reply goes: an address, e-mail or phone
    attachments: tuple[str, ...] = ()
    officer_id: int | None = None  # None: the desk assigns it later (transfer clock runs)
    received_at: datetime | None = None  # default: now
    back_date_reason: str = ""  # why a moment over a year back is recorded now (audited)
    memo_id: int | None = None  # registered from a phone memo
    related_case_id: int | None = None  # the earlier case this one repeats, linked both ways
    notify: str = "phone"  # how the petitioner wants to hear: phone | email | sms | none
    notify_email: str = ""
    notify_mobile: str = ""


@dataclass(frozen=True, slots=True)
class CaseView:
    """One case as lists show it. Datetimes are timezone-aware (Seoul)."""

    id: int
    number: str
    received_at: datetime
    case_type: str
    type_label: str
    channel: str
    subject: str
    petitioner_masked: str
    officer_id: int | None
    officer: str  # "김민준 사무관" or ""
    officer_employee_no: str
    department_id: int | None
    department: str
    due_at: datetime
    warn_at: datetime | None
    state: str  # open | paused | answered
    paused_at: datetime | None
    extensions: int
    interim_due_at: datetime | None
    answered_at: datetime | None

    def status(self, now: datetime) -> CaseStatus:
        return case_status(
            now, due_at=self.due_at, warn_at=self.warn_at, paused_at=self.paused_at,
            answered_at=self.answered_at, extensions=self.extensions,
        )

    def late(self, now: datetime) -> bool:
        """Past its deadline without an answer (or answered late): no notice moved it."""
        return self.paused_at is None and is_late(now, self.due_at, self.answered_at)

    def interim_owed(self, now: datetime) -> bool:
        return (
            self.answered_at is None
            and self.state in ("open", "paused")  # not once sent to another agency
            and self.interim_due_at is not None
            and now >= self.interim_due_at
        )


@dataclass(frozen=True, slots=True)
class StageView:
    key: str
    label: str
    due_at: datetime
    met_at: datetime | None


@dataclass(frozen=True, slots=True)
class CaseEventView:
    at: datetime
    actor: str
    kind: str  # registered | assigned | note | pause | resume | extend | interim | stage | answer
    label: str  # the kind in the desk's language
    note: str
    to_name: str
    due_before: datetime | None
    due_after: datetime | None


@dataclass(frozen=True, slots=True)
class DocumentRef:
    kind: str  # receipt | reply | extension | interim
    label: str  # "접수증", "회신문", "처리기간 연장 통지 (1차)"… in the desk's language
    ordinal: int
    number: str
    issued_at: datetime


@dataclass(frozen=True, slots=True)
class CaseDetail:
    view: CaseView
    content: str
    attachments: tuple[str, ...]
    petitioner_name: str
    petitioner_contact: str
    registered_by: str
    desk: str
    memo_number: str
    routed_note: str
    transfer_due_at: datetime
    transferred_at: datetime | None
    clock_label: str
    clock_basis: str
    period: str  # "14d"
    period_label: str  # "14일", in the desk's language (the screen's)
    original_due_at: datetime
    pause_reason: str
    answer_text: str
    answered_by: str
    stages: tuple[StageView, ...] = ()
    events: tuple[CaseEventView, ...] = ()
    documents: tuple[DocumentRef, ...] = field(default=())
    # By when missing material must be asked for (8 working hours from receipt).
    material_due_at: datetime | None = None

    @property
    def material_asked(self) -> bool:
        return any(e.kind == "pause" for e in self.events)
    notify: str = "phone"
    notify_email: str = ""
    notify_mobile: str = ""
    notices: tuple[Any, ...] = field(default=())  # services.notices.outbox.NoticeView

    @property
    def id(self) -> int:
        return self.view.id

    @property
    def number(self) -> str:
        return self.view.number


@dataclass(frozen=True, slots=True)
class ExtensionRequest:
    new_date: date
    reason: str
    consent: str = ""  # required from the second extension on


@dataclass(frozen=True, slots=True)
class InterimRequest:
    progress: str
    expected_date: date
