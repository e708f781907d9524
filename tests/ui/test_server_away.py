"""The server goes away and comes back while a desk works: a private PostgreSQL cluster of
the test's own is stopped, restarted and cut (never the shared test server). The window
says so in its bar, keeps the check-ins and memos typed meanwhile on this PC (on the board
and the memo page, "전송 대기"), and sends them once each, in order, with the times they
were typed; the app killed with items kept sends them at its next start."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from minwon_desk.domain.charter import Charter
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import CheckInRequest
from minwon_desk.store.models import Memo, Visit
from minwon_desk.ui.main_window import MainWindow
from tests.conftest import open_seeded
from tests.support.seed import actor_for

from .conftest import (
    LiveWindowFactory,
    find,
)
from .keyboard import press, press_enter, type_text
from .test_memo_page import type_memo

ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 20_000  # back-off is up to a few seconds; a cluster starts in about one


@pytest.fixture
def pg_backend(private_pg: Any, fake_clock: Any, mss_charter: Charter) -> Iterator[Backend]:
    b = open_seeded(private_pg.url, fake_clock, mss_charter)
    yield b
    b.close()


@pytest.fixture
def desk_dir(tmp_path: Path) -> Path:
    return tmp_path / "desk"


@pytest.fixture
def open_window(
    open_live_window: LiveWindowFactory, desk_dir: Path
) -> Callable[[Backend], MainWindow]:
    return lambda backend: open_live_window(backend, desk_dir)


def bar(window: MainWindow) -> str:
    return window.live.bar.text()


def check_in(qtbot: QtBot, window: MainWindow, name: str, purpose: str) -> None:
    type_text(qtbot, find(window, QLineEdit, "방문객 성명"), name)
    type_text(qtbot, find(window, QLineEdit, "방문 목적"), purpose)
    press_enter(qtbot, find(window, QComboBox, "찾는 직원").lineEdit())


def board(window: MainWindow) -> list[tuple[str, str]]:
    model = window.visitor_desk.model
    return [(model.visit_at(r).visitor_name, model.clock_text_at(r))
            for r in range(model.rowCount())]


def stored(backend: Backend) -> tuple[list[Any], list[Any]]:
    with backend.db.read() as session:
        visits = [(v.visitor_name, v.checked_in_at) for v in
                  session.scalars(select(Visit).order_by(Visit.id))]
        memos = [(m.caller_name, m.taken_at, m.number) for m in
                 session.scalars(select(Memo).order_by(Memo.id))]
    return visits, memos


def test_a_restart_mid_run_keeps_what_is_typed_and_sends_it_once_in_order(
    pg_backend: Backend, private_pg: Any, open_window: Callable[[Backend], MainWindow],
    qtbot: QtBot, fake_clock: Any,
) -> None:
    window = open_window(pg_backend)
    assert bar(window) == ""
    private_pg.stop()
    qtbot.waitUntil(lambda: "서버와 연결이 끊겼습니다" in bar(window), timeout=WAIT_MS)
    assert "다시 연결하는 중" in bar(window)

    first_at = fake_clock()
    check_in(qtbot, window, "홍길동", "창업 상담")
    form = window.visitor_desk.check_in_form
    assert "이 PC에 보관했습니다" in form.errors.message_text()
    assert find(window, QLineEdit, "방문객 성명").text() == ""  # taken: the form is free
    assert board(window)[0][0] == "홍길동" and board(window)[0][1].startswith("전송 대기")
    qtbot.waitUntil(lambda: "보관 중 1건" in bar(window))

    fake_clock.advance(seconds=30)
    page = window.memo_page
    window.show_widget(page)
    type_memo(qtbot, page, caller="김철수", phone="010-2222-3333", gist="보조금 문의 회신 바람",
              officer_name="김민준")
    press_enter(qtbot, page.form.callerEdit)
    assert "이 PC에 보관했습니다" in page.memo_form.message()
    assert page.form.callerEdit.text() == ""
    assert window.live.pending_memos is not None
    [line] = window.live.pending_memos.lines()
    assert "김*수" in line and "김민준" in line and "전송 대기" in line

    fake_clock.advance(seconds=30)
    window.show_widget(window.visitor_desk)
    check_in(qtbot, window, "이영희", "서류 제출")
    qtbot.waitUntil(lambda: "보관 중 3건" in bar(window))

    fake_clock.advance(minutes=2)
    private_pg.start()
    qtbot.waitUntil(lambda: bar(window) == "", timeout=WAIT_MS)
    visits, memos = stored(pg_backend)
    assert [(n, at) for n, at in visits] == [
        ("홍길동", first_at), ("이영희", first_at + timedelta(minutes=1))]
    [(caller, taken_at, number)] = memos
    assert caller == "김철수" and taken_at == first_at + timedelta(seconds=30)
    assert number.startswith("M2026-")
    qtbot.waitUntil(lambda: [n for n, _ in board(window)] == ["홍길동", "이영희"])
    assert not any(text.startswith("전송 대기") for _, text in board(window))
    assert window.live.pending_memos.lines() == []
    window.live.queue.send_now()
    assert stored(pg_backend) == (visits, memos)  # once each


def test_a_cut_connection_is_noticed_and_the_window_catches_up(
    pg_backend: Backend, private_pg: Any, open_window: Callable[[Backend], MainWindow],
    qtbot: QtBot, fake_clock: Any,
) -> None:
    window = open_window(pg_backend)
    lost: list[bool] = []
    window.live.feed.link_changed.connect(lambda link: lost.append(not link.connected))
    assert private_pg.terminate() >= 1
    qtbot.waitUntil(lambda: True in lost, timeout=WAIT_MS)
    other = [sys.executable, "-m", "tests.support.other_desk", private_pg.url, "check_in",
             "T0003", "박방문", "--now", fake_clock().isoformat()]
    done = subprocess.run(other, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: [n for n, _ in board(window)] == ["박방문"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bar(window) == "", timeout=WAIT_MS)


def test_items_kept_by_a_desk_killed_outright_are_sent_at_its_next_start(
    pg_backend: Backend, private_pg: Any, open_window: Callable[[Backend], MainWindow],
    desk_dir: Path, qtbot: QtBot, fake_clock: Any,
) -> None:
    # The desk keeps two items while the server is away, then dies by SIGKILL.
    script = ROOT / "tests" / "support" / "kept_then_killed.py"
    done = subprocess.run(
        [sys.executable, str(script), private_pg.url, str(desk_dir), pg_backend.desk,
         fake_clock().isoformat()],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == -9, done.stderr
    assert stored(pg_backend) == ([], [])

    fake_clock.advance(minutes=5)
    window = open_window(pg_backend)
    qtbot.waitUntil(lambda: len(stored(pg_backend)[0]) == 1, timeout=WAIT_MS)
    visits, memos = stored(pg_backend)
    assert visits == [("최방문", fake_clock() - timedelta(minutes=5))]
    assert [m[0] for m in memos] == ["정민원"]
    qtbot.waitUntil(lambda: [n for n, _ in board(window)] == ["최방문"])
    assert bar(window) == ""


def test_while_away_other_work_is_refused_with_a_clear_sentence(
    pg_backend: Backend, private_pg: Any, open_window: Callable[[Backend], MainWindow],
    qtbot: QtBot,
) -> None:
    operator = pg_backend.staff.by_employee_no("T0001")
    visit = pg_backend.visits.check_in(actor_for(pg_backend, operator),
                                       CheckInRequest("홍길동"))
    window = open_window(pg_backend)
    private_pg.stop()
    qtbot.waitUntil(lambda: "서버와 연결이 끊겼습니다" in bar(window), timeout=WAIT_MS)
    type_text(qtbot, find(window, QLineEdit, "방문객 성명"), "다음손님")  # half typed
    table = find(window, QTableView, "대기 방문객 목록")
    window.visitor_desk.select_visit(visit.id)
    table.setFocus()
    press(qtbot, table, Qt.Key.Key_F2)
    alert = window.visitor_desk.form.alertBanner.text()
    assert "데이터베이스 서버에 연결할 수 없어 저장하지 못했습니다" in alert
    assert window.visitor_desk.model.visit_at(0).greeted_at is None
    assert find(window, QLineEdit, "방문객 성명").text() == "다음손님"

    private_pg.start()
    qtbot.waitUntil(lambda: bar(window) == "", timeout=WAIT_MS)
    press(qtbot, table, Qt.Key.Key_F2)  # again, now that it is back
    assert window.visitor_desk.model.visit_at(0).greeted_at is not None
