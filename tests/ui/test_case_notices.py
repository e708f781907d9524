"""The officer and the petitioner's notices in the window: registering a case the person
wants to hear about by e-mail shows the message before it goes; the officer adds a line
and sends it; it arrives at a real SMTP server on loopback and the case history says it
went. A server that refuses is said on the page with what to do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.cases.form import CaseForm
from minwon_desk.ui.cases.notices import NoticeReviewDialog
from minwon_desk.ui.cases.page import CasePage
from minwon_desk.ui.common.directory_cache import DirectoryCache
from tests.support.mail_server import Inbox
from tests.support.seed import SmallAgency

from .case_helpers import Desk, RecordingPreview, active
from .conftest import show_window
from .keyboard import press, press_enter, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot: QtBot, backend: Backend, actor: Actor) -> Iterator[CasePage]:
    bridge = EventBridge(backend.events)
    cache = DirectoryCache(bridge)
    cache.attach(backend)
    case_page = CasePage(backend, Desk(actor), bridge, cache=cache)
    case_page.case_actions.preview_factory = RecordingPreview
    show_window(qtbot, case_page)
    qtbot.waitUntil(lambda: not case_page.is_loading())
    yield case_page
    case_page.stop()
    QThreadPool.globalInstance().waitForDone()
    bridge.detach()


def _register_by_email(qtbot: QtBot, page: CasePage, agency: SmallAgency, address: str) -> None:
    page.case_actions.register()
    form = active(qtbot, page.case_actions.dialog)
    assert isinstance(form, CaseForm)
    f = form.form
    type_text(qtbot, f.nameEdit, "홍길동")
    type_text(qtbot, f.subjectEdit, "창업 지원사업 신청 자격 문의")
    form.officer.select(agency.officers[0].id)
    f.receiptCheck.setChecked(False)
    f.notifyCombo.setFocus()
    press(qtbot, f.notifyCombo, Qt.Key.Key_Down)  # 전화 → 이메일
    assert f.notifyCombo.currentText() == "이메일" and f.notifyAddressEdit.isEnabled()
    type_text(qtbot, f.notifyAddressEdit, address)
    press_enter(qtbot, f.notifyAddressEdit)


def _review(qtbot: QtBot, page: CasePage) -> NoticeReviewDialog:
    """The notice shown once the form has closed."""
    qtbot.waitUntil(lambda: isinstance(page.case_actions.dialog, NoticeReviewDialog))
    review = active(qtbot, page.case_actions.dialog)
    assert isinstance(review, NoticeReviewDialog)
    return review


def test_the_officer_sees_the_notice_adds_a_line_and_it_arrives(
    qtbot: QtBot, page: CasePage, agency: SmallAgency, inbox: Inbox, backend: Backend
) -> None:
    _register_by_email(qtbot, page, agency, "hong@example.com")
    review = _review(qtbot, page)
    page.show_all()
    assert page.select_case(backend.cases.id_of("TEST-2026-000001"))
    assert "hong@example.com" in review.facts.text()
    assert "홍길동 님" in review.body.toPlainText()
    assert "김민준 사무관" in review.body.toPlainText()
    assert inbox.messages == []  # nothing goes before the officer says so
    review.body.moveCursor(review.body.textCursor().MoveOperation.End)
    type_text(qtbot, review.body, " 서류는 방문하실 때 가져오세요.")
    press(qtbot, review.body, Qt.Key.Key_Return, CTRL)

    qtbot.waitUntil(lambda: len(inbox.messages) == 1, timeout=15_000)
    assert "서류는 방문하실 때 가져오세요." in inbox.messages[0].get_body().get_content()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: any("이메일 접수 안내" in line and "보냄" in line
                                for line in page.detail.history_lines()), timeout=15_000)
    assert any("알림: 이메일 hong@example.com" in line for line in page.detail.text().splitlines())


def test_a_refused_notice_is_said_with_what_to_do(
    qtbot: QtBot, page: CasePage, agency: SmallAgency, inbox: Inbox
) -> None:
    inbox.refuse.add("nobody@example.com")
    _register_by_email(qtbot, page, agency, "nobody@example.com")
    review = _review(qtbot, page)
    press(qtbot, review.body, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "인쇄해 우편으로" in page.form.pageMessage.text(), timeout=15_000)
    assert "550" in page.form.pageMessage.text()


def test_not_sending_keeps_it_from_going(
    qtbot: QtBot, page: CasePage, agency: SmallAgency, inbox: Inbox, backend: Backend
) -> None:
    _register_by_email(qtbot, page, agency, "hong@example.com")
    review = _review(qtbot, page)
    review.cancel.click()
    qtbot.waitUntil(lambda: page.case_actions.dialog is None)
    [notice] = backend.notices.listing(backend_actor(backend, agency))
    assert notice.state.value == "cancelled"
    page.notice_sender.kick()
    qtbot.waitUntil(lambda: not page.notice_sender.running())
    assert inbox.messages == []


def backend_actor(backend: Backend, agency: SmallAgency) -> Actor:
    from tests.support.seed import actor_for

    return actor_for(backend, agency.operator)


def test_a_notice_left_unconfirmed_is_opened_again_from_the_history(
    qtbot: QtBot, page: CasePage, agency: SmallAgency, inbox: Inbox, backend: Backend,
    actor: Actor,
) -> None:
    from minwon_desk.services.cases.dto import CaseRequest

    # Registered at another desk whose window was closed before the officer confirmed it.
    case = backend.cases.open(actor, CaseRequest(
        case_type="고충", channel="방문", subject="지연 문의", petitioner_name="홍길동",
        officer_id=agency.officers[0].id, notify="email", notify_email="hong@example.com"))
    page.show_all()
    qtbot.waitUntil(lambda: page.select_case(case.id))
    history = page.form.historyList
    [row] = [i for i in range(history.count()) if "확인 대기" in history.item(i).text()]
    history.setCurrentRow(row)
    history.setFocus()
    press_enter(qtbot, history)
    review = _review(qtbot, page)
    press(qtbot, review.body, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(inbox.messages) == 1, timeout=15_000)


def test_a_backlog_longer_than_one_run_leaves_at_once_and_the_history_follows(
    qtbot: QtBot, page: CasePage, agency: SmallAgency, inbox: Inbox, backend: Backend,
    actor: Actor, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from minwon_desk.services.cases.dto import CaseRequest
    from minwon_desk.ui.common import outbox_sender

    monkeypatch.setattr(outbox_sender, "SEND_RUN", 2)  # five waiting: three runs, one after another
    backend.notices.review_first = False  # queued as a busy day leaves them
    ids = [backend.cases.open(actor, CaseRequest(
        case_type="질의-제도", channel="방문", subject=f"문의 {i}", petitioner_name="홍길동",
        officer_id=agency.officers[0].id, notify="email", notify_email=f"hong{i}@example.com",
    )).id for i in range(5)]
    page.show_all()
    assert page.select_case(ids[-1])
    page.notice_sender.kick()
    qtbot.waitUntil(lambda: len(inbox.messages) == 5 and not page.notice_sender.running(),
                    timeout=15_000)
    qtbot.waitUntil(lambda: any("이메일 접수 안내" in line and "보냄" in line
                                for line in page.detail.history_lines()))
