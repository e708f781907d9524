"""The supervisor's compensation page driven as a person would: a candidate found in the
records, approved with Ctrl+Enter into a voucher that shows in the ledger and opens in the
preview; never two vouchers for one event; rejecting and voiding need a reason; the
budget warns and asks; a month's vouchers print as one batch that can be cancelled."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt as QtNS
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from minwon_desk.domain.roles import Role
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.ui.background import Background
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.supervision.compensation.dialogs import ApproveDialog, ReasonDialog
from minwon_desk.ui.supervision.compensation.page import LEDGER_TAB, CompensationPage
from tests.support.seed import SmallAgency, auditor

from .case_helpers import Desk, RecordingPreview
from .compensation_helpers import (
    button,
    complaint,
    dialog_in_front,
    in_front,
    last_preview,
    make_page,
    repeat_visit,
    rows,
)
from .conftest import with_roles
from .keyboard import press, press_enter, press_escape, type_text

CTRL = QtNS.KeyboardModifier.ControlModifier
CTRL_SHIFT = QtNS.KeyboardModifier.ControlModifier | QtNS.KeyboardModifier.ShiftModifier
REPEAT_LABEL = "직원의 잘못으로 두 번 이상 방문"


@pytest.fixture
def desk(actor: Actor) -> Desk:
    return Desk(actor)


@pytest.fixture
def bridge(backend: Backend) -> Iterator[EventBridge]:
    """The window's one event bridge, as the page is given it there."""
    made = EventBridge(backend.events)
    yield made
    made.detach()


@pytest.fixture
def page(qtbot: QtBot, backend: Backend, desk: Desk, bridge: EventBridge) -> Iterator[CompensationPage]:
    page = make_page(qtbot, backend, desk, bridge)
    yield page
    QThreadPool.globalInstance().waitForDone()  # nothing is drawn after the database closes
    QApplication.processEvents()


def choose(qtbot: QtBot, page: CompensationPage, row: int = 0) -> None:
    """Click a candidate (the click brings the page's window back in front, as a window
    manager does once a dialog has closed)."""
    in_front(qtbot, page)
    table = page.form.candidateTable
    table.setFocus()
    qtbot.mouseClick(table.viewport(), QtNS.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(row, 0)).center())


def vouchers(backend: Backend) -> list[str]:
    return [v.serial for v in backend.compensation.vouchers(auditor(backend), 2026)]


def test_a_repeat_visit_becomes_a_voucher_in_the_ledger_and_its_preview(
    qtbot: QtBot, page: CompensationPage, backend: Backend, actor: Actor, agency: SmallAgency,
    fake_clock: Any,
) -> None:
    officer = agency.officers[0]
    repeat_visit(backend, actor, officer, fake_clock)  # checked in while the page is open
    f = page.form
    qtbot.waitUntil(lambda: page.review.model.rowCount() == 1)
    [row] = rows(f.candidateTable)
    assert row[0] == REPEAT_LABEL and row[2] == "김*원" and row[4] == "10,000원" and row[5] == "결정 대기"

    choose(qtbot, page)
    assert "서류 목록을 잘못 알려 줌" in f.evidenceText.toPlainText()
    assert "김민원" in f.recipientText.text()  # whole: the supervisor hands the voucher over
    assert officer.name in f.officerText.text()

    press(qtbot, f.candidateTable, QtNS.Key.Key_Return, CTRL)  # 승인
    dialog = dialog_in_front(qtbot)
    assert isinstance(dialog, ApproveDialog)
    assert "금액: 10,000원" in dialog.facts.text() and dialog.recipient.text() == "김민원"
    press_enter(qtbot, dialog)

    serial = "TEST-V2026-00001"
    assert vouchers(backend) == [serial]
    assert serial in page.message()
    preview = last_preview(qtbot, page)
    assert serial in preview.text() and "김민원" in preview.text()
    preview.printed.emit("사무실 프린터로 보냈습니다")  # the queue accepted it: one print
    assert page.review.model.rowCount() == 0  # decided: out of the waiting list
    f.decidedCheck.click()
    assert rows(f.candidateTable)[0][5] == f"승인 · {serial}"

    f.actionLedger.trigger()
    assert f.tabs.currentIndex() == LEDGER_TAB
    qtbot.waitUntil(lambda: page.ledger.vouchers.rowCount() == 1 and rows(f.voucherTable)[0][6] == "1회")
    [voucher] = rows(f.voucherTable)
    assert voucher[0] == serial and voucher[3] == "김*원" and voucher[5] == "발급"
    july = rows(f.ledgerTable)[6]
    assert july[:3] == ("7월", "1매", "10,000원") and july[6] == "10,000원"


def test_one_event_never_gives_two_vouchers(
    qtbot: QtBot, page: CompensationPage, backend: Backend, actor: Actor, agency: SmallAgency,
    fake_clock: Any,
) -> None:
    repeat_visit(backend, actor, agency.officers[0], fake_clock)
    page.reload()
    f = page.form
    choose(qtbot, page)
    press(qtbot, f.candidateTable, QtNS.Key.Key_Return, CTRL)
    dialog = dialog_in_front(qtbot)
    assert isinstance(dialog, ApproveDialog)
    press_enter(qtbot, dialog)
    press_enter(qtbot, dialog)  # the second Enter of a double press
    press(qtbot, f.candidateTable, QtNS.Key.Key_Return, CTRL)  # and Ctrl+Enter again
    assert vouchers(backend) == ["TEST-V2026-00001"]
    assert not f.actionApprove.isEnabled()  # nothing left to approve
    last_preview(qtbot, page).close()

    # Another desk approves while this one has the dialog open.
    other = repeat_visit(backend, actor, agency.officers[1], fake_clock, name="이재방")
    qtbot.waitUntil(lambda: page.review.model.rowCount() == 1)
    choose(qtbot, page)
    f.approveButton.click()
    dialog = dialog_in_front(qtbot)
    assert isinstance(dialog, ApproveDialog)
    chief = with_roles(backend, agency.officers[3].employee_no, [Role.SUPERVISOR])
    backend.compensation.approve(chief, dialog.candidate.key)
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "이미" in page.message() and "한 사건에는 증서를 한 번만 발급합니다" in page.message()
    assert len(vouchers(backend)) == 2 and other
    qtbot.waitUntil(lambda: page.review.model.rowCount() == 0)


def test_rejecting_needs_a_reason(
    qtbot: QtBot, page: CompensationPage, backend: Backend, actor: Actor, agency: SmallAgency,
) -> None:
    complaint(backend, actor, agency.officers[0], "부패신고", "금품 요구 신고")
    page.reload()
    f = page.form
    choose(qtbot, page)
    assert rows(f.candidateTable)[0][0] == "금품수수·부정비리 신고"
    press(qtbot, f.candidateTable, QtNS.Key.Key_R, CTRL_SHIFT)  # 반려
    dialog = dialog_in_front(qtbot)
    assert isinstance(dialog, ReasonDialog)
    press(qtbot, dialog.reason, QtNS.Key.Key_Return, CTRL)
    assert "사유를 적어 주세요" in dialog.error_for("reason")
    assert dialog.isVisible() and backend.compensation.candidates(auditor(backend))[0].decision is None

    type_text(qtbot, dialog.reason, "신고 내용이 사실과 달라 보상 대상이 아님")
    press(qtbot, dialog.reason, QtNS.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    assert "반려했습니다" in page.message()
    decided = backend.compensation.candidates(auditor(backend), include_decided=True)[0].decision
    assert decided is not None and decided.reason == "신고 내용이 사실과 달라 보상 대상이 아님"
    assert vouchers(backend) == []
    f.decidedCheck.click()
    assert rows(f.candidateTable)[0][5] == "반려"


def test_voiding_needs_a_reason_and_keeps_the_voucher_in_the_ledger(
    qtbot: QtBot, page: CompensationPage, backend: Backend, actor: Actor, agency: SmallAgency,
    fake_clock: Any,
) -> None:
    repeat_visit(backend, actor, agency.officers[0], fake_clock)
    [candidate] = backend.compensation.candidates(auditor(backend))
    issued = backend.compensation.approve(actor, candidate.key)
    f = page.form
    f.actionLedger.trigger()
    qtbot.waitUntil(lambda: page.ledger.vouchers.rowCount() == 1)
    page.ledger.select(issued.id)
    assert f.actionVoid.isEnabled() and f.actionPrintVoucher.isEnabled()

    f.voidButton.click()
    dialog = dialog_in_front(qtbot)
    assert isinstance(dialog, ReasonDialog)
    button(dialog, "무효 처리").click()
    assert "무효 사유를 적어 주세요" in dialog.error_for("reason")
    type_text(qtbot, dialog.reason, "받는 분 이름을 잘못 적음")
    button(dialog, "무효 처리").click()

    assert not dialog.isVisible()
    [row] = rows(f.voucherTable)  # still there
    assert row[0] == issued.serial and row[5] == "무효"
    assert "무효: " in f.voucherDetail.text() and "받는 분 이름을 잘못 적음" in f.voucherDetail.text()
    assert not f.actionVoid.isEnabled() and not f.actionPrintVoucher.isEnabled()
    july = rows(f.ledgerTable)[6]
    assert july[1] == "1매" and july[3] == "1매" and july[5] == "0원"


def test_the_budget_warns_and_an_approval_past_it_is_confirmed_first(
    qtbot: QtBot, page: CompensationPage, backend: Backend, actor: Actor, agency: SmallAgency,
    fake_clock: Any,
) -> None:
    f = page.form
    f.actionLedger.trigger()
    f.budgetButton.click()
    dialog = dialog_in_front(qtbot)
    type_text(qtbot, dialog.amount, "만원")
    press_enter(qtbot, dialog)
    assert "원 단위 숫자로" in dialog.error_for("budget")
    dialog.amount.selectAll()
    type_text(qtbot, dialog.amount, "10,000")
    press_enter(qtbot, dialog)
    assert backend.compensation.budget(2026) == 10_000
    qtbot.waitUntil(lambda: "예산 10,000원" in f.budgetText.text())

    repeat_visit(backend, actor, agency.officers[0], fake_clock)
    complaint(backend, actor, agency.officers[1], "부패신고", "금품 요구 신고")
    f.actionCandidates.trigger()
    qtbot.waitUntil(lambda: page.review.model.rowCount() == 2)
    choose(qtbot, page)
    press(qtbot, f.candidateTable, QtNS.Key.Key_Return, CTRL)
    press_enter(qtbot, dialog_in_front(qtbot))  # 10,000 of 10,000: still within
    assert len(vouchers(backend)) == 1
    last_preview(qtbot, page).close()
    qtbot.waitUntil(lambda: page.review.model.rowCount() == 1)
    choose(qtbot, page)
    press(qtbot, f.candidateTable, QtNS.Key.Key_Return, CTRL)
    approve = dialog_in_front(qtbot)
    assert isinstance(approve, ApproveDialog)
    assert "남은 금액 0원" in approve.facts.text()
    press_enter(qtbot, approve)
    qtbot.waitUntil(lambda: isinstance(approve.question, QMessageBox))
    question = approve.question
    assert question is not None and "예산 10,000원을 넘습니다" in question.text()
    button(question, "발급하지 않기").click()
    assert len(vouchers(backend)) == 1 and approve.isVisible()
    press_enter(qtbot, approve)
    qtbot.waitUntil(lambda: approve.question is not None)
    assert approve.question is not None
    button(approve.question, "예산을 넘어도 발급").click()
    assert len(vouchers(backend)) == 2

    f.actionLedger.trigger()
    qtbot.waitUntil(lambda: "넘었습니다" in f.budgetWarning.text())
    assert f.budgetWarning.isVisible()
    assert "예산 10,000원을 10,000원 넘었습니다" in f.budgetWarning.text()


def _two_vouchers(backend: Backend, actor: Actor, agency: SmallAgency, clock: Any) -> list[str]:
    repeat_visit(backend, actor, agency.officers[0], clock)
    complaint(backend, actor, agency.officers[1], "부패신고", "금품 요구 신고")
    for candidate in backend.compensation.candidates(auditor(backend)):
        backend.compensation.approve(actor, candidate.key)
    return vouchers(backend)


def test_the_months_vouchers_print_as_one_batch(
    qtbot: QtBot, page: CompensationPage, backend: Backend, actor: Actor, agency: SmallAgency,
    fake_clock: Any,
) -> None:
    serials = _two_vouchers(backend, actor, agency, fake_clock)
    f = page.form
    f.actionLedger.trigger()
    qtbot.waitUntil(lambda: page.ledger.vouchers.rowCount() == 2)
    assert f.monthCombo.currentText() == "7월" and f.actionPrintMonth.isEnabled()
    press(qtbot, f.voucherTable, QtNS.Key.Key_P, CTRL_SHIFT)
    preview = last_preview(qtbot, page)
    assert all(serial in preview.text() for serial in serials)
    assert preview.title == "2026년 7월 보상 증서 2매"
    assert [r[6] for r in rows(f.voucherTable)] == ["0회", "0회"]  # only drawn so far
    preview.saved.emit("보상증서_2026-07.pdf")
    qtbot.waitUntil(lambda: [r[6] for r in rows(f.voucherTable)] == ["1회", "1회"])
    assert "미리보기로 열었습니다" in page.message()


def test_a_batch_shows_its_progress_and_can_be_cancelled(
    qtbot: QtBot, backend: Backend, actor: Actor, agency: SmallAgency, fake_clock: Any,
    monkeypatch: pytest.MonkeyPatch, bridge: EventBridge,
) -> None:
    _two_vouchers(backend, actor, agency, fake_clock)
    # The batch waits after its first voucher until the test lets it go: cancelling then is
    # certain to land while it runs.
    service = backend.voucher_print
    draw_month = service.render_month
    held = threading.Event()

    def slow(*args: Any, progress: Any, cancelled: Any) -> Any:
        def step(done: int, total: int) -> None:
            progress(done, total)
            held.wait(10)
        return draw_month(*args, progress=step, cancelled=cancelled)

    monkeypatch.setattr(service, "render_month", slow)
    widget_page = make_page(qtbot, backend, Desk(actor), bridge)
    widget_page.opener.background = Background(widget_page, show_after_ms=0)
    f = widget_page.form
    f.actionLedger.trigger()
    qtbot.waitUntil(lambda: widget_page.ledger.vouchers.rowCount() == 2)
    f.printMonthButton.click()
    qtbot.waitUntil(lambda: widget_page.opener.task is not None and widget_page.opener.task.dialog is not None)
    task = widget_page.opener.task
    assert task is not None and isinstance(task.dialog, QProgressDialog)
    assert not f.actionPrintMonth.isEnabled()  # one batch at a time
    # The window answers while the worker draws: the first voucher is counted on screen.
    qtbot.waitUntil(lambda: task.dialog is not None and "(1 / 2)" in task.dialog.labelText())
    button(task.dialog, "취소").click()
    held.set()
    qtbot.waitUntil(lambda: not widget_page.opener.busy())
    assert "취소했습니다" in widget_page.message()
    assert widget_page.preview is None
    assert [v.print_count for v in backend.compensation.vouchers(auditor(backend), 2026)] == [0, 0]
    assert f.actionPrintMonth.isEnabled()
    QThreadPool.globalInstance().waitForDone()


def test_a_charter_without_the_kind_offers_only_its_own(
    qtbot: QtBot, page: CompensationPage,
) -> None:
    combo = page.form.kindCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "모든 종류", "직원 잘못으로 재방문", "안내 없이 처리기간 경과", "불친절·불성실 처리",
        "금품수수·부정비리 신고"]


def test_a_recipient_missing_from_the_record_is_typed_in_before_issuing(
    qtbot: QtBot, page: CompensationPage, backend: Backend, actor: Actor, agency: SmallAgency,
) -> None:
    complaint(backend, actor, agency.officers[0], "부패신고", "익명 금품 요구 신고", name="")
    page.reload()
    choose(qtbot, page)
    assert "기록에 이름이 없습니다" in page.form.recipientText.text()
    press(qtbot, page.form.candidateTable, QtNS.Key.Key_Return, CTRL)
    dialog = dialog_in_front(qtbot)
    assert isinstance(dialog, ApproveDialog)
    assert not dialog.recipient.isReadOnly() and QApplication.focusWidget() is dialog.recipient
    dialog.open_preview.setChecked(False)
    press_enter(qtbot, dialog)
    assert "증서에 적을 이름을 입력해 주세요" in dialog.error_for("recipient")
    type_text(qtbot, dialog.recipient, "박신고")
    press_enter(qtbot, dialog)
    assert not dialog.isVisible()
    [issued] = backend.compensation.vouchers(auditor(backend), 2026)
    assert issued.recipient_name == "박신고" and issued.print_count == 0  # no preview wanted


def test_in_the_main_window_the_desks_operator_decides(
    qtbot: QtBot, make_window: Any, backend: Backend, actor: Actor, agency: SmallAgency,
    fake_clock: Any,
) -> None:
    repeat_visit(backend, actor, agency.officers[0], fake_clock)
    window = make_window(backend)
    qtbot.waitUntil(lambda: hasattr(window, "compensation"))  # built after the board
    supervisor = window.compensation  # who acts: the person signed in at the window
    supervisor.preview_factory = RecordingPreview
    press(qtbot, window, QtNS.Key.Key_9, CTRL)  # 이동 → 보상·시정조치
    assert window.current_page() is supervisor
    assert supervisor.actor() == window.session.actor()
    qtbot.waitUntil(lambda: supervisor.review.model.rowCount() == 1)
    supervisor.review.table.select_first()
    supervisor.form.candidateTable.setFocus()
    press(qtbot, supervisor.form.candidateTable, QtNS.Key.Key_Return, CTRL)
    dialog = dialog_in_front(qtbot)
    dialog.open_preview.setChecked(False)
    press_enter(qtbot, dialog)
    [candidate] = backend.compensation.candidates(auditor(backend), include_decided=True)
    assert candidate.decision is not None and candidate.decision.decided_by.startswith("안내원")
    window.show_page(0)  # out of sight: its keys rest
    assert not supervisor.form.actionApprove.isEnabled() and not supervisor.form.actionBudget.isEnabled()


def test_a_preview_closed_without_printing_is_not_counted(
    qtbot: QtBot, page: CompensationPage, backend: Backend, actor: Actor, agency: SmallAgency,
    fake_clock: Any,
) -> None:
    _two_vouchers(backend, actor, agency, fake_clock)
    f = page.form
    f.actionLedger.trigger()
    qtbot.waitUntil(lambda: page.ledger.vouchers.rowCount() == 2)
    in_front(qtbot, page)
    f.voucherTable.setFocus()
    f.voucherTable.selectRow(0)
    press(qtbot, f.voucherTable, QtNS.Key.Key_P, CTRL)  # 증서 인쇄: the preview opens
    preview = last_preview(qtbot, page)
    press_escape(qtbot, preview)  # only looked at
    qtbot.waitUntil(lambda: not preview.isVisible())
    page.ledger.reload()
    assert rows(f.voucherTable)[0][6] == "0회"
    assert [v.print_count for v in backend.compensation.vouchers(auditor(backend), 2026)] == [0, 0]

    in_front(qtbot, page)  # the window is back in front once the preview has gone
    f.voucherTable.setFocus()
    press(qtbot, f.voucherTable, QtNS.Key.Key_P, CTRL)
    preview = last_preview(qtbot, page, count=2)
    preview.saved.emit("증서.pdf")  # saved as a PDF: a real print
    qtbot.waitUntil(lambda: rows(f.voucherTable)[0][6] == "1회")
    assert sorted(v.print_count for v in backend.compensation.vouchers(auditor(backend), 2026)) == [0, 1]
