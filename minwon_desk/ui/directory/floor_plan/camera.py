"""Where the floor plan is on screen: its zoom and scroll, and the mapping between plan
units and viewport pixels. The plan is centred when it is smaller than the viewport."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF
from PySide6.QtWidgets import QAbstractScrollArea

from minwon_desk.ui.directory.floor_plan.layout import CELL, NAME_PX

MARGIN = 24  # screen pixels around the plan
MIN_ZOOM, MAX_ZOOM = 0.3, 3.0
# A new plan opens no smaller than this: names at least 11 px tall (the rest scrolls into view).
READABLE_ZOOM = 11 / NAME_PX


class Camera:
    def __init__(self, area: QAbstractScrollArea) -> None:
        self._area = area
        self.zoom = 1.0
        self.plan_size: QSizeF | None = None  # plan units; None without a plan

    def origin(self) -> QPointF:
        """Viewport position of the plan's top-left corner, in whole pixels (so the tiles
        and what is drawn over them line up exactly)."""
        cw, ch = self.content_size()
        area = self._area
        vw, vh = area.viewport().width(), area.viewport().height()
        return QPointF(
            MARGIN - area.horizontalScrollBar().value() + max(0, (vw - cw) // 2),
            MARGIN - area.verticalScrollBar().value() + max(0, (vh - ch) // 2),
        )

    def to_plan(self, point: QPointF) -> QPointF:
        return (point - self.origin()) / self.zoom

    def to_view(self, plan_rect: QRectF) -> QRect:
        o, z = self.origin(), self.zoom
        return QRectF(o + plan_rect.topLeft() * z, plan_rect.size() * z).toAlignedRect()

    def content_size(self) -> tuple[float, float]:
        if self.plan_size is None:
            return 0.0, 0.0
        size = self.plan_size * self.zoom
        return size.width() + 2 * MARGIN, size.height() + 2 * MARGIN

    def fit_zoom(self) -> float:
        """The zoom that shows the whole plan."""
        if self.plan_size is None:
            return 1.0
        viewport = self._area.viewport()
        vw, vh = viewport.width() - 2 * MARGIN, viewport.height() - 2 * MARGIN
        size = self.plan_size
        return max(MIN_ZOOM, min(MAX_ZOOM, vw / size.width(), vh / size.height()))

    def update_scrollbars(self) -> None:
        cw, ch = self.content_size()
        area = self._area
        vw, vh = area.viewport().width(), area.viewport().height()
        step = max(1, int(CELL * self.zoom))
        for bar, content, view in ((area.horizontalScrollBar(), cw, vw),
                                   (area.verticalScrollBar(), ch, vh)):
            bar.setRange(0, max(0, int(content - view)))
            bar.setPageStep(view)
            bar.setSingleStep(step)

    def scroll_so(self, plan_point: QPointF, at: QPointF) -> None:
        """Scroll so that ``plan_point`` is drawn at viewport position ``at``."""
        target = plan_point * self.zoom + QPointF(MARGIN, MARGIN) - at
        self.scroll_to(target.x(), target.y())

    def scroll_to(self, x: float, y: float) -> None:
        self._area.horizontalScrollBar().setValue(round(x))
        self._area.verticalScrollBar().setValue(round(y))

    def centre_on(self, plan_rect: QRectF) -> None:
        self.scroll_so(plan_rect.center(), QPointF(self._area.viewport().rect().center()))

    def cell_centre(self, x: float, y: float) -> QPointF:
        """Viewport position of the centre of cell (x, y)."""
        return self.origin() + QPointF((x + 0.5) * CELL, (y + 0.5) * CELL) * self.zoom

    def zoom_at(self, zoom: float, at: QPointF) -> bool:
        """Zoom (within the limits) keeping the plan point drawn at viewport position ``at``
        where it is; False when the zoom stays as it was."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if abs(zoom - self.zoom) < 1e-6:
            return False
        plan_point = self.to_plan(at)
        self.zoom = zoom
        self.update_scrollbars()
        self.scroll_so(plan_point, at)
        return True

    def fit_from_top_left(self) -> None:
        """A new plan: as large as fits (not above 100 %) while names stay readable, from the
        top left."""
        self.zoom = max(READABLE_ZOOM, min(1.0, self.fit_zoom()))
        self.update_scrollbars()
        self.scroll_to(0, 0)
