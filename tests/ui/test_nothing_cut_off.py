"""Nothing the operator must read is cut off, on a small office screen (1024×768) and on a
large one (1920×1080): every page of the navigation (every tab of it) is opened with the
demo agency and the words are measured against the room they are given."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QTableView, QTabWidget, QTreeView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.roles import Role
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.demo.accounts import DEMO_LOGINS, DEMO_PASSWORD, demo_actor_for
from minwon_desk.services.demo.agency import ensure_demo
from minwon_desk.store.models import Account, Staff
from minwon_desk.ui.directory.floor_plan.layout import NAME_PX, seat_rect
from minwon_desk.ui.directory.floor_plan.widget import FloorPlanWidget
from minwon_desk.ui.main_window import MainWindow
from tests.conftest import FakeClock, open_seeded

from . import cut_off
from .conftest import (
    RecordingNotifier,
    RecordingSound,
    WindowFactory,
    desk_config,
    show_window,
    sign_in,
)

SIZES = ((1024, 768), (1920, 1080))

# The words a list is read for, by the list's accessible name: these cells must be whole.
KEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "대기 방문객 목록": ("대기 시간", "방문객", "방문 목적", "찾는 직원", "도착"),
    "검색 결과": ("성명", "직위", "부서", "상태"),
    "부재 일정 목록": ("성명", "구분", "기간", "업무대행자"),
    "내 메모 목록": ("답신 기한", "전화하신 분", "요지", "담당자"),
    "전체 메모 목록": ("답신 기한", "전화하신 분", "요지", "담당자"),
    "내 민원 목록": ("접수번호", "제목", "민원인", "담당자", "처리기한", "상태"),
    "전체 민원 목록": ("접수번호", "제목", "민원인", "담당자", "처리기한", "상태"),
    "문항별 결과": ("문항",),
    "보상 후보 목록": ("종류", "받는 분", "관련 기록"),
    "시정조치 목록": ("대상 직원", "관련 기록"),
    "보상 증서 목록": ("일련번호", "받는 분", "상태"),
    "계정 목록": ("이름", "사번", "역할", "상태"),
}


@pytest.fixture
def demo_window(qtbot: QtBot, tmp_path: Path, mss_charter: Charter) -> Iterator[MainWindow]:
    window = open_demo_window(qtbot, tmp_path, mss_charter)
    yield window
    window.close()


def open_demo_window(qtbot: QtBot, tmp_path: Path, mss_charter: Charter) -> MainWindow:
    """The demo agency on a working morning, its 안내 account given every role (so every
    page is there), signed in at the window."""
    clock = FakeClock(datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL))
    backend = Backend.open(f"sqlite:///{tmp_path / 'demo.db'}", charter=mss_charter,
                           desk="1층 민원안내", clock=clock)
    ensure_demo(backend)
    with backend.db.read() as session:
        rows = session.execute(select(Account.login, Staff.id)
                               .join(Staff, Staff.id == Account.staff_id)
                               .where(Account.login.in_(list(DEMO_LOGINS.values())))).all()
        people = {login: staff_id for login, staff_id in rows}
        operator_no = session.scalars(select(Staff.employee_no).where(
            Staff.id == people[DEMO_LOGINS[Role.RECEPTION]])).one()
    admin = demo_actor_for(backend, people[DEMO_LOGINS[Role.ADMIN]])
    for role in Role:
        if role is not Role.RECEPTION:
            backend.accounts.grant(admin, operator_no, role, reason="화면 점검")
    window = MainWindow(desk_config(tmp_path, backend.desk), backend=backend,
                        sound_player=RecordingSound(), notifier=RecordingNotifier())
    show_window(qtbot, window)
    sign_in(window, DEMO_LOGINS[Role.RECEPTION], DEMO_PASSWORD)
    qtbot.waitUntil(window.is_built, timeout=30_000)
    return window


def _tab_faces(page: QWidget) -> Iterator[str]:
    """Each face of the page: every tab of each of its tab widgets in turn (the first tab
    of the others), named for the report."""
    tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
    yield ""
    for widget in tabs:
        for index in range(widget.count()):
            if widget.isTabVisible(index) and index != widget.currentIndex():
                widget.setCurrentIndex(index)
                yield f" › {widget.tabText(index).replace('&', '')}"
        widget.setCurrentIndex(0)


def _cut_on(page: QWidget, where: str) -> Iterator[str]:
    for view in page.findChildren(QTableView) + page.findChildren(QTreeView):  # type: ignore[operator]
        if not cut_off.shown(view) or view.model() is None:
            continue
        name = view.accessibleName() or view.objectName()
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        yield from cut_off.cut_header_texts(header, f"{where} · {name}")
        if name in KEY_COLUMNS:
            model = view.model()
            titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
            columns = [titles.index(t) for t in KEY_COLUMNS[name] if t in titles]
            yield from cut_off.off_screen_columns(view, columns, f"{where} · {name}")
            yield from cut_off.cut_item_texts(view, f"{where} · {name}", columns=columns)
            yield from cut_off.sideways_scroll(view, f"{where} · {name}")
    yield from cut_off.cut_button_texts(page.findChildren(QAbstractButton), where)


def _settled_cuts(qtbot: QtBot, page: QWidget, where: str) -> list[str]:
    """What is cut on the page once its layout has settled: columns refit a turn or more
    after rows arrive (later on a busy machine), so a cut must still be there after up to
    two seconds to count."""
    cuts: list[str] = []

    def whole() -> bool:
        cuts[:] = list(_cut_on(page, where))
        return not cuts

    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(whole, timeout=2000)
    return cuts


def test_every_page_shows_its_words_whole(qtbot: QtBot, demo_window: MainWindow) -> None:
    window, nav = demo_window, demo_window.form.navList
    found: list[str] = []
    for width, height in SIZES:
        window.resize(width, height)
        qtbot.waitUntil(lambda: window.width() == width)  # noqa: B023
        size = f"{width}×{height}"
        hint = window.layout().totalMinimumSize()  # what the pages and panels need
        if hint.width() > 1024 or hint.height() > 768:
            found.append(f"{size}: 창이 {hint.width()}×{hint.height()}보다 작아지지 않음")
        for row in range(nav.count()):
            if nav.item(row).isHidden():
                continue
            nav.setCurrentRow(row)
            page = window.form.pageStack.currentWidget()
            title = nav.item(row).text()
            for face in _tab_faces(page):
                found.extend(_settled_cuts(qtbot, page, f"{size} {title}{face}"))
        found.extend(cut_off.cut_item_texts(nav, f"{size} 화면 목록"))
    assert not found, "잘린 글자:\n" + "\n".join(dict.fromkeys(found))


def test_a_long_count_in_the_navigation_stays_whole(qtbot: QtBot, demo_window: MainWindow) -> None:
    """The case page's entry grows with its counts ("민원 처리 (임박 12 · 지남 123)"): the
    page list widens for it, and the window still fits 1024×768."""
    window = demo_window
    window.resize(1024, 768)
    window.case_page.title_changed.emit("민원 처리 (임박 12 · 지남 123)")
    qtbot.wait(10)
    assert list(cut_off.cut_item_texts(window.form.navList, "화면 목록")) == []
    assert window.layout().totalMinimumSize().width() <= 1024


def test_the_floor_plan_names_are_readable_and_an_empty_chair_is_grey(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    """At 1024×768 the directory's plan opens with names at least 11 px tall, and a
    colleague who is away is drawn differently from one who is in (greyed, "휴가" tag)."""
    window = demo_window
    window.resize(1024, 768)
    window.show_widget(window.directory)
    snapshot = window.directory_cache.snapshot
    assert snapshot is not None
    backend = window.backend
    assert backend is not None
    away = next(e for e in snapshot.entries
                if e.seat_id is not None and not snapshot.presence(e.id, backend.clock()).present)
    assert window.directory.select_staff(away.id)
    plan_view = window.directory.plan
    qtbot.waitUntil(lambda: plan_view.highlighted_seat_id == away.seat_id)
    qtbot.wait(30)
    assert plan_view.zoom * NAME_PX >= 11, f"이름 높이 {plan_view.zoom * NAME_PX:.1f} px"

    plain = FloorPlanWidget(photo_provider=window.directory_cache.plan_photo)  # no one away
    plain.resize(plan_view.size())
    plain.show()
    plain.set_plan(plan_view.current_plan())
    plain.set_zoom(plan_view.zoom)
    plain.centre_on(seat_rect(0, 0, 1, 1))
    plan_view.set_zoom(plan_view.zoom)
    plan_view.centre_on(seat_rect(0, 0, 1, 1))
    qtbot.wait(30)
    where = plan_view.seat_rect(away.seat_id)
    assert where == plain.seat_rect(away.seat_id) and not where.isEmpty()
    shown, normal = plan_view.viewport().grab(where), plain.viewport().grab(where)
    assert shown.toImage() != normal.toImage(), "부재 중인 직원의 책상이 재실한 직원과 같게 그려짐"
    plain.close()


def test_the_case_list_shows_ten_cases_at_1024_by_768(qtbot: QtBot, demo_window: MainWindow) -> None:
    """The list is what the case page is for: at least ten rows before the chosen case's
    details, with no sideways scrolling."""
    window = demo_window
    window.resize(1024, 768)
    window.show_widget(window.case_page)
    form = window.case_page.form
    form.listTabs.setCurrentWidget(form.allTab)
    qtbot.wait(30)
    table = form.allTable
    assert table.model().rowCount() >= 10
    assert table.viewport().height() // table.rowHeight(0) >= 10
    assert list(cut_off.sideways_scroll(table, "전체 민원 목록")) == []


def test_a_long_data_folder_never_holds_the_window_wider_than_the_screen(
    qtbot: QtBot, tmp_path: Path, fake_clock: FakeClock, mss_charter: Charter,
    make_window: WindowFactory,
) -> None:
    """The status bar names the database file: an agency's data folder deep in a user's
    profile still lets the window down to 1024 wide, the path shortened in the middle and
    whole in its tooltip."""
    folder = tmp_path / ("민원데스크_자료_" * 6) / ("agency-shared-folder-" * 4)
    folder.mkdir(parents=True)
    backend = open_seeded(f"sqlite:///{folder / 'minwon.db'}", fake_clock, mss_charter)
    try:
        window = make_window(backend)
        window.resize(1024, 768)
        qtbot.waitUntil(lambda: window.width() == 1024)
        assert window.layout().totalMinimumSize().width() <= 1024
        label = window.status_labels["데이터베이스"]
        assert str(folder / "minwon.db") in label.text()
        qtbot.waitUntil(lambda: label.toolTip() == label.text())  # shortened on screen
    finally:
        backend.close()
