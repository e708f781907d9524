"""The floor-plan widget: an office's rooms and desks on its grid, who sits where.

A plain scroll area whose viewport paints the plan itself: text shaped and cards drawn once
per plan and zoom (``layout``), the still plan kept as tiles that a pan only blits
(``paint``, ``tiles``), zoom and scroll kept by the ``camera``. Measured beside a
QGraphicsView of the same desks (see ``tests/bench/bench_floor_plan.py``): as fast at
100 %, faster with the whole plan in view, and the level of detail, the tiles and the drop
preview stay in our hands. It shows a plan, highlights a person's desk and brings it into
view, zooms and pans by mouse and keyboard (``_input``), and in edit mode lets desks and
rooms be dragged (snapping to the grid). A drop is only *proposed*: the widget emits
``seat_moved`` / ``room_moved``, draws the item at its new place meanwhile, and the owner
either stores it (a new plan arrives through :meth:`set_plan`) or calls
:meth:`revert_moves` to put it back."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from minwon_desk.services.directory.floor_rules import Box
from minwon_desk.services.dto import FloorPlan, SeatView
from minwon_desk.ui.directory.floor_plan._input import PlanInput
from minwon_desk.ui.directory.floor_plan.layout import (
    CELL,
    PALETTE,
    Fonts,
    Item,
    PlanGeometry,
    seat_rect,
)
from minwon_desk.ui.directory.floor_plan.paint import (
    AwayProvider,
    PhotoProvider,
    PlanPainter,
    Scene,
    paint_overlay,
)
from minwon_desk.ui.directory.floor_plan.scroll_area import PlanScrollArea
from minwon_desk.ui.directory.floor_plan.tiles import TileCache
from minwon_desk.ui.i18n import translate


class FloorPlanWidget(PlanScrollArea):
    seat_moved = Signal(int, int, int)  # seat id, new x, new y (cells)
    room_moved = Signal(int, int, int, int, int)  # room id, x, y, w, h (cells)
    selection_changed = Signal()
    seat_activated = Signal(int)  # Enter or double click on a desk
    edit_mode_changed = Signal(bool)

    def __init__(
        self, parent: QWidget | None = None, *, photo_provider: PhotoProvider | None = None,
        away_provider: AwayProvider | None = None,
    ) -> None:
        super().__init__(parent)
        self._fonts = Fonts(self.font())
        self._painter = PlanPainter(photo_provider, away_provider)
        self._tiles = TileCache(self)
        self._edit = False
        self._highlight_staff: int | None = None
        self._selected: Item | None = None
        self._pending: dict[Item, Box] = {}
        self._input = PlanInput(self, self)
        self._placeholder = translate("FloorPlanWidget", "사무실을 고르면 배치도가 나타납니다.")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.viewport().setAutoFillBackground(False)
        self.viewport().setMouseTracking(True)
        self.setAccessibleName(translate("FloorPlanWidget", "좌석 배치도"))
        self._describe()

    # --- the plan -----------------------------------------------------------------------

    def current_plan(self) -> FloorPlan | None:
        return self._geo.plan if self._geo is not None else None

    def set_plan(self, plan: FloorPlan | None) -> None:
        """Show ``plan`` (None: the placeholder). Zoom and scroll are kept while the office
        is the same one; selection and highlight follow the desks and people."""
        old = self.current_plan()
        if plan is not None and plan == old and not self._pending:
            return
        same_office = old is not None and plan is not None and old.office_id == plan.office_id
        self._geo = PlanGeometry(plan, self._fonts) if plan is not None else None
        self._camera.plan_size = self._geo.size if self._geo is not None else None
        self._pending.clear()
        moving = self._input.moving()
        if moving is not None and not self._exists(moving):
            self._input.cancel()
        if self._selected is not None and not self._exists(self._selected):
            self._selected = None
            self.selection_changed.emit()
        if not same_office and plan is not None:
            self._auto_zoom = True
            self._fit_new_plan()
        self._camera.update_scrollbars()
        seat = self.highlighted_seat()
        if seat is not None and (self._follow or not same_office):
            self.centre_on(seat_rect(seat.x, seat.y, seat.w, seat.h))
            self._follow = True
        self._describe()
        self.viewport().update()

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self._describe()
        self.viewport().update()

    def refresh_presence(self) -> None:
        """Who is away changed (or time passed): grey the empty chairs again."""
        self._tiles.clear()
        self.viewport().update()

    def refresh_photos(self) -> None:
        """Pictures changed: fetch them again when next drawn."""
        self._painter.clear_photos()
        self._tiles.clear()
        self.viewport().update()

    # --- highlight and selection --------------------------------------------------------

    def highlight_staff(self, staff_id: int | None) -> int | None:
        """Draw this person's desk highlighted and centre it; returns the desk id (None when
        they have no desk on this plan)."""
        self._highlight_staff = staff_id
        seat = self.highlighted_seat()
        if seat is not None:
            self.centre_on(seat_rect(seat.x, seat.y, seat.w, seat.h))
        self._follow = seat is not None
        self._describe()
        self.viewport().update()
        return seat.id if seat is not None else None

    def highlighted_seat(self) -> SeatView | None:
        if self._geo is None or self._highlight_staff is None:
            return None
        return next((g.seat for g in self._geo.seats if g.seat.staff_id == self._highlight_staff), None)

    @property
    def highlighted_seat_id(self) -> int | None:
        seat = self.highlighted_seat()
        return seat.id if seat is not None else None

    @property
    def selected_seat_id(self) -> int | None:
        return self._selected[1] if self._selected and self._selected[0] == "seat" else None

    @property
    def selected_room_id(self) -> int | None:
        return self._selected[1] if self._selected and self._selected[0] == "room" else None

    def selected_seat(self) -> SeatView | None:
        sid = self.selected_seat_id
        if sid is None or self._geo is None or sid not in self._geo.seat_by_id:
            return None
        return self._geo.seat_by_id[sid].seat

    def select_seat(self, seat_id: int | None) -> None:
        self._select(("seat", seat_id) if seat_id is not None else None)

    def select_room(self, room_id: int | None) -> None:
        self._select(("room", room_id) if room_id is not None else None)

    def selected_item(self) -> Item | None:
        return self._selected

    def select_item(self, item: Item | None) -> None:
        self._select(item)

    def step_seat(self, step: int) -> None:
        """Select the next (or previous) desk by label and bring it into view."""
        if self._geo is None or not self._geo.seats:
            return
        seats = self._geo.seats  # in label order (the service sorts them)
        ids = [g.seat.id for g in seats]
        current = self.selected_seat_id
        index = ids.index(current) + step if current in ids else (0 if step > 0 else -1)
        glyph = seats[index % len(seats)]
        self.select_seat(glyph.seat.id)
        self.centre_on(glyph.rect)

    def _select(self, item: Item | None) -> None:
        if item is not None and not self._exists(item):
            item = None
        if item == self._selected:
            return
        self._selected = item
        self._describe()
        self.viewport().update()
        self.selection_changed.emit()

    # --- edit mode and proposed moves ---------------------------------------------------

    @property
    def edit_mode(self) -> bool:
        return self._edit

    @edit_mode.setter
    def edit_mode(self, on: bool) -> None:
        self.set_edit_mode(on)

    def set_edit_mode(self, on: bool) -> None:
        if on == self._edit:
            return
        self._edit = on
        if not on and self._input.moving() is not None:
            self._input.cancel()
        self.viewport().unsetCursor()
        self._describe()
        self.viewport().update()
        self.edit_mode_changed.emit(on)

    def revert_moves(self) -> None:
        """The proposed moves were refused: draw everything at its stored place again."""
        self._pending.clear()
        self.viewport().update()

    # --- geometry on screen (zoom and scroll: PlanScrollArea) ---------------------------

    def seat_rect(self, seat_id: int) -> QRect:
        """Where a desk is drawn now, in viewport coordinates (empty when not on the plan)."""
        box = self.item_box(("seat", seat_id))
        return self.to_view(seat_rect(box.x, box.y, box.w, box.h)) if box else QRect()

    def room_rect(self, room_id: int) -> QRect:
        box = self.item_box(("room", room_id))
        return self.to_view(seat_rect(box.x, box.y, box.w, box.h)) if box else QRect()

    # --- items --------------------------------------------------------------------------

    def _exists(self, item: Item) -> bool:
        return self._geo is not None and self._geo.exists(item)

    def _stored_box(self, item: Item) -> Box | None:
        return self._geo.stored_box(item) if self._geo is not None else None

    def item_box(self, item: Item) -> Box | None:
        """Where an item is drawn: being dragged, proposed, or stored."""
        drag = self._input.drag
        if drag is not None and drag.item == item and drag.started and drag.box is not None:
            return drag.box
        return self._pending.get(item) or self._stored_box(item)

    def item_at(self, point: QPointF) -> Item | None:
        """The desk or room under a viewport position (desks above rooms)."""
        if self._geo is None:
            return None
        p = self.to_plan(point)
        return self._geo.item_at(Box(int(p.x() // CELL), int(p.y() // CELL), 1, 1), self.item_box)

    def propose(self, item: Item, box: Box) -> None:
        """Draw ``item`` at ``box`` and ask the owner to store it there."""
        if box == self._stored_box(item):
            self._pending.pop(item, None)
            self.viewport().update()
            return
        self._pending[item] = box
        self.viewport().update()
        if item[0] == "seat":
            self.seat_moved.emit(item[1], box.x, box.y)
        else:
            self.room_moved.emit(item[1], box.x, box.y, box.w, box.h)

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        try:
            p.fillRect(event.rect(), PALETTE.outside)
            if self._geo is None:
                p.setPen(PALETTE.muted)
                p.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self._placeholder)
                return
            self._paint_plan(p, self._geo, QRectF(event.rect()))
        finally:
            p.end()

    def _paint_plan(self, p: QPainter, geo: PlanGeometry, exposed: QRectF) -> None:
        z, origin = self.zoom, self._camera.origin()
        ratio = self.devicePixelRatioF()
        self._painter.pixel_ratio = ratio
        moving = self._input.moving()
        drag = self._input.drag
        moving_box = drag.box if moving is not None and drag is not None else None
        hidden = frozenset(self._pending) | ({moving} if moving is not None else set())
        self._tiles.draw(p, origin, exposed, geo, self._painter, z, ratio, hidden)

        def rect_of(box: Box | None) -> QRectF | None:
            return seat_rect(box.x, box.y, box.w, box.h) if box is not None else None

        highlighted = self.highlighted_seat()
        scene = Scene(
            zoom=z,
            visible=QRectF(self.to_plan(exposed.topLeft()), exposed.size() / z),
            moved={item: seat_rect(b.x, b.y, b.w, b.h) for item, b in self._pending.items()},
            moving=moving,
            moving_rect=rect_of(moving_box),
            moving_ok=moving is not None and moving_box is not None and geo.fits(moving, moving_box),
            highlight=rect_of(self.item_box(("seat", highlighted.id))) if highlighted else None,
            selected=rect_of(self.item_box(self._selected)) if self._selected else None,
            focus=self.hasFocus(),
        )
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.translate(origin)
        p.scale(z, z)
        paint_overlay(p, self._painter, geo, scene)

    # --- resizing and scrolling ---------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_zoom and self._geo is not None:
            self._fit_new_plan()  # laid out at last (or resized) before anyone zoomed
        self._camera.update_scrollbars()
        seat = self.highlighted_seat() if self._follow else None
        if seat is not None:
            self.centre_on(seat_rect(seat.x, seat.y, seat.w, seat.h))

    # --- words for assistive technology and tooltips ------------------------------------

    def describe_item(self, item: Item) -> str:
        """"A-12 홍길동 주무관, 내선 1234" (the tooltip and the accessible description)."""
        return self._geo.describe(item) if self._geo is not None else ""

    def _describe(self) -> None:
        if self._geo is None:
            self.setAccessibleDescription(self._placeholder)
            return
        seat = self.highlighted_seat()
        selected = self._selected if self._selected and self._exists(self._selected) else None
        self.setAccessibleDescription(
            self._geo.summary(("seat", seat.id) if seat else None, selected, self._edit)
        )

    def __repr__(self) -> str:
        plan = self.current_plan()
        return (f"FloorPlanWidget({plan.name if plan else None!r}, zoom={self.zoom:.2f}, "
                f"edit={self._edit}, selected={self._selected})")

