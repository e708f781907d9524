"""The petitioner's channel after opening, and the 30-day progress notice on its own, on
the cases page as the handler uses it: 알림 방법 변경 from the keyboard (a wrong address
said at its field); a progress notice falling due is told in the tray once, marked in
"내 민원", and opening the case offers it prepared — sent, it arrives at a real SMTP
server on loopback and is recorded as the interim action records it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest, CaseView
from minwon_desk.services.dto import Actor
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.cases._columns import FLAG
from minwon_desk.ui.cases.dialogs import InterimDialog
from minwon_desk.ui.cases.notices import PreparedInterimDialog
from minwon_desk.ui.cases.notify_dialog import NotifyDialog
from minwon_desk.ui.cases.page import CasePage
from minwon_desk.ui.common.directory_cache import DirectoryCache
from tests.support.mail_server import Inbox
from tests.support.seed import SmallAgency

from .case_helpers import Desk, RecordingPreview, active
from .conftest import RecordingNotifier, show_window
from .keyboard import press, press_enter, press_tab, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def tray() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def page(qtbot: QtBot, backend: Backend, actor: Actor, tray: RecordingNotifier
         ) -> Iterator[CasePage]:
    bridge = EventBridge(backend.events)
    cache = DirectoryCache(bridge)
    cache.attach(backend)
    case_page = CasePage(backend, Desk(actor), bridge, cache=cache, notifier=tray)
    case_page.case_actions.preview_factory = RecordingPreview
    show_window(qtbot, case_page)
    qtbot.waitUntil(lambda: not case_page.is_loading())
    yield case_page
    case_page.stop()
    QThreadPool.globalInstance().waitForDone()
    bridge.detach()


def _mine(backend: Backend, actor: Actor, **notify: str) -> CaseView:
    """A case the signed-in person handles."""
    return backend.cases.open(actor, CaseRequest(
        case_type="고충", channel="우편", subject="지원금 지급 지연", petitioner_name="홍길동",
        officer_id=actor.staff_id, **notify))


def _choose(qtbot: QtBot, page: CasePage, case_id: int) -> None:
    page.show_mine()
    qtbot.waitUntil(lambda: page.mine_model.row_of(case_id) is not None)
    assert page.select_case(case_id)
    page.activateWindow()  # back from a dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.current_table().setFocus()


def test_the_way_to_hear_is_changed_from_the_keyboard(
    qtbot: QtBot, page: CasePage, backend: Backend, actor: Actor
) -> None:
    case = _mine(backend, actor)
    page._refresh_case(case.id)
    _choose(qtbot, page, case.id)
    assert page.toolbar.notify_action in page.menu_actions()
    press(qtbot, page.current_table(), Qt.Key.Key_H, CTRL_SHIFT)
    dialog = active(qtbot, page.case_actions.dialog)
    assert isinstance(dialog, NotifyDialog)
    assert "지금: 전화" in dialog.facts_text()
    assert QApplication.focusWidget() is dialog.combo and not dialog.address.isEnabled()
    press(qtbot, dialog.combo, Qt.Key.Key_Down)  # 전화 → 이메일
    assert dialog.combo.currentData() == "email" and dialog.address.isEnabled()
    assert press_tab(qtbot) is dialog.address
    type_text(qtbot, dialog.address, "hong@")
    press_enter(qtbot, dialog.address)
    qtbot.waitUntil(lambda: dialog.error_for("address") != "")
    assert "이메일 주소가 아닙니다" in dialog.error_for("address")
    assert dialog.isVisible() and dialog.address.text() == "hong@"
    assert QApplication.focusWidget() is dialog.address  # back where the fix is typed
    press(qtbot, dialog.address, Qt.Key.Key_End)
    type_text(qtbot, dialog.address, "example.com")
    press_enter(qtbot, dialog.address)
    qtbot.waitUntil(lambda: page.case_actions.dialog is None)
    assert "알림 방법을 이메일로 바꿨습니다" in page.form.pageMessage.text()
    qtbot.waitUntil(lambda: any("알림: 이메일 hong@example.com" in line
                                for line in page.detail.text().splitlines()))
    detail = backend.cases.detail(case.id)
    assert [e.note for e in detail.events if e.kind == "notify"] == ["전화 → 이메일"]

    _choose(qtbot, page, case.id)  # again: the address kept, and what is typed kept per way
    press(qtbot, page.current_table(), Qt.Key.Key_H, CTRL_SHIFT)
    again = active(qtbot, page.case_actions.dialog)
    assert isinstance(again, NotifyDialog)
    assert again.combo.currentData() == "email" and again.address.text() == "hong@example.com"
    press(qtbot, again.combo, Qt.Key.Key_Down)  # 이메일 → 문자
    assert again.address.text() == "" and again.address.isEnabled()
    again.address.setFocus()
    type_text(qtbot, again.address, "010")
    press(qtbot, again.address, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, again.combo, Qt.Key.Key_Up)  # back to 이메일
    assert again.address.text() == "hong@example.com"
    press(qtbot, again.combo, Qt.Key.Key_Down)
    assert again.address.text() == "010"
    press(qtbot, again.combo, Qt.Key.Key_Escape)


def test_a_closed_case_has_no_way_to_change(
    page: CasePage, backend: Backend, actor: Actor
) -> None:
    case = _mine(backend, actor)
    page.toolbar.update(backend.cases.get(case.id), None)
    assert page.toolbar.notify_action.isEnabled()
    backend.cases.answer(actor, case.id, "답변")
    page.toolbar.update(backend.cases.get(case.id), None)
    assert not page.toolbar.notify_action.isEnabled()


def test_a_progress_notice_due_is_told_marked_and_sent_prepared(
    qtbot: QtBot, page: CasePage, backend: Backend, actor: Actor, tray: RecordingNotifier,
    inbox: Inbox, fake_clock: Any,
) -> None:
    case = _mine(backend, actor, notify="email", notify_email="hong@example.com")
    for notice in backend.notices.for_case(case.id):  # the receipt notice, as sent earlier
        backend.notices.cancel(actor, notice.id)
    owed = case.interim_due_at
    assert owed is not None
    reminders = page.reminders
    assert reminders is not None

    def told() -> list[tuple[str, str]]:
        return [m for m in tray.messages if m[0].startswith("중간 통지 필요")]

    fake_clock.set(owed - timedelta(minutes=1))
    reminders.check()
    qtbot.waitUntil(lambda: not reminders.busy())
    assert told() == []
    fake_clock.set(owed)
    reminders.check()
    qtbot.waitUntil(lambda: len(told()) == 1)
    [(title, text)] = told()
    assert title == f"중간 통지 필요 — 민원 {case.number}" and "지원금 지급 지연" in text
    reminders.check()  # a minute later: not told again
    qtbot.waitUntil(lambda: not reminders.busy())
    assert len(told()) == 1

    page.reload_mine()
    _choose(qtbot, page, case.id)
    row = page.mine_model.row_of(case.id)
    assert row is not None
    flag = page.mine_model.index(row, FLAG).data()
    assert flag.startswith("중간 통지 필요")  # first: a narrow column keeps it

    press_enter(qtbot, page.current_table())  # opening the case
    review = active(qtbot, page.case_actions.dialog)
    assert isinstance(review, PreparedInterimDialog)
    assert "이번이 1번째 중간 통지입니다." in review.facts.text()
    assert "hong@example.com" in review.facts.text()
    assert review.prepared.request.progress in review.body.toPlainText()
    assert QApplication.focusWidget() is review.body
    review.body.moveCursor(review.body.textCursor().MoveOperation.End)
    type_text(qtbot, review.body, " 다음 주에 전화드리겠습니다.")
    press(qtbot, review.body, Qt.Key.Key_Return, CTRL)

    qtbot.waitUntil(lambda: len(inbox.messages) == 1, timeout=15_000)
    body = inbox.messages[0].get_body().get_content()  # type: ignore[union-attr]
    assert "다음 주에 전화드리겠습니다." in body
    qtbot.waitUntil(lambda: page.case_actions.preview is not None
                    and not page.case_actions.rendering())
    preview = page.case_actions.preview
    assert isinstance(preview, RecordingPreview) and preview.title.startswith("중간 통지 (1차)")
    detail = backend.cases.detail(case.id)
    assert detail.events[-1].kind == "interim"
    assert not detail.view.interim_owed(fake_clock())
    qtbot.waitUntil(lambda: "중간 통지 필요" not in (
        page.mine_model.index(page.mine_model.row_of(case.id) or 0, FLAG).data() or ""))


def test_later_leaves_it_owed_and_a_phone_petitioner_gets_the_fields_filled(
    qtbot: QtBot, page: CasePage, backend: Backend, actor: Actor, agency: SmallAgency,
    fake_clock: Any,
) -> None:
    by_mail = _mine(backend, actor, notify="email", notify_email="hong@example.com")
    by_phone = _mine(backend, actor)
    assert by_mail.interim_due_at is not None
    fake_clock.set(by_mail.interim_due_at)
    page.reload_mine()
    _choose(qtbot, page, by_mail.id)
    press_enter(qtbot, page.current_table())
    review = active(qtbot, page.case_actions.dialog)
    assert isinstance(review, PreparedInterimDialog)
    press(qtbot, review.body, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.case_actions.dialog is None)
    assert backend.cases.get(by_mail.id).interim_owed(fake_clock())
    assert [n.stage.value for n in backend.notices.for_case(by_mail.id)] == ["received"]

    _choose(qtbot, page, by_phone.id)
    press(qtbot, page.current_table(), Qt.Key.Key_I, CTRL_SHIFT)  # the interim action
    dialog = active(qtbot, page.case_actions.dialog)
    assert isinstance(dialog, InterimDialog)  # a printed notice: the fields, filled in
    assert dialog.progress.toPlainText() == backend.cases.prepare_interim(by_phone.id).request.progress
