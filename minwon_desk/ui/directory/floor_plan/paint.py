"""Painting a floor plan from its prepared layout (``floor_plan.layout``), in plan units on
a painter already scaled to the zoom: rooms, desk cards with names and pictures, and over
them the highlighted desk, the selection and the item being dragged. The still part is kept
as tiles by ``floor_plan.tiles``."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

from minwon_desk.ui.directory.floor_plan.layout import (
    CLOSE_ZOOM,
    LABEL_PX,
    NAME_PX,
    PAD,
    PALETTE,
    ROOM_PX,
    Item,
    PlanGeometry,
    RoomGlyph,
    SeatGlyph,
    Text,
    card_of,
)

PhotoProvider = Callable[[int], QPixmap | None]
AwayProvider = Callable[[int], str | None]  # staff id → "휴가", "출장"… while away, else None
_SPRITE_SOURCE = QRectF()  # a null source rectangle: the whole pixmap


def _draw(p: QPainter, at: QPointF, text: Text) -> None:
    for run in text:
        p.drawGlyphRun(at, run)


def _touches(line: QLineF, rect: QRectF) -> bool:
    """Does a horizontal or vertical grid line cross ``rect``?"""
    if line.x1() == line.x2():
        return rect.left() <= line.x1() <= rect.right()
    return rect.top() <= line.y1() <= rect.bottom()

log = logging.getLogger(__name__)


class PlanPainter:
    """Paints a :class:`PlanGeometry` in plan units onto a painter already scaled to zoom."""

    def __init__(self, photos: PhotoProvider | None = None, away: AwayProvider | None = None) -> None:
        self.photos = photos
        self.away = away
        self._photo_cache: dict[tuple[int, int], QPixmap | None] = {}
        self._originals: dict[int, QPixmap | None] = {}
        self._cards: dict[tuple[float, float, bool, float, float], QPixmap] = {}
        self.pixel_ratio = 1.0  # the screen's device pixel ratio: pictures are scaled for it

    def clear_photos(self) -> None:
        self._photo_cache.clear()
        self._originals.clear()

    def floor(self, p: QPainter, geo: PlanGeometry, visible: QRectF) -> None:
        p.fillRect(visible, PALETTE.floor)
        p.setPen(QPen(PALETTE.grid, 0))
        p.drawLines([line for line in geo.grid if _touches(line, visible)])

    def border(self, p: QPainter, geo: PlanGeometry) -> None:
        p.setPen(QPen(PALETTE.border, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(QPointF(0, 0), geo.size))

    def room(
        self, p: QPainter, geo: PlanGeometry, glyph: RoomGlyph, rect: QRectF, zoom: float
    ) -> None:
        kind = glyph.room.kind
        fill, edge = {
            "entrance": (PALETTE.entrance, PALETTE.entrance_edge),
            "wall": (PALETTE.wall, PALETTE.wall_edge),
        }.get(kind, (PALETTE.room, PALETTE.room_edge))
        p.setPen(QPen(edge, 2 if kind == "entrance" else 1.2))
        p.setBrush(fill)
        p.drawRect(rect.adjusted(1, 1, -1, -1))
        if ROOM_PX * zoom < 6:
            return
        p.setPen(PALETTE.text if kind != "wall" else QColor("#27313d"))
        x = rect.left() + PAD + 2
        if kind == "entrance":
            # A green arrow into the office marks the way in.
            top = rect.top() + PAD + 2
            arrow = QPolygonF([QPointF(x, top), QPointF(x + 10, top), QPointF(x + 5, top + 9)])
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(PALETTE.entrance_edge)
            p.drawPolygon(arrow)
            p.setPen(PALETTE.entrance_edge)
            x += 14
        _draw(p, QPointF(x, rect.top() + PAD), glyph.name)

    def seat(
        self, p: QPainter, geo: PlanGeometry, glyph: SeatGlyph, rect: QRectF, zoom: float
    ) -> None:
        seat = glyph.seat
        card = card_of(rect)
        p.drawPixmap(card, self._card(card.size(), seat.staff_id is None, zoom), _SPRITE_SOURCE)
        if NAME_PX * zoom < 5:
            return  # too small to read: the cards alone show the layout
        detail = zoom >= CLOSE_ZOOM
        pixmap = None
        if detail and seat.staff_id is not None and self.photos is not None:
            side = min(card.height() - 2 * PAD + 2, card.width() * 0.4)
            pixmap = self._photo(seat.staff_id, side * zoom * self.pixel_ratio)
        layout = geo.layout(glyph, detail, pixmap is not None)
        corner = card.topLeft()
        away = self.away(seat.staff_id) if self.away is not None and seat.staff_id is not None else None
        if away:  # greyed, so an empty chair is told from a present colleague at a glance
            p.fillRect(card.adjusted(1, 1, -1, -1), PALETTE.away_fill)
        if pixmap is not None and layout.photo is not None:
            if away:
                p.setOpacity(0.45)
            p.drawPixmap(layout.photo.translated(corner), pixmap, QRectF(pixmap.rect()))
            p.setOpacity(1.0)
        for colour, offset, text, min_zoom in layout.lines:
            if zoom >= min_zoom:
                p.setPen(PALETTE.muted if away else colour)
                _draw(p, corner + offset, text)
        if away:
            self._away_tag(p, card, away, zoom)

    def _away_tag(self, p: QPainter, card: QRectF, tag: str, zoom: float) -> None:
        """"휴가", "출장"… in a badge at the card's bottom right corner, 9 px on screen at least."""
        font = QFont(p.font())
        font.setPixelSize(max(LABEL_PX, min(NAME_PX, round(9 / zoom))))
        font.setBold(True)
        metrics = QFontMetricsF(font)
        w, h = metrics.horizontalAdvance(tag) + 6, metrics.height() + 1
        badge = QRectF(card.right() - w - 2, card.bottom() - h - 2, w, h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(PALETTE.away_tag)
        p.drawRoundedRect(badge, 3, 3)
        p.setFont(font)
        p.setPen(PALETTE.away_text)
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, tag)

    def _card(self, size: QSizeF, free: bool, zoom: float) -> QPixmap:
        """The card's rounded, outlined background, drawn once per size and zoom: blitting it
        costs a tenth of drawing an antialiased rounded rectangle for every desk."""
        key = (size.width(), size.height(), free, zoom, self.pixel_ratio)
        sprite = self._cards.get(key)
        if sprite is None:
            if len(self._cards) > 256:
                self._cards.clear()
            scale = zoom * self.pixel_ratio
            sprite = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
            sprite.fill(Qt.GlobalColor.transparent)
            q = QPainter(sprite)
            q.setRenderHint(QPainter.RenderHint.Antialiasing)
            q.scale(sprite.width() / size.width(), sprite.height() / size.height())
            if free:
                q.setPen(QPen(PALETTE.free_edge, 1.2, Qt.PenStyle.DashLine))
                q.setBrush(PALETTE.free)
            else:
                q.setPen(QPen(PALETTE.desk_edge, 1.2))
                q.setBrush(PALETTE.desk)
            q.drawRoundedRect(QRectF(0.6, 0.6, size.width() - 1.2, size.height() - 1.2), 4, 4)
            q.end()
            self._cards[key] = sprite
        return sprite

    def outline(self, p: QPainter, rect: QRectF, colour: QColor, width: float,
                fill: QColor | None = None, dashed: bool = False) -> None:
        pen = QPen(colour, width)
        pen.setCosmetic(True)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(QBrush(fill) if fill is not None else Qt.BrushStyle.NoBrush)
        path = QPainterPath()
        path.addRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
        p.drawPath(path)

    def _fetch(self, staff_id: int) -> QPixmap | None:
        if self.photos is None:
            return None
        try:
            return self.photos(staff_id)
        except Exception:
            # A picture that cannot be had must not stop the plan from being drawn.
            log.exception("no picture for staff %s", staff_id)
            return None

    def _photo(self, staff_id: int, side_px: float) -> QPixmap | None:
        key = (staff_id, int(side_px))
        if key in self._photo_cache:
            return self._photo_cache[key]
        if staff_id not in self._originals:
            self._originals[staff_id] = self._fetch(staff_id)
        original = self._originals[staff_id]
        scaled = None
        if original is not None and not original.isNull():
            size = max(1, int(side_px))
            scaled = original.scaled(
                size, size, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self._photo_cache[key] = scaled
        return scaled


@dataclass
class Scene:
    """What the view adds to the stored plan for one repaint, in plan units."""

    zoom: float
    visible: QRectF  # the part of the plan to draw
    moved: dict[Item, QRectF]  # proposed moves, drawn at their new place until answered
    moving: Item | None = None  # being dragged now
    moving_rect: QRectF | None = None
    moving_ok: bool = False  # the drop would keep the placement rules
    highlight: QRectF | None = None
    selected: QRectF | None = None
    focus: bool = False


def paint_static(
    p: QPainter, painter: PlanPainter, geo: PlanGeometry, visible: QRectF, zoom: float,
    hidden: frozenset[Item],
) -> None:
    """Floor, grid, rooms and desks where the plan says they are (what the tiles hold);
    ``hidden`` items are left out (they are being moved and drawn over it)."""
    painter.floor(p, geo, visible)
    for room in geo.rooms:
        if room.rect.intersects(visible) and ("room", room.room.id) not in hidden:
            painter.room(p, geo, room, room.rect, zoom)
    for glyph in geo.seats:
        if glyph.rect.intersects(visible) and ("seat", glyph.seat.id) not in hidden:
            painter.seat(p, geo, glyph, glyph.rect, zoom)


def paint_overlay(p: QPainter, painter: PlanPainter, geo: PlanGeometry, scene: Scene) -> None:
    """Over the tiles: the border, moved items at their new place, the highlight, the
    selection and the item being dragged."""
    z = scene.zoom
    painter.border(p, geo)
    if scene.moving is not None:
        origin = geo.rect_of(scene.moving)
        if origin is not None:
            painter.outline(p, origin, PALETTE.free_edge, 1, dashed=True)
    for (kind, item_id), rect in scene.moved.items():
        if not rect.intersects(scene.visible):
            continue
        if kind == "seat" and item_id in geo.seat_by_id:
            painter.seat(p, geo, geo.seat_by_id[item_id], rect, z)
        elif kind == "room" and item_id in geo.room_by_id:
            p.setOpacity(0.85)  # desks it now covers stay visible through it
            painter.room(p, geo, geo.room_by_id[item_id], rect, z)
            p.setOpacity(1.0)
    if scene.highlight is not None:
        painter.outline(p, scene.highlight.adjusted(-3, -3, 3, 3), PALETTE.highlight, 3,
                        PALETTE.highlight_fill)
    if scene.selected is not None and scene.moving is None:
        painter.outline(p, scene.selected, PALETTE.selected, 2, dashed=scene.focus)
    if scene.moving is not None and scene.moving_rect is not None:
        rect = scene.moving_rect
        p.setOpacity(0.85)
        kind, item_id = scene.moving
        if kind == "seat":
            painter.seat(p, geo, geo.seat_by_id[item_id], rect, z)
        else:
            painter.room(p, geo, geo.room_by_id[item_id], rect, z)
        p.setOpacity(1.0)
        ok = scene.moving_ok
        painter.outline(p, rect, PALETTE.ok if ok else PALETTE.refused, 2.5,
                        None if ok else PALETTE.refused_fill)
