"""Plain values the services hand to the UI and the command line (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

# Plans are plain values the documents draw too; they live in the domain.
from minwon_desk.domain.floor_plan import FloorPlan as FloorPlan
from minwon_desk.domain.floor_plan import RoomView as RoomView
from minwon_desk.domain.floor_plan import SeatView as SeatView
from minwon_desk.domain.roles import Role


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a change was made: the desk, and what on that desk started it (the screen
    that called the service, so it can tell its own change from anyone else's)."""

    desk: str = ""
    initiator: str = ""  # "" when nothing in particular (the command line, another desk)


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is doing something, and at which desk. Every write is audited with both."""

    staff_id: int
    name: str
    desk: str
    initiator: str = ""  # what started the call (see Origin); never audited
    # What the sign-in found. The services read the roles again from the database in the
    # write transaction (a revocation counts at once on every desk); these are for the
    # screens' show/hide. ``token_id``: acting through a service token, not a password.
    roles: frozenset[Role] = frozenset()
    account_id: int | None = None
    token_id: int | None = None

    @property
    def origin(self) -> Origin:
        return Origin(self.desk, self.initiator)

    def initiated_by(self, initiator: str) -> Actor:
        """The same person at the same desk, acting through ``initiator``."""
        return replace(self, initiator=initiator)


@dataclass(frozen=True, slots=True)
class StaffSummary:
    id: int
    employee_no: str
    name: str
    position: str
    department: str
    extension: str

    @property
    def label(self) -> str:
        """"홍길동 주무관 (혁신행정담당관, 내선 1234)"."""
        return _contact_label(self.name, self.position, self.department, self.extension)


@dataclass(frozen=True, slots=True)
class CheckInRequest:
    """What the operator typed on the check-in form."""

    visitor_name: str
    phone: str = ""
    purpose: str = ""
    officer_id: int | None = None
    # A repeat of an earlier visit on the same matter; with ``repeat_staff_error`` the
    # earlier one failed through a staff error (a compensation candidate).
    repeat_of_id: int | None = None
    repeat_staff_error: bool = False
    repeat_note: str = ""  # what went wrong the first time
    # When the visitor arrived, for a check-in kept on the desk while the server was away
    # and sent later; None: now.
    at: datetime | None = None
    # The operator was told the officer is away and chose them all the same (Enter twice):
    # a kept check-in carries the choice, and one that lacks it is not sent to an absent
    # officer's desk without asking.
    away_chosen: bool = False


@dataclass(frozen=True, slots=True)
class VisitView:
    """One visit as the waiting board shows it. All datetimes are timezone-aware."""

    id: int
    visitor_name: str
    visitor_name_masked: str
    phone: str  # normalised national format, "" when not given
    phone_masked: str
    purpose: str
    officer_id: int | None
    officer_label: str  # "홍길동 주무관 (혁신행정담당관)" or "" when no officer was chosen
    desk: str
    checked_in_at: datetime
    greeting_due_at: datetime | None  # None when the charter sets no greeting figure
    greeting_warn_at: datetime | None
    greeted_at: datetime | None
    greeted_by: str  # name of who started listening, "" until then
    checked_out_at: datetime | None
    repeat_of_id: int | None = None  # the earlier visit this one repeats
    repeat_staff_error: bool = False
    repeat_note: str = ""
    rating: int | None = None  # the one-tap rating at check-out (1–5), None: not rated
    # Closed as "퇴실 미기록" when its day ended open: ``checked_out_at`` stays None.
    checkout_unrecorded: bool = False


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """One officer as the directory shows them (public information only)."""

    id: int
    employee_no: str
    name: str
    position: str
    department_id: int
    department: str  # the unit's own name: "혁신행정담당관"
    department_path: str  # "본부 > 기획조정실 > 혁신행정담당관"
    extension: str
    email: str
    duties: tuple[str, ...]  # keywords, in the order written
    seat_id: int | None
    office_id: int | None
    seat: str  # "3층 A-12", "" without a seat
    has_photo: bool
    default_deputy_id: int | None
    active: bool = True

    @property
    def label(self) -> str:
        return _contact_label(self.name, self.position, self.department, self.extension)


@dataclass(frozen=True, slots=True)
class Presence:
    """Where an officer is at a moment, and who acts for them when they are away.

    ``outcome``: "present" | "deputy" | "department_head" | "front_desk".
    ``acting`` is the person to send a visitor or a memo to (None only for the front
    desk, and for a present officer). ``message`` explains, in the desk's language,
    how the acting person was found when it was not the simple case; "" otherwise."""

    staff_id: int
    status: str  # "재실" or the absence kind: "출장", "휴가", "교육", "회의", "외근"
    until: datetime | None  # end of the absence (of the whole run of absences)
    absence_id: int | None
    outcome: str
    acting: DirectoryEntry | None
    message: str

    @property
    def present(self) -> bool:
        return self.outcome == "present"


@dataclass(frozen=True, slots=True)
class AbsenceView:
    id: int
    staff_id: int
    staff_name: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    deputy_id: int | None
    deputy_name: str  # "" when the default deputy acts
    note: str
    cancelled: bool


@dataclass(frozen=True, slots=True)
class DepartmentView:
    id: int
    parent_id: int | None
    name: str
    kind: str  # "본부", "지방청", "실", "국", "과", "담당관", "팀"…
    path: str  # "본부 > 기획조정실 > 혁신행정담당관"
    depth: int  # 0 for a top unit
    head_id: int | None  # named head; None = the most senior member acts as head
    sort_order: int


@dataclass(frozen=True, slots=True)
class StaffEdit:
    """The administrator's staff form. ``id`` None creates a new staff member."""

    employee_no: str
    name: str
    position: str
    department_id: int
    extension: str = ""
    email: str = ""
    duties: str = ""  # keywords separated by commas
    default_deputy_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class MemoRequest:
    """What the operator typed on the memo form (or the telephone system sent)."""

    caller_name: str
    phone: str = ""
    gist: str = ""
    channel: str = "phone"  # "phone" | "email" | "sms" | "none" (only passed on)
    address: str = ""  # the e-mail address, or another number for the callback
    org: str = ""
    asked_for_id: int | None = None  # the officer asked for; None: the operator takes it
    taken_at: datetime | None = None  # default: now (the telephone system may give it)
    back_date_reason: str = ""  # why a call over a year back is recorded now (audited)


@dataclass(frozen=True, slots=True)
class MemoView:
    """One memo as lists show it. Datetimes are timezone-aware."""

    id: int
    number: str
    taken_at: datetime
    taken_by: str
    caller_name: str
    caller_name_masked: str
    caller_phone: str
    caller_phone_masked: str
    caller_org: str
    gist: str
    channel: str
    address: str
    asked_for_id: int | None
    asked_for: str  # "김민준 사무관" or ""
    holder_id: int
    holder: str  # "이서연 주무관"
    holder_employee_no: str
    holder_department: str
    routed_note: str  # why it went to someone other than the officer asked for
    due_at: datetime | None
    warn_at: datetime | None
    state: str  # "open" | "closed"
    met_at: datetime | None
    closed_at: datetime | None
    close_reason: str
    attempts: int


@dataclass(frozen=True, slots=True)
class MemoEventView:
    at: datetime
    actor: str
    kind: str  # taken | attempt | transfer | reassign | handover | close
    outcome: str
    from_name: str
    to_name: str
    note: str


@dataclass(frozen=True, slots=True)
class RenderedDocument:
    """A printed document as PDF bytes: case letters, vouchers, corrective notices."""

    pdf: bytes
    title: str  # "회신문 MSS-2026-000123"
    filename: str  # "MSS-2026-000123_회신문.pdf"
    number: str  # the document number printed on it


def _contact_label(name: str, position: str, department: str, extension: str) -> str:
    """How a staff member is named where someone may call them: with the unit and the
    extension when there is one."""
    ext = f", 내선 {extension}" if extension else ""
    return f"{name} {position} ({department}{ext})"
