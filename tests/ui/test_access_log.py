"""The access log as a person at the desk leaves it: the masked lists leave nothing, opening
a memo or a case (where the caller or petitioner is shown whole) leaves one row each, and
when the row cannot be written the name is not shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt as QtNS
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.dto import Actor, MemoRequest
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.cases._columns import NUMBER
from minwon_desk.ui.cases.page import ALL_TAB, CasePage
from minwon_desk.ui.common.directory_cache import DirectoryCache
from minwon_desk.ui.memos.page import MemoPage
from tests.conftest import FakeClock

from .conftest import RecordingNotifier, show_window


def access_rows(backend: Backend) -> list[tuple[str, str, str, str, int]]:
    with backend.db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(  # type: ignore[misc]
            "SELECT operation, entity, subjects, what, actor_id FROM access_log ORDER BY id"))]


@pytest.fixture
def bridge(backend: Backend) -> Iterator[EventBridge]:
    b = EventBridge(backend.events)
    yield b
    b.detach()


@pytest.fixture
def memo_page(
    qtbot: QtBot, backend: Backend, actor: Actor, bridge: EventBridge, notifier: RecordingNotifier
) -> Iterator[MemoPage]:
    cache = DirectoryCache(bridge)
    cache.attach(backend)
    page = MemoPage(backend, lambda: actor, bridge, notifier, cache=cache)
    show_window(qtbot, page)
    yield page
    page.stop()


@pytest.fixture
def case_page(
    qtbot: QtBot, backend: Backend, actor: Actor, bridge: EventBridge
) -> Iterator[CasePage]:
    cache = DirectoryCache(bridge)
    cache.attach(backend)
    page = CasePage(backend, lambda: actor, bridge, cache=cache)
    show_window(qtbot, page)
    qtbot.waitUntil(lambda: not page.is_loading())
    yield page
    page.stop()
    QThreadPool.globalInstance().waitForDone()


def _memos(backend: Backend, actor: Actor) -> list[int]:
    return [backend.memos.take(actor, MemoRequest(name, phone, "서류 문의")).id
            for name, phone in (("정민수", "010-3456-7890"), ("한가람", "010-9876-5432"))]


def test_the_memo_list_logs_nothing_and_each_opened_memo_one_row(
    memo_page: MemoPage, backend: Backend, actor: Actor
) -> None:
    first, second = _memos(backend, actor)
    memo_page.reload_mine()
    memo_page.reload_all()
    assert memo_page.selected_memo() is None
    assert access_rows(backend) == []  # masked lists: 정*수, 010-****-7890
    memo_page.show_all()
    assert memo_page.select_memo(first)
    assert "정민수" in memo_page.form.detailText.text()
    assert access_rows(backend) == [("조회", "memo", str(first), "전화메모 상세", actor.staff_id)]
    memo_page.reload_all()  # a refresh with the memo still open is not a new view
    assert len(access_rows(backend)) == 1
    assert memo_page.select_memo(second)
    assert [r[2] for r in access_rows(backend)] == [str(first), str(second)]


def test_a_memo_is_not_shown_whole_when_its_view_cannot_be_logged(
    memo_page: MemoPage, backend: Backend, actor: Actor
) -> None:
    first, _second = _memos(backend, actor)
    memo_page.reload_mine()
    with backend.db.engine.begin() as conn:  # the log cannot be written (a broken database)
        conn.exec_driver_sql("ALTER TABLE access_log RENAME TO access_log_away")
    assert memo_page.select_memo(first)
    shown = memo_page.form.detailText.text()
    assert "정민수" not in shown and "010-3456-7890" not in shown
    assert shown  # the reason is said instead


def test_the_case_lists_log_nothing_and_a_chosen_case_one_row(
    qtbot: QtBot, case_page: CasePage, backend: Backend, actor: Actor
) -> None:
    case = backend.cases.open(actor, CaseRequest(
        case_type="질의-제도", channel="방문", subject="창업 지원 자격", content="자격 문의",
        petitioner_name="홍길동", petitioner_contact="010-2345-6789"))
    case_page.form.listTabs.setCurrentIndex(ALL_TAB)
    case_page.reload_all(background=False)
    qtbot.waitUntil(lambda: not case_page.is_loading())
    assert access_rows(backend) == []
    table: QTableView = case_page.current_table()
    rect = table.visualRect(table.model().index(0, NUMBER))
    qtbot.mouseClick(table.viewport(), QtNS.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: "홍길동" in case_page.detail.text())
    assert access_rows(backend) == [("조회", "case", str(case.id), "민원 상세", actor.staff_id)]


def test_a_compensation_candidate_chosen_logs_its_recipient_view_once(
    qtbot: QtBot, backend: Backend, actor: Actor, bridge: EventBridge, fake_clock: FakeClock,
) -> None:
    from .case_helpers import Desk
    from .compensation_helpers import make_page, repeat_visit

    visit_id = repeat_visit(backend, actor, backend.staff.by_employee_no("T0002"), fake_clock)
    page = make_page(qtbot, backend, Desk(actor), bridge)
    try:
        qtbot.waitUntil(lambda: page.review.model.rowCount() == 1)
        assert access_rows(backend) == []  # the candidates' list is masked (김*원)
        table = page.form.candidateTable
        table.setFocus()
        for _ in range(2):  # chosen twice: one view
            qtbot.mouseClick(table.viewport(), QtNS.MouseButton.LeftButton,
                             pos=table.visualRect(table.model().index(0, 0)).center())
        assert "김민원" in page.form.recipientText.text()
        assert access_rows(backend) == [
            ("조회", "visit", str(visit_id), "보상 후보 상세", actor.staff_id)]
    finally:
        QThreadPool.globalInstance().waitForDone()
