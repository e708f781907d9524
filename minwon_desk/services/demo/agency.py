"""The demo agency: a generated organisation, visitors waiting in every clock state,
a year of closed visits, memos and cases, built into an empty database in well under a second."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.timeutil import SEOUL, to_seoul
from minwon_desk.services import audit
from minwon_desk.services.backend import Backend
from minwon_desk.services.demo.absences import add_demo_absences
from minwon_desk.services.demo.accounts import (
    add_demo_accounts,
    demo_actor_for,
    settle_demo_accounts,
)
from minwon_desk.services.demo.cases import add_demo_cases
from minwon_desk.services.demo.history import add_demo_history
from minwon_desk.services.demo.memos import add_demo_memos
from minwon_desk.services.demo.offices import add_demo_offices
from minwon_desk.services.demo.org import UNITS, NameMaker, make_people
from minwon_desk.services.demo.supervision import add_demo_supervision
from minwon_desk.services.dto import Actor, Origin
from minwon_desk.services.events import VisitChange, VisitChanged
from minwon_desk.services.photos import PHOTO_MIME
from minwon_desk.store.models import Account, Agency, Department, Staff, Visit

DEMO_AGENCY_CODE = "DEMO"
DEMO_OPERATOR_NO = "D0001"
HISTORY_DAYS = 365
PURPOSES = (
    "정책자금 신청 상담", "창업지원사업 문의", "벤처기업 확인 서류 제출", "소상공인 지원 상담",
    "민원서류 제출", "담당자 면담", "수출지원 상담", "전통시장 지원 문의", "기술보호 상담",
)
# (seconds since check-in, greeted that many seconds after check-in or None): the board
# shows one visitor in each state the desk must tell apart.
WAITING = (
    (20, None),  # just arrived: green
    (140, None),  # past the warning point: amber
    (300, None),  # past the deadline: red
    (720, 100),  # greeted in time, still with the officer
    (1500, 360),  # greeted late, still with the officer
)


def ensure_demo(backend: Backend, *, now: datetime | None = None, seed: int = 2026) -> bool:
    """Build the demo agency if the database has no agency yet. True when it built."""
    now = to_seoul(now or backend.clock())
    rng = random.Random(seed)
    # Fetched before the transaction: on SQLite a second transaction inside this one
    # would wait for the first to finish.
    calendar = backend.calendar.current()
    with backend.db.transaction() as session:
        if session.scalars(select(Agency.id).limit(1)).first() is not None:
            _accounts_for_an_older_demo(session, now)
            return False
        agency = Agency(code=DEMO_AGENCY_CODE, name=f"{backend.charter.agency} (데모)")
        session.add(agency)
        session.flush()
        staff = _add_organisation(session, agency, rng)
        add_demo_accounts(session, staff, now)
        add_demo_offices(session, agency, staff)
        add_demo_absences(session, staff, calendar, now, rng)
        operator = staff[0]
        visitors = _Visitors(rng, backend, calendar, staff)
        history = visitors.history(now, operator)
        if history:
            session.execute(insert(Visit), history)
        waiting = visitors.waiting(now, operator)
        session.add_all(waiting)
        session.flush()
        audit.record(
            session, at=now, actor=None, desk=backend.desk, action="demo.build",
            entity="agency", entity_id=agency.id,
            detail={"seed": seed, "staff": len(staff), "visits": len(history) + len(waiting)},
        )
        session.flush()  # the build's row first
        # The waiting visitors reach every open board: one change row each.
        for visit in waiting:
            audit.record(
                session, at=now, actor=None, desk=backend.desk, action="demo.visit",
                entity="visit", entity_id=visit.id,
                announce=VisitChanged(visit.id, VisitChange.CHECKED_IN,
                                      origin=Origin(backend.desk)),
            )
    add_demo_history(backend, demo_actor(backend), rng, now)  # numbered before today's
    add_demo_memos(backend, demo_actor(backend), rng, now)
    add_demo_cases(backend, demo_actor(backend), rng, now)
    add_demo_supervision(backend, demo_actor(backend), rng, now)
    with backend.db.transaction() as session:
        settle_demo_accounts(session, demo_actor(backend).staff_id, now)
    return True


def demo_actor(backend: Backend) -> Actor:
    """The demo's front-desk operator, signed in at this backend's desk (the roles the
    account has now)."""
    return demo_actor_for(backend, backend.staff.by_employee_no(DEMO_OPERATOR_NO).id)


def _accounts_for_an_older_demo(session: Session, now: datetime) -> None:
    """A demo built before accounts existed gets its accounts, so it still signs in."""
    if session.scalars(select(Agency.id).where(Agency.code == DEMO_AGENCY_CODE)).first() is None:
        return
    if session.scalars(select(Account.id).limit(1)).first() is not None:
        return
    staff = list(session.scalars(select(Staff).order_by(Staff.id)))
    operator = next((s for s in staff if s.employee_no == DEMO_OPERATOR_NO), None)
    if operator is None:
        return
    staff.remove(operator)
    add_demo_accounts(session, [operator, *staff], now)
    session.flush()
    settle_demo_accounts(session, operator.id, now)


def _add_organisation(session: Session, agency: Agency, rng: random.Random) -> list[Staff]:
    departments: dict[str, Department] = {}
    siblings: dict[str | None, int] = {}
    for unit in UNITS:
        order = siblings.get(unit.parent, 0)
        siblings[unit.parent] = order + 1
        parent = departments[unit.parent] if unit.parent else None
        dept = Department(
            agency_id=agency.id, parent_id=parent.id if parent else None,
            name=unit.name, kind=unit.kind, sort_order=order,
        )
        session.add(dept)
        session.flush()
        departments[unit.key] = dept
    staff = [
        Staff(
            employee_no=p.employee_no, name=p.name, position=p.position,
            department_id=departments[p.unit].id, extension=p.extension, email=p.email,
            duties=p.duties, photo=p.photo, photo_mime=PHOTO_MIME if p.photo else None,
            active=True,
        )
        for p in make_people(rng, DEMO_OPERATOR_NO)
    ]
    session.add_all(staff)
    session.flush()
    # Each person's default deputy is the next colleague in the same unit.
    by_unit: dict[int, list[Staff]] = {}
    for s in staff:
        by_unit.setdefault(s.department_id, []).append(s)
    for members in by_unit.values():
        for i, s in enumerate(members):
            if len(members) > 1:
                s.default_deputy_id = members[(i + 1) % len(members)].id
    return staff


class _Visitors:
    def __init__(
        self,
        rng: random.Random,
        backend: Backend,
        calendar: WorkingCalendar,
        staff: list[Staff],
    ) -> None:
        self._rng = rng
        self._names = NameMaker(rng)
        self._desk = backend.desk
        self._visits = backend.visits
        self._calendar = calendar
        self._officers = [s for s in staff if s.position in ("주무관", "사무관", "서기관")]

    def _phone(self) -> str:
        if self._rng.random() < 0.2:
            return ""
        return f"010-{self._rng.randint(2000, 9999)}-{self._rng.randint(0, 9999):04d}"

    def _row(self, checked_in: datetime, operator: Staff) -> dict[str, Any]:
        officer = self._rng.choice(self._officers)
        due_at, warn_at = self._visits.greeting_deadline(checked_in, self._calendar)
        return {
            "desk": self._desk,
            "visitor_name": self._names(),
            "visitor_phone": self._phone(),
            "purpose": self._rng.choice(PURPOSES),
            "officer_id": officer.id,
            "checked_in_at": checked_in,
            "checked_in_by_id": operator.id,
            "greeting_due_at": due_at,
            "greeting_warn_at": warn_at,
            "greeted_at": None,
            "greeted_by_id": None,
            "checked_out_at": None,
            "checked_out_by_id": None,
        }

    def history(self, now: datetime, operator: Staff) -> list[dict[str, Any]]:
        """Closed visits on every working day of the last year, and earlier today."""
        rows: list[dict[str, Any]] = []
        first = now.date() - timedelta(days=HISTORY_DAYS)
        cutoff = now - timedelta(minutes=40)  # leave the last stretch to the board
        for offset in range(HISTORY_DAYS + 1):
            day = first + timedelta(days=offset)
            if not self._calendar.is_working_day(day):
                continue
            for checked_in in self._arrivals(day):
                if checked_in >= cutoff:
                    continue
                row = self._row(checked_in, operator)
                self._close(row, operator)
                rows.append(row)
        return rows

    def _arrivals(self, day: date) -> list[datetime]:
        opening = datetime.combine(day, time(9, 0), SEOUL)
        span = int(timedelta(hours=8, minutes=30).total_seconds())
        count = self._rng.randint(15, 30)  # a year of them stays quick to write
        return sorted(
            opening + timedelta(seconds=self._rng.randrange(span)) for _ in range(count)
        )

    def _close(self, row: dict[str, Any], operator: Staff) -> None:
        checked_in: datetime = row["checked_in_at"]
        roll = self._rng.random()
        if roll < 0.02:  # left before anyone listened
            row["checked_out_at"] = checked_in + timedelta(minutes=self._rng.randint(4, 15))
        else:
            wait = self._rng.randint(190, 900) if roll < 0.10 else self._rng.randint(15, 175)
            greeted = checked_in + timedelta(seconds=wait)
            row["greeted_at"] = greeted
            row["greeted_by_id"] = row["officer_id"]
            row["checked_out_at"] = greeted + timedelta(minutes=self._rng.randint(5, 45))
        row["checked_out_by_id"] = operator.id

    def waiting(self, now: datetime, operator: Staff) -> list[Visit]:
        visits = []
        for ago, greeted_after in WAITING:
            row = self._row(now - timedelta(seconds=ago), operator)
            if greeted_after is not None:
                row["greeted_at"] = row["checked_in_at"] + timedelta(seconds=greeted_after)
                row["greeted_by_id"] = row["officer_id"]
            visits.append(Visit(**row))
        return visits
