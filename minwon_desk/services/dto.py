"""Plain values the services hand to the UI and the command line (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is doing something, and at which desk. Every write is audited with both."""

    staff_id: int
    name: str
    desk: str


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
        ext = f", 내선 {self.extension}" if self.extension else ""
        return f"{self.name} {self.position} ({self.department}{ext})"


@dataclass(frozen=True, slots=True)
class CheckInRequest:
    """What the operator typed on the check-in form."""

    visitor_name: str
    phone: str = ""
    purpose: str = ""
    officer_id: int | None = None


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
