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

from .conftest import RecordingNotifier, RecordingSound, find, show_window
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


def test_the_form_works_before_the_database_is_open(
    qtbot: QtBot, config: AppConfig, backend: Backend, sound: RecordingSound,
    notifier: RecordingNotifier,
) -> None:
    window = MainWindow(config, sound_player=sound, notifier=notifier)
    show_window(qtbot, window)
    assert not window.is_attached()
    assert window.db_message() == "데이터베이스를 여는 중입니다…"
    assert find(window, QLabel, "데이터베이스").text() == "데이터베이스 여는 중…"
    assert window.visitor_desk.form.boardSummary.text() == "대기 현황을 불러오는 중입니다…"
    assert not find(window, QPushButton, "응대 시작").isEnabled()
    assert not find(window, QPushButton, "퇴실").isEnabled()

    name = find(window, QLineEdit, "방문객 성명")
    assert name.hasFocus()
    type_text(qtbot, name, "홍길동")
    officer = find(window, QComboBox, "찾는 직원")
    type_text(qtbot, officer.lineEdit(), "최유진")
    press_enter(qtbot, officer.lineEdit())
    assert window.visitor_desk.form.formMessage.text() == OPENING
    assert window.visitor_desk.form.formMessage.isVisible()
    assert name.text() == "홍길동" and officer.currentText() == "최유진"
    assert backend.visits.list_waiting() == []

    window.attach(backend)
    assert window.db_message() == ""
    assert find(window, QLabel, "데이터베이스").text() == f"데이터베이스: {backend.database_label}"
    assert find(window, QComboBox, "이 창구 근무자").currentText().startswith("안내원")
    assert window.visitor_desk.form.boardSummary.text() == "기다리는 방문객이 없습니다."
    assert officer.currentText() == "최유진"  # the staff list arrived without wiping it
    press_enter(qtbot, name)
    [visit] = backend.visits.list_waiting()
    assert (visit.visitor_name, visit.officer_label[:3]) == ("홍길동", "최유진")
    assert window.visitor_desk.model.rowCount() == 1
    assert name.text() == ""
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

    with qtbot.waitSignal(window.pages_built, timeout=10_000):
        window.attach(backend)
    assert titles()[:3] == ["방문객 안내", "직원 찾기", "처리기한 계산"]
    assert len(titles()) == 11 and window.is_built()
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

    name = find(window, QLineEdit, "방문객 성명")
    type_text(qtbot, name, "김영희")
    press_enter(qtbot, name)
    assert "데이터베이스가 열려 있지 않아 접수할 수 없습니다" in window.visitor_desk.form.formMessage.text()
    assert name.text() == "김영희"

    folder.mkdir()
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    assert outcomes == [EXIT_STORAGE, EXIT_OK]
    assert window.is_attached() and not retry.isVisible() and window.db_message() == ""
    assert window.visitor_desk.form.boardSummary.text() == "기다리는 방문객이 없습니다."
    assert find(window, QLabel, "데이터베이스").text().startswith("데이터베이스: SQLite")
    assert (folder / "minwon.db").exists()
    assert name.hasFocus()
    press_enter(qtbot, name)  # a new database has no staff yet: now the operator is asked for
    assert "근무자를 먼저 고르세요" in window.visitor_desk.form.formMessage.text()
    assert name.text() == "김영희"


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
