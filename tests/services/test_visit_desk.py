"""The visit desk as the operator uses it: check in, greet, check out, the board."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, CheckInRequest
from minwon_desk.services.events import Event, VisitChanged
from minwon_desk.store.models import AuditEntry, Visit
from tests.support.seed import SmallAgency, actor_for, auditor

TEN = datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)


def _events(backend: Backend) -> list[Event]:
    seen: list[Event] = []
    backend.events.subscribe(Event, seen.append)
    return seen


def _count(backend: Backend, table: type[Visit] | type[AuditEntry]) -> int:
    with backend.db.read() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def test_check_in_puts_the_visitor_on_the_board_with_the_charter_clock(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    officer = db_agency.officers[0]
    view = db_backend.visits.check_in(
        db_actor,
        CheckInRequest("홍길동", "010-1234-5678", "창업 지원 상담", officer_id=officer.id),
    )
    assert view.checked_in_at == TEN
    assert view.greeting_due_at == TEN + timedelta(minutes=3)  # MSS: 3 minutes, wall clock
    assert view.greeting_warn_at == TEN + timedelta(minutes=2)
    assert view.greeted_at is None and view.checked_out_at is None
    assert view.officer_label == f"{officer.name} {officer.position} ({officer.department})"
    assert view.desk == "1층 민원안내"
    assert view.visitor_name_masked != "홍길동" and "5678" in view.phone_masked

    board = db_backend.visits.list_waiting()
    assert [v.id for v in board] == [view.id]
    assert board[0] == view
    assert board[0].checked_in_at.tzinfo is not None


def test_greeting_records_who_and_when_and_is_not_repeated(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock
) -> None:
    visit = db_backend.visits.check_in(db_actor, CheckInRequest("김영희"))
    fake_clock.advance(minutes=1, seconds=30)
    officer = actor_for(db_backend, db_agency.officers[1])

    greeted = db_backend.visits.greet(officer, visit.id)
    assert greeted.greeted_at == TEN + timedelta(minutes=1, seconds=30)
    assert greeted.greeted_by == db_agency.officers[1].name
    assert db_backend.visits.get(visit.id) == greeted

    fake_clock.advance(minutes=1)
    with pytest.raises(StateError, match="10:01에 이서연 님이 응대를 시작한"):
        db_backend.visits.greet(db_actor, visit.id)
    assert db_backend.visits.get(visit.id).greeted_at == greeted.greeted_at


def test_check_out_takes_the_visitor_off_the_board(
    db_backend: Backend, db_actor: Actor, fake_clock
) -> None:
    first = db_backend.visits.check_in(db_actor, CheckInRequest("김영희"))
    fake_clock.advance(seconds=20)
    second = db_backend.visits.check_in(db_actor, CheckInRequest("이철수"))
    db_backend.visits.greet(db_actor, first.id)
    fake_clock.advance(minutes=5)

    out = db_backend.visits.check_out(db_actor, first.id)
    assert out.checked_out_at == fake_clock()
    assert [v.id for v in db_backend.visits.list_waiting()] == [second.id]

    with pytest.raises(StateError, match="이미 10:05에 나간"):
        db_backend.visits.check_out(db_actor, first.id)
    with pytest.raises(StateError, match="이미 나간 방문객"):
        db_backend.visits.greet(db_actor, first.id)

    # Some visitors leave before anyone listens: allowed, and the clock stays unmet.
    left = db_backend.visits.check_out(db_actor, second.id)
    assert left.greeted_at is None and left.checked_out_at is not None
    assert db_backend.visits.list_waiting() == []


def test_board_is_ordered_by_arrival(db_backend: Backend, db_actor: Actor, fake_clock) -> None:
    names = ["가나다", "라마바", "사아자"]
    for name in names:
        db_backend.visits.check_in(db_actor, CheckInRequest(name))
        fake_clock.advance(seconds=10)
    assert [v.visitor_name for v in db_backend.visits.list_waiting()] == names


def test_board_survives_reopening(
    db_url: str, db_backend: Backend, db_actor: Actor, fake_clock, mss_charter
) -> None:
    a = db_backend.visits.check_in(db_actor, CheckInRequest("홍길동", "01012345678"))
    fake_clock.advance(seconds=45)
    b = db_backend.visits.check_in(db_actor, CheckInRequest("김영희"))
    db_backend.visits.greet(db_actor, b.id)
    before = db_backend.visits.list_waiting()
    db_backend.close()

    again = Backend.open(db_url, charter=mss_charter, desk="1층 민원안내", clock=fake_clock)
    try:
        assert not again.migration.upgraded
        after = again.visits.list_waiting()
        assert after == before
        assert [v.id for v in after] == [a.id, b.id]
        assert after[0].checked_in_at == TEN
        assert after[0].greeting_due_at == TEN + timedelta(minutes=3)
    finally:
        again.close()


def test_every_write_is_audited_with_actor_and_desk(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock
) -> None:
    officer = actor_for(db_backend, db_agency.officers[0])
    visit = db_backend.visits.check_in(
        db_actor, CheckInRequest("홍길동", "010-1234-5678", officer_id=db_agency.officers[0].id)
    )
    fake_clock.advance(minutes=4)
    db_backend.visits.greet(officer, visit.id)
    fake_clock.advance(minutes=20)
    db_backend.visits.check_out(db_actor, visit.id)

    trail = list(reversed(db_backend.audit.recent(auditor(db_backend), entity="visit", entity_id=visit.id)))
    assert [e.action for e in trail] == ["visit.check_in", "visit.greet", "visit.check_out"]
    assert [e.actor_id for e in trail] == [db_actor.staff_id, officer.staff_id, db_actor.staff_id]
    assert {e.desk for e in trail} == {"1층 민원안내"}
    assert [e.at for e in trail] == [
        TEN, TEN + timedelta(minutes=4), TEN + timedelta(minutes=24)
    ]
    assert trail[1].detail == {"waited_seconds": 240, "late": True, "listener": officer.name,
                               "recorded_by": officer.name}
    text = repr([e.detail for e in trail])
    assert "홍길동" not in text and "1234" not in text and "5678" not in text


def test_writes_are_announced_after_commit(db_backend: Backend, db_actor: Actor) -> None:
    seen: list[tuple[int, str, datetime | None]] = []

    def on_change(event: VisitChanged) -> None:
        # A subscriber reads back at once: the change must already be committed.
        seen.append((event.visit_id, event.change, db_backend.visits.get(event.visit_id).greeted_at))

    db_backend.events.subscribe(VisitChanged, on_change)
    visit = db_backend.visits.check_in(db_actor, CheckInRequest("홍길동"))
    db_backend.visits.greet(db_actor, visit.id)
    db_backend.visits.check_out(db_actor, visit.id)
    assert [(v, c) for v, c, _ in seen] == [
        (visit.id, "checked_in"), (visit.id, "greeted"), (visit.id, "checked_out")
    ]
    assert seen[0][2] is None and seen[1][2] is not None


@pytest.mark.parametrize(
    ("name", "phone", "purpose", "field"),
    [
        ("", "", "", "visitor_name"),
        ("   ", "", "", "visitor_name"),
        ("홍길동", "12", "", "phone"),
        ("홍길동", "010-1234-567a", "", "phone"),
        ("홍길동", "", "주민번호 900101-1234567 확인 요청", "purpose"),
    ],
)
def test_bad_input_changes_nothing(
    db_backend: Backend, db_actor: Actor, name: str, phone: str, purpose: str, field: str
) -> None:
    seen = _events(db_backend)
    with pytest.raises(ValidationError) as caught:
        db_backend.visits.check_in(db_actor, CheckInRequest(name, phone, purpose))
    assert caught.value.field == field
    assert _count(db_backend, Visit) == 0
    assert _count(db_backend, AuditEntry) == 0
    assert seen == []


def test_officer_must_exist_and_be_active(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    seen = _events(db_backend)
    with pytest.raises(ValidationError, match="근무하지 않는") as caught:
        db_backend.visits.check_in(
            db_actor, CheckInRequest("홍길동", officer_id=db_agency.inactive.id)
        )
    assert caught.value.field == "officer_id"
    with pytest.raises(ValidationError, match="찾을 수 없습니다") as caught:
        db_backend.visits.check_in(db_actor, CheckInRequest("홍길동", officer_id=999_999))
    assert caught.value.field == "officer_id"
    assert _count(db_backend, Visit) == 0
    assert _count(db_backend, AuditEntry) == 0
    assert seen == []


def test_actor_must_exist_and_be_active(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    gone = actor_for(db_backend, db_agency.inactive)
    with pytest.raises(StateError, match="비활성"):
        db_backend.visits.check_in(gone, CheckInRequest("홍길동"))
    with pytest.raises(NotFoundError):
        db_backend.visits.check_in(Actor(999_999, "유령", "1층"), CheckInRequest("홍길동"))
    visit = db_backend.visits.check_in(db_actor, CheckInRequest("홍길동"))
    with pytest.raises(StateError):
        db_backend.visits.greet(gone, visit.id)
    assert db_backend.visits.get(visit.id).greeted_at is None
    assert _count(db_backend, AuditEntry) == 1


def test_unknown_visit_is_not_found(db_backend: Backend, db_actor: Actor) -> None:
    with pytest.raises(NotFoundError):
        db_backend.visits.get(12345)
    with pytest.raises(NotFoundError):
        db_backend.visits.greet(db_actor, 12345)
    with pytest.raises(NotFoundError):
        db_backend.visits.check_out(db_actor, 12345)


def test_no_greeting_figure_means_no_clock(
    sqlite_url: str, fake_clock, mss_charter
) -> None:
    from tests.support.seed import seed_small_agency

    clocks = {k: v for k, v in mss_charter.clocks.items() if k != "greeting"}
    untimed = dataclasses.replace(mss_charter, clocks=clocks)
    backend = Backend.open(sqlite_url, charter=untimed, desk="안내", clock=fake_clock)
    try:
        agency = seed_small_agency(backend)
        view = backend.visits.check_in(actor_for(backend, agency.operator), CheckInRequest("홍길동"))
        assert view.greeting_due_at is None and view.greeting_warn_at is None
    finally:
        backend.close()


def test_due_time_is_stored_not_recomputed(
    db_backend: Backend, db_actor: Actor, fake_clock
) -> None:
    visit = db_backend.visits.check_in(db_actor, CheckInRequest("홍길동"))
    with db_backend.db.transaction() as session:
        row = session.get(Visit, visit.id)
        assert row is not None
        row.greeting_due_at = TEN + timedelta(minutes=7)  # as an explicit extension would
    assert db_backend.visits.get(visit.id).greeting_due_at == TEN + timedelta(minutes=7)


def test_the_desk_records_the_officer_listening_and_the_trail_says_who_pressed(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    officer = db_agency.officers[0]
    for_officer = db_backend.visits.check_in(db_actor, CheckInRequest("김영희", officer_id=officer.id))
    for_nobody = db_backend.visits.check_in(db_actor, CheckInRequest("박민수"))
    assert db_backend.visits.greet(db_actor, for_officer.id, by_officer=True).greeted_by == officer.name
    # Nobody to listen for: the one who pressed began listening.
    assert db_backend.visits.greet(db_actor, for_nobody.id, by_officer=True).greeted_by == db_actor.name
    [greeting] = [e for e in db_backend.audit.recent(auditor(db_backend), entity="visit",
                                                     entity_id=for_officer.id) if e.action == "visit.greet"]
    assert greeting.detail == {"waited_seconds": 0, "late": False, "listener": officer.name,
                               "recorded_by": db_actor.name}
