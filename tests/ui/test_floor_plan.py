"""The floor-plan widget as a person uses it: look, find a person's desk, pan, zoom, drag."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from minwon_desk.services.dto import FloorPlan, RoomView, SeatView
from minwon_desk.ui.directory.floor_plan.layout import PALETTE
from minwon_desk.ui.directory.floor_plan.layout import seat_rect as cells
from minwon_desk.ui.directory.floor_plan.widget import FloorPlanWidget

from .keyboard import press

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def _plan(cols: int = 24, rows: int = 12, far: bool = False) -> FloorPlan:
    seats = [
        SeatView(1, "A-01", 1, 5, 2, 1, 11, "김민준", "사무관", "1201"),
        SeatView(2, "A-02", 3, 5, 2, 1, 12, "이서연", "주무관", "1302"),
        SeatView(3, "A-03", 5, 5, 2, 1, None, "", "", ""),
    ]
    if far:
        seats.append(SeatView(4, "Z-99", cols - 2, rows - 1, 2, 1, 99, "최유진", "주무관", "1202"))
    rooms = (
        RoomView(1, "회의실", "room", 17, 0, 7, 4),
        RoomView(2, "출입구", "entrance", 10, rows - 1, 4, 1),
    )
    return FloorPlan(1, "혁신행정담당관실", "본관", "3층", "혁신행정담당관", cols, rows, rooms, tuple(seats))


def _view(qtbot: QtBot, plan: FloorPlan, width: int = 900, height: int = 560) -> FloorPlanWidget:
    view = FloorPlanWidget()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    view.set_plan(plan)
    return view


def _colour_at(view: FloorPlanWidget, point: QPoint) -> QColor:
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(point.x() * ratio), round(point.y() * ratio))


def drag(qtbot: QtBot, widget: QWidget, start: QPoint, end: QPoint) -> None:
    """Press, move in a few steps (as a hand does), release."""
    qtbot.mousePress(widget, LEFT, pos=start)  # type: ignore[no-untyped-call]
    steps = 6
    for i in range(1, steps + 1):
        qtbot.mouseMove(widget, start + (end - start) * i / steps)  # type: ignore[no-untyped-call]
    qtbot.mouseRelease(widget, LEFT, pos=end)  # type: ignore[no-untyped-call]


def test_the_plan_is_drawn_with_occupied_and_free_desks_and_described(qtbot: QtBot) -> None:
    view = _view(qtbot, _plan())
    viewport = view.viewport().rect()
    occupied, free = view.seat_rect(1), view.seat_rect(3)
    assert viewport.contains(occupied) and viewport.contains(free)
    # A free desk is greyed, an occupied one is a light card, both unlike the bare floor.
    assert _colour_at(view, free.bottomRight() - QPoint(6, 5)) == PALETTE.free
    assert _colour_at(view, occupied.bottomRight() - QPoint(6, 5)) == PALETTE.desk
    assert _colour_at(view, view.cell_centre(8, 8)) == PALETTE.floor
    assert _colour_at(view, view.cell_centre(20, 2)) == PALETTE.room
    description = view.accessibleDescription()
    assert "혁신행정담당관실 (본관 3층): 책상 3개, 빈 자리 1개." in description
    assert view.accessibleName() == "좌석 배치도"


def test_highlighting_a_person_centres_their_desk(qtbot: QtBot) -> None:
    plan = _plan(cols=80, rows=50, far=True)
    view = _view(qtbot, plan, 600, 400)
    view.set_zoom(1.5)
    assert not view.viewport().rect().contains(view.seat_rect(4))  # far corner, off screen

    assert view.highlight_staff(99) == 4
    assert view.highlighted_seat_id == 4
    rect = view.seat_rect(4)
    assert view.viewport().rect().contains(rect)
    assert "찾는 자리: Z-99 최유진 주무관, 내선 1202." in view.accessibleDescription()
    assert _colour_at(view, QPoint(rect.left() - 1, rect.center().y())) != PALETTE.floor

    view.resize(500, 300)  # still in view after the window changes size
    qtbot.waitUntil(lambda: view.viewport().rect().contains(view.seat_rect(4)))
    assert view.highlight_staff(12345) is None and view.highlighted_seat_id is None


def test_dragging_a_desk_in_edit_mode_proposes_the_cell_it_snaps_to(qtbot: QtBot) -> None:
    view = _view(qtbot, _plan())
    moved: list[tuple[int, int, int]] = []
    view.seat_moved.connect(lambda *args: moved.append(args))

    # Not in edit mode: a drag over a desk pans the view, nothing moves.
    view.set_zoom(2.0)
    before = view.horizontalScrollBar().value()
    drag(qtbot, view.viewport(), view.seat_rect(1).center(), view.seat_rect(1).center() + QPoint(-120, 0))
    assert view.horizontalScrollBar().value() == before + 120
    assert moved == []
    view.set_zoom(1.0)

    view.edit_mode = True
    start = view.seat_rect(1).center()
    drag(qtbot, view.viewport(), start, view.cell_centre(2.4, 8.3))  # grabbed mid-desk
    assert moved == [(1, 2, 8)]
    # Drawn at the proposed place until the owner answers.
    assert view.seat_rect(1) == view.to_view(cells(2, 8, 2, 1))
    view.revert_moves()
    assert view.seat_rect(1).center() == start


def test_dragging_a_rooms_corner_resizes_it(qtbot: QtBot) -> None:
    view = _view(qtbot, _plan())
    resized: list[tuple[int, ...]] = []
    view.room_moved.connect(lambda *args: resized.append(args))
    view.edit_mode = True
    corner = view.room_rect(1).bottomRight() - QPoint(3, 3)
    drag(qtbot, view.viewport(), corner, view.cell_centre(22.6, 5.6))
    assert resized == [(1, 17, 0, 6, 6)]


def test_keyboard_pans_zooms_picks_desks_and_moves_them(qtbot: QtBot) -> None:
    view = _view(qtbot, _plan(cols=60, rows=40))
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.set_zoom(1.0)
    h = view.horizontalScrollBar().value()
    press(qtbot, view, Qt.Key.Key_Right)
    assert view.horizontalScrollBar().value() > h
    zoom = view.zoom
    press(qtbot, view, Qt.Key.Key_Plus)
    assert view.zoom > zoom
    press(qtbot, view, Qt.Key.Key_Minus)
    assert abs(view.zoom - zoom) < 1e-9

    press(qtbot, view, Qt.Key.Key_PageDown)
    assert view.selected_seat_id == 1
    press(qtbot, view, Qt.Key.Key_PageDown)
    assert view.selected_seat_id == 2
    assert "고른 곳: A-02 이서연 주무관, 내선 1302." in view.accessibleDescription()
    activated: list[int] = []
    view.seat_activated.connect(activated.append)
    press(qtbot, view, Qt.Key.Key_Return)
    assert activated == [2]

    moved: list[tuple[int, int, int]] = []
    view.seat_moved.connect(lambda *args: moved.append(args))
    press(qtbot, view, Qt.Key.Key_Down, CTRL)
    assert moved == []  # only in edit mode
    view.edit_mode = True
    press(qtbot, view, Qt.Key.Key_Down, CTRL)
    assert moved == [(2, 3, 6)]
    press(qtbot, view, Qt.Key.Key_Escape)
    assert view.selected_seat_id is None


def test_ctrl_wheel_zooms_about_the_pointer(qtbot: QtBot) -> None:
    view = _view(qtbot, _plan(cols=60, rows=40))
    view.set_zoom(1.0)  # larger than the window: the view can keep the cell under the pointer
    at = view.cell_centre(10, 10)
    before = view.zoom
    event = QWheelEvent(
        QPointF(at), QPointF(view.viewport().mapToGlobal(at)), QPoint(), QPoint(0, 120),
        Qt.MouseButton.NoButton, CTRL, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom > before
    assert (view.cell_centre(10, 10) - at).manhattanLength() <= 2  # the same cell stays put
