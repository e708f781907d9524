"""Mouse and keyboard on the floor plan: pan, zoom, select, and in edit mode drag desks
and rooms (snapping to the grid) or move them a cell at a time with Ctrl+arrows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, Qt, SignalInstance
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollBar, QToolTip, QWidget

from minwon_desk.services.directory.floor_rules import Box
from minwon_desk.services.dto import FloorPlan
from minwon_desk.ui.directory.floor_plan.layout import CELL, Item, seat_rect

HANDLE = 10  # screen pixels around a room's bottom-right corner that resize it
ZOOM_STEP = 1.25
_ARROWS = {
    Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1),
}


class PlanView(Protocol):
    """What the pointer and key handling needs of the floor-plan widget."""

    @property
    def seat_activated(self) -> SignalInstance: ...
    @property
    def edit_mode(self) -> bool: ...
    @property
    def zoom(self) -> float: ...
    @property
    def selected_seat_id(self) -> int | None: ...

    def viewport(self) -> QWidget: ...
    def horizontalScrollBar(self) -> QScrollBar: ...
    def verticalScrollBar(self) -> QScrollBar: ...
    def installEventFilter(self, watcher: QObject) -> None: ...
    def current_plan(self) -> FloorPlan | None: ...
    def item_at(self, point: QPointF) -> Item | None: ...
    def item_box(self, item: Item) -> Box | None: ...
    def describe_item(self, item: Item) -> str: ...
    def selected_item(self) -> Item | None: ...
    def select_item(self, item: Item | None) -> None: ...
    def propose(self, item: Item, box: Box) -> None: ...
    def to_plan(self, point: QPointF) -> QPointF: ...
    def to_view(self, plan_rect: QRectF) -> QRect: ...
    def scroll_to(self, x: float, y: float) -> None: ...
    def stop_following(self) -> None: ...
    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None: ...
    def zoom_in(self) -> None: ...
    def zoom_out(self) -> None: ...
    def fit(self) -> None: ...
    def step_seat(self, step: int) -> None: ...


@dataclass
class Drag:
    kind: str  # "pan" | "move" | "resize"
    press: QPointF  # viewport position of the press
    item: Item | None = None
    scroll: QPoint | None = None  # scroll bar values at the press (pan)
    grab: QPointF | None = None  # press point relative to the item's corner, plan units
    origin: Box | None = None
    box: Box | None = None
    started: bool = False


class PlanInput(QObject):
    """The floor-plan widget's pointer and key handling (an event filter on the widget and
    its viewport), and the drag in progress. ``owner`` is the widget itself, as a QObject."""

    def __init__(self, view: PlanView, owner: QObject) -> None:
        super().__init__(owner)
        self._view = view
        self._owner = owner  # the view itself, as the object its events come from
        self.drag: Drag | None = None
        self.space = False  # space held: a left drag pans whatever is under the pointer
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only the event types handled here are looked at: others (a widget being torn
        # down among them) pass untouched.
        kind = event.type()
        if kind in _KEYS:
            if watched is not self._owner or not isinstance(event, QKeyEvent):
                return False
            if kind == QEvent.Type.KeyPress:
                handled = self.key_press(event)
                if handled:
                    event.accept()
                return handled
            return self.key_release(event)
        if kind not in _POINTER or watched is not self._viewport:
            return False
        if isinstance(event, QMouseEvent):
            return _MOUSE[kind](self, event) if kind in _MOUSE else False
        if isinstance(event, QWheelEvent):
            if self.wheel(event):
                return True
            self._view.stop_following()  # a plain wheel scrolls, as in any list
            return False
        if isinstance(event, QHelpEvent):
            self.tooltip(event)
            return True
        return False

    def tooltip(self, event: QHelpEvent) -> None:
        view = self._view
        hit = view.item_at(QPointF(event.pos()))
        if hit is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPos(), view.describe_item(hit), self._viewport)

    def moving(self) -> Item | None:
        """The desk or room being dragged now (past the drag distance)."""
        drag = self.drag
        return drag.item if drag is not None and drag.started and drag.kind != "pan" else None

    def cancel(self) -> None:
        self.drag = None
        self._view.viewport().update()

    # --- mouse --------------------------------------------------------------------------

    def press(self, event: QMouseEvent) -> bool:
        view, pos, button = self._view, event.position(), event.button()
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self.space
        ):
            self._start_pan(pos)
            return True
        if button != Qt.MouseButton.LeftButton:
            return False
        hit = view.item_at(pos)
        view.select_item(hit)
        box = view.item_box(hit) if hit is not None else None
        if not view.edit_mode or hit is None or box is None:
            self._start_pan(pos)
            return True
        corner = QPointF(view.to_view(seat_rect(box.x, box.y, box.w, box.h)).bottomRight())
        resize = hit[0] == "room" and (corner - pos).manhattanLength() <= 2 * HANDLE
        grab = view.to_plan(pos) - QPointF(box.x * CELL, box.y * CELL)
        self.drag = Drag("resize" if resize else "move", pos, hit, grab=grab, origin=box, box=box)
        return True

    def _start_pan(self, pos: QPointF) -> None:
        view = self._view
        bars = QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
        self.drag = Drag("pan", pos, scroll=bars)

    def move(self, event: QMouseEvent) -> bool:
        view, pos, drag = self._view, event.position(), self.drag
        if drag is None:
            self.hover(pos)
            return True
        if not drag.started:
            if (pos - drag.press).manhattanLength() < QApplication.startDragDistance():
                return True
            drag.started = True
            cursor = (Qt.CursorShape.SizeFDiagCursor if drag.kind == "resize"
                      else Qt.CursorShape.ClosedHandCursor)
            view.viewport().setCursor(cursor)
        if drag.kind == "pan" and drag.scroll is not None:
            moved = pos - drag.press
            view.scroll_to(drag.scroll.x() - moved.x(), drag.scroll.y() - moved.y())
            return True
        drag.box = self._dragged_box(drag, view.to_plan(pos))
        view.viewport().update()
        return True

    def release(self, event: QMouseEvent) -> bool:
        drag, self.drag = self.drag, None
        self.hover(event.position())
        if drag is None or drag.kind == "pan" or not drag.started or drag.item is None:
            self._view.viewport().update()
            return True
        self._view.propose(drag.item, self._dragged_box(drag, self._view.to_plan(event.position())))
        return True

    def double_click(self, event: QMouseEvent) -> bool:
        hit = self._view.item_at(event.position())
        if hit is not None and hit[0] == "seat":
            self._view.seat_activated.emit(hit[1])
        return True

    def _dragged_box(self, drag: Drag, at: QPointF) -> Box:
        """Where the dragged item lands: whole cells, inside the grid."""
        origin = drag.origin or Box(0, 0, 1, 1)
        plan = self._view.current_plan()
        cols, rows = (plan.cols, plan.rows) if plan else (1, 1)
        if drag.kind == "resize":
            w = max(1, min(cols - origin.x, round(at.x() / CELL - origin.x)))
            h = max(1, min(rows - origin.y, round(at.y() / CELL - origin.y)))
            return Box(origin.x, origin.y, w, h)
        corner = at - (drag.grab or QPointF())
        x = max(0, min(cols - origin.w, round(corner.x() / CELL)))
        y = max(0, min(rows - origin.h, round(corner.y() / CELL)))
        return Box(x, y, origin.w, origin.h)

    def hover(self, pos: QPointF) -> None:
        view = self._view
        if self.space or (view.edit_mode and view.item_at(pos) is not None):
            view.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            view.viewport().unsetCursor()

    def wheel(self, event: QWheelEvent) -> bool:
        """Ctrl+wheel zooms about the pointer; a plain wheel is left to the scroll bars."""
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        steps = event.angleDelta().y() / 120
        if steps:
            self._view.set_zoom(self._view.zoom * ZOOM_STEP**steps, event.position())
        event.accept()
        return True

    # --- keyboard -----------------------------------------------------------------------

    def key_press(self, event: QKeyEvent) -> bool:
        view, key, mods = self._view, event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self.space = True
                view.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif key in _ARROWS and ctrl and view.edit_mode and view.selected_item() is not None:
            dx, dy = _ARROWS[Qt.Key(key)]
            self._nudge(dx, dy, resize=bool(mods & Qt.KeyboardModifier.ShiftModifier))
        elif key in _ARROWS:
            dx, dy = _ARROWS[Qt.Key(key)]
            step = max(1, round(CELL * view.zoom))
            bars = view.horizontalScrollBar(), view.verticalScrollBar()
            view.scroll_to(bars[0].value() + dx * step, bars[1].value() + dy * step)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            view.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            view.zoom_out()
        elif key == Qt.Key.Key_0:
            view.fit()
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            view.step_seat(1 if key == Qt.Key.Key_PageDown else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and view.selected_seat_id is not None:
            view.seat_activated.emit(view.selected_seat_id)
        elif key == Qt.Key.Key_Escape and self.drag is not None:
            self.cancel()
        elif key == Qt.Key.Key_Escape and view.selected_item() is not None:
            view.select_item(None)
        else:
            return False
        return True

    def key_release(self, event: QKeyEvent) -> bool:
        if event.key() != Qt.Key.Key_Space or event.isAutoRepeat():
            return False
        self.space = False
        self._view.viewport().unsetCursor()
        return True

    def _nudge(self, dx: int, dy: int, *, resize: bool) -> None:
        """Ctrl+arrow moves the selected desk or room one cell; Ctrl+Shift+arrow resizes a
        room."""
        view = self._view
        item = view.selected_item()
        box = view.item_box(item) if item is not None else None
        if item is None or box is None:
            return
        if resize and item[0] == "room":
            moved = Box(box.x, box.y, max(1, box.w + dx), max(1, box.h + dy))
        else:
            moved = Box(box.x + dx, box.y + dy, box.w, box.h)
        view.propose(item, moved)


_KEYS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease})
_MOUSE: dict[QEvent.Type, Callable[[PlanInput, QMouseEvent], bool]] = {
    QEvent.Type.MouseButtonPress: PlanInput.press,
    QEvent.Type.MouseMove: PlanInput.move,
    QEvent.Type.MouseButtonRelease: PlanInput.release,
    QEvent.Type.MouseButtonDblClick: PlanInput.double_click,
}
_POINTER = frozenset(_MOUSE) | {QEvent.Type.Wheel, QEvent.Type.ToolTip}
