"""The window's own daily backup runs off the GUI thread and says what it made; the
administrator saves one from the 파일 menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.services.backup.copy import verify
from minwon_desk.ui.common.backup_menu import BackupOpener
from minwon_desk.ui.common.daily_backup import DailyBackup
from tests.support.seed import actor_for

from .conftest import WindowFactory


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


def test_the_administrator_saves_a_backup_from_the_file_menu(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(backend)  # the desk's account holds every role, 관리자 among them
    target = tmp_path / "창구에서 만든 백업.mwbak"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: (str(target), "민원 데스크 백업 (*.mwbak)"))
    menu_texts = [a.text() for a in window.form.menuFile.actions()]
    assert "백업(&B)…" in menu_texts
    window.backup_opener.action.trigger()
    qtbot.waitUntil(lambda: "백업했습니다" in window.form.statusBar.currentMessage(), timeout=30_000)
    assert verify(target, None).counts["staff"] == 6


def test_someone_else_is_told_the_backup_is_the_administrators(
    qtbot: QtBot, backend: Backend, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    officer = actor_for(backend, backend.staff.by_employee_no("T0002"))  # 담당자 only
    opener = BackupOpener(window, lambda: backend, lambda: officer, tmp_path, lambda _t: None)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text: told.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: pytest.fail("no file is asked for"))
    opener.action.trigger()
    assert told and "관리자" in told[0]
