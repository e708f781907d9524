"""Offices and floor plans as an administrator edits them: desks, rooms, who sits where."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from functools import partial

import pytest
from sqlalchemy import select

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.errors import MinwonError, NotFoundError, StateError, ValidationError
from minwon_desk.domain.timeutil import Clock
from minwon_desk.services.backend import Backend
from minwon_desk.services.directory.floor_rules import free_spot, suggest_label
from minwon_desk.services.dto import Actor, FloorPlan
from minwon_desk.services.events import Event, OfficeChanged
from minwon_desk.store.models import AuditEntry, Seat
from tests.support.seed import SMALL_DESK, SmallAgency, actor_for


def _events(backend: Backend) -> list[Event]:
    seen: list[Event] = []
    backend.events.subscribe(Event, seen.append)
    return seen


def _office(backend: Backend, actor: Actor, name: str = "민원실", **kw: object) -> int:
    args: dict[str, object] = {"building": "본관", "floor": "1층", "cols": 12, "rows": 8}
    args.update(kw)
    return backend.offices.add_office(actor, name=name, **args)  # type: ignore[arg-type]


def _seat_at(plan: FloorPlan, label: str) -> tuple[int, int]:
    seat = next(s for s in plan.seats if s.label == label)
    return seat.x, seat.y


def test_an_office_with_rooms_and_desks_reads_back_as_a_plan(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    seen = _events(db_backend)
    office = _office(db_backend, db_actor)
    db_backend.offices.add_room(db_actor, office, name="출입구", kind="entrance", x=0, y=7, w=2, h=1)
    db_backend.offices.add_room(db_actor, office, name="상담실", kind="room", x=8, y=0, w=4, h=3)
    officer = db_agency.officers[0]
    a1 = db_backend.offices.add_seat(db_actor, office, label="A-01", x=0, y=0, staff_id=officer.id)
    db_backend.offices.add_seat(db_actor, office, label="A-02", x=2, y=0)

    plan = db_backend.offices.plan(office)
    assert plan.title == "민원실 (본관 1층)"
    assert (plan.cols, plan.rows) == (12, 8)
    assert [(r.name, r.kind) for r in plan.rooms] == [("출입구", "entrance"), ("상담실", "room")]
    first, second = plan.seats
    assert (first.id, first.label, first.staff_name, first.position, first.extension) == (
        a1, "A-01", officer.name, officer.position, officer.extension
    )
    assert second.staff_id is None and second.staff_name == ""
    assert all(isinstance(e, OfficeChanged) and e.office_id == office for e in seen)
    assert len(seen) == 5
    with db_backend.db.read() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
        details = session.scalars(select(AuditEntry.detail)).all()
    assert actions == ["office.add", "office.add_room", "office.add_room",
                       "office.add_seat", "office.add_seat"]
    assert not any(officer.name in d for d in details)  # no names in the audit trail
    assert db_backend.offices.list_offices() == [plan]


def test_offices_are_listed_in_order_and_found_by_name_part_or_number(
    db_backend: Backend, db_actor: Actor
) -> None:
    first = _office(db_backend, db_actor, "민원실")
    second = _office(db_backend, db_actor, "혁신행정담당관실", floor="3층")
    third = _office(db_backend, db_actor, "창업정책과", floor="4층")
    assert [p.office_id for p in db_backend.offices.list_offices()] == [first, second, third]

    offices = db_backend.offices
    assert offices.find_office("민원실").office_id == first
    assert offices.find_office("혁신").office_id == second  # a unique part
    assert offices.find_office(str(third)).office_id == third
    with pytest.raises(NotFoundError) as missing:
        offices.find_office("기획재정부")
    assert "민원실, 혁신행정담당관실, 창업정책과" in missing.value.message
    with pytest.raises(NotFoundError) as ambiguous:
        offices.find_office("실")
    assert "민원실" in ambiguous.value.message and "혁신행정담당관실" in ambiguous.value.message
    with pytest.raises(NotFoundError):
        offices.plan(99999)


def test_bad_input_is_refused_with_the_field_and_changes_nothing(
    db_backend: Backend, db_actor: Actor
) -> None:
    offices = db_backend.offices
    office = _office(db_backend, db_actor)
    offices.add_seat(db_actor, office, label="A-01", x=0, y=0)
    offices.add_room(db_actor, office, name="출입구", kind="entrance", x=4, y=7, w=2, h=1)
    offices.add_room(db_actor, office, name="회의실", kind="room", x=8, y=0, w=4, h=3)
    before = offices.plan(office)
    cases: list[tuple[str, Callable[[], object]]] = [
        ("name", lambda: offices.add_office(db_actor, name="  ")),
        ("name", lambda: offices.add_office(db_actor, name="민원실")),  # taken
        ("cols", lambda: offices.add_office(db_actor, name="새 사무실", cols=2)),
        ("rows", lambda: offices.add_office(db_actor, name="새 사무실", rows=500)),
        ("label", lambda: offices.add_seat(db_actor, office, label="", x=2, y=2)),
        ("label", lambda: offices.add_seat(db_actor, office, label="A-01", x=2, y=2)),
        ("position", lambda: offices.add_seat(db_actor, office, label="A-02", x=11, y=0)),
        ("position", lambda: offices.add_seat(db_actor, office, label="A-02", x=1, y=0)),
        ("position", lambda: offices.add_seat(db_actor, office, label="A-02", x=4, y=7)),
        ("size", lambda: offices.add_seat(db_actor, office, label="A-02", x=0, y=2, w=0)),
        ("kind", lambda: offices.add_room(db_actor, office, name="창고", kind="store",
                                          x=0, y=4, w=2, h=2)),
        ("name", lambda: offices.add_room(db_actor, office, name=" ", kind="room",
                                          x=0, y=4, w=2, h=2)),
        ("position", lambda: offices.add_room(db_actor, office, name="벽", kind="wall",
                                              x=0, y=0, w=4, h=1)),  # over desk A-01
        ("position", lambda: offices.add_room(db_actor, office, name="소회의실", kind="room",
                                              x=9, y=2, w=2, h=2)),  # over 회의실
    ]
    for field, call in cases:
        with pytest.raises(ValidationError) as refused:
            call()
        assert refused.value.field == field, (field, refused.value.message)
    assert offices.plan(office) == before
    assert len(offices.list_offices()) == 1
    # A desk may stand inside a meeting room (a director's room is drawn that way).
    offices.add_seat(db_actor, office, label="실장", x=9, y=1)


def test_moving_a_desk_onto_another_is_refused_and_leaves_both_in_place(
    db_backend: Backend, db_actor: Actor
) -> None:
    offices = db_backend.offices
    office = _office(db_backend, db_actor)
    a1 = offices.add_seat(db_actor, office, label="A-01", x=0, y=0)
    offices.add_seat(db_actor, office, label="A-02", x=4, y=0)
    offices.move_seat(db_actor, a1, x=0, y=3)
    assert _seat_at(offices.plan(office), "A-01") == (0, 3)

    with pytest.raises(ValidationError) as refused:
        offices.move_seat(db_actor, a1, x=5, y=0)
    assert refused.value.message == "다른 책상(A-02)과 겹칩니다. 빈 칸으로 옮겨 주세요."
    with pytest.raises(ValidationError, match="배치도 밖으로"):
        offices.move_seat(db_actor, a1, x=11, y=3)
    plan = offices.plan(office)
    assert _seat_at(plan, "A-01") == (0, 3) and _seat_at(plan, "A-02") == (4, 0)
    offices.move_seat(db_actor, a1, x=1, y=3)  # overlapping its own old cells is fine
    with pytest.raises(NotFoundError):
        offices.move_seat(db_actor, 99999, x=0, y=0)


def test_rooms_move_resize_and_go(db_backend: Backend, db_actor: Actor) -> None:
    offices = db_backend.offices
    office = _office(db_backend, db_actor)
    offices.add_seat(db_actor, office, label="A-01", x=0, y=0)
    door = offices.add_room(db_actor, office, name="출입구", kind="entrance", x=0, y=7, w=2, h=1)
    offices.move_room(db_actor, door, x=5, y=7, w=3, h=1)
    [room] = offices.plan(office).rooms
    assert (room.x, room.y, room.w, room.h) == (5, 7, 3, 1)
    with pytest.raises(ValidationError, match="책상"):
        offices.move_room(db_actor, door, x=0, y=0, w=2, h=1)
    offices.remove_room(db_actor, door)
    assert offices.plan(office).rooms == ()
    with pytest.raises(NotFoundError):
        offices.remove_room(db_actor, door)


def test_the_grid_does_not_shrink_below_what_is_on_it(db_backend: Backend, db_actor: Actor) -> None:
    offices = db_backend.offices
    office = _office(db_backend, db_actor)
    offices.add_seat(db_actor, office, label="A-01", x=8, y=5)  # columns 8–9, row 5

    def update(cols: int, rows: int, **kw: object) -> None:
        fields: dict[str, object] = {"name": "민원실", "building": "본관", "floor": "1층",
                                     "department_id": None}
        fields.update(kw)
        offices.update_office(db_actor, office, cols=cols, rows=rows, **fields)  # type: ignore[arg-type]

    with pytest.raises(ValidationError) as refused:
        update(9, 8)
    assert refused.value.field == "cols" and "10번째 칸" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        update(12, 5)
    assert refused.value.field == "rows"
    update(10, 6, name="1층 민원실", floor="지하 1층")
    plan = offices.plan(office)
    assert (plan.name, plan.floor, plan.cols, plan.rows) == ("1층 민원실", "지하 1층", 10, 6)


def test_a_person_sits_at_one_desk_and_assigning_moves_them(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    offices = db_backend.offices
    ground = _office(db_backend, db_actor, "민원실")
    third = _office(db_backend, db_actor, "혁신행정담당관실", floor="3층")
    a1 = offices.add_seat(db_actor, ground, label="A-01", x=0, y=0)
    b1 = offices.add_seat(db_actor, third, label="B-01", x=0, y=0)
    kim, lee = db_agency.officers[0], db_agency.officers[1]
    assert offices.seat_of(kim.id) is None

    offices.assign_seat(db_actor, a1, kim.id)
    plan, seat = offices.seat_of(kim.id) or pytest.fail("no seat")
    assert (plan.office_id, seat.id, seat.staff_name) == (ground, a1, kim.name)

    seen = _events(db_backend)
    offices.assign_seat(db_actor, b1, kim.id)  # moves upstairs: the old desk is free
    plan, seat = offices.seat_of(kim.id) or pytest.fail("no seat")
    assert (plan.office_id, seat.id) == (third, b1)
    assert offices.plan(ground).seats[0].staff_id is None
    assert sorted(e.office_id for e in seen if isinstance(e, OfficeChanged)) == [ground, third]

    offices.assign_seat(db_actor, b1, lee.id)  # the desk goes to someone else
    assert offices.seat_of(kim.id) is None
    assert offices.seat_of(lee.id) is not None
    offices.assign_seat(db_actor, b1, None)
    assert offices.seat_of(lee.id) is None
    with pytest.raises(StateError, match="비활성"):
        offices.assign_seat(db_actor, b1, db_agency.inactive.id)
    with pytest.raises(NotFoundError):
        offices.assign_seat(db_actor, 99999, kim.id)


def test_an_occupied_desk_is_freed_before_it_is_removed(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    offices = db_backend.offices
    office = _office(db_backend, db_actor)
    kim = db_agency.officers[0]
    a1 = offices.add_seat(db_actor, office, label="A-01", x=0, y=0, staff_id=kim.id)
    with pytest.raises(StateError) as refused:
        offices.remove_seat(db_actor, a1)
    assert refused.value.message == f"A-01 책상에는 {kim.name} 님이 앉아 있습니다. 먼저 자리를 비운 뒤 지워 주세요."
    offices.assign_seat(db_actor, a1, None)
    offices.remove_seat(db_actor, a1)
    assert offices.plan(office).seats == ()
    with db_backend.db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last is not None and last.action == "office.remove_seat"
    assert json.loads(last.detail) == {"office_id": office, "label": "A-01"}
    assert last.desk == SMALL_DESK


def test_two_desks_moving_desks_onto_one_cell_at_once_store_only_one(
    db_backend: Backend, db_url: str, db_actor: Actor, db_agency: SmallAgency,
    fake_clock: Clock, mss_charter: Charter,
) -> None:
    """Two administrators at two desks drop a desk on the same free cell at the same moment:
    one move is stored, the other is refused — never both."""
    offices = db_backend.offices
    office = _office(db_backend, db_actor, cols=24)
    seats = [offices.add_seat(db_actor, office, label=f"A-{i:02d}", x=2 * i, y=0)
             for i in range(2)]
    other = Backend.open(db_url, charter=mss_charter, desk="2층 민원실", clock=fake_clock)
    try:
        other_actor = actor_for(other, db_agency.operator, desk="2층 민원실")
        for round_no in range(8):
            target = (2 * round_no + 1, 4)
            outcomes = _at_once(
                partial(db_backend.offices.move_seat, db_actor, seats[0], x=target[0], y=target[1]),
                partial(other.offices.move_seat, other_actor, seats[1], x=target[0], y=target[1]),
            )
            assert sorted(outcomes) == ["ValidationError", "stored"], (round_no, outcomes)
            with db_backend.db.read() as session:
                at_target = session.scalars(
                    select(Seat.label).where(Seat.x == target[0], Seat.y == target[1])
                ).all()
            assert len(at_target) == 1
            # Back to the top row for the next round.
            for i, seat_id in enumerate(seats):
                offices.move_seat(db_actor, seat_id, x=2 * i, y=0)
    finally:
        other.close()


def _at_once(*calls: Callable[[], object]) -> list[str]:
    """Run the calls in threads released together; "stored" or the error's class name each."""
    barrier = threading.Barrier(len(calls))
    outcomes: list[str] = []

    def run(call: Callable[[], object]) -> None:
        barrier.wait()
        try:
            call()
            outcomes.append("stored")
        except MinwonError as exc:
            outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes


def test_label_and_spot_suggestions_for_a_new_desk(db_backend: Backend, db_actor: Actor) -> None:
    offices = db_backend.offices
    office = _office(db_backend, db_actor, cols=6, rows=4)
    assert suggest_label(offices.plan(office)) == "A-01"
    assert free_spot(offices.plan(office), 2, 1, desk=True) == (0, 0)
    offices.add_seat(db_actor, office, label="A-09", x=0, y=0)
    offices.add_seat(db_actor, office, label="A-12", x=2, y=0)
    offices.add_seat(db_actor, office, label="B-01", x=4, y=0)
    offices.add_room(db_actor, office, name="출입구", kind="entrance", x=0, y=1, w=3, h=1)
    plan = offices.plan(office)
    assert suggest_label(plan) == "A-13"
    assert free_spot(plan, 2, 1, desk=True) == (3, 1)
    offices.add_room(db_actor, office, name="회의실", kind="room", x=0, y=2, w=6, h=2)
    offices.add_seat(db_actor, office, label="A-13", x=3, y=1)
    plan = offices.plan(office)
    assert free_spot(plan, 2, 1, desk=False) is None
    assert free_spot(plan, 2, 1, desk=True) == (0, 2)  # inside the meeting room, as a last resort
