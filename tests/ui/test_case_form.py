"""Registering a case as the desk does: typed in Korean with the petitioner in front of the
desk, the deadline shown while the type is chosen, a refusal next to its field with nothing
lost, the deputy put in with F3 when the officer is away, a phone memo turned into a case,
and the receipt offered at once."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.timeutil import SEOUL, format_ko
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.dto import Actor, MemoRequest
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.cases.form import CaseForm
from minwon_desk.ui.common.directory_cache import DirectoryCache
from minwon_desk.ui.memos.page import MemoPage
from tests.support.seed import SmallAgency

from .case_helpers import (
    CasePage,
    Clock,
    Desk,
    active,
    away_on_trip,
    last_preview,
    make_page,
    officer,
)
from .conftest import RecordingNotifier, show_window
from .keyboard import press, press_enter, press_escape, press_tab, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def desk(actor: Actor) -> Desk:
    return Desk(actor)


@pytest.fixture
def page(qtbot: QtBot, backend: Backend, desk: Desk) -> CasePage:
    return make_page(qtbot, backend, desk)


def open_form(qtbot: QtBot, page: CasePage) -> CaseForm:
    page.actions.register()
    form = active(qtbot, page.actions.dialog)
    assert isinstance(form, CaseForm)
    return form


def type_officer(qtbot: QtBot, form: CaseForm, name: str) -> None:
    line = form.form.officerCombo.lineEdit()
    assert line is not None
    type_text(qtbot, line, name)


def test_a_case_typed_at_the_desk_is_registered_with_its_deadline(
    qtbot: QtBot, page: CasePage, backend: Backend
) -> None:
    form = open_form(qtbot, page)
    f = form.form
    assert f.typeCombo.hasFocus()
    assert form.due_text().startswith(
        "처리기한 2026년 7월 10일(금) 18:00 — 7일, 근무일로 계산: 접수일 포함 7일째 18:00"
    )
    # A suggestion has 14 days: the hint follows the type as it is chosen.
    press(qtbot, f.typeCombo, Qt.Key.Key_Down)
    assert f.typeCombo.currentText() == "건의"
    expected = format_ko(backend.cases.expected("건의", "방문"))
    assert form.due_text().startswith(f"처리기한 {expected} — 14일")
    press(qtbot, f.typeCombo, Qt.Key.Key_Up)
    assert press_tab(qtbot) is f.channelCombo
    assert press_tab(qtbot) is f.nameEdit
    type_text(qtbot, f.nameEdit, "홍길동")
    press_tab(qtbot)
    type_text(qtbot, f.contactEdit, "hong@example.com")
    press_tab(qtbot)
    type_text(qtbot, f.subjectEdit, "창업 지원사업 신청 자격 문의")
    assert press_tab(qtbot) is f.contentEdit
    type_text(qtbot, f.contentEdit, "예비창업자도 신청할 수 있는지")
    press_enter(qtbot, f.contentEdit)  # a new line, not a save
    type_text(qtbot, f.contentEdit, "알고 싶습니다")
    assert page.changed == []
    press_tab(qtbot)
    type_text(qtbot, f.attachmentsEdit, "사업계획서.hwp")
    assert press_tab(qtbot) is f.officerCombo
    type_officer(qtbot, form, "ㄱㅁㅈ")  # 초성 finds 김민준
    line = f.officerCombo.lineEdit()
    assert line is not None
    popup = QApplication.activePopupWidget()  # the ranked list has the keyboard
    assert popup is not None
    press(qtbot, popup, Qt.Key.Key_Down)
    press_enter(qtbot, popup)  # picks from the list
    assert f.officerCombo.currentText().startswith("김민준 사무관")
    assert form.isVisible() and page.changed == []
    press_enter(qtbot, line)  # registers

    assert form.message() == ""
    assert not form.isVisible()
    [case_id] = page.changed
    detail = backend.cases.detail(case_id)
    case = detail.view
    assert (case.number, case.type_label, case.channel) == ("TEST-2026-000001", "질의(제도·절차)", "방문")
    assert case.subject == "창업 지원사업 신청 자격 문의"
    assert detail.content == "예비창업자도 신청할 수 있는지\n알고 싶습니다"
    assert (detail.petitioner_name, detail.petitioner_contact) == ("홍길동", "hong@example.com")
    assert detail.attachments == ("사업계획서.hwp",)
    assert case.officer == "김민준 사무관"
    assert format_ko(case.due_at) == "2026년 7월 10일(금) 18:00"
    # The receipt is offered at once.
    receipt = last_preview(qtbot, page)
    assert receipt.title.startswith("접수증")
    assert "TEST-2026-000001" in receipt.text()


def test_a_resident_number_is_refused_next_to_the_content_and_nothing_typed_is_lost(
    qtbot: QtBot, page: CasePage, backend: Backend
) -> None:
    form = open_form(qtbot, page)
    f = form.form
    type_text(qtbot, f.nameEdit, "김영희")
    type_text(qtbot, f.contactEdit, "010-2345-6789")
    type_text(qtbot, f.subjectEdit, "지원금 환수 이의")
    type_text(qtbot, f.contentEdit, "제 주민번호는 800101-2345678 입니다")
    type_text(qtbot, f.attachmentsEdit, "통지서.pdf")
    type_officer(qtbot, form, "이서연")
    line = f.officerCombo.lineEdit()
    assert line is not None
    press_enter(qtbot, line)  # closes the list
    f.contentEdit.setFocus()
    press(qtbot, f.contentEdit, Qt.Key.Key_Return, CTRL)

    assert "주민등록번호" in form.error_for("content")
    assert f.contentEdit.hasFocus()
    assert form.isVisible()
    assert backend.cases.cases() == [] and page.changed == []
    assert (f.nameEdit.text(), f.contactEdit.text(), f.subjectEdit.text()) == (
        "김영희", "010-2345-6789", "지원금 환수 이의")
    assert f.contentEdit.toPlainText() == "제 주민번호는 800101-2345678 입니다"
    assert f.attachmentsEdit.toPlainText() == "통지서.pdf"
    assert f.officerCombo.currentText().startswith("이서연 주무관")

    # Fixed, the same form registers (and the error goes away).
    f.contentEdit.selectAll()
    type_text(qtbot, f.contentEdit, "환수 통지에 이의가 있습니다")
    press(qtbot, f.contentEdit, Qt.Key.Key_Return, CTRL)
    assert form.error_for("content") == ""
    [case] = backend.cases.cases()
    assert case.subject == "지원금 환수 이의" and case.officer == "이서연 주무관"
    assert page.changed == [case.id]


def test_an_empty_subject_is_asked_for_and_an_unknown_officer_is_named(
    qtbot: QtBot, page: CasePage, backend: Backend
) -> None:
    form = open_form(qtbot, page)
    f = form.form
    type_officer(qtbot, form, "없는사람")
    press_enter(qtbot, f.nameEdit)
    assert "없는사람" in form.error_for("officer")
    assert f.officerCombo.hasFocus()
    f.officerCombo.setEditText("")
    press_enter(qtbot, f.nameEdit)
    assert "제목" in form.error_for("subject")
    assert f.subjectEdit.hasFocus()
    assert backend.cases.cases() == []


def test_an_officer_away_is_replaced_by_the_deputy_on_f3(
    qtbot: QtBot, page: CasePage, backend: Backend, agency: SmallAgency, actor: Actor
) -> None:
    kim, lee = officer(agency, "김민준"), officer(agency, "이서연")
    away_on_trip(backend, actor, kim, lee)
    form = open_form(qtbot, page)
    f = form.form
    type_text(qtbot, f.subjectEdit, "출장 중 담당자 민원")
    type_officer(qtbot, form, "김민준")
    status = form.officer.status_text()
    assert "출장" in status and "이서연 주무관" in status
    assert f.deputyButton.isVisible() and f.deputyButton.text() == "이서연 주무관에게 (F3)"
    press(qtbot, f.subjectEdit, Qt.Key.Key_F3)
    assert f.officerCombo.currentText().startswith("이서연 주무관")
    assert form.officer.status_text() == "" and not f.deputyButton.isVisible()
    press_enter(qtbot, f.subjectEdit)
    [case] = backend.cases.cases()
    assert case.officer_id == lee.id
    assert backend.cases.detail(case.id).routed_note == ""  # handed to her directly


def test_an_officer_back_before_the_transfer_clock_keeps_the_case_and_the_form_says_so(
    qtbot: QtBot, page: CasePage, backend: Backend, agency: SmallAgency, actor: Actor
) -> None:
    kim, lee = officer(agency, "김민준"), officer(agency, "이서연")
    backend.absences.add(
        actor, staff_id=kim.id, kind=AbsenceKind.MEETING,
        starts_at=datetime(2026, 7, 2, 9, tzinfo=SEOUL),
        ends_at=datetime(2026, 7, 2, 10, 30, tzinfo=SEOUL), deputy_id=lee.id,
    )
    form = open_form(qtbot, page)
    f = form.form
    type_text(qtbot, f.subjectEdit, "회의 중 담당자 민원")
    type_officer(qtbot, form, "김민준")
    popup = QApplication.activePopupWidget()  # the ranked list has the keyboard
    assert popup is not None
    press(qtbot, popup, Qt.Key.Key_Down)
    press_enter(qtbot, popup)  # picks from the list
    assert form.officer.status_text() == (
        "김민준 사무관이 회의 중이며 10:30에 돌아옵니다 — 담당자에게 그대로 둡니다. "
        "그때까지 연락은 업무대행 이서연 주무관에게 하세요."
    )
    assert not f.deputyButton.isVisible()
    line = f.officerCombo.lineEdit()
    assert line is not None
    press_enter(qtbot, line)  # registers
    [case] = backend.cases.cases()
    assert case.officer_id == kim.id


def test_a_phone_memo_becomes_a_case_with_the_form_filled_in(
    qtbot: QtBot, page: CasePage, backend: Backend, agency: SmallAgency, actor: Actor,
    fake_clock: Clock,
) -> None:
    park = officer(agency, "박지호")
    memo = backend.memos.take(actor, MemoRequest(
        "최민수", "010-5555-1234", "창업 공간 입주 신청 방법\n서류는 무엇이 필요한지",
        asked_for_id=park.id))
    fake_clock.advance(minutes=40)
    page.actions.register_from_memo(memo.id)
    form = active(qtbot, page.actions.dialog)
    assert isinstance(form, CaseForm)
    f = form.form
    assert f.sourceLabel.isVisible()
    assert memo.number in f.sourceLabel.text()
    assert "2026년 7월 2일(목) 10:00" in f.sourceLabel.text()
    assert (f.nameEdit.text(), f.contactEdit.text()) == ("최민수", "010-5555-1234")
    assert f.subjectEdit.text() == "창업 공간 입주 신청 방법"
    assert f.contentEdit.toPlainText() == "창업 공간 입주 신청 방법\n서류는 무엇이 필요한지"
    assert f.channelCombo.currentText() == "전화"
    assert f.officerCombo.currentText().startswith("박지호 서기관")
    # The receipt is not wanted this time.
    f.receiptCheck.setFocus()
    press(qtbot, f.receiptCheck, Qt.Key.Key_Space)
    assert not form.receipt_wanted()
    press_enter(qtbot, f.receiptCheck)  # Enter on the box registers (it does not tick it)
    [case] = backend.cases.cases()
    detail = backend.cases.detail(case.id)
    assert detail.memo_number == memo.number
    assert case.received_at == memo.taken_at and case.officer == "박지호 서기관"
    assert page.actions.preview is None and not page.actions.rendering()


def test_without_an_operator_nothing_opens_and_the_desk_is_told_why(
    qtbot: QtBot, page: CasePage, desk: Desk
) -> None:
    desk.actor = None
    page.actions.register()
    assert page.actions.dialog is None
    assert "로그인" in page.actions.last_message
    assert QApplication.activeModalWidget() is not None  # the explanation, not a form


def test_the_memo_page_turns_the_chosen_memo_into_a_case(
    qtbot: QtBot, backend: Backend, actor: Actor, notifier: RecordingNotifier
) -> None:
    bridge = EventBridge(backend.events)
    cache = DirectoryCache(bridge)
    cache.attach(backend)
    memo_page = MemoPage(backend, Desk(actor), bridge, notifier, cache=cache)
    show_window(qtbot, memo_page)
    try:
        memo = backend.memos.take(actor, MemoRequest("윤서준", "010-7777-8888", "수출 바우처 정산 문의"))
        memo_page.reload_mine()
        assert memo_page.select_memo(memo.id)
        button = memo_page.memo_actions.case_button
        assert button.text() == "민원으로 등록 (Ctrl+Shift+C)" and button.isEnabled()
        table = memo_page.form.mineTable
        table.setFocus()
        press(qtbot, table, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
        form = active(qtbot, memo_page.case_actions.dialog)
        assert isinstance(form, CaseForm)
        assert form.form.subjectEdit.text() == "수출 바우처 정산 문의"
        assert memo.number in form.form.sourceLabel.text()
        form.form.receiptCheck.setChecked(False)
        press_enter(qtbot, form.form.subjectEdit)
        [case] = backend.cases.cases()
        assert backend.cases.detail(case.id).memo_number == memo.number
    finally:
        memo_page.stop()
        bridge.detach()


def test_esc_with_something_typed_warns_first_and_a_second_esc_closes(
    qtbot: QtBot, page: CasePage, backend: Backend
) -> None:
    form = open_form(qtbot, page)
    f = form.form
    type_text(qtbot, f.subjectEdit, "사업비 집행 기준 문의")
    press_escape(qtbot, f.subjectEdit)
    assert form.isVisible()
    assert "Esc를 한 번 더" in form.message()
    assert f.subjectEdit.text() == "사업비 집행 기준 문의"
    press_escape(qtbot, f.subjectEdit)
    assert not form.isVisible()
    assert backend.cases.cases() == [] and page.changed == []

    # Nothing typed: one Esc closes.
    empty = open_form(qtbot, page)
    press_escape(qtbot, empty.form.typeCombo)
    assert not empty.isVisible()


def _type_case(qtbot: QtBot, form: CaseForm, name: str, subject: str) -> None:
    f = form.form
    type_text(qtbot, f.nameEdit, name)
    type_text(qtbot, f.contactEdit, "010-2345-6789")
    type_text(qtbot, f.subjectEdit, subject)
    press(qtbot, f.subjectEdit, Qt.Key.Key_Return, CTRL)


def test_the_same_case_again_within_a_day_is_asked_about_and_can_be_linked(
    qtbot: QtBot, page: CasePage, backend: Backend, actor: Actor, fake_clock: Clock
) -> None:
    first = backend.cases.open(actor, CaseRequest("질의-제도", "방문", "업종 기준 해석 요청",
                                                  petitioner_name="홍길동"))
    fake_clock.advance(minutes=1)
    form = open_form(qtbot, page)
    _type_case(qtbot, form, "홍길동", "업종기준 해석 요청.")  # spacing and a full stop differ
    box = form.duplicate_box
    assert box is not None and box.isVisible()
    assert first.number in box.text() and "이미 접수되었습니다" in box.text()
    press_escape(qtbot, box)  # 돌아가기: nothing registered, nothing typed lost
    assert [c.number for c in backend.cases.cases()] == [first.number]
    assert form.isVisible() and form.form.subjectEdit.text() == "업종기준 해석 요청."

    press(qtbot, form.form.subjectEdit, Qt.Key.Key_Return, CTRL)
    box = form.duplicate_box
    assert box is not None
    qtbot.mouseClick(next(b for b in box.buttons() if b.text().startswith("연결하여 등록")),
                     Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    second = next(c for c in backend.cases.cases() if c.number != first.number)
    assert any(e.kind == "related" and first.number in e.note for e in backend.cases.detail(second.id).events)
    assert any(e.kind == "related" and second.number in e.note for e in backend.cases.detail(first.id).events)


def test_another_subject_or_person_registers_without_a_question_and_one_may_proceed(
    qtbot: QtBot, page: CasePage, backend: Backend, actor: Actor, fake_clock: Clock
) -> None:
    backend.cases.open(actor, CaseRequest("질의-제도", "방문", "업종 기준 해석 요청", petitioner_name="홍길동"))
    form = open_form(qtbot, page)
    _type_case(qtbot, form, "김영희", "업종 기준 해석 요청")  # another petitioner
    assert form.duplicate_box is None and not form.isVisible()
    fake_clock.advance(days=2)
    form = open_form(qtbot, page)
    _type_case(qtbot, form, "홍길동", "업종 기준 해석 요청")  # two days later: a new matter
    assert form.duplicate_box is None and not form.isVisible()
    form = open_form(qtbot, page)
    _type_case(qtbot, form, "홍길동", "업종 기준 해석 요청")  # the same again, just now
    box = form.duplicate_box
    assert box is not None
    qtbot.mouseClick(next(b for b in box.buttons() if b.text().startswith("그대로 등록")),
                     Qt.MouseButton.LeftButton)
    assert not form.isVisible() and len(backend.cases.cases()) == 4
