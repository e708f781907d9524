"""The window's own daily backup runs off the GUI thread and says what it made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.ui.common.daily_backup import DailyBackup


def test_the_days_backup_is_made_in_the_background_and_said(
    qtbot: QtBot, backend: Backend, tmp_path: Path
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    said: list[str] = []
    daily = DailyBackup(window, backend, tmp_path / "backups", 14, said.append, first_after_ms=0)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert "오늘의 자동 백업을 만들었습니다" in said[0]
    assert len(list((tmp_path / "backups").glob("minwon-auto-*.mwbak"))) == 1
    daily.run_now()  # later the same day: nothing more
    qtbot.waitUntil(daily.idle.is_set, timeout=30_000)
    assert len(said) == 1


def test_a_failed_backup_is_said_not_shown_in_a_box(
    qtbot: QtBot, backend: Backend, tmp_path: Path
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x")
    said: list[str] = []
    DailyBackup(window, backend, blocker / "backups", 14, said.append, first_after_ms=0)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert said[0].startswith("자동 백업을 만들지 못했습니다")
    assert "폴더가 아닌 파일" in said[0]
