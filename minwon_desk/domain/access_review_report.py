"""The monthly access review as the page, the PDF and the workbook show it (Seoul times)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Person:
    staff_no: str
    name: str
    department: str

    @property
    def label(self) -> str:
        return f"{self.name}({self.staff_no})" if self.staff_no else self.name or "—"


@dataclass(frozen=True, slots=True)
class AccountUse:
    """One account's month: rows by operation and the records they touched."""

    person: Person
    roles: str  # the roles' titles (domain.roles.ROLE_TITLES), joined with ", "
    views: int  # records viewed unmasked (조회)
    prints: int  # records printed or previewed (출력)
    downloads: int  # records downloaded (다운로드)
    rows: int  # access-log rows
    after_hours: int  # rows out of office hours


@dataclass(frozen=True, slots=True)
class AccessLine:
    """One access-log row singled out (after hours, bulk)."""

    at: datetime
    person: Person
    operation: str
    entity: str
    count: int
    what: str
    reason: str
    desk: str
    host: str
    when: str = ""  # why out of hours: "토요일", "근무시간 외"…


@dataclass(frozen=True, slots=True)
class HeavyViewer:
    person: Person
    roles: str  # as in AccountUse
    views: int
    peer_median: float
    peers: int


@dataclass(frozen=True, slots=True)
class AccountEvent:
    """A failed sign-in, a lock, or a change of roles."""

    at: datetime
    person: Person
    kind: str  # "로그인 실패", "계정 잠금", "권한 부여"…
    detail: str = ""  # the role, the reason
    by: str = ""
    desk: str = ""


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    at: datetime
    reviewer: Person
    finding: str
    desk: str


@dataclass(frozen=True, slots=True)
class AccessReview:
    month: date
    written_at: datetime
    until: datetime  # the figures stop here (the month's end, or now for this month)
    due: date
    accounts: tuple[AccountUse, ...]
    after_hours: tuple[AccessLine, ...]
    bulk: tuple[AccessLine, ...]
    heavy: tuple[HeavyViewer, ...]
    sign_ins: tuple[AccountEvent, ...]
    role_changes: tuple[AccountEvent, ...]
    reviews: tuple[ReviewRecord, ...]
    agency: str = ""

    @property
    def rows(self) -> int:
        return sum(a.rows for a in self.accounts)

    @property
    def reviewed(self) -> bool:
        return bool(self.reviews)


@dataclass(frozen=True, slots=True)
class ReviewNudge:
    """Whether last month's review still waits to be recorded."""

    month: date
    due: date
    overdue: bool  # the due day has passed
    text: str
