"""The directory and the deputy, driven as an operator would: type 초성, pick an absent
officer, see the deputy offered, send the visitor there with one key."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.store.models import Agency, Office, Seat
from minwon_desk.ui.directory.model import NAME, STATUS
from minwon_desk.ui.main_window import MainWindow
from tests.support.seed import SmallAgency

from .conftest import WindowFactory, find
from .keyboard import press, type_text


def _trip(backend: Backend, actor: Actor, who: int, deputy: int | None) -> None:
    backend.absences.add(
        actor, staff_id=who, kind=AbsenceKind.TRIP,
        starts_at=datetime(2026, 7, 2, 9, tzinfo=SEOUL),
        ends_at=datetime(2026, 7, 3, 18, tzinfo=SEOUL), deputy_id=deputy,
    )


def _seat(backend: Backend, staff_id: int, label: str) -> None:
    with backend.db.transaction() as session:
        agency_id = session.query(Agency.id).scalar()
        office = Office(agency_id=agency_id, name="창업정책과 사무실", building="", floor="3층",
                        cols=12, rows=8, sort_order=0)
        session.add(office)
        session.flush()
        session.add(Seat(office_id=office.id, label=label, x=2, y=2, w=2, h=1, staff_id=staff_id))


def _rows(window: MainWindow) -> list[tuple[str, str]]:
    model = find(window, QTableView, "검색 결과").model()
    return [(model.index(r, NAME).data(), model.index(r, STATUS).data())
            for r in range(model.rowCount())]


def test_initials_find_the_officer_and_show_the_deputy_and_seat(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, agency: SmallAgency, actor: Actor
) -> None:
    kim, lee = agency.officers[0], agency.officers[1]
    _trip(backend, actor, kim.id, lee.id)
    _seat(backend, lee.id, "A-12")
    window = make_window(backend)
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = find(window, QLineEdit, "직원 찾기 검색어")
    assert search.hasFocus()

    type_text(qtbot, search, "ㄱㅁㅈ")
    assert _rows(window) == [("김민준", "출장 중 (7/3까지) → 업무대행 이서연 주무관, 내선 1302, 3층 A-12")]
    status = find(window, QLabel, "재실 상태").text()
    assert status.startswith("출장 중 (7/3까지) → 업무대행 이서연")

    # Ctrl+D goes to the deputy: her card, and her desk highlighted on the floor plan.
    press(qtbot, search, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    page = window.directory
    current = page.current_entry()
    assert current is not None and current.name == "이서연"
    assert find(window, QLabel, "좌석").text() == "좌석: 3층 A-12"
    seat = page.plan.highlighted_seat()
    assert seat is not None and (seat.staff_id, seat.label) == (lee.id, "A-12")


def test_the_list_follows_an_absence_saved_elsewhere(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, agency: SmallAgency, actor: Actor
) -> None:
    window = make_window(backend)
    type_text(qtbot, find(window, QLineEdit, "직원 찾기 검색어"), "창업")
    assert [name for name, _ in _rows(window)] == ["박지호", "이서연"]
    assert {status for _, status in _rows(window)} == {"재실"}
    _trip(backend, actor, agency.officers[1].id, agency.officers[2].id)
    assert dict(_rows(window))["이서연"].startswith("출장 중 (7/3까지) → 업무대행 박지호")


def test_check_in_offers_the_deputy_with_one_key(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, agency: SmallAgency, actor: Actor
) -> None:
    kim, lee = agency.officers[0], agency.officers[1]
    _trip(backend, actor, kim.id, lee.id)
    window = make_window(backend)
    type_text(qtbot, find(window, QLineEdit, "방문객 성명"), "홍길동")
    combo = find(window, QComboBox, "찾는 직원")
    type_text(qtbot, combo.lineEdit(), "ㄱㅁㅈ")
    status = find(window, QLabel, "찾는 직원 재실 상태")
    assert status.isVisible()
    assert status.text().startswith("출장 중 (7/3까지) → 업무대행 이서연 주무관")
    assert find(window, QPushButton, "업무대행자에게 안내").text() == "이서연에게 (F3)"

    press(qtbot, combo.lineEdit(), Qt.Key.Key_F3)  # checked in for the deputy, in one key
    [visit] = backend.visits.list_waiting()
    assert visit.officer_id == lee.id
    assert combo.currentText() == "" and not status.isVisible()
    name = find(window, QLineEdit, "방문객 성명")
    assert name.hasFocus() and name.text() == ""  # ready for the next visitor
    type_text(qtbot, name, "김영희")
    assert name.text() == "김영희"


def test_check_in_for_a_present_officer_says_nothing_extra(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, agency: SmallAgency
) -> None:
    window = make_window(backend)
    combo = find(window, QComboBox, "찾는 직원")
    type_text(qtbot, combo.lineEdit(), "ㅇㅅㅇ")
    assert window.visitor_desk.check_in_form.officer_status() == ""
    assert not find(window, QPushButton, "업무대행자에게 안내").isVisible()
