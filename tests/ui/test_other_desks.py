"""One agency, many desks: a real window in this process follows what other processes
commit — a check-in at another desk, a memo the telephone system takes for this desk's
operator, a visitor greeted elsewhere — on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.ui.main_window import MainWindow
from tests.support.seed import SmallAgency

from .conftest import RecordingNotifier, RecordingSound, desk_config, show_window

ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 15_000  # another process starts Python and opens the database first


def other_desk(url: str, *args: str, now: str | None = None) -> str:
    """Run one action at another desk (tests/support/other_desk.py); its output."""
    cmd = [sys.executable, "-m", "tests.support.other_desk", url, *args]
    if now is not None:
        cmd += ["--now", now]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def command_line(data_dir: Path, url: str, *args: str) -> str:
    """``minwon-desk --data-dir … --db-url … ARGS`` in a process of its own."""
    cmd = [sys.executable, "-m", "minwon_desk", *args, "--data-dir", str(data_dir),
           "--db-url", url, "--charter", "mss", "--desk", "전화 접수"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def live_window(
    qasync_loop: asyncio.AbstractEventLoop, qtbot: QtBot, tmp_path: Path, db_backend: Backend,
    sound: RecordingSound, notifier: RecordingNotifier,
) -> Iterator[MainWindow]:
    """The desk's window on ``db_backend``, following the other desks."""
    config = desk_config(tmp_path / "desk", db_backend.desk)
    window = MainWindow(config, backend=db_backend, sound_player=sound, notifier=notifier)
    show_window(qtbot, window)
    qtbot.waitUntil(window.is_built)
    qtbot.waitUntil(lambda: window.live.feed.linked, timeout=WAIT_MS)
    yield window
    window.close()


def board_names(window: MainWindow) -> list[str]:
    model = window.visitor_desk.model
    return [model.visit_at(r).visitor_name for r in range(model.rowCount())]


def test_a_check_in_and_a_greeting_at_another_desk_reach_the_board(
    live_window: MainWindow, db_url: str, db_agency: SmallAgency, qtbot: QtBot, fake_clock
) -> None:
    now = fake_clock().isoformat()
    visit_id = int(other_desk(db_url, "check_in", "T0003", "김방문", "T0002", now=now))
    qtbot.waitUntil(lambda: board_names(live_window) == ["김방문"], timeout=WAIT_MS)
    model = live_window.visitor_desk.model
    assert model.visit_at(0).desk == "2층 민원실"
    assert "김민준" in model.visit_at(0).officer_label

    other_desk(db_url, "greet", "T0002", str(visit_id), now=now)
    qtbot.waitUntil(lambda: model.visit_at(0).greeted_at is not None, timeout=WAIT_MS)
    assert "김민준" in model.clock_text_at(0)


def test_a_memo_the_telephone_system_takes_reaches_the_operator(
    live_window: MainWindow, db_url: str, tmp_path: Path, notifier: RecordingNotifier,
    qtbot: QtBot,
) -> None:
    page = live_window.memo_page
    assert page.mine_model.rowCount() == 0
    out = command_line(tmp_path / "phone", db_url, "memo", "take", "--caller", "홍길동",
                       "--phone", "010-1234-5678", "--gist", "보조금 서류 문의", "--for", "T0001",
                       "--as", "T0002")
    number = out.split("\t")[0]
    qtbot.waitUntil(lambda: page.mine_model.rowCount() == 1, timeout=WAIT_MS)
    assert page.mine_model.memo_at(0).number == number
    assert page.title() == "전화메모 (1)"
    nav = live_window.form.navList
    assert any(nav.item(i).text() == "전화메모 (1)" for i in range(nav.count()))
    qtbot.waitUntil(lambda: any(t == "새 전화메모" for t, _ in notifier.messages))
    [(_title, text)] = [m for m in notifier.messages if m[0] == "새 전화메모"]
    assert "보조금 서류 문의" in text
