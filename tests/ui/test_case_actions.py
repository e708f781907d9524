"""The officer's dialogs driven from the keyboard: a pause needs its reason, material
received moves the deadline, an extension past what the law allows names the latest date
and keeps the reason typed, a second extension asks for the petitioner's consent, an answer
opens the reply letter naming the officer, and assign, stage, interim notice and note."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from minwon_desk.domain.case_clock import latest_extension
from minwon_desk.domain.periods import Period
from minwon_desk.domain.timeutil import format_ko
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest, CaseView, ExtensionRequest
from minwon_desk.services.dto import Actor
from minwon_desk.ui.cases.dialogs import (
    AnswerDialog,
    AssignDialog,
    CaseDialog,
    ExtendDialog,
    InterimDialog,
    NoteDialog,
    PauseDialog,
    ResumeDialog,
    StageDialog,
)
from minwon_desk.ui.common.print_preview import DocumentPreview
from tests.support.seed import SmallAgency

from .case_helpers import (
    CasePage,
    Clock,
    Desk,
    active,
    dismiss_explanation,
    last_preview,
    make_page,
    officer,
)
from .keyboard import press, press_enter, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def desk(actor: Actor) -> Desk:
    return Desk(actor)


@pytest.fixture
def page(qtbot: QtBot, backend: Backend, desk: Desk) -> CasePage:
    return make_page(qtbot, backend, desk)


def open_case(
    backend: Backend, actor: Actor, officer_id: int | None, *, case_type: str = "질의-제도",
    channel: str = "우편", subject: str = "창업 지원사업 신청 자격 문의",
) -> CaseView:
    return backend.cases.open(actor, CaseRequest(
        case_type=case_type, channel=channel, subject=subject,
        content="예비창업자도 신청할 수 있는지 알고 싶습니다.", petitioner_name="홍길동",
        petitioner_contact="hong@example.com", officer_id=officer_id,
    ))


D = TypeVar("D", bound=CaseDialog)


def dialog_of(qtbot: QtBot, page: CasePage, kind: type[D]) -> D:
    dialog = active(qtbot, page.actions.dialog)
    assert isinstance(dialog, kind)
    return dialog


def ctrl_enter(qtbot: QtBot, dialog: CaseDialog) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None and dialog.isAncestorOf(focus)
    press(qtbot, focus, Qt.Key.Key_Return, CTRL)


@pytest.fixture
def kim_case(backend: Backend, actor: Actor, agency: SmallAgency) -> CaseView:
    """A procedure question by post for 김민준: due Fri 7/10 18:00 (7 working days)."""
    return open_case(backend, actor, officer(agency, "김민준").id)


def test_a_pause_needs_its_reason_and_material_received_moves_the_deadline(
    qtbot: QtBot, page: CasePage, backend: Backend, kim_case: CaseView, fake_clock: Clock
) -> None:
    page.actions.pause(kim_case)
    dialog = dialog_of(qtbot, page, PauseDialog)
    assert dialog.header.text() == "TEST-2026-000001 · 창업 지원사업 신청 자격 문의"
    assert "처리기한 2026년 7월 10일(금) 18:00" in dialog.facts_text()
    # Its own clock: missing material is asked for within 8 working hours of receipt.
    assert "보완 요청 기한: 2026년 7월 3일(금) 10:00 (접수 후 8근무시간)" in dialog.facts_text()
    assert dialog.text.hasFocus()
    ctrl_enter(qtbot, dialog)
    assert "사유" in dialog.error_for("reason")
    assert dialog.isVisible() and backend.cases.get(kim_case.id).state == "open"
    type_text(qtbot, dialog.text, "사업자등록증 사본이 빠져 있습니다")
    ctrl_enter(qtbot, dialog)
    assert not dialog.isVisible()
    assert backend.cases.get(kim_case.id).state == "paused"
    assert page.changed == [kim_case.id]

    # Asking again is explained without a dialog.
    page.actions.pause(backend.cases.get(kim_case.id))
    assert page.actions.dialog is None and "이미 보완을 기다리는" in page.actions.last_message
    dismiss_explanation()

    fake_clock.set(fake_clock().replace(day=6, hour=10))  # Monday: two working days waited
    page.actions.resume(backend.cases.get(kim_case.id))
    resume = dialog_of(qtbot, page, ResumeDialog)
    assert "사업자등록증 사본이 빠져 있습니다" in resume.facts_text()
    assert "멈춰 있습니다" in resume.facts_text()
    type_text(qtbot, resume.text, "사본 이메일로 받음")
    press_enter(qtbot, resume.text)
    resumed = backend.cases.get(kim_case.id)
    assert resumed.state == "open" and resumed.due_at > kim_case.due_at
    assert backend.cases.detail(kim_case.id).events[-1].note == "사본 이메일로 받음"


def test_an_extension_past_the_allowed_date_names_the_latest_and_keeps_the_reason(
    qtbot: QtBot, page: CasePage, backend: Backend, kim_case: CaseView
) -> None:
    calendar = backend.calendar.current()
    latest = latest_extension(kim_case.due_at, Period.parse("7d"), calendar)
    page.actions.extend(kim_case)
    dialog = dialog_of(qtbot, page, ExtendDialog)
    facts = dialog.facts_text()
    assert f"가장 늦게 {format_ko(latest)}까지" in facts
    assert "이번이 1차 연장입니다." in facts
    assert not dialog.consent_shown()
    assert dialog.day.date() == QDate(latest.year, latest.month, latest.day)  # offered

    too_late = calendar.next_working_day(latest.date())
    dialog.day.setDate(QDate(too_late.year, too_late.month, too_late.day))
    dialog.reason.setFocus()
    type_text(qtbot, dialog.reason, "관계 부처 의견 조회 중")
    ctrl_enter(qtbot, dialog)
    assert f"가장 늦게는 {format_ko(latest)}까지" in dialog.error_for("new_date")
    assert dialog.day.hasFocus()
    assert dialog.reason.toPlainText() == "관계 부처 의견 조회 중"
    assert dialog.isVisible() and backend.cases.get(kim_case.id).extensions == 0

    dialog.day.setDate(QDate(latest.year, latest.month, latest.day))
    press_enter(qtbot, dialog.day)
    extended = backend.cases.get(kim_case.id)
    assert (extended.extensions, extended.due_at) == (1, latest)
    notice = last_preview(qtbot, page)
    assert notice.title.startswith("처리기간 연장 통지 (1차)")
    assert "관계 부처 의견 조회 중" in notice.text()


def test_a_second_extension_asks_for_the_petitioners_consent(
    qtbot: QtBot, page: CasePage, backend: Backend, kim_case: CaseView, actor: Actor
) -> None:
    backend.cases.extend(actor, kim_case.id, ExtensionRequest(date(2026, 7, 14), "자료 검토"))
    page.actions.extend(backend.cases.get(kim_case.id))
    dialog = dialog_of(qtbot, page, ExtendDialog)
    assert dialog.consent_shown()
    assert "이번이 2차 연장입니다." in dialog.facts_text()
    assert "동의가 있어야" in dialog.facts_text()
    dialog.reason.setFocus()
    type_text(qtbot, dialog.reason, "현장 확인 일정 조정")
    ctrl_enter(qtbot, dialog)
    assert "동의" in dialog.error_for("consent")
    assert dialog.consent.hasFocus()
    assert dialog.reason.toPlainText() == "현장 확인 일정 조정"
    type_text(qtbot, dialog.consent, "7월 2일 전화로 동의 (홍길동 님)")
    press_enter(qtbot, dialog.consent)
    assert backend.cases.get(kim_case.id).extensions == 2
    notice = last_preview(qtbot, page)
    assert notice.title.startswith("처리기간 연장 통지 (2차)")


def test_answering_opens_the_reply_letter_with_the_officers_name(
    qtbot: QtBot, page: CasePage, backend: Backend, kim_case: CaseView
) -> None:
    page.actions.answer(kim_case)
    dialog = dialog_of(qtbot, page, AnswerDialog)
    assert dialog.text.hasFocus()
    assert "hong@example.com" in dialog.facts_text()
    assert "김민준 사무관" in dialog.facts_text()
    ctrl_enter(qtbot, dialog)
    assert "회신할 내용" in dialog.error_for("answer")
    type_text(qtbot, dialog.text, "예비창업자도 신청할 수 있습니다.")
    press_enter(qtbot, dialog.text)
    press(qtbot, dialog.text, Qt.Key.Key_Escape)  # a slip of the finger loses nothing
    assert dialog.isVisible() and "Esc를 한 번 더" in dialog.message()
    type_text(qtbot, dialog.text, "자세한 요건은 공고문을 참고해 주세요.")
    ctrl_enter(qtbot, dialog)

    answered = backend.cases.get(kim_case.id)
    assert answered.state == "answered"
    assert backend.cases.detail(kim_case.id).answer_text == (
        "예비창업자도 신청할 수 있습니다.\n자세한 요건은 공고문을 참고해 주세요.")
    letter = last_preview(qtbot, page)
    assert letter.title.startswith("회신문")
    assert letter.filename.endswith(".pdf")
    text = letter.text()
    assert "김민준" in text and "예비창업자도 신청할 수 있습니다." in text
    [(label, suffix, make)] = letter.extra_saves
    assert (label, suffix) == ("HWPX로 저장…", "hwpx")
    assert make()[:2] == b"PK"  # a HWPX file is a zip package

    page.actions.answer(answered)
    assert page.actions.dialog is None and "이미 회신했습니다" in page.actions.last_message


def test_a_1357_case_is_assigned_then_its_stages_recorded(
    qtbot: QtBot, page: CasePage, backend: Backend, actor: Actor, agency: SmallAgency
) -> None:
    case = open_case(backend, actor, None, case_type="1357", channel="1357",
                     subject="공장 인허가 지연")
    page.actions.extend(case)  # no officer yet: the notice could not name one
    assert page.actions.dialog is None and "담당자가 정해지지 않았습니다" in page.actions.last_message
    dismiss_explanation()

    page.actions.assign(case)
    assign = dialog_of(qtbot, page, AssignDialog)
    assert assign.combo.hasFocus()
    line = assign.combo.lineEdit()
    assert line is not None
    press_enter(qtbot, line)
    assert "골라 주세요" in assign.error_for("officer")
    type_text(qtbot, line, "박지호")
    press_enter(qtbot, line)  # picks from the list
    press_enter(qtbot, line)  # assigns
    assert backend.cases.get(case.id).officer == "박지호 서기관"

    page.actions.mark_stage(backend.cases.get(case.id))
    stage = dialog_of(qtbot, page, StageDialog)
    assert stage.combo.currentText().startswith("1357 출동 — 2026년 7월 3일(금) 10:00까지")
    press_enter(qtbot, stage.combo)
    assert backend.cases.detail(case.id).stages[0].met_at is not None
    page.actions.mark_stage(backend.cases.get(case.id))
    again = dialog_of(qtbot, page, StageDialog)
    assert again.combo.currentText().startswith("1357 지방청 해소")
    press(qtbot, again.combo, Qt.Key.Key_Escape)
    assert not again.isVisible()
    assert backend.cases.detail(case.id).stages[1].met_at is None

    page.actions.mark_stage(open_case(backend, actor, None))
    assert "1357 현장애로 민원에만" in page.actions.last_message


def test_an_interim_notice_and_a_progress_note(
    qtbot: QtBot, page: CasePage, backend: Backend, kim_case: CaseView
) -> None:
    page.actions.send_interim(kim_case)
    dialog = dialog_of(qtbot, page, InterimDialog)
    assert "이번이 1번째 중간 통지입니다." in dialog.facts_text()
    assert dialog.expected.date() == QDate(2026, 7, 10)
    dialog.progress.setFocus()
    type_text(qtbot, dialog.progress, "관련 부서에 사실관계를 확인하고 있습니다")
    ctrl_enter(qtbot, dialog)
    notice = last_preview(qtbot, page)
    assert notice.title.startswith("중간 통지 (1차)")
    assert "관련 부서에 사실관계를 확인하고 있습니다" in notice.text()

    page.actions.add_note(kim_case)
    note = dialog_of(qtbot, page, NoteDialog)
    note.text.setFocus()
    ctrl_enter(qtbot, note)
    assert "무엇을 했는지" in note.error_for("note")
    type_text(qtbot, note.text, "민원인과 통화함")
    ctrl_enter(qtbot, note)
    assert backend.cases.detail(kim_case.id).events[-1].note == "민원인과 통화함"
    assert page.changed == [kim_case.id, kim_case.id]


def test_a_document_that_cannot_be_drawn_is_explained(
    qtbot: QtBot, page: CasePage, kim_case: CaseView
) -> None:
    page.actions.open_document(kim_case, "reply")  # not answered yet: no reply letter
    qtbot.waitUntil(lambda: not page.actions.rendering())
    assert page.actions.preview is None
    assert "회신" in page.actions.last_message


def test_the_reply_letter_opens_in_the_print_preview_with_a_hwpx_save(
    qtbot: QtBot, page: CasePage, backend: Backend, kim_case: CaseView, actor: Actor
) -> None:
    backend.cases.answer(actor, kim_case.id, "신청할 수 있습니다.")
    page.actions.preview_factory = None  # the application's own preview
    page.actions.open_document(backend.cases.get(kim_case.id), "reply")
    qtbot.waitUntil(lambda: page.actions.preview is not None)
    preview = page.actions.preview
    assert isinstance(preview, DocumentPreview)
    assert preview.isVisible() and preview.page_count() >= 1
    assert preview.windowTitle().startswith("회신문 TEST-2026-000001")
    assert [b.text() for b in preview.extra_buttons] == ["HWPX로 저장…"]
    preview.close()
    qtbot.waitUntil(lambda: page.actions.preview is None)


def test_a_case_for_another_agency_is_transferred_and_its_notice_opens(
    qtbot: QtBot, page: CasePage, backend: Backend, kim_case: CaseView
) -> None:
    from minwon_desk.ui.cases.transfer_dialog import TransferDialog

    page.actions.transfer(kim_case)
    dialog = dialog_of(qtbot, page, TransferDialog)
    assert dialog.agency.hasFocus()
    assert "이송 기한 2026년 7월 3일(금) 10:00" in dialog.facts_text()
    type_text(qtbot, dialog.agency, "고용노동부")
    press(qtbot, dialog.agency, Qt.Key.Key_Tab)
    ctrl_enter(qtbot, dialog)
    assert "이송 통지에 그대로" in dialog.error_for("reason")
    assert dialog.agency.text() == "고용노동부"  # what was typed stays
    type_text(qtbot, dialog.reason, "근로감독 소관입니다.")
    ctrl_enter(qtbot, dialog)

    assert backend.cases.get(kim_case.id).state == "transferred"
    notice = last_preview(qtbot, page)
    assert notice.title.startswith("이송 통지")
    assert "고용노동부" in notice.text() and "근로감독 소관입니다." in notice.text()
    page.actions.transfer(backend.cases.get(kim_case.id))
    assert page.actions.dialog is None and "이미 다른 기관으로 이송했습니다" in page.actions.last_message


def test_a_site_visit_is_planned_with_the_fewest_people_then_its_outcome_recorded(
    qtbot: QtBot, page: CasePage, backend: Backend, kim_case: CaseView, fake_clock: Clock
) -> None:
    from minwon_desk.ui.cases.site_visit_dialogs import SiteVisitDialog, SiteVisitOutcomeDialog

    page.actions.plan_site_visit(kim_case)
    dialog = dialog_of(qtbot, page, SiteVisitDialog)
    assert dialog.chosen() == (kim_case.officer_id,)  # the case's officer, ticked
    assert dialog.crowd.text() == "1명이 갑니다."
    press(qtbot, dialog.when, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.place, "(주)한빛정밀 안산 공장")
    type_text(qtbot, dialog.agenda, "보완 서류 확인")
    ctrl_enter(qtbot, dialog)
    assert "고객과 사전에 협의" in dialog.error_for("agreed_how")
    type_text(qtbot, dialog.agreed, "7/2 전화로 대표와 협의")
    for row in (1, 2):  # two more people
        dialog.members.item(row).setCheckState(Qt.CheckState.Checked)
    assert dialog.crowd.text().startswith("방문 인원이 3명입니다")
    ctrl_enter(qtbot, dialog)
    assert "다시 저장하세요" in dialog.error_for("members") and dialog.isVisible()
    ctrl_enter(qtbot, dialog)  # asked once; saved as chosen
    [visit] = backend.site_visits.for_case(kim_case.id)
    assert visit.place == "(주)한빛정밀 안산 공장" and len(visit.members) == 3

    fake_clock.set(fake_clock().replace(day=3, hour=17))  # the day after, in the afternoon
    page.actions.close_site_visit(backend.cases.get(kim_case.id))
    outcome = dialog_of(qtbot, page, SiteVisitOutcomeDialog)
    type_text(qtbot, outcome.text, "서류 두 건 보완하기로 함")
    ctrl_enter(qtbot, outcome)
    assert backend.site_visits.get(visit.id).state == "done"
    page.actions.close_site_visit(backend.cases.get(kim_case.id))
    assert page.actions.dialog is None and "현장 방문 계획이 없습니다" in page.actions.last_message
