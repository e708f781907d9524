"""The still part of a floor plan (floor, grid, rooms and desks where the plan has them),
kept as pixmap tiles per zoom level and blitted while panning."""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, QTimer
from PySide6.QtGui import QPainter, QPixmap

from minwon_desk.ui.directory.floor_plan.layout import PALETTE, Item, PlanGeometry
from minwon_desk.ui.directory.floor_plan.paint import PlanPainter, paint_static

TileKey = tuple[float, float, frozenset[Item], int, int]  # zoom, pixel ratio, hidden, column, row


@dataclass
class _TileJob:
    geo: PlanGeometry
    painter: PlanPainter
    zoom: float
    ratio: float
    hidden: frozenset[Item]
    tiles: list[tuple[int, int]]


class TileCache:
    """The still part of the plan, kept as tiles per zoom level and blitted while panning:
    a pan repaints a few pixmaps instead of every card and text.

    A tile not made yet is painted directly for that repaint (as fast as painting without
    tiles) and made afterwards, one per turn of the event loop, so zooming never waits for
    tiles of a level it is only passing through. Least recently used tiles go first; a new
    plan (a new geometry object) or new pictures start afresh."""

    TILE = 512  # logical pixels
    BUDGET = 96 * 1024 * 1024  # bytes of pixmaps kept

    def __init__(self, owner: QObject) -> None:
        self._tiles: OrderedDict[TileKey, QPixmap] = OrderedDict()
        self._geo: PlanGeometry | None = None
        self._job: _TileJob | None = None
        self._timer = QTimer(owner)  # goes with the widget
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._make_next)

    def clear(self) -> None:
        self._tiles.clear()
        self._job = None
        self._timer.stop()

    def __len__(self) -> int:
        return len(self._tiles)

    def draw(
        self, p: QPainter, origin: QPointF, exposed: QRectF, geo: PlanGeometry,
        painter: PlanPainter, zoom: float, ratio: float, hidden: frozenset[Item],
    ) -> None:
        """Paint the still plan over ``exposed`` (viewport coordinates; the plan's corner
        at ``origin``) on an untransformed painter."""
        if geo is not self._geo:
            self.clear()
            self._geo = geo
        t = self.TILE
        area = exposed.translated(-origin).intersected(QRectF(QPointF(0, 0), geo.size * zoom))
        if area.isEmpty():
            return
        missing: list[tuple[int, int]] = []
        for j in range(math.floor(area.top() / t), math.ceil(area.bottom() / t)):
            for i in range(math.floor(area.left() / t), math.ceil(area.right() / t)):
                key = (round(zoom, 6), ratio, hidden, i, j)
                tile = self._tiles.get(key)
                if tile is None:
                    missing.append((i, j))
                else:
                    self._tiles.move_to_end(key)
                    p.drawPixmap(origin + QPointF(i * t, j * t), tile)
        if not missing:
            return
        region = QRectF()
        for i, j in missing:
            region = region.united(QRectF(i * t, j * t, t, t))
        region = region.intersected(area)
        p.save()
        p.translate(origin)
        p.setClipRect(region)
        p.scale(zoom, zoom)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = 1 / zoom
        visible = QRectF(region.topLeft() * scale, region.size() * scale)
        paint_static(p, painter, geo, visible, zoom, hidden)
        p.restore()
        self._job = _TileJob(geo, painter, zoom, ratio, hidden, missing)
        self._timer.start()

    def _make_next(self) -> None:
        job = self._job
        if job is None or not job.tiles or job.geo is not self._geo:
            return
        i, j = job.tiles.pop(0)
        key = (round(job.zoom, 6), job.ratio, job.hidden, i, j)
        if key not in self._tiles:
            self._tiles[key] = self._render(job, i, j)
            limit = max(16, self.BUDGET // int((self.TILE * job.ratio) ** 2 * 4))
            while len(self._tiles) > limit:
                self._tiles.popitem(last=False)
        if job.tiles:
            self._timer.start()

    def _render(self, job: _TileJob, i: int, j: int) -> QPixmap:
        t, zoom, geo = self.TILE, job.zoom, job.geo
        side = math.ceil(t * job.ratio)
        tile = QPixmap(side, side)
        tile.setDevicePixelRatio(job.ratio)
        tile.fill(PALETTE.outside)  # opaque: blitted without blending
        p = QPainter(tile)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.translate(-i * t, -j * t)
            p.scale(zoom, zoom)
            visible = QRectF(i * t / zoom, j * t / zoom, t / zoom, t / zoom).intersected(
                QRectF(QPointF(0, 0), geo.size)
            )
            p.setClipRect(visible)
            paint_static(p, job.painter, geo, visible, zoom, job.hidden)
        finally:
            p.end()
        return tile
