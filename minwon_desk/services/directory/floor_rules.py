"""Where desks and rooms may go on a floor plan, and the label and spot for a new desk.

Plain rules over plain rectangles (grid cells), shared by the office service (which refuses
a bad placement) and the screens (which suggest a free spot and the next label).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.particles import settle
from minwon_desk.domain.plaintext import check_plain
from minwon_desk.services.dto import FloorPlan

# The kinds of space, named in the desk's language where shown (``room_kind_label``).
ROOM_KINDS: dict[str, str] = {
    "room": QT_TRANSLATE_NOOP("FloorRules", "회의실"),
    "entrance": QT_TRANSLATE_NOOP("FloorRules", "출입구"),
    "wall": QT_TRANSLATE_NOOP("FloorRules", "벽·수납장"),
}
# A desk may stand inside a meeting room (a director's room is drawn as one), never in a
# doorway or a wall.
NO_DESK_KINDS = frozenset({"entrance", "wall"})
MIN_GRID = 4
MAX_GRID = 200
MAX_DESK_CELLS = 6
MAX_OFFICE_NAME = 200
MAX_BUILDING = 100
MAX_FLOOR = 32
MAX_ROOM_NAME = 100
MAX_LABEL = 32
DEFAULT_LABEL = "A-01"

_NUMBERED = re.compile(r"^(.*?)(\d+)$")


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle of grid cells: columns ``x``..``x+w-1``, rows ``y``..``y+h-1``."""

    x: int
    y: int
    w: int
    h: int

    def overlaps(self, other: Box) -> bool:
        return (
            self.x < other.x + other.w
            and other.x < self.x + self.w
            and self.y < other.y + other.h
            and other.y < self.y + self.h
        )

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h


@dataclass(frozen=True, slots=True)
class Placed:
    """Something already on the plan: a desk (``kind`` "desk") or a room."""

    id: int
    kind: str  # "desk" | "room" | "entrance" | "wall"
    name: str  # the desk label or the room name
    box: Box


def room_kind_label(kind: str) -> str:
    """'회의실', '출입구', '벽·수납장' in the desk's language; "공간" for an unknown kind."""
    return translate("FloorRules", ROOM_KINDS.get(kind, QT_TRANSLATE_NOOP("FloorRules", "공간")))


_LABELS = {
    "name": QT_TRANSLATE_NOOP("FloorRules", "이름"),
    "label": QT_TRANSLATE_NOOP("FloorRules", "좌석 이름"),
    "building": QT_TRANSLATE_NOOP("FloorRules", "건물"),
    "floor": QT_TRANSLATE_NOOP("FloorRules", "층"),
}


def _field_label(field: str) -> str:
    return translate("FloorRules", _LABELS.get(field, _LABELS["name"]))


def _too_long(field: str, limit: int, text: str) -> ValidationError:
    return ValidationError(field, translate(
        "FloorRules", "{limit}자 이내로 입력해 주세요 (지금 {count}자)."
    ).format(limit=limit, count=len(text)))


def clean_name(field: str, value: str, limit: int, empty_message: str) -> str:
    """``value`` stripped; ``empty_message`` (already in the desk's language) when empty."""
    text = value.strip()
    if not text:
        raise ValidationError(field, empty_message)
    if len(text) > limit:
        raise _too_long(field, limit, text)
    # Before any lookup by it: PostgreSQL refuses NUL even in a query, in English.
    check_plain(field, _field_label(field), text, max_length=limit)
    return text


def clean_optional(field: str, value: str, limit: int) -> str:
    text = value.strip()
    if len(text) > limit:
        raise _too_long(field, limit, text)
    # Before any lookup by it: PostgreSQL refuses NUL even in a query, in English.
    check_plain(field, _field_label(field), text, max_length=limit)
    return text


def check_grid(cols: int, rows: int) -> None:
    for field, value, message in (
        ("cols", cols, translate("FloorRules", "가로 칸 수는 {low}에서 {high} 사이로 입력해 주세요.")),
        ("rows", rows, translate("FloorRules", "세로 칸 수는 {low}에서 {high} 사이로 입력해 주세요.")),
    ):
        if not MIN_GRID <= value <= MAX_GRID:
            raise ValidationError(field, message.format(low=MIN_GRID, high=MAX_GRID))


def check_kind(kind: str) -> None:
    if kind not in ROOM_KINDS:
        names = ", ".join(room_kind_label(k) for k in ROOM_KINDS)
        raise ValidationError("kind", translate(
            "FloorRules", "공간 종류는 {names} 가운데 하나여야 합니다."
        ).format(names=names))


def check_inside(box: Box, cols: int, rows: int, what: str) -> None:
    """``what``: the desk or space, already in the desk's language."""
    if box.w < 1 or box.h < 1:
        raise ValidationError("size", translate(
            "FloorRules", "{what}의 가로·세로는 1칸 이상이어야 합니다."
        ).format(what=what))
    if box.x < 0 or box.y < 0 or box.right > cols or box.bottom > rows:
        raise ValidationError("position", settle(translate(
            "FloorRules",
            "{what}이(가) 배치도 밖으로 나갑니다. 가로 {cols}칸 × 세로 {rows}칸 안에 놓아 주세요.",
        ).format(what=what, cols=cols, rows=rows)))


def check_desk(box: Box, cols: int, rows: int, others: Iterable[Placed], *, own_id: int = 0) -> None:
    """A desk at ``box``: inside the grid, on no other desk, in no doorway or wall."""
    if box.w > MAX_DESK_CELLS or box.h > MAX_DESK_CELLS:
        raise ValidationError("size", translate(
            "FloorRules", "책상은 가로·세로 {n}칸 이하로 만들어 주세요."
        ).format(n=MAX_DESK_CELLS))
    check_inside(box, cols, rows, translate("FloorRules", "책상"))
    for other in others:
        if not other.box.overlaps(box):
            continue
        if other.kind == "desk" and other.id != own_id:
            raise ValidationError("position", translate(
                "FloorRules", "다른 책상({name})과 겹칩니다. 빈 칸으로 옮겨 주세요."
            ).format(name=other.name))
        if other.kind in NO_DESK_KINDS:
            raise ValidationError("position", translate(
                "FloorRules",
                "{kind}({name}) 자리에는 책상을 놓을 수 없습니다. 다른 칸으로 옮겨 주세요.",
            ).format(kind=room_kind_label(other.kind), name=other.name))


def check_room(
    box: Box, kind: str, cols: int, rows: int, others: Iterable[Placed], *, own_id: int = 0
) -> None:
    """A room at ``box``: inside the grid, over no other room; a doorway or a wall over no
    desk (a meeting room may hold desks)."""
    check_inside(box, cols, rows, room_kind_label(kind))
    for other in others:
        if not other.box.overlaps(box):
            continue
        if other.kind == "desk":
            if kind in NO_DESK_KINDS:
                raise ValidationError("position", settle(translate(
                    "FloorRules",
                    "책상({name})이 있는 곳에는 {kind}을(를) 놓을 수 없습니다. 책상을 먼저 "
                    "옮기거나 다른 칸에 놓아 주세요.",
                ).format(name=other.name, kind=room_kind_label(kind))))
        elif other.id != own_id:
            raise ValidationError("position", translate(
                "FloorRules", "다른 공간({name})과 겹칩니다. 빈 칸으로 옮겨 주세요."
            ).format(name=other.name))


def extent(items: Iterable[Placed]) -> tuple[int, int]:
    """(columns, rows) the placed items need: the smallest grid that still holds them."""
    cols = rows = 0
    for item in items:
        cols = max(cols, item.box.right)
        rows = max(rows, item.box.bottom)
    return cols, rows


def placed_of(plan: FloorPlan) -> list[Placed]:
    items = [Placed(s.id, "desk", s.label, Box(s.x, s.y, s.w, s.h)) for s in plan.seats]
    items.extend(Placed(r.id, r.kind, r.name, Box(r.x, r.y, r.w, r.h)) for r in plan.rooms)
    return items


def suggest_label(plan: FloorPlan) -> str:
    """The next desk label: after the highest number of the most used prefix ("A-12" →
    "A-13"), keeping the digits' width; "A-01" on an empty plan."""
    taken = {s.label for s in plan.seats}
    numbers: dict[str, list[tuple[int, int]]] = {}
    for seat in plan.seats:
        match = _NUMBERED.match(seat.label)
        if match:
            numbers.setdefault(match.group(1), []).append(
                (int(match.group(2)), len(match.group(2)))
            )
    if not numbers:
        return _first_free(DEFAULT_LABEL, taken)
    prefix = max(numbers, key=lambda p: (len(numbers[p]), p))
    top, width = max(numbers[prefix])
    return _first_free(f"{prefix}{top + 1:0{width}d}", taken)


def _first_free(label: str, taken: set[str]) -> str:
    match = _NUMBERED.match(label)
    if match is None:  # not reachable from suggest_label, kept total
        return label
    prefix, digits = match.group(1), match.group(2)
    number = int(digits)
    while f"{prefix}{number:0{len(digits)}d}" in taken:
        number += 1
    return f"{prefix}{number:0{len(digits)}d}"


def free_spot(plan: FloorPlan, w: int, h: int, *, desk: bool) -> tuple[int, int] | None:
    """The first cell (row by row) where a ``w`` × ``h`` desk or room fits on open floor,
    clear of every desk and room; None when the plan is full."""
    items = placed_of(plan)
    for y in range(plan.rows - h + 1):
        for x in range(plan.cols - w + 1):
            box = Box(x, y, w, h)
            if not any(item.box.overlaps(box) for item in items):
                return x, y
    if desk:
        # No open floor left: a desk may still go inside a meeting room.
        for y in range(plan.rows - h + 1):
            for x in range(plan.cols - w + 1):
                box = Box(x, y, w, h)
                if not any(
                    item.box.overlaps(box) for item in items if item.kind != "room"
                ):
                    return x, y
    return None
