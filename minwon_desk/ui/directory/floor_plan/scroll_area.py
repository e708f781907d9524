"""The scroll area a floor plan is shown in: the plan at a zoom (the point under the mouse or
the centre kept where it is), scrolled by the bars, mapped between plan units and viewport
pixels by the ``camera``. What is on the plan (highlight, selection, edits) and how it is
painted belong to the widget (``widget``)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from minwon_desk.ui.directory.floor_plan._input import ZOOM_STEP
from minwon_desk.ui.directory.floor_plan.camera import Camera
from minwon_desk.ui.directory.floor_plan.layout import PlanGeometry


class PlanScrollArea(QAbstractScrollArea):
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._geo: PlanGeometry | None = None
        self._camera = Camera(self)
        self._follow = False  # keep the highlighted desk centred until the user moves the view
        self._auto_zoom = True  # a new plan fits the widget until the user zooms

    @property
    def zoom(self) -> float:
        return self._camera.zoom

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the plan point under ``anchor`` (viewport position; centre by
        default) where it is."""
        at = anchor if anchor is not None else QPointF(self.viewport().rect().center())
        if not self._camera.zoom_at(zoom, at):
            return
        self._auto_zoom = self._follow = False
        self.viewport().update()
        self.zoom_changed.emit(self._camera.zoom)

    def _fit_new_plan(self) -> None:
        """A new office: as large as fits (not above 100 %), from the top left."""
        self._camera.fit_from_top_left()
        self.zoom_changed.emit(self._camera.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def fit(self) -> None:
        """The whole plan in view."""
        self.set_zoom(self._camera.fit_zoom())
        if self._geo is not None:
            self.centre_on(QRectF(QPointF(0, 0), self._geo.size))

    def centre_on(self, plan_rect: QRectF) -> None:
        self._camera.centre_on(plan_rect)
        self.viewport().update()

    def scroll_to(self, x: float, y: float) -> None:
        """Set the scroll bars (the user moved the view)."""
        self._camera.scroll_to(x, y)
        self.stop_following()

    def to_plan(self, point: QPointF) -> QPointF:
        return self._camera.to_plan(point)

    def to_view(self, plan_rect: QRectF) -> QRect:
        return self._camera.to_view(plan_rect)

    def cell_centre(self, x: float, y: float) -> QPoint:
        """Viewport position of the centre of cell (x, y)."""
        return self._camera.cell_centre(x, y).toPoint()

    def stop_following(self) -> None:
        """The user moved the view: the highlighted desk is no longer kept centred."""
        self._follow = False

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
