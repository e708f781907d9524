"""The demo agency's offices: everyone at a desk, plans that obey the placement rules."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.timeutil import SEOUL, Clock
from minwon_desk.services.backend import Backend
from minwon_desk.services.demo.agency import demo_actor, ensure_demo
from minwon_desk.services.directory.floor_rules import Box, check_desk, check_room, placed_of
from minwon_desk.services.dto import FloorPlan

NOW = datetime(2026, 7, 2, 15, 0, tzinfo=SEOUL)


def _demo_plans(url: str, clock: Clock, charter: Charter) -> tuple[Backend, list[FloorPlan]]:
    backend = Backend.open(url, charter=charter, desk="1층 민원안내", clock=clock)
    ensure_demo(backend, now=NOW)
    return backend, backend.offices.list_offices()


def test_every_demo_person_has_a_desk_on_a_plan_that_keeps_the_rules(
    db_url: str, fake_clock: Clock, mss_charter: Charter
) -> None:
    backend, plans = _demo_plans(db_url, fake_clock, mss_charter)
    try:
        assert plans[0].title == "민원실 (본관 1층)"
        assert [p.floor for p in plans[1:5]] == ["2층", "3층", "4층", "5층"]
        seated = [s.staff_id for p in plans for s in p.seats if s.staff_id is not None]
        staff = backend.staff.list_active()
        assert sorted(seated) == sorted(s.id for s in staff)
        for plan in plans:
            kinds = {r.kind for r in plan.rooms}
            assert {"room", "entrance"} <= kinds, plan.name
            assert any(s.staff_id is None for s in plan.seats), f"{plan.name}: no free desk"
            items = placed_of(plan)
            for item in items:
                if item.kind == "desk":
                    check_desk(item.box, plan.cols, plan.rows, items, own_id=item.id)
                else:
                    check_room(item.box, item.kind, plan.cols, plan.rows,
                               items, own_id=item.id)
            assert len({s.label for s in plan.seats}) == len(plan.seats)
        # The front-desk operator sits at the front desk of the 민원실.
        found = backend.offices.seat_of(demo_actor(backend).staff_id)
        assert found is not None
        plan, seat = found
        assert (plan.name, seat.label) == ("민원실", "안내-01")
        assert Box(seat.x, seat.y, seat.w, seat.h).overlaps(
            next(Box(r.x, r.y, r.w, r.h) for r in plan.rooms if r.name == "안내데스크")
        )
    finally:
        backend.close()


def test_the_demo_layout_is_the_same_every_time(
    tmp_path: Path, fake_clock: Clock, mss_charter: Charter
) -> None:
    layouts = []
    for name in ("a.db", "b.db"):
        backend, plans = _demo_plans(f"sqlite:///{tmp_path / name}", fake_clock, mss_charter)
        backend.close()
        layouts.append([
            (p.name, p.cols, p.rows, [(r.name, r.x, r.y, r.w, r.h) for r in p.rooms],
             [(s.label, s.x, s.y, s.staff_name) for s in p.seats])
            for p in plans
        ])
    assert layouts[0] == layouts[1]
