"""A memo saved while another desk (a separate process) holds the lock the save needs: the
form says "다른 창구가 저장하는 중입니다 — 다시 시도합니다", keeps what was typed, tries again
by itself, and saves once the other desk is done; if the other desk never lets go, it gives
up with the refusal sentence and the text still there."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from minwon_desk.domain.charter import Charter
from minwon_desk.services.backend import Backend
from minwon_desk.store import errors
from minwon_desk.store.engine import sqlite_file
from minwon_desk.ui import background
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.cases.form import CaseForm
from minwon_desk.ui.common.directory_cache import DirectoryCache
from minwon_desk.ui.memos.page import MemoPage
from tests.conftest import FakeClock, open_seeded
from tests.support.seed import actor_for, small_agency

from .conftest import RecordingNotifier, WindowFactory, find, show_window
from .keyboard import press_enter, type_text

_MEMO_NUMBERS = 0x4D454D4F  # the advisory lock memo numbering takes on PostgreSQL

_HOLD_SQLITE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""
_HOLD_PG = """
import psycopg, sys
with psycopg.connect(sys.argv[1]) as conn:
    conn.execute(f"SELECT pg_advisory_xact_lock({int(sys.argv[2])})")
    print("held", flush=True)
    sys.stdin.readline()
    conn.rollback()
"""


@contextmanager
def other_desk(url: str) -> Iterator[subprocess.Popen[str]]:
    """Another desk, in a process of its own, holding the lock a memo's save needs until
    a line is written to it."""
    path = sqlite_file(url)
    if path is not None:
        args = [_HOLD_SQLITE, str(path)]
    else:
        plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        args = [_HOLD_PG, plain, str(_MEMO_NUMBERS)]
    with subprocess.Popen([sys.executable, "-c", *args], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as proc:
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
            yield proc
        finally:
            if proc.poll() is None:
                release(proc)


def release(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.write("done\n")
    proc.stdin.close()
    proc.wait(timeout=30)


@pytest.fixture
def impatient(db_url: str, fake_clock: FakeClock, mss_charter: Charter) -> Iterator[Backend]:
    """The small agency, waiting at most 0.2 s for another desk's lock in one try."""
    backend = open_seeded(db_url, fake_clock, mss_charter, busy_timeout_ms=200)
    yield backend
    backend.close()


@pytest.fixture
def page(qtbot: QtBot, impatient: Backend, notifier: RecordingNotifier) -> Iterator[MemoPage]:
    actor = actor_for(impatient, small_agency(impatient).operator)
    bridge = EventBridge(impatient.events)
    cache = DirectoryCache(bridge)
    cache.attach(impatient)
    memo_page = MemoPage(impatient, lambda: actor, bridge, notifier, cache=cache)
    show_window(qtbot, memo_page)
    yield memo_page
    memo_page.stop()


def _type(qtbot: QtBot, page: MemoPage) -> None:
    f = page.form
    type_text(qtbot, f.callerEdit, "홍길동")
    type_text(qtbot, f.phoneEdit, "01023456789")
    type_text(qtbot, f.gistEdit, "민원 서류 문의")
    f.callerEdit.setFocus()


def test_the_form_waits_for_another_desk_and_then_saves(
    qtbot: QtBot, page: MemoPage, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The waits between tries stretched, so the other desk lets go while the form waits.
    monkeypatch.setattr(background, "LOCK_RETRY_WAITS_S", (0.3, 0.3, 0.3, 0.3, 0.3, 0.3))
    _type(qtbot, page)
    with other_desk(db_url) as desk:
        press_enter(qtbot, page.form.callerEdit)
        assert page.memo_form.message().startswith("다른 창구가 저장하는 중입니다 — 다시 시도합니다")
        assert page.form.callerEdit.text() == "홍길동"
        assert page.form.gistEdit.toPlainText() == "민원 서류 문의"
        assert page.memo_form.retrying()
        press_enter(qtbot, page.form.callerEdit)  # a second Enter does not save twice
        release(desk)
    qtbot.waitUntil(lambda: not page.memo_form.retrying(), timeout=30_000)
    assert page.memo_form.message().startswith("M2026-000001 메모를"), page.memo_form.message()
    assert page.form.callerEdit.text() == ""


def test_the_form_gives_up_with_the_text_kept(
    qtbot: QtBot, page: MemoPage, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(background, "LOCK_RETRY_WAITS_S", (0.05, 0.05))
    _type(qtbot, page)
    with other_desk(db_url):
        press_enter(qtbot, page.form.callerEdit)
        assert page.memo_form.message().startswith("다른 창구가 저장하는 중입니다")
        qtbot.waitUntil(lambda: not page.memo_form.retrying(), timeout=30_000)
        assert page.memo_form.message() == errors.LOCKED
    assert page.form.callerEdit.text() == "홍길동"
    assert page.form.gistEdit.toPlainText() == "민원 서류 문의"
    assert page.form.saveButton.isEnabled()
    press_enter(qtbot, page.form.callerEdit)  # the other desk is done: Enter saves it
    assert page.memo_form.message().startswith("M2026-000001 메모를")


def test_a_check_in_waits_for_another_desk_too(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, fake_clock: FakeClock,
    mss_charter: Charter, monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = f"sqlite:///{tmp_path / 'counter.db'}"
    backend = open_seeded(url, fake_clock, mss_charter, busy_timeout_ms=200)
    try:
        window = make_window(backend)
        monkeypatch.setattr(background, "LOCK_RETRY_WAITS_S", (0.3,) * 6)
        name = find(window, QLineEdit, "방문객 성명")
        type_text(qtbot, name, "홍길동")
        type_text(qtbot, find(window, QLineEdit, "방문 목적"), "서류 제출")
        form = window.visitor_desk.check_in_form
        with other_desk(url) as desk:
            press_enter(qtbot, name)
            assert form.errors.message_text().startswith("다른 창구가 저장하는 중입니다 — 다시 시도합니다")
            assert name.text() == "홍길동"
            release(desk)
        qtbot.waitUntil(lambda: not form.lock_retry.running(), timeout=30_000)
        assert form.errors.message_text().endswith("님을 접수했습니다."), form.errors.message_text()
        assert len(backend.visits.list_waiting()) == 1 and name.text() == ""
    finally:
        window.close()
        backend.close()


def test_a_case_registration_waits_for_another_desk_too(
    qtbot: QtBot, tmp_path: Path, fake_clock: FakeClock, mss_charter: Charter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from .case_helpers import Desk, active, make_page

    url = f"sqlite:///{tmp_path / 'cases.db'}"
    backend = open_seeded(url, fake_clock, mss_charter, busy_timeout_ms=200)
    try:
        agency = small_agency(backend)
        page = make_page(qtbot, backend, Desk(actor_for(backend, agency.operator)))
        monkeypatch.setattr(background, "LOCK_RETRY_WAITS_S", (0.3,) * 6)
        page.actions.register()
        form = active(qtbot, page.actions.dialog)
        assert isinstance(form, CaseForm)
        f = form.form
        type_text(qtbot, f.nameEdit, "홍길동")
        type_text(qtbot, f.subjectEdit, "창업 지원사업 신청 자격 문의")
        type_text(qtbot, f.contentEdit, "예비창업자도 신청할 수 있는지")
        with other_desk(url) as desk:
            form.submit()
            assert form.message().startswith("다른 창구가 저장하는 중입니다 — 다시 시도합니다")
            assert f.subjectEdit.text() == "창업 지원사업 신청 자격 문의" and form.isVisible()
            release(desk)
        qtbot.waitUntil(lambda: page.changed != [], timeout=30_000)  # registered; the form closed
        assert backend.cases.detail(page.changed[0]).view.subject == "창업 지원사업 신청 자격 문의"
    finally:
        backend.close()


def test_a_note_on_a_case_waits_for_another_desk_without_freezing_the_dialog(
    qtbot: QtBot, tmp_path: Path, fake_clock: FakeClock, mss_charter: Charter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from minwon_desk.services.cases.dto import CaseRequest
    from minwon_desk.ui.cases.dialogs import NoteDialog

    from .case_helpers import Desk, active, make_page
    from .keyboard import press

    url = f"sqlite:///{tmp_path / 'cases.db'}"
    # A desk that would wait 20 s in one try: only the dialog's short tries keep
    # it answering while the other desk writes.
    backend = open_seeded(url, fake_clock, mss_charter, busy_timeout_ms=20_000)
    try:
        agency = small_agency(backend)
        actor = actor_for(backend, agency.operator)
        case = backend.cases.open(actor, CaseRequest("질의-제도", "방문", "업종 기준 해석 요청",
                                                     petitioner_name="홍길동"))
        page = make_page(qtbot, backend, Desk(actor))
        monkeypatch.setattr(background, "LOCK_RETRY_WAITS_S", (0.3,) * 6)
        page.actions.add_note(case)
        note = active(qtbot, page.actions.dialog)
        assert isinstance(note, NoteDialog)
        type_text(qtbot, note.text, "민원인과 통화함")
        with other_desk(url) as desk:
            press(qtbot, note.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            assert note.message().startswith("다른 창구가 저장하는 중입니다 — 다시 시도합니다")
            assert note.isVisible() and note.text.toPlainText() == "민원인과 통화함"
            press(qtbot, note.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Enter again: not saved twice
            release(desk)
        qtbot.waitUntil(lambda: page.actions.dialog is None, timeout=30_000)  # saved and closed
        notes = [e.note for e in backend.cases.detail(case.id).events]
        assert notes[-1] == "민원인과 통화함" and notes.count("민원인과 통화함") == 1
    finally:
        backend.close()
