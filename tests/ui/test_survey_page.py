"""The survey page driven as a person would: set the items, type in paper forms by keyboard,
read the results and charts, export the year to XLSX."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QListWidget, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, CheckInRequest
from minwon_desk.store.models import AccessLog, SurveyAnswer, SurveyResponse
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.common.reason_dialog import ReasonDialog
from minwon_desk.ui.supervision.survey.page import ITEMS, RESULTS, SurveyPage

from .conftest import find, show_window
from .keyboard import press, press_enter, type_into_focus, type_text

ITEM_TEXTS = ("직원이 친절했습니까?", "안내가 정확했습니까?", "기다린 시간은 적당했습니까?")


@pytest.fixture
def bridge(backend: Backend) -> Iterator[EventBridge]:
    """The window's one event bridge, as the page is given it there."""
    made = EventBridge(backend.events)
    yield made
    made.detach()


@pytest.fixture
def page(qtbot: QtBot, backend: Backend, actor: Actor, bridge: EventBridge) -> SurveyPage:
    made = SurveyPage(backend, lambda: actor, bridge)
    made.resize(1000, 760)
    show_window(qtbot, made)
    return made


@pytest.fixture
def with_items(backend: Backend, actor: Actor) -> list[int]:
    return [backend.survey.add_item(actor, 2026, text).id for text in ITEM_TEXTS]


def _answers(backend: Backend) -> list[tuple[dict[int, int], str]]:
    with backend.db.read() as session:
        responses = list(session.scalars(select(SurveyResponse).order_by(SurveyResponse.id)))
        answers = session.execute(select(SurveyAnswer.response_id, SurveyAnswer.item_id,
                                         SurveyAnswer.score)).all()
    return [({i: s for r, i, s in answers if r == resp.id}, resp.comment) for resp in responses]


def test_the_administrator_sets_the_items_by_keyboard(
    qtbot: QtBot, page: SurveyPage, backend: Backend, actor: Actor
) -> None:
    page.show_tab(ITEMS)
    text = find(page, QLineEdit, "문항 내용")
    text.setFocus()
    for item in ITEM_TEXTS:
        type_text(qtbot, text, item)
        press_enter(qtbot, text)
    items = find(page, QListWidget, "조사 문항 목록")
    assert page.items.texts() == [f"{n}. {t}" for n, t in enumerate(ITEM_TEXTS, start=1)]
    assert page.items.message_text() == "3번 문항을 추가했습니다."

    # A duplicate is explained beside the field and what was typed stays.
    type_text(qtbot, text, "직원이 친절했습니까?")
    press_enter(qtbot, text)
    assert page.items.error_text() == "2026년 조사의 1번 문항과 같은 내용입니다."
    assert text.text() == "직원이 친절했습니까?"
    press(qtbot, text, Qt.Key.Key_Escape)
    text.clear()

    # Move the third item up, change its words, and remove the second.
    items.setFocus()
    items.setCurrentRow(2)
    press(qtbot, items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [t.split(". ", 1)[1] for t in page.items.texts()] == [
        ITEM_TEXTS[0], ITEM_TEXTS[2], ITEM_TEXTS[1]]
    press(qtbot, items, Qt.Key.Key_F2)
    assert text.hasFocus() and text.text() == ITEM_TEXTS[2]
    type_text(qtbot, text, "대기 시간은 적당했습니까?")  # typed over the selected words
    press_enter(qtbot, text)
    assert page.items.texts()[1] == "2. 대기 시간은 적당했습니까?"
    items.setFocus()
    items.setCurrentRow(2)
    press(qtbot, items, Qt.Key.Key_Delete)
    assert [i.text for i in backend.survey.items(2026)] == [ITEM_TEXTS[0], "대기 시간은 적당했습니까?"]
    # The entry form follows at once.
    assert len(page.entry.score_fields()) == 2


def test_an_answered_item_is_not_removed_and_the_page_says_why(
    qtbot: QtBot, page: SurveyPage, backend: Backend, actor: Actor, with_items: list[int]
) -> None:
    backend.survey.record_response(actor, 2026, {with_items[0]: 4})
    page.show_tab(ITEMS)
    items = find(page, QListWidget, "조사 문항 목록")
    assert items.item(0).text() == "1. 직원이 친절했습니까? (응답 1건)"
    items.setFocus()
    items.setCurrentRow(0)
    press(qtbot, items, Qt.Key.Key_Delete)
    assert "응답 1건이 있어 지울 수 없습니다" in page.items.message_text()
    assert len(backend.survey.items(2026)) == 3


def test_paper_forms_are_typed_in_with_digits_and_enter(
    qtbot: QtBot, page: SurveyPage, backend: Backend, with_items: list[int]
) -> None:
    kind, exact, wait = with_items
    page.reload()
    page.show_tab(0)
    fields = page.entry.score_fields()
    assert QApplication.focusWidget() is fields[0]
    count = find(page, QLabel, "입력한 응답 수")
    assert count.text() == "2026년 응답 0건 입력됨"

    # One digit per item moves on by itself; Space leaves an item blank.
    type_into_focus(qtbot, "5")
    assert QApplication.focusWidget() is fields[1]
    type_into_focus(qtbot, " ")
    type_into_focus(qtbot, "3")
    comment = find(page, QLineEdit, "의견")
    assert comment.hasFocus()
    type_into_focus(qtbot, "주차장이 좁아요")
    press_enter(qtbot, comment)

    assert _answers(backend) == [({kind: 5, wait: 3}, "주차장이 좁아요")]
    assert count.text() == "2026년 응답 1건 입력됨"
    assert page.entry.message_text() == "1번째 응답을 저장했습니다. 다음 설문지를 입력하세요."
    assert [f.text() for f in fields] == ["", "", ""] and comment.text() == ""
    assert fields[0].hasFocus()  # ready for the next paper form

    type_into_focus(qtbot, "4")
    type_into_focus(qtbot, "4")
    press_enter(qtbot, QApplication.focusWidget())  # the rest blank
    assert _answers(backend)[1] == ({kind: 4, exact: 4}, "")
    assert count.text() == "2026년 응답 2건 입력됨"

    # Ctrl+Z takes back the form just saved.
    press(qtbot, fields[0], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(_answers(backend)) == 1
    assert count.text() == "2026년 응답 1건 입력됨"


def test_a_score_off_the_scale_is_refused_beside_the_item(
    qtbot: QtBot, page: SurveyPage, backend: Backend, with_items: list[int]
) -> None:
    page.reload()
    page.show_tab(0)
    fields = page.entry.score_fields()
    type_into_focus(qtbot, "4")
    type_into_focus(qtbot, "7")
    assert fields[1].hasFocus() and fields[1].text() == ""
    assert page.entry.error_for(2).startswith("만족도는 1(매우 불만족)부터 5(매우 만족)까지입니다. '7'는")
    type_into_focus(qtbot, "2")
    assert page.entry.error_for(2) == ""
    # A blank form is refused too, and says what to do.
    press(qtbot, fields[2], Qt.Key.Key_Escape)
    press_enter(qtbot, fields[0])
    assert page.entry.message_text() == "빈 응답입니다. 한 문항 이상 점수를 넣거나 의견을 적어 주세요."
    assert _answers(backend) == []


def test_a_resident_number_in_the_comment_is_refused_and_the_scores_kept(
    qtbot: QtBot, page: SurveyPage, backend: Backend, with_items: list[int]
) -> None:
    page.reload()
    page.show_tab(0)
    for digit in "543":
        type_into_focus(qtbot, digit)
    type_into_focus(qtbot, "연락 부탁 800101-1234567")
    press_enter(qtbot, QApplication.focusWidget())
    assert "주민등록번호" in page.entry.error_for(0)
    assert [f.text() for f in page.entry.score_fields()] == ["5", "4", "3"]
    assert _answers(backend) == []


def test_results_show_the_means_the_spread_and_the_ratings_by_month(
    qtbot: QtBot, page: SurveyPage, backend: Backend, actor: Actor, with_items: list[int], fake_clock
) -> None:
    kind, exact, wait = with_items
    for scores in ({kind: 5, exact: 4, wait: 3}, {kind: 4, exact: 4, wait: None}, {kind: 3, exact: 2, wait: 1}):
        backend.survey.record_response(actor, 2026, scores)
    for month, score in [(3, 5), (3, 4), (6, 2)]:
        fake_clock.set(datetime(2026, month, 10, 11, 0, tzinfo=SEOUL))
        visit = backend.visits.check_in(actor, CheckInRequest("방문객"))
        backend.visits.check_out(actor, visit.id)
        backend.visits.rate(actor, visit.id, score)
    page.show_tab(RESULTS)

    results = page.results
    assert find(page, QLabel, "조사 결과 요약").text() == "2026년 응답 3건 (의견 0건) · 전체 평균 3.3점"
    assert results.means.lines() == [
        "1. 직원이 친절했습니까?: 4점", "2. 안내가 정확했습니까?: 3.3점", "3. 기다린 시간은 적당했습니까?: 2점"]
    assert results.spread.lines()[0] == "5점 매우 만족: 12.5%"
    assert results.table_rows()[0] == ["1. 직원이 친절했습니까?", "3", "4점", "0", "0", "1", "1", "1"]
    assert results.table_rows()[-1][:3] == ["전체 문항", "8", "3.3점"]
    assert find(page, QLabel, "퇴실 만족도 요약").text() == "3건 · 평균 3.7점"
    assert results.ratings.lines()[2] == "3월 (2건): 4.5점"
    assert results.ratings.lines()[0] == "1월 (0건): 자료 없음"

    # A rating given at the desk while the results are on screen shows up.
    visit = backend.visits.check_in(actor, CheckInRequest("또 방문객"))
    backend.visits.check_out(actor, visit.id)
    backend.visits.rate(actor, visit.id, 5)
    qtbot.waitUntil(lambda: find(page, QLabel, "퇴실 만족도 요약").text() == "4건 · 평균 4점")


def test_another_year_has_its_own_items(
    qtbot: QtBot, page: SurveyPage, with_items: list[int]
) -> None:
    page.reload()
    year = find(page, QSpinBox, "조사 연도")
    assert year.value() == 2026
    press(qtbot, page.entry.score_fields()[0], Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert year.value() == 2025
    assert page.entry.score_fields() == []
    assert find(page, QLabel, "조사 문항 없음").text() == (
        "2025년 조사 문항이 없습니다. '문항 관리'에서 먼저 문항을 등록해 주세요.")


def _answer_reason(qtbot: QtBot, typed: list[str], *, then_cancel: bool = False) -> list[str]:
    """When the reason dialog opens: type each of ``typed`` and press Enter (the messages
    it shows in between are collected), then cancel if asked."""
    said: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReasonDialog)
        for text in typed:
            dialog.edit.clear()
            dialog.edit.setFocus()
            type_text(qtbot, dialog.edit, text)
            press_enter(qtbot, dialog.edit)
            if dialog.isVisible():
                said.append(dialog.message.text())
        if then_cancel and dialog.isVisible():
            press(qtbot, dialog.edit, Qt.Key.Key_Escape)

    QTimer.singleShot(0, answer)
    return said


def test_the_year_is_exported_to_xlsx_with_its_reason_in_the_access_log(
    qtbot: QtBot, page: SurveyPage, backend: Backend, actor: Actor, with_items: list[int],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    backend.survey.record_response(actor, 2026, {with_items[0]: 5}, "좋았습니다")
    suggested: list[str] = []

    def save_dialog(_parent, _caption: str, name: str, filters: str) -> tuple[str, str]:
        suggested.append(name)
        return str(tmp_path / "결과"), filters  # no extension typed: .xlsx is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    said = _answer_reason(qtbot, [" ", "감사 자료 제출"])
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)

    assert said == ["개인정보가 담긴 목록을 내려받으려면 그 사유를 적어야 합니다 "
                    "(개인정보의 안전성 확보조치 기준 제8조)."]
    assert Path(suggested[0]).name == "고객만족도조사-2026.xlsx"
    target = tmp_path / "결과.xlsx"
    assert page.message() == f"저장했습니다: {target}"
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["응답", "요약", "퇴실 만족도"]
    assert [c.value for c in book["응답"][2]][3:] == [5, None, None, "좋았습니다"]
    with backend.db.read() as session:
        [row] = session.scalars(select(AccessLog)).all()
    assert (row.operation, row.count, row.reason, row.actor_id) == (
        "다운로드", 1, "감사 자료 제출", actor.staff_id)


def test_an_export_cancelled_at_the_reason_writes_nothing(
    qtbot: QtBot, page: SurveyPage, backend: Backend, with_items: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: asked.append("file") or ("", ""))
    _answer_reason(qtbot, [], then_cancel=True)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked == [] and page.message() == ""
    with backend.db.read() as session:
        assert session.scalars(select(AccessLog)).all() == []


def test_writing_without_a_desk_operator_is_explained(
    qtbot: QtBot, backend: Backend, bridge: EventBridge, with_items: list[int]
) -> None:
    page = SurveyPage(backend, lambda: None, bridge)
    show_window(qtbot, page)
    page.show_tab(0)
    type_into_focus(qtbot, "5")
    press_enter(qtbot, QApplication.focusWidget())
    assert "로그인한 뒤에 할 수 있습니다" in page.entry.message_text()
    assert page.entry.score_fields()[0].text() == "5"


def test_the_menu_actions_move_between_tabs_by_keyboard(
    qtbot: QtBot, page: SurveyPage, with_items: list[int]
) -> None:
    page.reload()
    texts = [a.text() for a in page.menu_actions()]
    assert texts[:3] == ["응답 입력(&I)", "결과 보기(&R)", "문항 관리(&Q)"]
    field = page.entry.score_fields()[0]
    field.setFocus()
    press(qtbot, field, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == RESULTS
    press(qtbot, page.tabs, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == 0
    assert page.entry.score_fields()[0].hasFocus()
