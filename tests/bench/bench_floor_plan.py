"""Repainting a 300-desk floor plan while panning and zooming, offscreen.

Each repaint is timed on its own (``viewport().repaint()`` paints synchronously); the
median and the 95th percentile are reported beside the same widget, at the same size and
zoom, showing a plan of the same grid with nothing on it (grid and border only), and a bare
QWidget that only fills its background. A QGraphicsView of the same desks is timed too, for
reference: it is why the widget paints the plan itself.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from functools import partial

from common import Row
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from minwon_desk.services.dto import FloorPlan, RoomView, SeatView
from minwon_desk.ui.directory.floor_plan.widget import FloorPlanWidget
from minwon_desk.ui.fonts import use_korean_font

SIZE = (1280, 800)
TARGET_MS = 16.0
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = ("민준", "서연", "지우", "하은", "도윤", "예린", "시우", "수아", "주원", "채원")
POSITIONS = ("주무관", "주무관", "사무관", "서기관")


def big_plan(desks: int = 300, *, empty: bool = False) -> FloorPlan:
    """Islands of ten desks, 30 islands in 6 bands of 5, rooms along the top; nine in ten
    desks taken. ``empty``: the same grid with nothing on it."""
    cols, rows = 5 * 12 + 2, 5 + 6 * 3 + 1
    seats: list[SeatView] = []
    for n in range(desks):
        island, i = divmod(n, 10)
        x = 1 + 12 * (island % 5) + 2 * (i % 5)
        y = 5 + 3 * (island // 5) + i // 5
        taken = n % 10 != 7
        seats.append(SeatView(
            n + 1, f"{chr(65 + island % 26)}{island // 26 or ''}-{i + 1:02d}", x, y, 2, 1,
            n + 1 if taken else None,
            SURNAMES[n % len(SURNAMES)] + GIVEN[n % len(GIVEN)] if taken else "",
            POSITIONS[n % len(POSITIONS)] if taken else "", f"{1000 + n}" if taken else "",
        ))
    rooms = (
        RoomView(1, "실장실", "room", 0, 0, 6, 4),
        RoomView(2, "문서 보관함", "wall", 8, 0, 20, 1),
        RoomView(3, "대회의실", "room", cols - 10, 0, 10, 4),
        RoomView(4, "출입구", "entrance", cols // 2 - 2, rows - 1, 4, 1),
    )
    if empty:
        return FloorPlan(2, "빈 배치도", "본관", "9층", "", cols, rows, (), ())
    return FloorPlan(1, "대형 사무실", "본관", "9층", "", cols, rows, rooms, tuple(seats))


def _avatar(staff_id: int) -> QPixmap:
    pixmap = QPixmap(96, 96)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor.fromHsv(staff_id * 37 % 360, 120, 200))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, 96, 96)
    painter.end()
    return pixmap


class _Bare(QWidget):
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(QRectF(event.rect()), QColor("#eef1f5"))
        painter.end()


def _times(widget: QWidget, steps: list[Callable[[], None]]) -> list[float]:
    """Each step's repaint on its own; the event loop runs between steps (not timed), as it
    does between two mouse moves."""
    samples = []
    for step in steps:
        step()
        start = time.perf_counter()
        widget.repaint()
        samples.append((time.perf_counter() - start) * 1000)
        QApplication.processEvents()
    return samples


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def _pans(view: FloorPlanWidget, count: int) -> list[Callable[[], None]]:
    """Back and forth across the plan in uneven steps, as a hand drags."""
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()

    def step(i: int) -> Callable[[], None]:
        def pan() -> None:
            h.setValue((h.value() + 37 + i % 11) % max(1, h.maximum()))
            v.setValue((v.value() + 23 + i % 7) % max(1, v.maximum()))
        return pan

    return [step(i) for i in range(count)]


def _zooms(view: FloorPlanWidget, count: int) -> list[Callable[[], None]]:
    """The +/- steps (25 % apart, 50 … 240 %), up and down again: levels come back."""
    levels = [0.5 * 1.25**k for k in range(8)]
    cycle = levels + levels[-2:0:-1]
    targets = [cycle[i % len(cycle)] for i in range(count)]
    return [partial(view.set_zoom, z) for z in targets]


def _new_zooms(view: FloorPlanWidget, count: int) -> list[Callable[[], None]]:
    """A smooth zoom (trackpad): every repaint at a zoom never drawn before."""
    targets = [0.5 + 1.9 * i / count for i in range(count)]
    return [partial(view.set_zoom, z) for z in targets]


def _measure(plan: FloorPlan, zoom: float, steps: int, kind: str,
             photos: bool = False) -> list[float]:
    view = FloorPlanWidget(photo_provider=_avatar if photos else None)
    view.resize(*SIZE)
    view.show()
    QApplication.processEvents()
    view.set_plan(plan)
    view.set_zoom(zoom)
    view.viewport().repaint()  # first paint: layouts and pictures are prepared here
    make = {"pan": _pans, "zoom": _zooms, "new zoom": _new_zooms}[kind]
    samples = _times(view.viewport(), make(view, steps))
    view.close()
    view.deleteLater()
    return samples


def _graphics_view(plan: FloorPlan, zoom: float, steps: int) -> list[float]:
    """The road not taken: the same desks as QGraphicsView items (a card and two lines of
    text each, fewer details than the widget draws), panned the same way."""
    scene = QGraphicsScene()
    name_font, sub_font = QFont(), QFont()
    name_font.setPixelSize(13)
    name_font.setBold(True)
    sub_font.setPixelSize(10)
    for seat in plan.seats:
        card = QGraphicsRectItem(seat.x * 40 + 2, seat.y * 40 + 2, seat.w * 40 - 4, seat.h * 40 - 4)
        card.setBrush(QColor("#f7fbff"))
        card.setPen(QPen(QColor("#5a7fa8")))
        scene.addItem(card)
        for text, font, dy in ((seat.staff_name or seat.label, name_font, 2),
                               (f"{seat.position} · {seat.extension}", sub_font, 20)):
            item = QGraphicsSimpleTextItem(text, card)
            item.setFont(font)
            item.setPos(seat.x * 40 + 6, seat.y * 40 + dy)
    view = QGraphicsView(scene)
    view.resize(*SIZE)
    view.scale(zoom, zoom)
    view.show()
    QApplication.processEvents()
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()

    def step(i: int) -> Callable[[], None]:
        def pan() -> None:
            h.setValue((h.value() + 37 + i % 11) % max(1, h.maximum()))
            v.setValue((v.value() + 23 + i % 7) % max(1, v.maximum()))
        return pan

    samples = _times(view.viewport(), [step(i) for i in range(steps)])
    view.close()
    return samples


def bench_floor_plan(steps: int) -> list[Row]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    use_korean_font(app)
    plan, empty = big_plan(), big_plan(empty=True)
    bare = _Bare()
    bare.resize(*SIZE)
    bare.show()
    app.processEvents()
    bare_ms = _times(bare, [lambda: None] * steps)
    bare.close()

    rows: list[Row] = []
    cases = (
        ("pan at 100 %", 1.0, "pan", False),
        ("pan at 200 % with pictures", 2.0, "pan", True),
        ("zoom steps 50–240 %", 1.0, "zoom", False),
        ("smooth zoom, nothing cached", 1.0, "new zoom", False),
        ("whole plan in view (50 %)", 0.5, "pan", False),
    )
    for name, zoom, kind, photos in cases:
        figure = _measure(plan, zoom, steps, kind, photos)
        floor = _measure(empty, zoom, steps, kind)
        label = f"floor plan, 300 desks, {name}"
        floor_name = "the same widget and zoom showing the same grid with nothing on it"
        med, p95 = statistics.median(figure), _p95(figure)
        rows.append(Row(f"{label}: median", med, floor_name, statistics.median(floor),
                        "ms", f"≤ {TARGET_MS:.0f} ms", med <= TARGET_MS))
        rows.append(Row(f"{label}: p95", p95, floor_name, _p95(floor),
                        "ms", f"≤ {TARGET_MS:.0f} ms", p95 <= TARGET_MS))
    for zoom in (1.0, 0.5):
        gv = _graphics_view(plan, zoom, steps)
        rows.append(Row(f"QGraphicsView, same desks, pan at {zoom:.0%}: median / p95",
                        statistics.median(gv), f"(for reference; p95 {_p95(gv):.3f} ms)", None,
                        "ms", "—", None))
    rows.append(Row("bare QWidget fill, 1280×800: median", statistics.median(bare_ms),
                    "(for reference: the cost of any repaint of this size)", None, "ms", "—",
                    None))
    return rows
