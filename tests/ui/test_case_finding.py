"""조사 결과 기록 on the cases page: a discourtesy complaint upheld with what was found
becomes a compensation candidate on the supervisor's page; the finding is asked for only
on such complaints, needs a verdict, and is recorded once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt as QtNS
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from minwon_desk.domain.compensation import CompensationKind
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseView
from minwon_desk.services.dto import Actor
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.cases.dialogs import FindingDialog
from minwon_desk.ui.cases.page import ALL_TAB, CasePage
from tests.support.seed import SmallAgency, auditor

from .case_helpers import Desk
from .compensation_helpers import complaint, dialog_in_front, in_front, make_page, rows
from .conftest import show_window
from .keyboard import press, type_text

CTRL = QtNS.KeyboardModifier.ControlModifier
CTRL_SHIFT = QtNS.KeyboardModifier.ControlModifier | QtNS.KeyboardModifier.ShiftModifier


@pytest.fixture
def case_page(qtbot: QtBot, backend: Backend, actor: Actor) -> Iterator[CasePage]:
    bridge = EventBridge(backend.events)
    page = CasePage(backend, Desk(actor), bridge)
    page.resize(1200, 760)
    show_window(qtbot, page)
    qtbot.waitUntil(lambda: not page.is_loading())
    yield page
    page.stop()
    QThreadPool.globalInstance().waitForDone()
    bridge.detach()


def choose(qtbot: QtBot, page: CasePage, case: CaseView) -> QTableView:
    in_front(qtbot, page)
    page.form.listTabs.setCurrentIndex(ALL_TAB)
    table = page.current_table()
    table.setFocus()
    assert page.select_case(case.id)
    return table


def test_an_upheld_discourtesy_complaint_becomes_a_candidate(
    qtbot: QtBot, case_page: CasePage, backend: Backend, actor: Actor, agency: SmallAgency,
) -> None:
    bridge = EventBridge(backend.events)  # the supervisor's page hears of the finding through it
    supervisor = make_page(qtbot, backend, Desk(actor), bridge)
    rude = complaint(backend, actor, agency.officers[0], "불친절", "창구 직원이 언성을 높임")
    finding = case_page.toolbar.finding_action
    table = choose(qtbot, case_page, rude)
    qtbot.waitUntil(finding.isEnabled)
    assert finding in case_page.menu_actions()
    assert case_page.toolbar.finding_button.text() == "조사 결과"

    press(qtbot, table, QtNS.Key.Key_F, CTRL_SHIFT)  # 조사 결과 기록
    dialog = dialog_in_front(qtbot)
    assert isinstance(dialog, FindingDialog)
    assert "인정하면 보상 후보가 되어" in dialog.facts_text()
    type_text(qtbot, dialog.note, "CCTV와 당사자 진술로 확인")
    press(qtbot, dialog.note, QtNS.Key.Key_Return, CTRL)
    assert "인정인지 불인정인지 골라 주세요" in dialog.error_for("verdict")
    assert QApplication.focusWidget() is dialog.upheld
    press(qtbot, dialog.upheld, QtNS.Key.Key_Space)  # 인정
    press(qtbot, dialog.upheld, QtNS.Key.Key_Return)

    assert not dialog.isVisible()
    found = {(c.kind, c.case_id) for c in backend.compensation.candidates(auditor(backend))}
    assert (CompensationKind.DISCOURTESY, rude.id) in found
    qtbot.waitUntil(lambda: not finding.isEnabled())  # recorded once
    history = [case_page.form.historyList.item(i).text() for i in range(case_page.form.historyList.count())]
    assert any("조사 결과" in line and "인정" in line for line in history)
    qtbot.waitUntil(lambda: any(r[0] == "불친절·불성실한 민원 처리" for r in rows(supervisor.form.candidateTable)))
    supervisor.close()
    bridge.detach()


def test_a_dismissed_one_is_not_and_other_cases_have_no_finding(
    qtbot: QtBot, case_page: CasePage, backend: Backend, actor: Actor, agency: SmallAgency,
) -> None:
    officer = agency.officers[0]
    rude = complaint(backend, actor, officer, "불친절", "대기 시간이 길었다는 불만")
    other = complaint(backend, actor, officer, "고충", "지원금 지급 지연")
    finding = case_page.toolbar.finding_action
    choose(qtbot, case_page, other)
    assert not finding.isEnabled()
    table = choose(qtbot, case_page, rude)
    qtbot.waitUntil(finding.isEnabled)
    press(qtbot, table, QtNS.Key.Key_F, CTRL_SHIFT)
    dialog = dialog_in_front(qtbot)
    assert isinstance(dialog, FindingDialog)
    dialog.dismissed.click()
    type_text(qtbot, dialog.note, "대기 기록상 10분 이내 응대")
    press(qtbot, dialog.note, QtNS.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    assert all(c.kind is not CompensationKind.DISCOURTESY for c in backend.compensation.candidates(auditor(backend)))
