"""An office floor plan as plain values: rooms and desks on a grid, and who sits where.

The floor-plan widget and the printed seating chart both draw these; the office service
reads them from the database.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RoomView:
    id: int
    name: str
    kind: str  # "room" | "entrance" | "wall"
    x: int
    y: int
    w: int
    h: int


@dataclass(frozen=True, slots=True)
class SeatView:
    id: int
    label: str
    x: int
    y: int
    w: int
    h: int
    staff_id: int | None
    staff_name: str  # "" for a free desk
    position: str
    extension: str


@dataclass(frozen=True, slots=True)
class FloorPlan:
    """An office drawn on a grid: what the floor-plan widget and the poster draw."""

    office_id: int
    name: str  # "혁신행정담당관실"
    building: str
    floor: str  # "3층"
    department: str  # the unit that sits there, "" when mixed
    cols: int
    rows: int
    rooms: tuple[RoomView, ...]
    seats: tuple[SeatView, ...]

    @property
    def title(self) -> str:
        where = " ".join(p for p in (self.building, self.floor) if p)
        return f"{self.name} ({where})" if where else self.name
