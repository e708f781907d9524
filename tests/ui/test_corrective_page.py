"""Corrective action from the supervisor's page: recorded right from a decided candidate
(linked to its visit, the handling officer already chosen), then its result notice to the
petitioner naming the follow-up officer; a form missing what it needs says so next to the
field; an action linked to nothing has no notice to send."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt as QtNS
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.supervision.compensation.corrective_dialog import CorrectiveDialog
from minwon_desk.ui.supervision.compensation.page import CORRECTIVE_TAB, CompensationPage
from tests.support.seed import SmallAgency, auditor

from .case_helpers import Desk
from .compensation_helpers import (
    dialog_in_front,
    in_front,
    last_preview,
    make_page,
    repeat_visit,
    rows,
)
from .keyboard import press, type_text

CTRL = QtNS.KeyboardModifier.ControlModifier
CTRL_SHIFT = QtNS.KeyboardModifier.ControlModifier | QtNS.KeyboardModifier.ShiftModifier


@pytest.fixture
def bridge(backend: Backend) -> Iterator[EventBridge]:
    """The window's one event bridge, as the page is given it there."""
    made = EventBridge(backend.events)
    yield made
    made.detach()


@pytest.fixture
def page(qtbot: QtBot, backend: Backend, actor: Actor, bridge: EventBridge) -> Iterator[CompensationPage]:
    page = make_page(qtbot, backend, Desk(actor), bridge)
    yield page
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()


def recorder(qtbot: QtBot, page: CompensationPage) -> CorrectiveDialog:
    in_front(qtbot, page)
    focus = QApplication.focusWidget() or page
    press(qtbot, focus, QtNS.Key.Key_K, CTRL_SHIFT)  # 시정조치 기록
    dialog = dialog_in_front(qtbot)
    assert isinstance(dialog, CorrectiveDialog)
    return dialog


def test_from_a_decided_candidate_to_the_result_notice(
    qtbot: QtBot, page: CompensationPage, backend: Backend, actor: Actor, agency: SmallAgency,
    fake_clock: Any,
) -> None:
    officer, chief = agency.officers[0], agency.officers[1]
    repeat_visit(backend, actor, officer, fake_clock)
    [candidate] = backend.compensation.candidates(auditor(backend))
    backend.compensation.approve(actor, candidate.key)
    f = page.form
    f.decidedCheck.click()
    qtbot.waitUntil(lambda: page.review.model.rowCount() == 1)
    page.review.select(candidate)
    f.candidateTable.setFocus()
    assert f.actionRecordCorrective.isEnabled()

    dialog = recorder(qtbot, page)
    assert dialog.staff.currentText().startswith(officer.name)  # who handled the visit
    assert dialog.chosen_link() is not None and "방문 2026-07-06 10:00" in dialog.link.currentText()
    assert QApplication.focusWidget() is dialog.detail
    type_text(qtbot, dialog.detail, "서류 목록 안내 잘못 확인, 재교육 실시")
    dialog.kind.setCurrentIndex(dialog.kind.findText("재교육"))
    dialog.follow_up.setFocus()
    type_text(qtbot, dialog.follow_up, chief.name)
    press(qtbot, dialog.follow_up, QtNS.Key.Key_Return)  # picks from the list
    assert dialog.isVisible() and dialog.follow_up.currentText().startswith(chief.name)
    press(qtbot, dialog.follow_up, QtNS.Key.Key_Return, CTRL)

    assert not dialog.isVisible()
    assert f.tabs.currentIndex() == CORRECTIVE_TAB
    [row] = rows(f.correctiveTable)
    assert row[0] == "TEST-C2026-0001" and officer.name in row[2] and row[3] == "재교육"
    assert row[4] == "방문 2026-07-06 10:00" and row[5].startswith(chief.name)
    assert "시정조치 TEST-C2026-0001을 기록했습니다" in page.message()
    assert "서류 목록 안내 잘못 확인" in f.correctiveDetail.toPlainText()
    assert f.actionNotice.isEnabled()

    in_front(qtbot, page)
    f.correctiveTable.setFocus()
    press(qtbot, f.correctiveTable, QtNS.Key.Key_P, CTRL)  # 결과 안내문
    notice = last_preview(qtbot, page)
    text = notice.text()
    assert "TEST-C2026-0001" in text and chief.name in text and "김민원" in text
    [action] = backend.corrective.actions(auditor(backend))
    assert action.visit_id == candidate.visit_id and action.follow_up_officer_id == chief.id


def test_the_form_says_what_is_missing_and_an_unlinked_action_has_no_notice(
    qtbot: QtBot, page: CompensationPage, backend: Backend, agency: SmallAgency,
) -> None:
    officer, chief = agency.officers[0], agency.officers[1]
    f = page.form
    f.actionCorrectiveList.trigger()
    dialog = recorder(qtbot, page)
    assert dialog.link.count() == 1 and dialog.chosen_link() is None  # nothing to link to
    press(qtbot, dialog, QtNS.Key.Key_Return)
    assert "조치 대상 직원을 골라 주세요" in dialog.error_for("staff")
    type_text(qtbot, dialog.staff, officer.name)
    press(qtbot, dialog.staff, QtNS.Key.Key_Return)  # picks from the list
    press(qtbot, dialog.staff, QtNS.Key.Key_Return)
    assert "후속 담당자를 골라 주세요" in dialog.error_for("follow_up")
    dialog.follow_up.setFocus()
    type_text(qtbot, dialog.follow_up, chief.name)
    press(qtbot, dialog.follow_up, QtNS.Key.Key_Return)  # picks from the list
    press(qtbot, dialog.follow_up, QtNS.Key.Key_Return)
    assert "어떤 조치를 했는지 적어 주세요" in dialog.error_for("detail")
    assert dialog.staff.currentText().startswith(officer.name)  # what was chosen stays
    type_text(qtbot, dialog.detail, "응대 태도 주의")
    press(qtbot, dialog.detail, QtNS.Key.Key_Return, CTRL)

    assert not dialog.isVisible()
    [row] = rows(f.correctiveTable)
    assert row[3] == "주의" and row[4] == "(연결 없음)"
    assert "결과 안내문을 보낼 곳이 없습니다" in f.correctiveDetail.toPlainText()
    assert not f.actionNotice.isEnabled()
