"""The window comes first, the database after: typing while it opens, and a failed opening
explained in the window with "다시 시도"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from minwon_desk.app import EXIT_CHARTER, EXIT_OK, EXIT_STORAGE, DeskStartup
from minwon_desk.services.backend import Backend
from minwon_desk.settings import AppConfig, resolve_config
from minwon_desk.ui.main_window import MainWindow

from .conftest import (
    DESK_LOGIN,
    DESK_PASSWORD,
    RecordingNotifier,
    RecordingSound,
    desk_account,
    find,
    show_window,
    sign_in,
)
from .keyboard import press_enter, type_text

OPENING = "데이터베이스를 여는 중입니다. 잠시 후 다시 눌러 주세요."


@pytest.fixture
def starts(qtbot: QtBot) -> Iterator[list[DeskStartup]]:
    """Start windows the way the app does; windows closed, databases closed at the end."""
    started: list[DeskStartup] = []
    yield started
    for startup in started:
        startup.window.close()
        startup.close()


def start(
    qtbot: QtBot, config: AppConfig, starts: list[DeskStartup]
) -> tuple[MainWindow, list[int]]:
    """Show a window that opens ``config``'s database; the list collects each attempt's outcome."""
    window = MainWindow(config, sound_player=RecordingSound(), notifier=RecordingNotifier())
    startup = DeskStartup(config, window)
    outcomes: list[int] = []
    startup.finished.connect(outcomes.append)
    starts.append(startup)
    show_window(qtbot, window)
    return window, outcomes


def test_the_sign_in_can_be_typed_before_the_database_is_open(
    qtbot: QtBot, config: AppConfig, backend: Backend, sound: RecordingSound,
    notifier: RecordingNotifier,
) -> None:
    desk_account(backend)
    window = MainWindow(config, sound_player=sound, notifier=notifier)
    show_window(qtbot, window)
    assert not window.is_attached()
    assert window.db_message() == "데이터베이스를 여는 중입니다…"
    assert find(window, QLabel, "데이터베이스").text() == "데이터베이스 여는 중…"
    assert window.visitor_desk.form.boardSummary.text() == "대기 현황을 불러오는 중입니다…"

    login = find(window, QLineEdit, "사번 또는 계정")
    assert login.hasFocus()
    type_text(qtbot, login, DESK_LOGIN)
    press_enter(qtbot, login)
    password = find(window, QLineEdit, "비밀번호")
    type_text(qtbot, password, DESK_PASSWORD)
    press_enter(qtbot, password)
    assert find(window, QLabel, "로그인 안내").text() == OPENING
    assert login.text() == DESK_LOGIN and password.text() == DESK_PASSWORD
    assert window.access.is_covered()

    window.attach(backend)
    assert window.db_message() == ""
    assert find(window, QLabel, "데이터베이스").text() == f"데이터베이스: {backend.database_label}"
    assert window.visitor_desk.form.boardSummary.text() == "기다리는 방문객이 없습니다."
    assert find(window, QLabel, "로그인 안내").isHidden()  # the database is there now
    press_enter(qtbot, password)
    assert not window.access.is_covered()
    name = find(window, QLineEdit, "방문객 성명")
    assert name.hasFocus()
    type_text(qtbot, name, "홍길동")
    officer = find(window, QComboBox, "찾는 직원")
    type_text(qtbot, officer.lineEdit(), "최유진")
    press_enter(qtbot, officer.lineEdit())
    [visit] = backend.visits.list_waiting()
    assert (visit.visitor_name, visit.officer_label[:3]) == ("홍길동", "최유진")
    assert window.visitor_desk.model.rowCount() == 1
    window.close()


def test_pages_that_need_the_database_arrive_with_it_in_their_places(
    qtbot: QtBot, config: AppConfig, backend: Backend, sound: RecordingSound,
    notifier: RecordingNotifier,
) -> None:
    window = MainWindow(config, sound_player=sound, notifier=notifier)
    show_window(qtbot, window)
    nav = window.form.navList

    def titles() -> list[str]:
        return [nav.item(i).text() for i in range(nav.count())]

    # Before the database opens: the desk and the calculator, nothing that would be empty.
    assert titles() == ["방문객 안내", "처리기한 계산"]
    assert not window.is_built()

    desk_account(backend)
    with qtbot.waitSignal(window.pages_built, timeout=10_000):
        window.attach(backend)
    sign_in(window)
    assert titles()[:3] == ["방문객 안내", "직원 찾기", "처리기한 계산"]
    assert len(titles()) == 13 and window.is_built()
    # Each page comes to the front by its own key, built with the open database.
    for key, page in ((Qt.Key.Key_7, window.memo_page), (Qt.Key.Key_2, window.directory),
                      (Qt.Key.Key_3, window.calculator)):
        qtbot.keyClick(nav, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is page
    window.close()


def test_an_unopenable_database_is_explained_and_retried(
    qtbot: QtBot, tmp_path: Path, starts: list[DeskStartup]
) -> None:
    folder = tmp_path / "moved"
    config = resolve_config(data_dir=tmp_path / "data", db_url=f"sqlite:///{folder / 'minwon.db'}")
    window, outcomes = start(qtbot, config, starts)
    qtbot.waitUntil(lambda: outcomes == [EXIT_STORAGE])
    title, reason = window.db_message().split("\n", 1)
    assert title == "데이터베이스를 열 수 없습니다"
    assert "폴더" in reason and str(folder) in reason
    retry = find(window, QPushButton, "다시 시도")
    assert retry.isVisible()
    assert find(window, QLabel, "데이터베이스").text() == "데이터베이스가 열려 있지 않습니다"

    login = find(window, QLineEdit, "사번 또는 계정")
    type_text(qtbot, login, "T0001")
    password = find(window, QLineEdit, "비밀번호")
    type_text(qtbot, password, "비밀번호1234")
    press_enter(qtbot, password)
    assert "데이터베이스" in find(window, QLabel, "로그인 안내").text()
    assert login.text() == "T0001"

    folder.mkdir()
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    assert outcomes == [EXIT_STORAGE, EXIT_OK]
    assert window.is_attached() and not retry.isVisible() and window.db_message() == ""
    assert window.visitor_desk.form.boardSummary.text() == "기다리는 방문객이 없습니다."
    assert find(window, QLabel, "데이터베이스").text().startswith("데이터베이스: SQLite")
    assert (folder / "minwon.db").exists()
    # A new database: its first administrator is asked for before anything else.
    assert window.access.cover.current_panel() is window.access.cover.first_admin
    assert find(window, QLineEdit, "관리자 이름").hasFocus()


def test_a_file_that_is_not_a_database_is_explained(
    qtbot: QtBot, tmp_path: Path, starts: list[DeskStartup]
) -> None:
    junk = tmp_path / "minwon.db"
    junk.write_bytes(b"not a database " * 100)
    config = resolve_config(data_dir=tmp_path, db_url=f"sqlite:///{junk}")
    window, outcomes = start(qtbot, config, starts)
    qtbot.waitUntil(lambda: outcomes == [EXIT_STORAGE])
    assert window.db_message().startswith("데이터베이스를 열 수 없습니다\n")
    assert "데이터베이스가 아니거나 손상되었습니다" in window.db_message()
    assert find(window, QPushButton, "다시 시도").isVisible()
    assert not window.is_attached()


def test_a_broken_charter_names_its_line_and_can_be_fixed(
    qtbot: QtBot, tmp_path: Path, starts: list[DeskStartup]
) -> None:
    charter = tmp_path / "agency.toml"
    charter.write_text('[charter\nname = "x"\n', encoding="utf-8")
    config = resolve_config(data_dir=tmp_path, charter=str(charter))
    window, outcomes = start(qtbot, config, starts)
    qtbot.waitUntil(lambda: outcomes == [EXIT_CHARTER])
    title, reason = window.db_message().split("\n", 1)
    assert title == "이행표준 파일 오류"
    assert "agency.toml" in reason and "1행" in reason

    from minwon_desk.resources import charter_preset

    charter.write_text(charter_preset("mss").read_text(encoding="utf-8"), encoding="utf-8")
    qtbot.mouseClick(find(window, QPushButton, "다시 시도"), Qt.MouseButton.LeftButton)
    assert outcomes == [EXIT_CHARTER, EXIT_OK]
    assert window.is_attached()
    assert find(window, QLabel, "이행표준").text().startswith("이행표준: ")


def test_the_window_is_on_screen_before_the_database_is_opened(
    qtbot: QtBot, tmp_path: Path, starts: list[DeskStartup], monkeypatch: pytest.MonkeyPatch
) -> None:
    import minwon_desk.bootstrap

    config = resolve_config(data_dir=tmp_path)
    window = MainWindow(config, sound_player=RecordingSound(), notifier=RecordingNotifier())
    seen: list[bool] = []
    real_open = minwon_desk.bootstrap.open_backend

    def open_backend(config: AppConfig) -> Backend:
        handle = window.windowHandle()
        seen.append(handle is not None and handle.isExposed() and window.isVisible())
        return real_open(config)

    monkeypatch.setattr(minwon_desk.bootstrap, "open_backend", open_backend)
    starts.append(DeskStartup(config, window))
    show_window(qtbot, window)
    qtbot.waitUntil(window.is_attached)
    assert seen == [True]
