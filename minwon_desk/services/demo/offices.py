"""The demo agency's offices: the ground-floor 민원실 and one office per floor for the main
units, every person at a desk, with meeting rooms, entrances and a few free desks.

Built from the staff list alone (no randomness of its own), so one seed gives one layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from minwon_desk.services.demo.org import UNITS
from minwon_desk.store.models import Agency, Department, Office, OfficeRoom, Seat, Staff

COLS = 24
ISLAND_DESKS = 5  # desks in a row of an island; an island is two rows facing each other
ISLAND_X = (1, 13)  # two islands side by side
FIRST_ISLAND_ROW = 5
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: they read as 1 and 0


@dataclass(frozen=True, slots=True)
class _Floor:
    name: str
    building: str
    floor: str
    top: str  # unit key of the 실/청 that works there (its head gets the corner room)
    units: tuple[str, ...]  # unit keys seated in the open-plan islands, in this order


FLOORS = (
    _Floor("기획조정실", "본관", "2층", "plan", ("innov", "support")),
    _Floor("창업벤처혁신실", "본관", "3층", "startup", ("found", "venture")),
    _Floor("소상공인정책실", "본관", "4층", "small", ("shop",)),
    _Floor("중소기업정책실", "본관", "5층", "sme", ("finance",)),
    _Floor("서울지방중소벤처기업청", "서울지방청사", "3층", "region", ("field",)),
)


@dataclass
class _Plan:
    cols: int
    rows: int
    rooms: list[tuple[str, str, int, int, int, int]] = field(default_factory=list)
    seats: list[tuple[str, int, int, Staff | None]] = field(default_factory=list)


def add_demo_offices(session: Session, agency: Agency, staff: list[Staff]) -> list[int]:
    """Offices for the demo organisation, in the caller's transaction; returns their ids.
    Every member of ``staff`` gets a desk."""
    departments = session.scalars(select(Department).where(Department.agency_id == agency.id))
    key_of = {d.id: _unit_key(d.name) for d in departments}
    dept_of_key = {key: dept_id for dept_id, key in key_of.items()}
    by_unit: dict[str, list[Staff]] = {}
    for person in staff:  # staff come head first within each unit (see demo.org)
        by_unit.setdefault(key_of[person.department_id], []).append(person)

    plans: list[tuple[_Floor | None, _Plan]] = [(None, _front_office(by_unit.get("desk", [])))]
    for floor in FLOORS:
        head = by_unit.get(floor.top, [])
        groups = [by_unit.get(key, []) for key in floor.units]
        plans.append((floor, _floor_office(head, groups)))

    ids: list[int] = []
    for order, (where, plan) in enumerate(plans, start=1):
        if where is None:
            name, building, storey, dept = "민원실", "본관", "1층", dept_of_key.get("desk")
        else:
            name, building, storey = where.name, where.building, where.floor
            dept = dept_of_key.get(where.top)
        office = Office(
            agency_id=agency.id, name=name, building=building, floor=storey,
            department_id=dept, cols=plan.cols, rows=plan.rows, sort_order=order,
        )
        session.add(office)
        session.flush()
        session.add_all(
            OfficeRoom(office_id=office.id, name=n, kind=k, x=x, y=y, w=w, h=h)
            for n, k, x, y, w, h in plan.rooms
        )
        session.add_all(
            Seat(office_id=office.id, label=label, x=x, y=y, w=2, h=1,
                 staff_id=person.id if person else None)
            for label, x, y, person in plan.seats
        )
        ids.append(office.id)
    session.flush()
    return ids


def _unit_key(name: str) -> str:
    return next((u.key for u in UNITS if u.name == name), "")


def _front_office(team: list[Staff]) -> _Plan:
    """민원실: the front desk by the entrance, a counselling room, seats for the waiting,
    and the rest of the team on one island."""
    plan = _Plan(cols=20, rows=12)
    plan.rooms += [
        ("상담실", "room", 0, 0, 5, 4),
        ("민원서류 보관함", "wall", 6, 0, 8, 1),
        ("대기석", "room", 15, 5, 5, 5),
        ("안내데스크", "room", 6, 7, 8, 3),
        ("출입구", "entrance", 8, 11, 4, 1),
    ]
    # The operator (first in demo.org's roster) and a colleague at the front desk; the
    # team leader heads the island.
    leader = next((p for p in team if p.position == "팀장"), None)
    members = [p for p in team if p is not leader]
    front = members[:2]
    rest = ([leader] if leader else []) + members[2:]
    for i, (x, y) in enumerate(((7, 8), (11, 8))):
        plan.seats.append((f"안내-{i + 1:02d}", x, y, front[i] if i < len(front) else None))
    plan.seats.append(("상담-01", 1, 2, None))  # officers come down to meet visitors here
    slots = [(6 + 2 * i, y) for y in (2, 3) for i in range(ISLAND_DESKS)]
    for i, (x, y) in enumerate(slots):
        plan.seats.append((f"A-{i + 1:02d}", x, y, rest[i] if i < len(rest) else None))
    if len(rest) > len(slots):  # not with the demo roster; kept total
        plan.seats += [(f"B-{i + 1:02d}", 2 * (i % 10), 4 + i // 10, p)
                       for i, p in enumerate(rest[len(slots):])]
        plan.rows = max(plan.rows, 4 + (len(rest) - len(slots)) // 10 + 8)
    return plan


def _floor_office(heads: list[Staff], groups: list[list[Staff]]) -> _Plan:
    """An open-plan floor: the 실장's room and a meeting room along the top, islands of
    ten desks (each unit starting its own island), the entrance at the bottom."""
    islands: list[list[Staff | None]] = []
    for group in groups:
        for start in range(0, max(len(group), 1), 2 * ISLAND_DESKS):
            chunk: list[Staff | None] = list(group[start:start + 2 * ISLAND_DESKS])
            islands.append(chunk + [None] * (2 * ISLAND_DESKS - len(chunk)))
    if sum(seat is None for island in islands for seat in island) < 2:
        islands.append([None] * (2 * ISLAND_DESKS))  # always some room for a newcomer
    bands = (len(islands) + 1) // 2
    plan = _Plan(cols=COLS, rows=FIRST_ISLAND_ROW + 3 * bands + 1)
    head, others = (heads[0], heads[1:]) if heads else (None, [])
    room = f"{head.position}실" if head else "임원실"
    plan.rooms += [
        (room, "room", 0, 0, 6, 4),
        ("문서 보관함", "wall", 7, 0, 9, 1),
        ("회의실", "room", COLS - 7, 0, 7, 4),
        ("출입구", "entrance", COLS // 2 - 2, plan.rows - 1, 4, 1),
    ]
    plan.seats.append(("H-01", 2, 1, head))
    # Anyone else in the 실 itself (not in a unit) sits by the head's room.
    for i, person in enumerate(others):
        plan.seats.append((f"H-{i + 2:02d}", 8 + 2 * i, 2, person))
    for n, island in enumerate(islands):
        x0 = ISLAND_X[n % 2]
        y0 = FIRST_ISLAND_ROW + 3 * (n // 2)
        for i, sitter in enumerate(island):
            x = x0 + 2 * (i % ISLAND_DESKS)
            y = y0 + i // ISLAND_DESKS
            plan.seats.append((f"{LETTERS[n]}-{i + 1:02d}", x, y, sitter))
    return plan
