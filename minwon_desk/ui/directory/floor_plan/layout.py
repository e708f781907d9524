"""What goes where on a floor plan, in which type and colour: the geometry and text of
every desk and room, prepared once per plan, in plan units (one grid cell = ``CELL``).

Everything a repaint needs is computed here when the plan arrives: rectangles, elided texts
as glyph runs (shaped once, not on every frame), the grid lines. A repaint only culls
and draws (``floor_plan.paint``); panning never lays out text again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGlyphRun, QTextLayout

from minwon_desk.domain.errors import ValidationError
from minwon_desk.services.directory.floor_rules import Box, check_desk, check_room, placed_of
from minwon_desk.services.dto import FloorPlan, RoomView, SeatView
from minwon_desk.ui.i18n import translate

CELL = 40.0  # plan units per grid cell (pixels at 100 %)
PAD = 4.0
NAME_PX, SUB_PX, LABEL_PX, ROOM_PX = 13, 10, 9, 12
CLOSE_NAME_PX, CLOSE_SUB_PX = 9, 7
CLOSE_ZOOM = 1.5  # from this zoom type stays smaller in plan units: room for a picture
SUB_ZOOM = 0.6  # below this zoom only the name (or the desk label) is drawn

Item = tuple[str, int]  # ("seat" | "room", id)


@dataclass(frozen=True)
class Palette:
    outside: QColor = field(default_factory=lambda: QColor("#eef1f5"))
    floor: QColor = field(default_factory=lambda: QColor("#ffffff"))
    grid: QColor = field(default_factory=lambda: QColor("#e3e8ef"))
    border: QColor = field(default_factory=lambda: QColor("#6b7c93"))
    desk: QColor = field(default_factory=lambda: QColor("#f7fbff"))
    desk_edge: QColor = field(default_factory=lambda: QColor("#5a7fa8"))
    free: QColor = field(default_factory=lambda: QColor("#eceff3"))
    free_edge: QColor = field(default_factory=lambda: QColor("#a3adba"))
    text: QColor = field(default_factory=lambda: QColor("#1b2733"))
    muted: QColor = field(default_factory=lambda: QColor("#5d6b7a"))
    room: QColor = field(default_factory=lambda: QColor("#e8f0fa"))
    room_edge: QColor = field(default_factory=lambda: QColor("#8fa9c9"))
    entrance: QColor = field(default_factory=lambda: QColor("#e2f3e6"))
    entrance_edge: QColor = field(default_factory=lambda: QColor("#2e7d32"))
    wall: QColor = field(default_factory=lambda: QColor("#aab4c1"))
    wall_edge: QColor = field(default_factory=lambda: QColor("#7d8896"))
    highlight: QColor = field(default_factory=lambda: QColor("#e8890c"))
    highlight_fill: QColor = field(default_factory=lambda: QColor(255, 196, 0, 70))
    selected: QColor = field(default_factory=lambda: QColor("#1f3a5f"))
    ok: QColor = field(default_factory=lambda: QColor("#2e7d32"))
    refused: QColor = field(default_factory=lambda: QColor("#b3261e"))
    refused_fill: QColor = field(default_factory=lambda: QColor(179, 38, 30, 40))
    away_fill: QColor = field(default_factory=lambda: QColor(120, 128, 140, 70))
    away_tag: QColor = field(default_factory=lambda: QColor("#6b7280"))
    away_text: QColor = field(default_factory=lambda: QColor("white"))


PALETTE = Palette()


@dataclass(frozen=True)
class DeskLayout:
    """A desk's texts, laid out once per level of detail: (font, colour, offset from the
    card's corner, text, lowest zoom it is drawn at) per line, and where the picture goes."""

    lines: tuple[tuple[QColor, QPointF, Text, float], ...]
    photo: QRectF | None = None


@dataclass
class SeatGlyph:
    seat: SeatView
    rect: QRectF
    layouts: dict[tuple[bool, bool], DeskLayout] = field(default_factory=dict)


@dataclass
class RoomGlyph:
    room: RoomView
    rect: QRectF
    name: Text


def seat_rect(x: int, y: int, w: int, h: int) -> QRectF:
    return QRectF(x * CELL, y * CELL, w * CELL, h * CELL)


Text = tuple[QGlyphRun, ...]


def _runs(text: str, font: QFont) -> Text:
    """``text`` shaped once into positioned glyphs (top-left origin). Drawing glyph runs at
    a zoom never seen before costs half of drawing a QStaticText, which lays itself out
    again for every new transformation."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1_000_000)
    layout.endLayout()
    return tuple(layout.glyphRuns())


class Fonts:
    def __init__(self, base: QFont) -> None:
        def sized(px: int, bold: bool = False) -> QFont:
            font = QFont(base)
            font.setPixelSize(px)
            font.setBold(bold)
            # Text is drawn under the zoom transform: metrics must not snap to pixels.
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            return font

        self.name = sized(NAME_PX, True)
        self.sub = sized(SUB_PX)
        self.label = sized(LABEL_PX)
        self.room = sized(ROOM_PX, True)
        self.name_m = QFontMetricsF(self.name)
        self.sub_m = QFontMetricsF(self.sub)
        self.label_m = QFontMetricsF(self.label)
        self.room_m = QFontMetricsF(self.room)
        self.close_name = sized(CLOSE_NAME_PX, True)
        self.close_sub = sized(CLOSE_SUB_PX)
        self.close_name_m = QFontMetricsF(self.close_name)
        self.close_sub_m = QFontMetricsF(self.close_sub)


class PlanGeometry:
    """Everything about one plan that does not change while panning or zooming."""

    def __init__(self, plan: FloorPlan, fonts: Fonts) -> None:
        self.plan = plan
        self.fonts = fonts
        self.size = QSizeF(plan.cols * CELL, plan.rows * CELL)
        self.seats = [SeatGlyph(s, seat_rect(s.x, s.y, s.w, s.h)) for s in plan.seats]
        self.seat_by_id = {g.seat.id: g for g in self.seats}
        self.rooms = [self._room(r) for r in plan.rooms]
        self.room_by_id = {g.room.id: g for g in self.rooms}
        w, h = self.size.width(), self.size.height()
        self.grid = [QLineF(c * CELL, 0, c * CELL, h) for c in range(1, plan.cols)]
        self.grid += [QLineF(0, r * CELL, w, r * CELL) for r in range(1, plan.rows)]

    # --- desks and rooms by id ----------------------------------------------------------

    def exists(self, item: Item) -> bool:
        table = self.seat_by_id if item[0] == "seat" else self.room_by_id
        return item[1] in table

    def stored_box(self, item: Item) -> Box | None:
        """Where the plan says the item is (cells)."""
        if item[0] == "seat":
            glyph = self.seat_by_id.get(item[1])
            return Box(glyph.seat.x, glyph.seat.y, glyph.seat.w, glyph.seat.h) if glyph else None
        room = self.room_by_id.get(item[1])
        return Box(room.room.x, room.room.y, room.room.w, room.room.h) if room else None

    def rect_of(self, item: Item) -> QRectF | None:
        """Where the plan says the item is (plan units)."""
        if item[0] == "seat":
            glyph = self.seat_by_id.get(item[1])
            return glyph.rect if glyph else None
        room = self.room_by_id.get(item[1])
        return room.rect if room else None

    def fits(self, item: Item, box: Box) -> bool:
        """Would the item keep the placement rules at ``box``? (The service decides; this
        only colours the drop outline.)"""
        plan = self.plan
        try:
            if item[0] == "seat":
                check_desk(box, plan.cols, plan.rows, placed_of(plan), own_id=item[1])
            else:
                kind = self.room_by_id[item[1]].room.kind
                check_room(box, kind, plan.cols, plan.rows, placed_of(plan), own_id=item[1])
        except ValidationError:
            return False
        return True

    def describe(self, item: Item) -> str:
        """"A-12 홍길동 주무관, 내선 1234", "A-13 빈 자리", or a room's name."""
        if item[0] == "room":
            return self.room_by_id[item[1]].room.name
        seat = self.seat_by_id[item[1]].seat
        if seat.staff_id is None:
            return translate("FloorPlanWidget", "{label} 빈 자리").format(label=seat.label)
        ext = translate("FloorPlanWidget", ", 내선 {ext}").format(ext=seat.extension) if seat.extension else ""
        return f"{seat.label} {seat.staff_name} {seat.position}{ext}"

    def item_at(self, cell: Box, box_of: Callable[[Item], Box | None]) -> Item | None:
        """The desk or room covering ``cell`` where ``box_of`` says each is drawn."""
        for glyph in self.seats:
            box = box_of(("seat", glyph.seat.id))
            if box is not None and box.overlaps(cell):
                return "seat", glyph.seat.id
        for room in reversed(self.rooms):
            box = box_of(("room", room.room.id))
            if box is not None and box.overlaps(cell):
                return "room", room.room.id
        return None

    def summary(self, highlighted: Item | None, selected: Item | None, edit: bool) -> str:
        """The plan in words, for assistive technology."""
        plan = self.plan
        free = sum(1 for s in plan.seats if s.staff_id is None)
        parts = [translate("FloorPlanWidget", "{title}: 책상 {n}개, 빈 자리 {free}개.").format(
            title=plan.title, n=len(plan.seats), free=free)]
        if highlighted is not None:
            parts.append(translate("FloorPlanWidget", "찾는 자리: {what}.").format(what=self.describe(highlighted)))
        if selected is not None:
            parts.append(translate("FloorPlanWidget", "고른 곳: {what}.").format(what=self.describe(selected)))
        parts.append(translate("FloorPlanWidget", "방향키로 움직이고 +/-로 확대·축소, PageDown/PageUp으로 책상을 고릅니다."))
        if edit:
            parts.append(translate("FloorPlanWidget", "편집 모드: 끌어서 옮기거나 Ctrl+방향키로 한 칸씩 옮깁니다."))
        return " ".join(parts)

    # --- text ---------------------------------------------------------------------------

    def _room(self, room: RoomView) -> RoomGlyph:
        rect = seat_rect(room.x, room.y, room.w, room.h)
        width = rect.width() - 2 * PAD - (14 if room.kind == "entrance" else 0)
        name = self.fonts.room_m.elidedText(room.name, Qt.TextElideMode.ElideRight, max(width, 0))
        return RoomGlyph(room, rect, _runs(name, self.fonts.room))

    def layout(self, glyph: SeatGlyph, detail: bool, photo: bool) -> DeskLayout:
        """The desk's texts for the plain (``detail`` False) or the close-up level, with or
        without a picture; elided to fit and laid out once."""
        key = (detail, photo)
        cached = glyph.layouts.get(key)
        if cached is None:
            cached = glyph.layouts[key] = (
                self._close_up(glyph.seat, card_of(glyph.rect), photo) if detail
                else self._plain(glyph.seat, card_of(glyph.rect))
            )
        return cached

    def _plain(self, seat: SeatView, card: QRectF) -> DeskLayout:
        """Name (and the desk label in the corner when it fits), then position · extension."""
        f, elide = self.fonts, Qt.TextElideMode.ElideRight
        width = card.width() - 2 * PAD
        second_y = NAME_PX + 5
        if seat.staff_id is None:
            return DeskLayout((
                (PALETTE.muted, QPointF(PAD, 2), _runs(f.name_m.elidedText(seat.label, elide, width), f.name), 0),
                (PALETTE.muted, QPointF(PAD, second_y), _runs(translate("FloorPlanWidget", "빈 자리"), f.sub), SUB_ZOOM),
            ))
        label_w = f.label_m.horizontalAdvance(seat.label)
        corner = width - label_w - PAD >= f.name_m.horizontalAdvance(seat.staff_name)
        name = f.name_m.elidedText(seat.staff_name, elide, width - (label_w + PAD if corner else 0))
        parts = [p for p in (seat.position, seat.extension, "" if corner else seat.label) if p]
        second = f.sub_m.elidedText(" · ".join(parts), elide, width)
        lines = [(PALETTE.text, QPointF(PAD, 2), _runs(name, f.name), 0.0)]
        if corner:
            at = QPointF(card.width() - PAD - label_w, 3)
            lines.append((PALETTE.muted, at, _runs(seat.label, f.label), SUB_ZOOM))
        if card.height() >= NAME_PX + SUB_PX + 6:
            lines.append((PALETTE.muted, QPointF(PAD, second_y), _runs(second, f.sub), SUB_ZOOM))
        return DeskLayout(tuple(lines))

    def _close_up(self, seat: SeatView, card: QRectF, photo: bool) -> DeskLayout:
        """Zoomed in: smaller type in plan units leaves room for the picture and a third
        line (name / position / extension)."""
        f, elide = self.fonts, Qt.TextElideMode.ElideRight
        side = min(card.height() - 2 * PAD + 2, card.width() * 0.4)
        photo_rect = QRectF(PAD - 1, (card.height() - side) / 2, side, side) if photo else None
        x = (photo_rect.right() + PAD) if photo_rect is not None else PAD
        width = card.width() - x - PAD
        rows = (3.0, 3.0 + CLOSE_NAME_PX + 3, 3.0 + CLOSE_NAME_PX + CLOSE_SUB_PX + 6)
        if seat.staff_id is None:
            texts = [(f.close_name, f.close_name_m, seat.label), (f.close_sub, f.close_sub_m, translate("FloorPlanWidget", "빈 자리"))]
        else:
            ext = translate("FloorPlanWidget", "내선 {ext}").format(ext=seat.extension) if seat.extension else ""
            texts = [
                (f.close_name, f.close_name_m, seat.staff_name),
                (f.close_sub, f.close_sub_m, seat.position),
                # The label is in the tooltip and at lower zooms; the number is what is looked for.
                (f.close_sub, f.close_sub_m, ext or seat.label),
            ]
        colour = PALETTE.muted if seat.staff_id is None else PALETTE.text
        lines = []
        for i, (font, metrics, text) in enumerate(texts):
            if rows[i] + metrics.height() > card.height():
                break
            fitted = metrics.elidedText(text, elide, width)
            lines.append((colour if i == 0 else PALETTE.muted, QPointF(x, rows[i]), _runs(fitted, font), 0.0))
        return DeskLayout(tuple(lines), photo_rect)


def card_of(rect: QRectF) -> QRectF:
    """The desk card inside its cells (a little gap between neighbours)."""
    return rect.adjusted(2, 2, -2, -2)

