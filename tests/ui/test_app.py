"""Starting the app for real: window first, demo database, screenshot, exit codes, trace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from minwon_desk.app import EXIT_CHARTER, EXIT_OK, EXIT_STORAGE, TRACE_ENV, run_gui
from minwon_desk.settings import resolve_config
from minwon_desk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    """A failure is told in the window; a modal box would block a retry (and this test run)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda _parent, title, text, *a: shown.append((title, text))))
    yield shown
    assert shown == []


def shot_of(path: Path) -> QImage:
    image = QImage(str(path))
    assert not image.isNull(), f"no screenshot at {path}"
    assert image.width() >= 960 and image.height() >= 600
    return image


def test_demo_starts_and_saves_a_screenshot(qapp: QApplication, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    config = resolve_config(data_dir=tmp_path, demo=True)
    assert run_gui(config, screenshot=shot) == EXIT_OK
    shot_of(shot)
    assert (tmp_path / "demo" / "demo.db").exists()


def test_the_screenshot_shows_the_filled_board(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[bool, int]] = []
    grab = MainWindow.grab

    def spy(window: MainWindow) -> QPixmap:
        seen.append((window.is_attached(), window.visitor_desk.model.rowCount()))
        return grab(window)

    monkeypatch.setattr(MainWindow, "grab", spy)
    config = resolve_config(data_dir=tmp_path, demo=True)
    assert run_gui(config, screenshot=tmp_path / "shot.png") == EXIT_OK
    [(attached, rows)] = seen
    assert attached and rows > 0


def test_the_start_up_trace_says_shown_then_ready(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trace = tmp_path / "trace.txt"
    monkeypatch.setenv(TRACE_ENV, str(trace))
    config = resolve_config(data_dir=tmp_path, demo=True)
    assert run_gui(config, screenshot=tmp_path / "shot.png") == EXIT_OK
    lines = [line.split() for line in trace.read_text(encoding="utf-8").splitlines()]
    assert [label for label, _ms in lines] == ["shown", "ready"]
    shown, ready = (int(ms) for _label, ms in lines)
    assert 0 < shown <= ready


def test_unreachable_database_exits_1_with_a_screenshot(qapp: QApplication, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    url = f"sqlite:///{tmp_path / 'gone' / 'minwon.db'}"
    config = resolve_config(data_dir=tmp_path / "data", db_url=url)
    assert run_gui(config, screenshot=shot) == EXIT_STORAGE
    shot_of(shot)


def test_broken_charter_exits_2_with_a_screenshot(qapp: QApplication, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    charter = tmp_path / "agency.toml"
    charter.write_text('[charter\nname = "x"\n', encoding="utf-8")
    config = resolve_config(data_dir=tmp_path, charter=str(charter))
    assert run_gui(config, screenshot=shot) == EXIT_CHARTER
    shot_of(shot)


def test_closing_before_the_database_ever_opened_keeps_the_failure_code(
    qapp: QApplication, tmp_path: Path
) -> None:
    charter = tmp_path / "agency.toml"
    charter.write_text('[charter\nname = "x"\n', encoding="utf-8")
    config = resolve_config(data_dir=tmp_path, charter=str(charter))

    def close_when_told() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows and "이행표준 파일 오류" in windows[0].db_message():
            windows[0].close()  # the operator reads the message and gives up
        else:
            QTimer.singleShot(20, close_when_told)

    QTimer.singleShot(0, close_when_told)
    assert run_gui(config) == EXIT_CHARTER


def test_the_window_is_gone_after_the_run(qapp: QApplication, tmp_path: Path) -> None:
    config = resolve_config(data_dir=tmp_path, demo=True)
    assert run_gui(config, screenshot=tmp_path / "shot.png") == EXIT_OK
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_qt_own_buttons_and_dialogs_speak_korean(qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication

    from minwon_desk.app import _application

    assert _application() is qapp
    # The print dialog, file dialogs and message-box buttons are Qt's own words.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"
    assert QCoreApplication.translate("QPrintDialog", "Print") == "인쇄"
