"""The staff directory: who works here, where they sit, whether they are in now, and
who acts for them when they are away.

The directory is small enough to hold in memory (a few thousand people), and the desk
searches it on every keystroke: ``snapshot()`` reads it once into a
``DirectorySnapshot`` which searches and resolves deputies without touching the
database. The UI takes a fresh snapshot when a ``StaffChanged``, ``AbsenceChanged`` or
``OfficeChanged`` event arrives.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from minwon_desk.domain.absence import PRESENT, Absence, AbsenceKind
from minwon_desk.domain.calendar import WorkingCalendar, WorkingHours
from minwon_desk.domain.deputy import Outcome, Person, Resolution, department_heads, resolve
from minwon_desk.domain.errors import NotFoundError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, Lookup, translate
from minwon_desk.domain.routing_rule import WorkRoute, route_work
from minwon_desk.domain.search import SearchEntry, StaffIndex
from minwon_desk.domain.timeutil import Clock, to_seoul
from minwon_desk.services._tx import Database
from minwon_desk.services.directory.staff import department_order
from minwon_desk.services.dto import DirectoryEntry, Presence
from minwon_desk.store.models import Absence as AbsenceRow
from minwon_desk.store.models import Department, Office, Seat, Staff

# Absences that ended this long before the snapshot are not loaded: a snapshot answers
# "now" and the near past (a memo taken a moment ago), not last year.
_HISTORY = timedelta(days=1)


def department_paths(departments: Iterable[Department]) -> dict[int, str]:
    """'본부 > 기획조정실 > 혁신행정담당관' for each unit."""
    by_id = {d.id: d for d in departments}
    paths: dict[int, str] = {}

    def path(dept_id: int) -> str:
        if dept_id in paths:
            return paths[dept_id]
        names: list[str] = []
        seen: set[int] = set()
        current: int | None = dept_id
        while current is not None and current in by_id and current not in seen:
            seen.add(current)
            names.append(by_id[current].name)
            current = by_id[current].parent_id
        paths[dept_id] = " > ".join(reversed(names))
        return paths[dept_id]

    for dept_id in by_id:
        path(dept_id)
    return paths


def split_duties(text: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in text.replace("\n", ",").split(",") if word.strip())


class DirectorySnapshot:
    """The directory as read at one moment; searches and deputy chains run in memory."""

    def __init__(
        self,
        entries: Sequence[DirectoryEntry],
        *,
        absences: dict[int, list[Absence]],
        explicit_heads: dict[int, int | None],
        working_hours: WorkingHours,
        loaded_at: datetime,
    ) -> None:
        self.entries = tuple(entries)  # organisation-chart order, active and inactive
        self.loaded_at = loaded_at
        self._by_id = {e.id: e for e in self.entries}
        self._absences = absences
        self._hours = working_hours
        self._people = {
            e.id: Person(
                id=e.id, name=e.name, position=e.position, department_id=e.department_id,
                default_deputy_id=e.default_deputy_id, active=e.active,
            )
            for e in self.entries
        }
        # Where a chain with nobody present ends: the named head, else the most senior.
        self._heads = department_heads(self._people, explicit_heads)
        self._index = StaffIndex(
            SearchEntry(
                id=e.id, name=e.name, position=e.position, department=e.department,
                department_path=e.department_path, extension=e.extension,
                employee_no=e.employee_no, duties=e.duties,
            )
            for e in self.entries
            if e.active
        )

    def __len__(self) -> int:
        return len(self._index)

    def __repr__(self) -> str:
        return f"DirectorySnapshot({len(self._index)} active, loaded_at={self.loaded_at:%H:%M:%S})"

    @property
    def active(self) -> list[DirectoryEntry]:
        return [e for e in self.entries if e.active]

    def entry(self, staff_id: int) -> DirectoryEntry:
        try:
            return self._by_id[staff_id]
        except KeyError:
            raise NotFoundError(translate("Directory", "직원(번호 {staff_id})을 찾을 수 없습니다.").format(staff_id=staff_id)) from None

    def by_employee_no(self, employee_no: str) -> DirectoryEntry:
        for e in self.entries:
            if e.employee_no == employee_no:
                return e
        raise NotFoundError(translate("Directory", "사번 {employee_no}인 직원을 찾을 수 없습니다.").format(employee_no=employee_no))

    def search(self, query: str, limit: int | None = None) -> list[DirectoryEntry]:
        """Active staff matching the query, best first (see domain.search for the order)."""
        return [self._by_id[i] for i in self._index.search(query, limit)]

    def search_ids(self, query: str, limit: int | None = None) -> list[int]:
        return self._index.search(query, limit)

    def resolution(self, staff_id: int, at: datetime) -> Resolution:
        self.entry(staff_id)
        return resolve(
            staff_id, at, people=self._people, absences=self._absences, heads=self._heads
        )

    def work_route(
        self, staff_id: int, at: datetime, point: datetime | None, calendar: WorkingCalendar
    ) -> WorkRoute:
        """Who gets work for ``staff_id`` taken at ``at`` whose clock matters at ``point``
        (``domain.routing_rule``)."""
        self.entry(staff_id)
        return route_work(
            staff_id, at, point, people=self._people, absences=self._absences,
            heads=self._heads, calendar=calendar,
        )

    def presence(self, staff_id: int, at: datetime) -> Presence:
        r = self.resolution(staff_id, at)
        acting = None
        if r.outcome is not Outcome.PRESENT and r.acting_id is not None:
            acting = self._by_id[r.acting_id]
        return Presence(
            staff_id=staff_id,
            status=r.absence.kind.value if r.absence else PRESENT,
            until=r.until,
            absence_id=r.absence.id if r.absence else None,
            outcome=r.outcome.value,
            acting=acting,
            message=r.shown,
        )

    def status_text(self, presence: Presence, at: datetime) -> str:
        """'재실', or '출장 중 (11/25까지) → 업무대행 이영희 주무관, 내선 1234, 3층 A-12', in
        the desk's language (what the directory and the check-in form show)."""
        if presence.present:
            return translate("AbsenceKind", PRESENT)
        entry = self._by_id[presence.staff_id]
        if not entry.active:
            head = translate("Directory", "퇴직·전출")
        else:
            head = translate("Directory", "{kind} 중").format(kind=translate("AbsenceKind", presence.status))
            if presence.until is not None:
                head += f" ({self.until_shown(presence.until, at)})"
        acting = presence.acting
        if acting is None:
            return translate("Directory", "{status} → 안내데스크에서 응대").format(status=head)
        where = [f"{acting.name} {acting.position}"]
        if acting.extension:
            where.append(translate("Directory", "내선 {extension}").format(extension=acting.extension))
        if acting.seat:
            where.append(acting.seat)
        if presence.outcome == Outcome.DEPUTY.value:
            said = translate("Directory", "{status} → 업무대행 {who}")
        else:
            said = translate("Directory", "{status} → 부서장 {who}")
        return said.format(status=head, who=", ".join(where))

    def until_text(self, until: datetime, at: datetime) -> str:
        """'17:00까지' today, '11/25까지' when back at the start of a working day,
        '11/25 14:00까지' otherwise: in Korean, as a routing note keeps it."""
        return self._until(until, at, _source)

    def until_shown(self, until: datetime, at: datetime) -> str:
        """``until_text`` in the desk's language, for the screen."""
        return self._until(until, at, translate)

    def _until(self, until: datetime, at: datetime, tr: Lookup) -> str:
        end = to_seoul(until)
        now = to_seoul(at)
        if end.date() == now.date():
            return tr(_CONTEXT, _UNTIL).format(when=f"{end:%H:%M}")
        # Absent to the end of a day = back the next morning: name the last day away.
        if end.time() in (self._hours.end, time(0)):
            last = end.date() - timedelta(days=1) if end.time() == time(0) else end.date()
            return tr(_CONTEXT, _UNTIL).format(
                when=f"{last.month}/{last.day}")
        return tr(_CONTEXT, _UNTIL).format(
            when=f"{end.month}/{end.day} {end:%H:%M}")


_CONTEXT = "Directory"
_UNTIL = QT_TRANSLATE_NOOP("Directory", "{when}까지")


def _source(context: str, text: str) -> str:
    del context
    return text


class DirectoryService:
    def __init__(self, db: Database, clock: Clock, working_hours: WorkingHours) -> None:
        self._db = db
        self._clock = clock
        self._hours = working_hours

    def snapshot(self, since: datetime | None = None) -> DirectorySnapshot:
        """Read the directory once. Absences that ended before ``since`` (default: a day
        before now) are left out."""
        now = self._clock()
        since = now - _HISTORY if since is None else min(since, now - _HISTORY)
        with self._db.read() as session:
            return _read_snapshot(session, since, now, self._hours)

    def photo(self, staff_id: int) -> bytes | None:
        with self._db.read() as session:
            return session.scalar(select(Staff.photo).where(Staff.id == staff_id))

    def find(self, query: str, at: datetime | None = None) -> list[tuple[DirectoryEntry, Presence]]:
        """Matches best first with their presence at ``at`` (default now)."""
        at = self._clock() if at is None else at
        snap = self.snapshot(since=at)
        return [(e, snap.presence(e.id, at)) for e in snap.search(query)]


def _read_snapshot(
    session: Session, since: datetime, now: datetime, hours: WorkingHours
) -> DirectorySnapshot:
    departments = list(session.scalars(select(Department)))
    order = department_order(departments)
    paths = department_paths(departments)
    dept_names = {d.id: d.name for d in departments}
    seats: dict[int, tuple[int, int, str]] = {}
    seat_rows = session.execute(
        select(Seat.id, Seat.staff_id, Seat.label, Office.id, Office.floor)
        .join(Office, Office.id == Seat.office_id)
        .where(Seat.staff_id.is_not(None))
    )
    for seat_id, staff_id, label, office_id, floor in seat_rows:
        seats[staff_id] = (seat_id, office_id, f"{floor} {label}".strip())
    rows = list(session.execute(
        select(
            Staff.id, Staff.employee_no, Staff.name, Staff.position, Staff.department_id,
            Staff.extension, Staff.email, Staff.duties, Staff.photo.is_not(None),
            Staff.default_deputy_id, Staff.active,
        )
    ))
    rows.sort(key=lambda r: (order.get(r.department_id, len(order)), r.name, r.id))
    entries = []
    for r in rows:
        seat = seats.get(r.id)
        entries.append(
            DirectoryEntry(
                id=r.id, employee_no=r.employee_no, name=r.name, position=r.position,
                department_id=r.department_id, department=dept_names.get(r.department_id, ""),
                department_path=paths.get(r.department_id, ""), extension=r.extension,
                email=r.email, duties=split_duties(r.duties),
                seat_id=seat[0] if seat else None, office_id=seat[1] if seat else None,
                seat=seat[2] if seat else "", has_photo=bool(r[8]),
                default_deputy_id=r.default_deputy_id, active=r.active,
            )
        )
    absences: dict[int, list[Absence]] = defaultdict(list)
    for a in session.scalars(
        select(AbsenceRow).where(AbsenceRow.cancelled_at.is_(None), AbsenceRow.ends_at > since)
    ):
        absences[a.staff_id].append(
            Absence(
                staff_id=a.staff_id, kind=AbsenceKind(a.kind), starts_at=a.starts_at,
                ends_at=a.ends_at, deputy_id=a.deputy_id, id=a.id,
            )
        )
    return DirectorySnapshot(
        entries,
        absences=dict(absences),
        explicit_heads={d.id: d.head_id for d in departments},
        working_hours=hours,
        loaded_at=now,
    )
