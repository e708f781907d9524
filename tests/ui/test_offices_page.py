"""The offices page as an administrator uses it: pick an office, drag desks, seat people."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from minwon_desk.domain.roles import Role
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, FloorPlan
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.common.directory_cache import DirectoryCache
from minwon_desk.ui.directory.floor_plan.layout import seat_rect as cells
from minwon_desk.ui.directory.offices.page import OfficesPage
from tests.support.seed import SmallAgency

from .conftest import find, show_window, with_roles
from .keyboard import press, press_tab, type_text
from .test_floor_plan import drag


@pytest.fixture
def office(backend: Backend, actor: Actor, agency: SmallAgency) -> int:
    """민원실 (12 × 8) with desks A-01 (김민준) and A-02 (free), and an entrance."""
    offices = backend.offices
    office_id = offices.add_office(actor, name="민원실", building="본관", floor="1층", cols=12, rows=8)
    offices.add_seat(actor, office_id, label="A-01", x=1, y=1, staff_id=agency.officers[0].id)
    offices.add_seat(actor, office_id, label="A-02", x=5, y=1)
    offices.add_room(actor, office_id, name="출입구", kind="entrance", x=4, y=7, w=3, h=1)
    offices.add_office(actor, name="혁신행정담당관실", floor="3층")
    return office_id


@pytest.fixture
def page(qtbot: QtBot, backend: Backend, actor: Actor, office: int) -> Iterator[OfficesPage]:
    bridge = EventBridge(backend.events)
    cache = DirectoryCache(bridge)
    cache.attach(backend)
    page = OfficesPage(backend, lambda: actor, bridge, cache=cache)
    page.resize(1180, 720)
    show_window(qtbot, page)
    yield page
    bridge.detach()


def seat(plan: FloorPlan | None, label: str) -> tuple[int, int, int]:
    assert plan is not None
    found = next(s for s in plan.seats if s.label == label)
    return found.id, found.x, found.y


def test_the_page_lists_the_offices_and_shows_the_first_plan(page: OfficesPage) -> None:
    offices = find(page, QListWidget, "사무실 목록")
    assert [offices.item(i).text() for i in range(offices.count())] == [
        "민원실 (본관 1층)", "혁신행정담당관실 (3층)"]
    assert find(page, QLabel, "배치도 제목").text() == "민원실 (본관 1층)"
    assert find(page, QLineEdit, "사무실 이름").text() == "민원실"
    assert find(page, QLineEdit, "새 책상 번호").text() == "A-03"  # the next free label
    offices.setCurrentRow(1)
    plan = page.plan_view.current_plan()
    assert plan is not None and plan.name == "혁신행정담당관실"


def test_dragging_a_desk_in_edit_mode_stores_its_new_cell(
    qtbot: QtBot, page: OfficesPage, backend: Backend, office: int
) -> None:
    view = page.plan_view
    find(page, QCheckBox, "편집 모드").click()
    assert view.edit_mode
    a1, _x, _y = seat(view.current_plan(), "A-01")
    start = view.seat_rect(a1).center()
    three_rows = view.cell_centre(0, 3) - view.cell_centre(0, 0)
    drag(qtbot, view.viewport(), start, start + three_rows)

    assert seat(backend.offices.plan(office), "A-01")[1:] == (1, 4)
    assert seat(view.current_plan(), "A-01")[1:] == (1, 4)  # redrawn from what was stored
    assert find(page, QLabel, "배치도 알림").isHidden()


def test_a_desk_dropped_on_another_is_refused_and_goes_back(
    qtbot: QtBot, page: OfficesPage, backend: Backend, office: int
) -> None:
    view = page.plan_view
    view.edit_mode = True
    a1, _x, _y = seat(view.current_plan(), "A-01")
    drag(qtbot, view.viewport(), view.seat_rect(a1).center(), view.cell_centre(6, 1))  # onto A-02

    message = find(page, QLabel, "배치도 알림")
    assert message.isVisible()
    assert message.text() == "다른 책상(A-02)과 겹칩니다. 빈 칸으로 옮겨 주세요."
    assert seat(backend.offices.plan(office), "A-01")[1:] == (1, 1)  # nothing stored
    assert view.seat_rect(a1) == view.to_view(cells(1, 1, 2, 1))  # drawn back at its place


def test_assigning_a_person_seats_them_and_frees_their_old_desk(
    qtbot: QtBot, page: OfficesPage, backend: Backend, agency: SmallAgency
) -> None:
    kim = agency.officers[0]
    view = page.plan_view
    find(page, QToolButton, "전체 보기").setFocus()
    assert press_tab(qtbot) is view  # Tab leads into the plan, as to any other control
    press(qtbot, view, Qt.Key.Key_PageDown)
    press(qtbot, view, Qt.Key.Key_PageDown)  # A-02, free
    a2 = view.selected_seat_id
    assert a2 is not None
    assert "고른 책상: A-02 · 빈 자리" in find(page, QLabel, "고른 책상").text()

    combo = find(page, QComboBox, "자리에 앉을 직원")
    line = combo.lineEdit()
    assert line is not None
    type_text(qtbot, line, kim.name)
    find(page, QPushButton, "자리 배정").click()

    found = backend.offices.seat_of(kim.id)
    assert found is not None and found[1].id == a2
    assert find(page, QLabel, "책상 알림").text() == (
        f"{kim.name} 님을 A-02 자리에 배정했습니다. 전에 앉던 민원실 A-01 자리는 비었습니다.")
    plan = view.current_plan()
    assert plan is not None
    assert {s.label: s.staff_id for s in plan.seats} == {"A-01": None, "A-02": kim.id}

    find(page, QPushButton, "자리 비우기").click()
    assert backend.offices.seat_of(kim.id) is None


def _photo_png(colour: str) -> bytes:
    image = QImage(90, 120, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def _cyan_pixels(page: OfficesPage, seat_id: int) -> int:
    """How much of the desk shows the (cyan) photo, under the highlight's yellow tint:
    nothing else on a plan is near cyan."""
    view = page.plan_view
    image = view.viewport().grab(view.seat_rect(seat_id)).toImage()
    return sum(
        1 for y in range(image.height()) for x in range(image.width())
        if (c := image.pixelColor(x, y)).red() < 120 and c.green() > 200 and c.blue() > 150
    )


def test_a_photo_saved_elsewhere_appears_on_the_desk(
    qtbot: QtBot, page: OfficesPage, backend: Backend, actor: Actor, agency: SmallAgency
) -> None:
    kim = agency.officers[0]
    a1 = seat(page.plan_view.current_plan(), "A-01")[0]
    page.plan_view.set_zoom(2.0)  # close enough for faces
    page.plan_view.highlight_staff(kim.id)  # and the desk in view
    assert _cyan_pixels(page, a1) == 0  # no photo yet: the desk shows the name

    backend.roster.set_photo(actor, kim.id, _photo_png("#00ffff"))
    qtbot.waitUntil(lambda: _cyan_pixels(page, a1) > 100)


def test_the_page_follows_changes_made_at_another_desk(
    qtbot: QtBot, page: OfficesPage, backend: Backend, agency: SmallAgency, office: int
) -> None:
    other = with_roles(backend, agency.officers[1].employee_no, [Role.ADMIN])  # at their own desk
    backend.offices.add_seat(other, office, label="B-01", x=8, y=4)
    plan = page.plan_view.current_plan()
    assert plan is not None and "B-01" in {s.label for s in plan.seats}

    # From a worker thread too: the change reaches the page through the GUI thread.
    worker = threading.Thread(
        target=lambda: backend.offices.add_office(other, name="창업정책과", floor="4층"))
    worker.start()
    worker.join()
    offices = find(page, QListWidget, "사무실 목록")
    qtbot.waitUntil(lambda: offices.count() == 3)
    assert page.current_office_id() == office  # the choice is kept


def test_adding_an_office_explains_a_missing_name_and_keeps_what_was_typed(
    qtbot: QtBot, page: OfficesPage, backend: Backend
) -> None:
    name, floor = find(page, QLineEdit, "사무실 이름"), find(page, QLineEdit, "층")
    name.clear()
    floor.clear()
    type_text(qtbot, floor, "2층")
    find(page, QPushButton, "사무실 추가").click()
    message = find(page, QLabel, "사무실 알림")
    assert message.text() == "사무실 이름을 입력해 주세요 (예: 민원실)."
    assert name.property("invalid") is True
    assert floor.text() == "2층"  # kept

    type_text(qtbot, name, "기획조정실")
    find(page, QPushButton, "사무실 추가").click()
    assert message.text() == "'기획조정실' 사무실을 추가했습니다."
    assert backend.offices.find_office("기획조정실").floor == "2층"
    assert find(page, QLabel, "배치도 제목").text() == "기획조정실 (본관 2층)"
    assert name.property("invalid") is False


def test_a_new_desk_takes_the_suggested_label_and_a_free_cell(
    page: OfficesPage, backend: Backend, office: int
) -> None:
    find(page, QPushButton, "책상 추가").click()
    plan = backend.offices.plan(office)
    new_id, x, y = seat(plan, "A-03")
    assert page.plan_view.selected_seat_id == new_id
    assert find(page, QLineEdit, "새 책상 번호").text() == "A-04"
    assert "책상(A-03)을 추가했습니다" in find(page, QLabel, "책상 알림").text()
    assert page.plan_view.viewport().rect().intersects(page.plan_view.seat_rect(new_id))
    assert (x, y) == (0, 0)

