"""The phone-memo page driven as the desk uses it: a memo typed in Korean for an officer
who is away goes to the deputy, the deputy calls back, memos are passed on and closed,
clocks turn amber and red, and memos taken elsewhere arrive with a notification."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.clockstate import ClockColour
from minwon_desk.domain.memos import Outcome
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, MemoRequest, StaffSummary
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.common.directory_cache import DirectoryCache
from minwon_desk.ui.main_window import MainWindow
from minwon_desk.ui.memos.model import CALLER
from minwon_desk.ui.memos.page import ALL_TAB, MemoPage
from tests.support.seed import SmallAgency, actor_for

from .conftest import RecordingNotifier, WindowFactory, show_window
from .keyboard import press, press_enter, press_escape, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Desk:
    """Who works at the desk: the page asks this each time, as it asks the window."""

    actor: Actor | None

    def __call__(self) -> Actor | None:
        return self.actor


@pytest.fixture
def desk(actor: Actor) -> Desk:
    return Desk(actor)


@pytest.fixture
def page(
    qtbot: QtBot, backend: Backend, desk: Desk, notifier: RecordingNotifier
) -> Iterator[MemoPage]:
    bridge = EventBridge(backend.events)
    cache = DirectoryCache(bridge)
    cache.attach(backend)
    memo_page = MemoPage(backend, desk, bridge, notifier, cache=cache)
    show_window(qtbot, memo_page)
    yield memo_page
    memo_page.stop()
    bridge.detach()


# Taken at 10:00, due at 14:00: three working hours, the lunch hour not among them.
LEFT_AT_TEN = "근무시간 3시간 남음 · 오늘 14:00까지"


def officer(agency: SmallAgency, name: str) -> StaffSummary:
    return next(p for p in agency.officers if p.name == name)


def away_on_trip(backend: Backend, actor: Actor, who: StaffSummary, deputy: StaffSummary) -> None:
    backend.absences.add(
        actor, staff_id=who.id, kind=AbsenceKind.TRIP,
        starts_at=datetime(2026, 7, 2, 9, tzinfo=SEOUL), ends_at=datetime(2026, 7, 2, 17, tzinfo=SEOUL),
        deputy_id=deputy.id,
    )


def type_memo(qtbot: QtBot, page: MemoPage, *, caller: str, phone: str, gist: str,
              officer_name: str = "", org: str = "") -> None:
    f = page.form
    type_text(qtbot, f.callerEdit, caller)
    type_text(qtbot, f.phoneEdit, phone)
    if org:
        type_text(qtbot, f.orgEdit, org)
    if officer_name:
        line = f.officerCombo.lineEdit()
        assert line is not None
        type_text(qtbot, line, officer_name)
    type_text(qtbot, f.gistEdit, gist)


def take_for(backend: Backend, actor: Actor, asked_for: StaffSummary | None, caller: str = "박민수",
             gist: str = "보조금 교부 신청서 양식 문의") -> int:
    req = MemoRequest(caller, "010-3456-7890", gist, asked_for_id=asked_for.id if asked_for else None)
    return backend.memos.take(actor, req).id


def rows(page: MemoPage) -> list[tuple[str, str, int]]:
    model = page.mine_model
    return [
        (model.memo_at(r).caller_name_masked, model.clock_text_at(r), model.memo_at(r).attempts)
        for r in range(model.rowCount())
    ]


def test_memo_for_an_absent_officer_reaches_the_deputy_who_calls_back(
    qtbot: QtBot, page: MemoPage, backend: Backend, agency: SmallAgency, actor: Actor, desk: Desk
) -> None:
    kim, lee = officer(agency, "김민준"), officer(agency, "이서연")
    away_on_trip(backend, actor, kim, lee)
    type_memo(qtbot, page, caller="홍길동", phone="01023456789", org="한빛상사", officer_name="김민준",
              gist="사업비 정산 서류를 어디로 보내야 하는지")
    # Before saving, the form says where the memo will go.
    assert "이서연 주무관" in page.memo_form.route_text()
    assert "출장" in page.memo_form.route_text()
    # Enter in the gist starts a new line; Ctrl+Enter saves.
    gist = page.form.gistEdit
    press_enter(qtbot, gist)
    type_text(qtbot, gist, "다시 여쭤보고 싶다고 하심")
    assert gist.toPlainText() == "사업비 정산 서류를 어디로 보내야 하는지\n다시 여쭤보고 싶다고 하심"
    press(qtbot, gist, Qt.Key.Key_Return, CTRL)
    assert page.memo_form.message() == (
        "M2026-000001 메모를 김민준 사무관 대신 이서연 주무관에게 전달했습니다. 회신 기한 7/2 14:00"
    )
    assert page.form.callerEdit.text() == "" and gist.toPlainText() == ""
    assert page.mine_model.rowCount() == 0  # the operator's own list: not theirs

    # The deputy sits down at the desk: the memo is in their list, clock in words.
    desk.actor = actor_for(backend, lee)
    page.reload_mine()
    assert rows(page) == [("홍*동", LEFT_AT_TEN, 0)]
    assert page.title() == "전화메모 (1)"
    memo_id = page.mine_model.memo_at(0).id
    assert page.select_memo(memo_id)
    detail = page.form.detailText.text()
    assert "010-2345-6789" in detail and "홍길동 (한빛상사)" in detail  # the whole number, to call
    assert "출장" in detail

    table = page.form.mineTable
    press(qtbot, table, Qt.Key.Key_F6)  # 받지 않음
    assert rows(page) == [("홍*동", LEFT_AT_TEN, 1)]
    assert "받지 않음 기록했습니다 (시도 1회)" in page.memo_actions.message()
    assert any("받지 않음" in line for line in page.memo_actions.history_lines())
    # A colleague records a message left, from another desk: the history shown follows.
    other = actor_for(backend, lee, desk="2층 민원실")
    backend.memos.record_attempt(other, memo_id, Outcome.LEFT_MESSAGE, "동료에게 전달 부탁")
    assert page.memo_actions.history_lines()[-1].endswith("메시지 남김 — 동료에게 전달 부탁")
    assert rows(page) == [("홍*동", LEFT_AT_TEN, 2)]

    type_text(qtbot, page.form.noteEdit, "정산 서류 주소 안내함")
    press(qtbot, page.form.noteEdit, Qt.Key.Key_F5)  # 통화함
    assert rows(page) == []
    assert page.title() == "전화메모"
    assert "답신을 마쳤습니다" in page.memo_actions.message()

    # The history of the finished memo, found under "전체 메모" with every state.
    page.form.listTabs.setCurrentIndex(ALL_TAB)
    page.form.stateCombo.setCurrentIndex(page.form.stateCombo.findData(None))
    assert page.select_memo(memo_id)
    history = page.memo_actions.history_lines()
    assert [line.split(" · ", 1)[1] for line in history] == [
        "접수 — 김민준 사무관 출장 중(17:00까지) — 회신 경고 시각(13:00) 전에 돌아오지 "
        "않아 업무대행 이서연 주무관에게 보냅니다.",
        "받지 않음",
        "메시지 남김 — 동료에게 전달 부탁",
        "통화함 — 정산 서류 주소 안내함",
    ]


def test_a_memo_for_an_officer_back_before_it_presses_stays_with_them_and_names_the_contact(
    qtbot: QtBot, page: MemoPage, backend: Backend, agency: SmallAgency, actor: Actor
) -> None:
    kim, lee = officer(agency, "김민준"), officer(agency, "이서연")
    backend.absences.add(
        actor, staff_id=kim.id, kind=AbsenceKind.MEETING,
        starts_at=datetime(2026, 7, 2, 9, tzinfo=SEOUL),
        ends_at=datetime(2026, 7, 2, 10, 30, tzinfo=SEOUL), deputy_id=lee.id,
    )
    type_memo(qtbot, page, caller="홍길동", phone="01023456789", officer_name="김민준",
              gist="사업비 정산 서류 문의")
    kept = (
        "김민준 사무관이 회의 중이며 10:30에 돌아옵니다 — 담당자에게 그대로 둡니다. "
        "그때까지 연락은 업무대행 이서연 주무관에게 하세요."
    )
    assert page.memo_form.route_text() == kept
    press(qtbot, page.form.gistEdit, Qt.Key.Key_Return, CTRL)
    assert page.memo_form.message() == (
        "M2026-000001 메모를 김민준 사무관에게 전달했습니다. 회신 기한 7/2 14:00\n" + kept
    )
    assert [m.holder_id for m in backend.memos.mine(kim.id)] == [kim.id]
    assert backend.memos.mine(lee.id) == []


def test_a_bad_number_is_explained_next_to_the_field_and_nothing_typed_is_lost(
    qtbot: QtBot, page: MemoPage
) -> None:
    type_memo(qtbot, page, caller="홍길동", phone="12", gist="서류 제출 기한 문의")
    press_enter(qtbot, page.form.callerEdit)
    assert page.memo_form.error_for("phone")
    assert page.form.phoneEdit.hasFocus()
    assert page.form.gistEdit.toPlainText() == "서류 제출 기한 문의"
    assert page.form.callerEdit.text() == "홍길동"
    assert page.mine_model.rowCount() == 0

    page.form.phoneEdit.clear()
    type_text(qtbot, page.form.phoneEdit, "010-1234-5678")
    type_text(qtbot, page.form.gistEdit, " 900101-1234567")
    press_enter(qtbot, page.form.phoneEdit)
    assert "주민등록번호" in page.memo_form.error_for("gist")
    assert page.memo_form.error_for("phone") == ""
    press_escape(qtbot, page.form.phoneEdit)
    assert page.form.callerEdit.text() == "" and page.form.gistEdit.toPlainText() == ""
    assert page.memo_form.error_for("gist") == ""


def test_a_memo_is_passed_on_with_a_note(
    qtbot: QtBot, page: MemoPage, backend: Backend, agency: SmallAgency, actor: Actor, desk: Desk
) -> None:
    type_memo(qtbot, page, caller="최민수", phone="010-5555-1234", gist="창업 공간 입주 신청 방법")
    press_enter(qtbot, page.form.callerEdit)  # no officer chosen: the operator keeps it
    assert rows(page) == [("최*수", LEFT_AT_TEN, 0)]
    memo_id = page.mine_model.memo_at(0).id
    page.select_memo(memo_id)
    line = page.form.transferCombo.lineEdit()
    assert line is not None
    type_text(qtbot, line, "박지호")
    press(qtbot, page.form.mineTable, Qt.Key.Key_T, CTRL)
    assert "까닭" in page.memo_actions.error_for("note")  # the note is required
    assert rows(page) == [("최*수", LEFT_AT_TEN, 0)]

    type_text(qtbot, page.form.noteEdit, "입주 담당이라 넘깁니다")
    press(qtbot, page.form.noteEdit, Qt.Key.Key_T, CTRL)
    assert rows(page) == []
    assert page.memo_actions.message() == "M2026-000001 메모를 박지호 서기관에게 넘겼습니다."

    desk.actor = actor_for(backend, officer(agency, "박지호"))
    page.reload_mine()
    assert rows(page) == [("최*수", LEFT_AT_TEN, 0)]
    page.select_memo(memo_id)
    assert page.memo_actions.history_lines()[-1].endswith(
        "안내원 · 전달 안내원 주무관 → 박지호 서기관 — 입주 담당이라 넘깁니다"
    )


def test_closing_needs_a_reason(qtbot: QtBot, page: MemoPage, backend: Backend, actor: Actor) -> None:
    memo_id = take_for(backend, actor, None)
    page.reload_mine()
    page.select_memo(memo_id)
    closing = page.form.actionClose
    assert closing.shortcut().toString() == "Ctrl+Shift+E"
    assert "Ctrl+Shift+E" in page.form.closeButton.text() and "F5" in page.form.reachedButton.toolTip()
    closing.trigger()
    assert "까닭" in page.memo_actions.error_for("note")
    type_text(qtbot, page.form.noteEdit, "민원으로 접수함")
    closing.trigger()
    assert rows(page) == []
    assert page.memo_actions.message() == "M2026-000001 메모를 종결했습니다."


def test_clock_turns_amber_then_red_with_one_notification(
    page: MemoPage, backend: Backend, actor: Actor, notifier: RecordingNotifier, fake_clock
) -> None:
    take_for(backend, actor, None, caller="홍길동", gist="교육 일정 변경 문의")
    assert notifier.messages == [("전화메모가 왔습니다", "홍*동 — 교육 일정 변경 문의")]  # as from the CLI
    notifier.messages.clear()
    assert page.mine_model.colour_at(0) is ClockColour.GREEN
    fake_clock.set(datetime(2026, 7, 2, 13, 0, 1, tzinfo=SEOUL))  # an hour before 14:00
    page.tick()
    assert (page.mine_model.colour_at(0), page.mine_model.clock_text_at(0)) == (ClockColour.AMBER, "59분 남음")
    assert notifier.messages == []
    fake_clock.set(datetime(2026, 7, 2, 14, 0, tzinfo=SEOUL))
    page.tick()
    assert page.mine_model.colour_at(0) is ClockColour.RED
    assert notifier.messages == [("답신 기한이 지났습니다", "M2026-000001 홍*동 — 교육 일정 변경 문의 (기한 14:00)")]
    assert page.title() == "전화메모 (1 · 지남 1)"
    assert page.form.mineSummary.text() == "맡은 메모 1건 · 기한 지남 1건"
    fake_clock.advance(minutes=35)
    page.tick()
    assert page.mine_model.clock_text_at(0) == "35분 지남"
    assert len(notifier.messages) == 1  # once per memo


def test_a_memo_taken_at_another_desk_arrives_with_a_notification(
    page: MemoPage, backend: Backend, agency: SmallAgency, actor: Actor, notifier: RecordingNotifier
) -> None:
    other_desk = actor_for(backend, officer(agency, "최유진"), desk="2층 민원실")
    take_for(backend, other_desk, officer(agency, "김민준"))  # for someone else: no news here
    assert notifier.messages == []
    take_for(backend, other_desk, agency.operator, caller="박민수", gist="보조금 교부 신청서 양식 문의")
    assert rows(page) == [("박*수", LEFT_AT_TEN, 0)]
    assert notifier.messages == [("전화메모가 왔습니다", "박*수 — 보조금 교부 신청서 양식 문의")]
    assert page.title() == "전화메모 (1)"


def test_all_memos_filter_and_search(
    qtbot: QtBot, page: MemoPage, backend: Backend, agency: SmallAgency, actor: Actor
) -> None:
    kim, park = officer(agency, "김민준"), officer(agency, "박지호")
    take_for(backend, actor, kim, caller="홍길동", gist="정산 서류 문의")
    second = take_for(backend, actor, park, caller="이영희", gist="입주 신청 방법")
    page.show_all()
    assert page.all_model.rowCount() == 2
    assert page.form.allSummary.text() == "처리 중 2건"
    holders = page.form.holderCombo
    holders.setCurrentIndex(holders.findData(park.id))
    assert [page.all_model.memo_at(r).id for r in range(page.all_model.rowCount())] == [second]
    holders.setCurrentIndex(0)
    type_text(qtbot, page.form.searchEdit, "정산")
    press_enter(qtbot, page.form.searchEdit)
    assert [page.all_model.memo_at(r).caller_name_masked for r in range(page.all_model.rowCount())] == ["홍*동"]
    assert page.form.allSummary.text() == "찾은 메모 1건"
    page.form.searchEdit.clear()
    type_text(qtbot, page.form.searchEdit, "3456")  # digits of the number
    press_enter(qtbot, page.form.searchEdit)
    assert page.all_model.rowCount() == 2
    # A memo taken meanwhile elsewhere joins the open list without a reload.
    page.form.searchEdit.clear()
    press_enter(qtbot, page.form.searchEdit)
    take_for(backend, actor, kim, caller="김철수", gist="교육 일정")
    assert page.all_model.rowCount() == 3


def test_handed_back_memos_show_what_the_deputy_did(
    qtbot: QtBot, page: MemoPage, backend: Backend, agency: SmallAgency, actor: Actor, fake_clock
) -> None:
    kim, lee = officer(agency, "김민준"), officer(agency, "이서연")
    away_on_trip(backend, actor, kim, lee)
    memo_id = take_for(backend, actor, kim, caller="홍길동", gist="정산 서류 문의")
    backend.memos.record_attempt(actor_for(backend, lee), memo_id, Outcome.REACHED, "주소 안내함")
    fake_clock.set(datetime(2026, 7, 2, 17, 30, tzinfo=SEOUL))  # back from the trip
    page.show_mine_for(kim.id)
    lines = page.handed_back.lines()
    assert len(lines) == 1
    assert lines[0].startswith("M2026-000001 홍*동 — 정산 서류 문의 (끝남)")
    assert "이서연 · 통화함 — 주소 안내함" in lines[0]


def test_the_menu_groups_taking_calling_back_and_passing_on(page: MemoPage) -> None:
    texts = ["---" if a.isSeparator() else a.text() for a in page.menu_actions()]
    assert texts == [
        "새 전화메모(&M)", "내 메모(&Y)", "전체 메모 찾기(&A)", "---",
        "통화함", "받지 않음", "메시지 남김", "이메일로 답변", "문자로 답변", "---",
        "다른 직원에게 전달(&T)", "종결(&C)", "민원으로 등록(&R)",
    ]


def test_memos_waiting_before_the_window_opened_are_counted_in_its_title(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, agency: SmallAgency
) -> None:
    other = actor_for(backend, officer(agency, "최유진"), desk="2층 민원실")
    take_for(backend, other, agency.operator)
    window: MainWindow = make_window(backend)
    qtbot.waitUntil(lambda: hasattr(window, "memo_page"))
    titles = [window.form.navList.item(i).text() for i in range(window.form.navList.count())]
    assert "전화메모 (1)" in titles
    go = {a.text() for a in window.form.menuGo.actions()}
    assert "전화메모 (1)" in go


def test_the_window_offers_the_page_with_counts_in_its_title(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, agency: SmallAgency
) -> None:
    window: MainWindow = make_window(backend)
    qtbot.waitUntil(lambda: hasattr(window, "memo_page"))
    nav = window.form.navList
    press(qtbot, nav, Qt.Key.Key_7, CTRL)
    assert window.current_page() is window.memo_page
    assert nav.currentItem().text() == "전화메모"
    other = actor_for(backend, officer(agency, "최유진"), desk="2층 민원실")
    take_for(backend, other, agency.operator)
    assert nav.currentItem().text() == "전화메모 (1)"
    assert window.memo_page.form.callerEdit.isVisible()
    combos = [c for c in window.findChildren(QComboBox) if c.accessibleName() == "전화로 찾는 직원"]
    assert len(combos) == 1
    menus = {a.text() for a in window.menuBar().actions()}
    assert "전화메모(&M)" in menus
    press(qtbot, nav, Qt.Key.Key_M, CTRL)  # 새 전화메모
    assert window.memo_page.form.callerEdit.hasFocus()


def test_a_company_written_with_brackets_shows_one_pair(
    qtbot: QtBot, page: MemoPage, backend: Backend, actor: Actor
) -> None:
    req = MemoRequest("정민수", "010-3456-7890", "납품 서류 문의", org="(주)미래소재")
    memo_id = backend.memos.take(actor, req).id
    page.reload_mine()
    model = page.mine_model
    assert model.data(model.index(0, CALLER)) == "정*수 · (주)미래소재"
    assert page.select_memo(memo_id)
    assert "전화하신 분: 정민수 · (주)미래소재" in page.form.detailText.text()
    assert "((" not in page.form.detailText.text()


def test_a_clock_in_working_hours_says_the_working_time_left_and_when_it_falls_due(
    page: MemoPage, backend: Backend, actor: Actor, fake_clock
) -> None:
    fake_clock.set(datetime(2026, 7, 2, 16, 27, tzinfo=SEOUL))  # Thursday, late afternoon
    take_for(backend, actor, None, caller="홍길동")
    page.reload_mine()
    # 3 working hours: 1:33 today, the rest from 09:00 tomorrow. Not "17시간 59분 남음".
    assert page.mine_model.clock_text_at(0) == "근무시간 3시간 남음 · 내일 10:27까지"
    fake_clock.set(datetime(2026, 7, 2, 17, 17, tzinfo=SEOUL))
    page.tick()
    assert page.mine_model.clock_text_at(0) == "근무시간 2시간 10분 남음 · 내일 10:27까지"
    fake_clock.set(datetime(2026, 7, 3, 9, 40, tzinfo=SEOUL))  # the next morning: no gap left
    page.tick()
    assert page.mine_model.clock_text_at(0) == "47분 남음"
