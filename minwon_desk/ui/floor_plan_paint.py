"""Painting a floor plan from its prepared layout (``floor_plan_layout``), in plan units on
a painter already scaled to the zoom: rooms, desk cards with names and pictures, and over
them the highlighted desk, the selection and the item being dragged."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from minwon_desk.ui.floor_plan_layout import (
    CLOSE_ZOOM,
    NAME_PX,
    PAD,
    PALETTE,
    ROOM_PX,
    Item,
    PlanGeometry,
    RoomGlyph,
    SeatGlyph,
    card_of,
)

PhotoProvider = Callable[[int], QPixmap | None]

log = logging.getLogger(__name__)


class PlanPainter:
    """Paints a :class:`PlanGeometry` in plan units onto a painter already scaled to zoom."""

    def __init__(self, photos: PhotoProvider | None = None) -> None:
        self.photos = photos
        self._photo_cache: dict[tuple[int, int], QPixmap | None] = {}
        self._originals: dict[int, QPixmap | None] = {}
        self.pixel_ratio = 1.0  # the screen's device pixel ratio: pictures are scaled for it

    def clear_photos(self) -> None:
        self._photo_cache.clear()
        self._originals.clear()

    def background(self, p: QPainter, geo: PlanGeometry) -> None:
        p.fillRect(QRectF(QPointF(0, 0), geo.size), PALETTE.floor)
        p.setPen(QPen(PALETTE.grid, 0))
        p.drawLines(geo.grid)
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
        p.setFont(geo.fonts.room)
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
        p.drawStaticText(QPointF(x, rect.top() + PAD), glyph.name)

    def seat(
        self, p: QPainter, geo: PlanGeometry, glyph: SeatGlyph, rect: QRectF, zoom: float
    ) -> None:
        seat = glyph.seat
        card = card_of(rect)
        if seat.staff_id is None:
            p.setPen(QPen(PALETTE.free_edge, 1.2, Qt.PenStyle.DashLine))
            p.setBrush(PALETTE.free)
        else:
            p.setPen(QPen(PALETTE.desk_edge, 1.2))
            p.setBrush(PALETTE.desk)
        p.drawRoundedRect(card, 4, 4)
        if NAME_PX * zoom < 5:
            return  # too small to read: the cards alone show the layout
        detail = zoom >= CLOSE_ZOOM
        pixmap = None
        if detail and seat.staff_id is not None and self.photos is not None:
            side = min(card.height() - 2 * PAD + 2, card.width() * 0.4)
            pixmap = self._photo(seat.staff_id, side * zoom * self.pixel_ratio)
        layout = geo.layout(glyph, detail, pixmap is not None)
        corner = card.topLeft()
        if pixmap is not None and layout.photo is not None:
            p.drawPixmap(layout.photo.translated(corner), pixmap, QRectF(pixmap.rect()))
        for font, colour, offset, text, min_zoom in layout.lines:
            if zoom >= min_zoom:
                p.setFont(font)
                p.setPen(colour)
                p.drawStaticText(corner + offset, text)

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


def paint_scene(p: QPainter, painter: PlanPainter, geo: PlanGeometry, scene: Scene) -> None:
    """The plan, then the highlight, the selection and the dragged item over it."""
    z, visible = scene.zoom, scene.visible
    painter.background(p, geo)
    for room in geo.rooms:
        item = ("room", room.room.id)
        if item == scene.moving:
            painter.outline(p, room.rect, PALETTE.free_edge, 1, dashed=True)
            continue
        rect = scene.moved.get(item, room.rect)
        if rect.intersects(visible):
            painter.room(p, geo, room, rect, z)
    for glyph in geo.seats:
        item = ("seat", glyph.seat.id)
        if item == scene.moving:
            painter.outline(p, glyph.rect, PALETTE.free_edge, 1, dashed=True)
            continue
        rect = scene.moved.get(item, glyph.rect)
        if rect.intersects(visible):
            painter.seat(p, geo, glyph, rect, z)
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
