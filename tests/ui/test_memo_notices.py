"""The caller's messages at the memo desk: a memo for a caller who wants to hear by e-mail
is typed in Korean, the message that it was passed on is shown before it goes, the operator
adds a line and sends it — it arrives at a real SMTP server on loopback and the memo's
history says it went; Esc keeps one from going; "알리지 않음" passes the message on with
no callback clock and nothing to send; an address that is not one is said beside it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from minwon_desk.domain import i18n
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.services.notices.outbox import NoticeView, OutboxState
from minwon_desk.ui import translations
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.common.directory_cache import DirectoryCache
from minwon_desk.ui.common.outbox_sender import failure_text
from minwon_desk.ui.memos.caller_notices import MemoNoticeReviewDialog
from minwon_desk.ui.memos.page import ALL_TAB, MemoPage
from tests.support.mail_server import Inbox
from tests.support.seed import SmallAgency

from .case_helpers import active
from .conftest import RecordingNotifier, show_window
from .english import HANGUL, install_english
from .keyboard import press, press_escape, type_text
from .test_memo_page import Desk

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot: QtBot, backend: Backend, actor: Actor,
         notifier: RecordingNotifier) -> Iterator[MemoPage]:
    yield from _open_page(qtbot, backend, actor, notifier)


def _open_page(qtbot: QtBot, backend: Backend, actor: Actor,
               notifier: RecordingNotifier) -> Iterator[MemoPage]:
    bridge = EventBridge(backend.events)
    cache = DirectoryCache(bridge)
    cache.attach(backend)
    memo_page = MemoPage(backend, Desk(actor), bridge, notifier, cache=cache)
    show_window(qtbot, memo_page)
    yield memo_page
    memo_page.stop()
    QThreadPool.globalInstance().waitForDone()
    bridge.detach()


def _type_memo(qtbot: QtBot, page: MemoPage, *, downs: int, address: str = "",
               phone: str = "01023456789") -> None:
    """Caller, number, officer, gist; the channel chosen with the arrow keys (전화, 문자,
    이메일, 알리지 않음); Ctrl+Enter saves."""
    f = page.form
    type_text(qtbot, f.callerEdit, "홍길동")
    if phone:
        type_text(qtbot, f.phoneEdit, phone)
    line = f.officerCombo.lineEdit()
    assert line is not None
    type_text(qtbot, line, "김민준")
    type_text(qtbot, f.gistEdit, "사업비 정산 서류 문의")
    f.channelCombo.setFocus()
    for _ in range(downs):
        press(qtbot, f.channelCombo, Qt.Key.Key_Down)
    if address:
        type_text(qtbot, f.addressEdit, address)
    press(qtbot, f.gistEdit, Qt.Key.Key_Return, CTRL)


def _review(qtbot: QtBot, page: MemoPage) -> MemoNoticeReviewDialog:
    qtbot.waitUntil(lambda: page.caller_notices.open_dialog() is not None)
    review = active(qtbot, page.caller_notices.open_dialog())
    assert isinstance(review, MemoNoticeReviewDialog)
    return review


def _history(page: MemoPage, memo_id: int) -> list[str]:
    page.form.listTabs.setCurrentIndex(ALL_TAB)
    page.reload_all()
    assert page.select_memo(memo_id)
    return page.memo_actions.history_lines()


def test_the_desk_sees_the_message_adds_a_line_and_it_arrives(
    qtbot: QtBot, page: MemoPage, backend: Backend, inbox: Inbox
) -> None:
    _type_memo(qtbot, page, downs=2, address="hong@example.com")
    review = _review(qtbot, page)
    assert "M2026-000001" in review.windowTitle() and "전화하신 분께" in review.windowTitle()
    assert "hong@example.com" in review.facts.text()
    body = review.body.toPlainText()
    assert "홍길동 님" in body and "김민준 사무관" in body and "14:00까지" in body
    assert "정산" not in body  # the gist stays in the memo
    assert inbox.messages == []  # nothing goes before the desk says so
    review.body.moveCursor(review.body.textCursor().MoveOperation.End)
    type_text(qtbot, review.body, " 담당자가 곧 연락드립니다.")
    press(qtbot, review.body, Qt.Key.Key_Return, CTRL)

    qtbot.waitUntil(lambda: len(inbox.messages) == 1, timeout=15_000)
    mail = inbox.messages[0]
    assert "담당자가 곧 연락드립니다." in mail.get_body().get_content()  # type: ignore[union-attr]
    memo_id = backend.memos.search("홍길동")[0].id
    qtbot.waitUntil(lambda: any("이메일 메모 전달 안내 → ho***@example.com · 보냄" in line
                                for line in _history(page, memo_id)), timeout=15_000)


def test_esc_keeps_the_message_from_going_and_the_history_says_so(
    qtbot: QtBot, page: MemoPage, backend: Backend, inbox: Inbox
) -> None:
    _type_memo(qtbot, page, downs=1)  # 문자, to the number given
    review = _review(qtbot, page)
    assert "010-2345-6789" in review.facts.text()
    press_escape(qtbot, review.body)
    qtbot.waitUntil(lambda: page.caller_notices.open_dialog() is None)
    memo_id = backend.memos.search("홍길동")[0].id
    [notice] = backend.notices.for_memo(memo_id)
    assert notice.state is OutboxState.CANCELLED
    assert any("문자 메모 전달 안내 → 010-****-6789 · 보내지 않음" in line
               for line in _history(page, memo_id))


def test_nothing_wanted_passes_the_message_on_with_no_clock_and_no_message(
    qtbot: QtBot, page: MemoPage, backend: Backend
) -> None:
    f = page.form
    f.channelCombo.setFocus()
    for _ in range(3):
        press(qtbot, f.channelCombo, Qt.Key.Key_Down)
    assert f.channelCombo.currentText() == "알리지 않음" and not f.addressEdit.isEnabled()
    f.channelCombo.setCurrentIndex(0)
    _type_memo(qtbot, page, downs=3, phone="")
    assert page.memo_form.message() == "M2026-000001 메모를 김민준 사무관에게 전달했습니다."
    [memo] = backend.memos.search("홍길동")
    assert (memo.channel, memo.due_at) == ("none", None)
    assert backend.notices.for_memo(memo.id) == []
    assert page.caller_notices.open_dialog() is None


def test_an_address_that_is_not_one_is_said_beside_it_and_nothing_typed_is_lost(
    qtbot: QtBot, page: MemoPage, backend: Backend
) -> None:
    _type_memo(qtbot, page, downs=2, address="hong@example")
    assert "이메일 주소가 아닙니다" in page.memo_form.error_for("address")
    assert page.form.addressEdit.text() == "hong@example" and page.form.callerEdit.text() == "홍길동"
    assert backend.memos.search("홍길동") == []


def test_the_holder_answers_by_email_and_sees_the_answer_before_it_goes(
    qtbot: QtBot, page: MemoPage, backend: Backend, agency: SmallAgency, inbox: Inbox,
    actor: Actor,
) -> None:
    from minwon_desk.services.dto import MemoRequest

    backend.notices.review_first = False  # the message that it was passed on went already
    memo = backend.memos.take(actor, MemoRequest(
        "홍길동", "010-2345-6789", "정산 서류 문의", channel="email", address="hong@example.com",
        asked_for_id=actor.staff_id))
    backend.notices.review_first = True
    page.reload_mine()
    assert page.select_memo(memo.id)
    type_text(qtbot, page.form.noteEdit, "신청서와 사업계획서를 내시면 됩니다.")
    press(qtbot, page.form.noteEdit, Qt.Key.Key_F8)  # 이메일로 답변
    review = _review(qtbot, page)
    assert "신청서와 사업계획서를 내시면 됩니다." in review.body.toPlainText()
    press(qtbot, review.body, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(inbox.messages) == 2, timeout=15_000)
    assert "전화메모 답변" in str(inbox.messages[-1]["Subject"])


def _chrome(dialog: MemoNoticeReviewDialog) -> list[str]:
    """What the dialog itself says: its title, buttons, tooltips and accessible names."""
    from PySide6.QtWidgets import QWidget

    words = [dialog.windowTitle(), dialog.accessibleName(), dialog.header.text()]
    for widget in dialog.findChildren(QWidget):
        words += [widget.toolTip(), widget.accessibleName()]
        text = getattr(widget, "text", None)
        if callable(text) and widget is not dialog.body and widget is not dialog.subject:
            words.append(str(text()))
    return [w for w in words if w]


def _failed(backend: Backend, memo_id: int) -> NoticeView:
    [notice] = backend.notices.for_memo(memo_id)
    return dataclasses.replace(notice, state=OutboxState.FAILED, last_error="550 mailbox unavailable")


def test_the_review_and_a_failure_speak_of_the_phone_memo_not_a_case(
    qtbot: QtBot, page: MemoPage, backend: Backend
) -> None:
    _type_memo(qtbot, page, downs=1)
    review = _review(qtbot, page)
    chrome = _chrome(review)
    assert not [w for w in chrome if "민원" in w], chrome
    assert review.header.text().endswith("전화 메모 M2026-000001")
    assert review.accessibleName() == "전화하신 분께 보낼 알림 확인"
    assert "전화하신 분께는 전화로" in review.cancel.toolTip()
    memo_id = backend.memos.search("홍길동")[0].id
    said = failure_text(_failed(backend, memo_id))
    assert said.startswith("전화 메모 M2026-000001의 문자 메모 전달 안내를 보내지 못했습니다")
    assert said.endswith("550 mailbox unavailable — 전화하신 분께 전화로 알려 주세요.")


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    before = i18n.installed()
    installed = install_english(qapp, tmp_path / "qm")
    yield
    translations.uninstall(qapp, installed)
    i18n.install(before)


@pytest.fixture
def english_page(english: None, qtbot: QtBot, backend: Backend, actor: Actor,
                 notifier: RecordingNotifier) -> Iterator[MemoPage]:
    yield from _open_page(qtbot, backend, actor, notifier)


def test_in_english_the_review_and_a_failure_name_the_phone_memo(
    qtbot: QtBot, english_page: MemoPage, backend: Backend
) -> None:
    _type_memo(qtbot, english_page, downs=1)
    review = _review(qtbot, english_page)
    chrome = _chrome(review)
    assert not [w for w in chrome if HANGUL.search(w) and "M2026" not in w], chrome
    assert review.header.text().endswith("phone memo M2026-000001")
    assert review.cancel.toolTip() == "Don't send this message. Tell the caller by phone instead (Esc)"
    memo_id = backend.memos.search("홍길동")[0].id
    said = failure_text(_failed(backend, memo_id))
    assert said.startswith("Could not send the ") and " for phone memo M2026-000001: " in said
    assert said.endswith("550 mailbox unavailable — Tell the caller by phone.")
