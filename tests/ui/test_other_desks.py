"""One agency, many desks: a real window in this process follows what other processes
commit — a check-in at another desk, a memo the telephone system takes for this desk's
operator, a visitor greeted elsewhere — on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, CheckInRequest
from minwon_desk.ui.main_window import MainWindow
from tests.support.seed import SmallAgency

from .compensation_helpers import complaint, repeat_visit, rows
from .conftest import (
    DESK_PASSWORD,
    LiveWindowFactory,
    RecordingNotifier,
    RecordingSound,
    desk_account,
    desk_config,
    find,
    show_window,
    sign_in,
)
from .keyboard import press, type_text

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
           "--db-url", url, "--charter", "mss", "--desk", "전화 접수", "--as", "T0001"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "MINWON_PASSWORD": DESK_PASSWORD})
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def open_live(
    open_live_window: LiveWindowFactory, tmp_path: Path, db_backend: Backend
) -> Callable[[], MainWindow]:
    """Opens the desk's window on ``db_backend``, following the other desks."""
    return lambda: open_live_window(db_backend, tmp_path / "desk")


@pytest.fixture
def live_window(open_live: Callable[[], MainWindow]) -> MainWindow:
    return open_live()


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
    qtbot.waitUntil(lambda: any(t == "전화메모가 왔습니다" for t, _ in notifier.messages))
    [(_title, text)] = [m for m in notifier.messages if m[0] == "전화메모가 왔습니다"]
    assert "보조금 서류 문의" in text


def test_a_case_answered_upstairs_leaves_the_desks_overdue_list(
    open_live: Callable[[], MainWindow], db_backend: Backend, db_actor: Actor,
    db_agency: SmallAgency, db_url: str, qtbot: QtBot, fake_clock,
) -> None:
    now = fake_clock()
    fake_clock.set(datetime(2026, 6, 25, 10, tzinfo=SEOUL))  # 3 days: due on 6/30
    late = complaint(db_backend, db_actor, db_agency.officers[0], "고충", "지원금 지급 지연")
    fake_clock.set(now)
    window = open_live()
    page = window.case_page
    assert page.title() == "민원 처리 (지남 1)"

    other_desk(db_url, "answer", db_agency.officers[0].employee_no, str(late.id),
               now=now.isoformat())
    qtbot.waitUntil(lambda: page.title() == "민원 처리", timeout=WAIT_MS)
    nav = window.form.navList
    assert any(nav.item(i).text() == "민원 처리" for i in range(nav.count()))


def test_a_voucher_approved_at_another_desk_leaves_the_candidates(
    open_live: Callable[[], MainWindow], db_backend: Backend, db_actor: Actor,
    db_agency: SmallAgency, db_url: str, qtbot: QtBot, fake_clock,
) -> None:
    visit_id = repeat_visit(db_backend, db_actor, db_agency.officers[0], fake_clock)
    window = open_live()
    page = window.compensation
    window.show_widget(page)
    qtbot.waitUntil(lambda: len(rows(page.form.candidateTable)) == 1)
    [before] = rows(page.form.candidateTable)
    assert before[2] == "김*원" and before[5] == "결정 대기"

    serial = other_desk(db_url, "approve", "T0004", "repeat_visit", str(visit_id),
                        now=fake_clock().isoformat())
    assert serial
    # Decided elsewhere: no longer waiting for this supervisor's decision.
    qtbot.waitUntil(lambda: rows(page.form.candidateTable) == [], timeout=WAIT_MS)


def test_an_officer_sent_on_a_trip_elsewhere_is_shown_away_at_check_in(
    live_window: MainWindow, db_url: str, qtbot: QtBot, fake_clock,
) -> None:
    combo = find(live_window, QComboBox, "찾는 직원")
    type_text(qtbot, combo.lineEdit(), "김민준")
    form = live_window.visitor_desk.check_in_form
    assert form.officer_status() == ""  # in today

    other_desk(db_url, "trip", "T0001", "T0002", "T0005", now=fake_clock().isoformat())
    qtbot.waitUntil(lambda: form.officer_status() != "", timeout=WAIT_MS)
    deputy = live_window.visitor_desk.form.deputyButton
    assert deputy.isVisible() and deputy.text() == "최유진에게 (F3)"


def test_the_second_desk_to_greet_is_told_who_was_first_and_keeps_what_it_typed(
    qtbot: QtBot, tmp_path: Path, db_backend: Backend, db_actor: Actor, db_url: str,
    sound: RecordingSound, notifier: RecordingNotifier, fake_clock,
) -> None:
    # No asyncio loop here: this window hears nothing from other desks, as if both desks
    # pressed F2 in the same instant.
    visit = db_backend.visits.check_in(db_actor, CheckInRequest("홍길동", purpose="상담"))
    desk_account(db_backend)
    window = MainWindow(desk_config(tmp_path / "desk", db_backend.desk), backend=db_backend,
                        sound_player=sound, notifier=notifier)
    show_window(qtbot, window)
    sign_in(window)
    qtbot.waitUntil(window.is_built)
    assert not window.live.feed.running()
    name = find(window, QLineEdit, "방문객 성명")
    type_text(qtbot, name, "다음손님")  # the next visitor, half typed

    other_desk(db_url, "greet", "T0002", str(visit.id), now=fake_clock().isoformat())
    window.visitor_desk.select_visit(visit.id)
    table = find(window, QTableView, "대기 방문객 목록")
    table.setFocus()
    press(qtbot, table, Qt.Key.Key_F2)

    alert = window.visitor_desk.form.alertBanner.text()
    assert alert == "이미 10:00에 김민준 님이 응대를 시작한 방문객입니다."
    model = window.visitor_desk.model
    assert model.visit_at(0).greeted_by == "김민준"  # the row was read again
    assert "김민준" in model.clock_text_at(0)
    assert name.text() == "다음손님"
    window.close()
