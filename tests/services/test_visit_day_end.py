"""Visits nobody checked out: closed as "퇴실 미기록" when their day has ended, off the
board, honest in the self-inspection, and corrected by a supervisor."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from minwon_desk.domain.errors import PermissionDenied, StateError, ValidationError
from minwon_desk.domain.roles import Role, roles_text
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, CheckInRequest
from minwon_desk.services.events import VisitChange, VisitChanged
from minwon_desk.store.models import Account, AuditEntry, Visit
from tests.conftest import FakeClock
from tests.support.seed import SmallAgency, actor_for

THURSDAY = datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)
FRIDAY = datetime(2026, 7, 3, 9, 0, tzinfo=SEOUL)


def _changes(backend: Backend) -> list[VisitChanged]:
    seen: list[VisitChanged] = []
    backend.events.subscribe(VisitChanged, seen.append)
    return seen


def _audit_rows(backend: Backend, action: str) -> list[AuditEntry]:
    with backend.db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def _thursday(backend: Backend, actor: Actor, clock: FakeClock) -> tuple[int, int, int]:
    """Three visitors on Thursday: one greeted in time and left without F4, one never
    greeted and left, one checked out properly."""
    greeted = backend.visits.check_in(actor, CheckInRequest("김영희")).id
    clock.advance(minutes=1)
    backend.visits.greet(actor, greeted)
    forgotten = backend.visits.check_in(actor, CheckInRequest("박철수")).id
    done = backend.visits.check_in(actor, CheckInRequest("이민수")).id
    backend.visits.greet(actor, done)
    clock.advance(minutes=20)
    backend.visits.check_out(actor, done)
    return greeted, forgotten, done


def test_the_next_morning_the_board_shows_only_todays_visitors(
    db_backend: Backend, db_actor: Actor, fake_clock: FakeClock
) -> None:
    greeted, forgotten, _done = _thursday(db_backend, db_actor, fake_clock)
    fake_clock.set(datetime(2026, 7, 2, 23, 50, tzinfo=SEOUL))
    # Late on the same day they are still on the board: the desk may still be open.
    assert {v.id for v in db_backend.visits.list_waiting()} == {greeted, forgotten}

    fake_clock.set(FRIDAY)
    seen = _changes(db_backend)
    today = db_backend.visits.check_in(db_actor, CheckInRequest("최지우")).id
    assert [v.id for v in db_backend.visits.list_waiting()] == [today]
    for visit_id in (greeted, forgotten):
        view = db_backend.visits.get(visit_id)
        assert view.checkout_unrecorded and view.checked_out_at is None  # time unknown
    assert [(e.visit_id, e.change) for e in seen if e.change is VisitChange.LEFT_UNRECORDED] == [
        (greeted, VisitChange.LEFT_UNRECORDED), (forgotten, VisitChange.LEFT_UNRECORDED)]
    rows = _audit_rows(db_backend, "visit.left_unrecorded")
    assert sorted(r.entity_id for r in rows) == sorted([greeted, forgotten])
    assert all(r.actor_id is None and r.change_kind == "visit" for r in rows)


def test_closing_happens_once_however_many_desks_read(
    db_backend: Backend, db_actor: Actor, fake_clock: FakeClock
) -> None:
    _thursday(db_backend, db_actor, fake_clock)
    fake_clock.set(FRIDAY)
    assert db_backend.visits.close_left_open() == 2
    assert db_backend.visits.close_left_open() == 0
    db_backend.visits.list_waiting()
    assert len(_audit_rows(db_backend, "visit.left_unrecorded")) == 2


def test_a_visit_closed_unrecorded_cannot_be_greeted_or_checked_out_at_the_counter(
    db_backend: Backend, db_actor: Actor, fake_clock: FakeClock
) -> None:
    _greeted, forgotten, _done = _thursday(db_backend, db_actor, fake_clock)
    fake_clock.set(FRIDAY)
    db_backend.visits.list_waiting()
    with pytest.raises(StateError, match="퇴실 미기록"):
        db_backend.visits.check_out(db_actor, forgotten)
    with pytest.raises(StateError, match="이미 나간"):
        db_backend.visits.greet(db_actor, forgotten)


def test_a_supervisor_sees_and_corrects_them_with_the_real_time(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: FakeClock
) -> None:
    greeted, forgotten, done = _thursday(db_backend, db_actor, fake_clock)
    fake_clock.set(FRIDAY)
    listed = db_backend.visits.unrecorded(db_actor)  # closes them first
    assert [v.id for v in listed] == [forgotten, greeted]  # newest first
    seen = _changes(db_backend)
    real = datetime(2026, 7, 2, 10, 40, tzinfo=SEOUL)
    view = db_backend.visits.correct_checkout(db_actor, greeted, real)
    assert view.checked_out_at == real and not view.checkout_unrecorded
    assert [v.id for v in db_backend.visits.unrecorded(db_actor)] == [forgotten]
    assert [(e.visit_id, e.change) for e in seen] == [(greeted, VisitChange.CHECKOUT_CORRECTED)]
    (row,) = _audit_rows(db_backend, "visit.checkout_corrected")
    assert row.actor_id == db_actor.staff_id and "2026-07-02T10:40:00+09:00" in row.detail

    with pytest.raises(StateError, match="퇴실 미기록"):  # corrected already, or never open
        db_backend.visits.correct_checkout(db_actor, done, real)
    with pytest.raises(ValidationError, match="접수한 시각"):
        db_backend.visits.correct_checkout(db_actor, forgotten, THURSDAY - timedelta(hours=1))
    with pytest.raises(ValidationError, match="방문한 날"):
        db_backend.visits.correct_checkout(db_actor, forgotten, FRIDAY - timedelta(minutes=30))
    with pytest.raises(ValidationError, match="지금보다 뒤"):
        db_backend.visits.correct_checkout(db_actor, forgotten, FRIDAY + timedelta(hours=1))
    assert [v.id for v in db_backend.visits.unrecorded(db_actor)] == [forgotten]


def test_the_desk_alone_may_not_correct_or_list_them(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: FakeClock
) -> None:
    _greeted, forgotten, _done = _thursday(db_backend, db_actor, fake_clock)
    fake_clock.set(FRIDAY)
    desk = db_agency.officers[0]
    with db_backend.db.transaction() as session:
        session.execute(update(Account).where(Account.staff_id == desk.id)
                        .values(roles=roles_text([Role.RECEPTION])))
    reception = actor_for(db_backend, desk)
    with pytest.raises(PermissionDenied):
        db_backend.visits.unrecorded(reception)
    with pytest.raises(PermissionDenied):
        db_backend.visits.correct_checkout(
            reception, forgotten, datetime(2026, 7, 2, 11, tzinfo=SEOUL))


def test_the_self_inspection_counts_a_recorded_greeting_and_misses_a_wait_never_greeted(
    db_backend: Backend, db_actor: Actor, fake_clock: FakeClock
) -> None:
    _thursday(db_backend, db_actor, fake_clock)
    fake_clock.set(FRIDAY)
    db_backend.visits.list_waiting()  # the two left open are closed as 퇴실 미기록
    report = db_backend.inspection.monthly(2026, 7)
    # 김영희 (greeted after a minute) and 이민수 kept the promise; 박철수 never greeted.
    assert (report.greeting.total, report.greeting.met) == (3, 2)
    with db_backend.db.read() as session:
        assert session.scalar(
            select(func.count()).select_from(Visit).where(Visit.checkout_unrecorded)) == 2




# Another desk's process reading its board at the same moment: it opens the same database
# with its own clock standing on Friday morning and prints how many visits it closed.
_DESK = """
import sys
from datetime import datetime
from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend

friday = datetime(2026, 7, 3, 9, 0, tzinfo=SEOUL)
backend = Backend.open(sys.argv[1], charter=load_charter(charter_preset("mss")),
                       desk=sys.argv[2], clock=lambda: friday)
sys.stdin.readline()  # go!
print(backend.visits.close_left_open(), len(backend.visits.list_waiting()), flush=True)
backend.close()
"""


def test_desks_reading_at_once_in_separate_processes_close_each_visit_once(
    db_url: str, db_backend: Backend, db_actor: Actor, fake_clock: FakeClock
) -> None:
    for name in ("김영희", "박철수", "이민수", "최지우", "정우성"):
        db_backend.visits.check_in(db_actor, CheckInRequest(name))
    desks = [
        subprocess.Popen([sys.executable, "-c", _DESK, db_url, f"{n}층 민원안내"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for n in (2, 3)
    ]
    outputs = []
    try:
        for desk in desks:
            assert desk.stdin is not None
            desk.stdin.write("\n")
            desk.stdin.flush()
        for desk in desks:
            out, _ = desk.communicate(timeout=120)
            assert desk.returncode == 0
            outputs.append(out.split())
    finally:
        for desk in desks:
            if desk.poll() is None:
                desk.kill()
    assert sorted(int(closed) for closed, _board in outputs) == [0, 5]
    assert all(board == "0" for _closed, board in outputs)
    rows = _audit_rows(db_backend, "visit.left_unrecorded")
    assert sorted(r.entity_id for r in rows) == list(range(1, 6))
    fake_clock.set(FRIDAY)
    assert db_backend.visits.close_left_open() == 0


def test_a_wait_with_no_known_end_is_not_listed_among_the_longest(
    db_backend: Backend, db_actor: Actor, fake_clock: FakeClock
) -> None:
    _thursday(db_backend, db_actor, fake_clock)
    fake_clock.set(FRIDAY)
    db_backend.visits.list_waiting()
    report = db_backend.inspection.monthly(2026, 7)
    assert len(report.longest_waits) == 2
    assert all(wait.waited < timedelta(hours=1) for wait in report.longest_waits)
    assert (report.greeting.total, report.greeting.met) == (3, 2)  # 박철수 still a miss
