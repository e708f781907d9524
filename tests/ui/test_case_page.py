"""The cases page driven as the desk and the officers use it: cases registered anywhere
appear in clock order, the state filter and "my cases" narrow the list, a change made at
another desk shows at once, an overdue case is flagged, and the chosen case's detail shows
its officer, a deadline moved by an extension, and the 1357 ladder."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtCore import Qt as QtNS
from PySide6.QtWidgets import QApplication, QListWidget, QMenu, QTableView, QWidget
from pytestqt.qtbot import QtBot

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest, CaseView, ExtensionRequest
from minwon_desk.services.dto import Actor, StaffSummary
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.cases._columns import FLAG, LEFT, NUMBER, OFFICER, STATUS
from minwon_desk.ui.cases.model import CaseListModel
from minwon_desk.ui.cases.page import ALL_TAB, MINE_TAB, CasePage
from minwon_desk.ui.common.directory_cache import DirectoryCache
from minwon_desk.ui.main_window import MainWindow
from tests.support.seed import SmallAgency, actor_for

from .conftest import WindowFactory, show_window
from .keyboard import press, press_enter, type_text

CTRL = QtNS.KeyboardModifier.ControlModifier
CTRL_SHIFT = QtNS.KeyboardModifier.ControlModifier | QtNS.KeyboardModifier.ShiftModifier


@dataclass
class Desk:
    """Who works at the desk: the page asks this each time, as it asks the window."""

    actor: Actor | None

    def __call__(self) -> Actor | None:
        return self.actor


class FakeActions(QObject):
    """The case dialogs stand-in: records what the page asked for."""

    changed = Signal(int)

    def __init__(self, parent: QWidget, backend: Any, actor: Any) -> None:
        super().__init__(parent)
        self.calls: list[tuple[Any, ...]] = []

    def _record(self, name: str, case: CaseView | None = None, *rest: Any) -> None:
        self.calls.append((name, case.number if case else None, *rest))

    def register(self) -> None:
        self._record("register")

    def register_from_memo(self, memo_id: int) -> None:
        self.calls.append(("register_from_memo", memo_id))

    def assign(self, case: CaseView) -> None:
        self._record("assign", case)

    def add_note(self, case: CaseView) -> None:
        self._record("add_note", case)

    def pause(self, case: CaseView) -> None:
        self._record("pause", case)

    def resume(self, case: CaseView) -> None:
        self._record("resume", case)

    def extend(self, case: CaseView) -> None:
        self._record("extend", case)

    def send_interim(self, case: CaseView) -> None:
        self._record("send_interim", case)

    def mark_stage(self, case: CaseView) -> None:
        self._record("mark_stage", case)

    def answer(self, case: CaseView) -> None:
        self._record("answer", case)

    def open_document(self, case: CaseView, kind: str, ordinal: int | None = None) -> None:
        self._record("open_document", case, kind, ordinal)


@dataclass
class Made:
    """Actions built for a page (the factory is given the page)."""

    actions: list[FakeActions] = field(default_factory=list)

    def __call__(self, parent: QWidget, backend: Any, actor: Any) -> FakeActions:
        fake = FakeActions(parent, backend, actor)
        self.actions.append(fake)
        return fake


def _at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SEOUL)


def officer(agency: SmallAgency, name: str) -> StaffSummary:
    return next(p for p in agency.officers if p.name == name)


def register(backend: Backend, actor: Actor, who: StaffSummary | None, case_type: str,
             subject: str, name: str = "홍길동") -> CaseView:
    return backend.cases.open(actor, CaseRequest(
        case_type=case_type, channel="방문", subject=subject, content=f"{subject}에 대해 알고 싶습니다.",
        petitioner_name=name, petitioner_contact="010-2345-6789",
        officer_id=who.id if who else None,
    ))


@pytest.fixture
def desk(actor: Actor) -> Desk:
    return Desk(actor)


@pytest.fixture
def made() -> Made:
    return Made()


@pytest.fixture
def page(qtbot: QtBot, backend: Backend, desk: Desk, made: Made) -> Iterator[CasePage]:
    bridge = EventBridge(backend.events)
    cache = DirectoryCache(bridge)
    cache.attach(backend)
    case_page = CasePage(backend, desk, bridge, cache=cache, actions=made)
    show_window(qtbot, case_page)
    wait_loaded(qtbot, case_page)
    yield case_page
    case_page.stop()
    QThreadPool.globalInstance().waitForDone()
    bridge.detach()


def wait_loaded(qtbot: QtBot, page: CasePage) -> None:
    qtbot.waitUntil(lambda: not page.is_loading())


def fake(made: Made) -> FakeActions:
    return made.actions[-1]


def rows(model: CaseListModel, *columns: int) -> list[tuple[str, ...]]:
    return [tuple(model.text_at(r, c) for c in columns) for r in range(model.rowCount())]


def subjects(model: CaseListModel) -> list[str]:
    return [model.case_at(r).subject for r in range(model.rowCount())]


def click_row(qtbot: QtBot, table: QTableView, row: int) -> None:
    model = table.model()
    rect = table.visualRect(model.index(row, NUMBER))
    qtbot.mouseClick(table.viewport(), QtNS.MouseButton.LeftButton, pos=rect.center())


def show_tab(qtbot: QtBot, page: CasePage, tab: int) -> QTableView:
    page.form.listTabs.setCurrentIndex(tab)
    return page.current_table()


def lines(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


# --- lists ---------------------------------------------------------------------------------


def test_cases_registered_anywhere_appear_least_time_left_first(
    qtbot: QtBot, backend: Backend, actor: Actor, agency: SmallAgency, desk: Desk, made: Made,
) -> None:
    kim = officer(agency, "김민준")
    register(backend, actor, kim, "질의-법령", "지원사업 법령 해석")
    register(backend, actor, kim, "기타", "신청서 양식 문의")
    bridge = EventBridge(backend.events)
    page = CasePage(backend, desk, bridge, actions=made)
    show_window(qtbot, page)
    wait_loaded(qtbot, page)
    # One registered at another desk after the page opened arrives by its change event.
    register(backend, actor, None, "질의-제도", "창업 지원 자격")
    table = show_tab(qtbot, page, ALL_TAB)
    assert table is page.form.allTable
    assert rows(page.all_model, LEFT, STATUS) == [
        ("4시간 남음", "기한 내"),
        ("8일 8시간 남음", "기한 내"),
        ("20일 8시간 남음", "기한 내"),
    ]
    assert subjects(page.all_model) == ["신청서 양식 문의", "창업 지원 자격", "지원사업 법령 해석"]
    assert page.all_model.text_at(1, OFFICER) == "(지정 전)"
    assert page.all_model.text_at(0, 4) == "홍*동"  # masked in lists
    page.stop()
    QThreadPool.globalInstance().waitForDone()
    bridge.detach()


def test_the_state_filter_narrows_without_losing_the_rest(
    qtbot: QtBot, page: CasePage, backend: Backend, actor: Actor, agency: SmallAgency,
    fake_clock: Any,
) -> None:
    kim, lee = officer(agency, "김민준"), officer(agency, "이서연")
    quick = register(backend, actor, kim, "기타", "신청서 양식 문의")
    register(backend, actor, lee, "고충", "처리 지연 고충")
    paused = register(backend, actor, lee, "질의-제도", "보완 서류 문의")
    answered = register(backend, actor, kim, "질의-법령", "법령 해석")
    backend.cases.pause(actor_for(backend, lee), paused.id, "사업자등록증 사본이 빠졌습니다")
    backend.cases.answer(actor_for(backend, kim), answered.id, "가능합니다.")
    fake_clock.set(_at(7, 2, 15))  # the 14:00 case is now overdue
    page.tick()
    table = show_tab(qtbot, page, ALL_TAB)
    combo = page.form.stateCombo
    combo.setFocus()
    assert combo.currentText() == "처리 중"
    press(qtbot, combo, QtNS.Key.Key_Down)  # 전체 상태
    wait_loaded(qtbot, page)
    assert subjects(page.all_model) == ["신청서 양식 문의", "처리 지연 고충", "보완 서류 문의", "법령 해석"]
    press(qtbot, combo, QtNS.Key.Key_Down)  # 기한 내
    assert subjects(page.all_model) == ["처리 지연 고충"]
    for _ in range(2):
        press(qtbot, combo, QtNS.Key.Key_Down)  # 임박, 기한 지남
    assert combo.currentText() == "기한 지남"
    assert rows(page.all_model, NUMBER, LEFT, STATUS, FLAG) == [
        (quick.number, "1시간 지남", "기한 지남", "기한 지남·통지 없음"),
    ]
    for _ in range(2):
        press(qtbot, combo, QtNS.Key.Key_Down)  # 연장됨, 보완 대기
    assert rows(page.all_model, LEFT, STATUS) == [("멈춤 · 8일 8시간 남음", "보완 대기")]
    press(qtbot, combo, QtNS.Key.Key_Down)  # 처리 완료
    assert [page.all_model.text_at(0, c) for c in (STATUS,)] == ["처리 완료"]
    assert page.all_model.text_at(0, LEFT).startswith("회신함 · ")
    press(qtbot, combo, QtNS.Key.Key_Home)  # 처리 중
    assert subjects(page.all_model) == ["신청서 양식 문의", "처리 지연 고충", "보완 서류 문의"]
    assert page.form.allSummary.text() == "처리 중 3건 · 기한 지남 1 · 보완 대기 1"
    press(qtbot, combo, QtNS.Key.Key_Down)  # 전체 상태: read once, kept
    assert not page.is_loading()
    assert page.form.allSummary.text() == "전체 상태 4건 · 기한 지남 1 · 보완 대기 1 · 처리 완료 1"
    assert table.model() is page.all_model


def test_overdue_without_notice_is_flagged_and_can_be_listed_alone(
    qtbot: QtBot, page: CasePage, backend: Backend, actor: Actor, agency: SmallAgency,
    fake_clock: Any,
) -> None:
    kim = officer(agency, "김민준")
    quick = register(backend, actor, kim, "기타", "신청서 양식 문의")
    register(backend, actor, kim, "질의-제도", "창업 지원 자격")
    show_tab(qtbot, page, ALL_TAB)
    assert page.all_model.text_at(0, FLAG) == ""
    fake_clock.set(_at(7, 2, 13, 30))
    page.tick()
    assert rows(page.all_model, LEFT, STATUS)[0] == ("30분 남음", "임박")
    assert page.title() == "민원 처리 (임박 1)"
    click_row(qtbot, page.form.allTable, 0)
    assert "상태: 임박" in page.detail.clock_lines()
    fake_clock.set(_at(7, 2, 14, 5))
    page.tick()
    assert rows(page.all_model, NUMBER, LEFT, STATUS, FLAG)[0] == (
        quick.number, "5분 지남", "기한 지남", "기한 지남·통지 없음")
    assert page.title() == "민원 처리 (지남 1)"
    assert page.detail.clock_lines()[-2:] == ["상태: 기한 지남", "기한이 통지 없이 지났습니다."]
    page.form.lateCheck.setFocus()
    press(qtbot, page.form.lateCheck, QtNS.Key.Key_Space)
    assert page.form.lateCheck.isChecked()
    assert subjects(page.all_model) == ["신청서 양식 문의"]
    press(qtbot, page.form.lateCheck, QtNS.Key.Key_Space)
    assert page.all_model.rowCount() == 2


def test_my_cases_are_only_the_officers_open_ones(
    qtbot: QtBot, backend: Backend, actor: Actor, agency: SmallAgency, made: Made,
) -> None:
    kim, lee = officer(agency, "김민준"), officer(agency, "이서연")
    mine = register(backend, actor, kim, "질의-제도", "창업 지원 자격")
    register(backend, actor, lee, "질의-제도", "판로 지원 문의")
    done = register(backend, actor, kim, "기타", "양식 문의")
    kim_desk = Desk(actor_for(backend, kim))
    backend.cases.answer(kim_desk.actor, done.id, "양식은 누리집에 있습니다.")  # type: ignore[arg-type]
    bridge = EventBridge(backend.events)
    page = CasePage(backend, kim_desk, bridge, actions=made)
    show_window(qtbot, page)
    wait_loaded(qtbot, page)
    assert page.form.listTabs.currentIndex() == MINE_TAB
    assert [c.id for c in page.mine_model.cases()] == [mine.id]
    assert page.form.mineSummary.text() == "맡은 민원 1건"
    # Handed to 김민준 at another desk: it lands in his list.
    theirs = register(backend, actor, lee, "고충", "처리 지연 고충")
    backend.cases.assign(actor, theirs.id, kim.id)
    assert subjects(page.mine_model) == ["처리 지연 고충", "창업 지원 자격"]
    assert page.all_model.loaded() == 3  # the answered one is read when asked for
    page.stop()
    QThreadPool.globalInstance().waitForDone()
    bridge.detach()


def test_a_change_at_another_desk_refreshes_the_row_and_the_detail(
    qtbot: QtBot, page: CasePage, backend: Backend, actor: Actor, agency: SmallAgency,
) -> None:
    case = register(backend, actor, None, "질의-제도", "창업 지원 자격")
    table = show_tab(qtbot, page, ALL_TAB)
    click_row(qtbot, table, 0)
    assert page.selected_case() is not None
    assert "담당: 아직 지정하지 않음" in page.detail.text()
    backend.cases.assign(actor, case.id, officer(agency, "박지호").id)
    assert page.all_model.text_at(0, OFFICER) == "박지호 서기관"
    assert "담당: 박지호 서기관 (창업정책과)" in page.detail.text()
    assert page.detail.history_lines()[-1].endswith("담당자 지정 → 박지호 서기관")
    assert page.selected_case() is not None and page.selected_case().id == case.id  # type: ignore[union-attr]


# --- the chosen case -----------------------------------------------------------------------


def test_detail_shows_the_petitioner_officer_and_a_deadline_moved_by_an_extension(
    qtbot: QtBot, page: CasePage, backend: Backend, actor: Actor, agency: SmallAgency,
    made: Made,
) -> None:
    kim = officer(agency, "김민준")
    case = register(backend, actor, kim, "질의-제도", "창업 지원 자격")
    table = show_tab(qtbot, page, ALL_TAB)
    click_row(qtbot, table, 0)
    press_enter(qtbot, table)  # Enter on a row: to the case's detail
    assert QApplication.focusWidget() is page.form.detailText
    text = page.detail.text()
    assert "민원인: 홍길동" in text and "회신 받을 곳: 010-2345-6789" in text  # whole here
    assert "담당: 김민준 사무관 (혁신행정담당관)" in text
    assert "처음 처리기한: 2026-07-10(금) 18:00" in page.detail.clock_lines()
    assert any(line.startswith("보완 요청 기한: 2026-07-03(금) 10:00 (1일 남음)")
               for line in page.detail.clock_lines()), page.detail.clock_lines()
    backend.cases.extend(actor_for(backend, kim), case.id,
                         ExtensionRequest(date(2026, 7, 16), "현장 확인이 필요합니다"))
    clock = page.detail.clock_lines()
    assert "처음 처리기한: 2026-07-10(금) 18:00" in clock
    assert "지금 처리기한: 2026-07-16(목) 18:00" in clock
    assert "처리기간 연장: 1회" in clock
    assert page.detail.history_lines()[-1].endswith(
        "처리기간 연장 — 현장 확인이 필요합니다 (기한 7/10 18:00 → 7/16 18:00)")
    assert rows(page.all_model, STATUS) == [("연장됨",)]
    assert [line.split(" · ")[0] for line in page.detail.document_lines()] == [
        "접수증", "처리기간 연장 통지 (1차)"]
    # A document opens with Enter.
    docs = page.form.documentList
    docs.setFocus()
    docs.setCurrentRow(1)
    press_enter(qtbot, docs)
    assert fake(made).calls[-1] == ("open_document", case.number, "extension", 1)


def test_detail_shows_the_1357_ladder(
    qtbot: QtBot, page: CasePage, backend: Backend, actor: Actor, agency: SmallAgency,
    fake_clock: Any,
) -> None:
    park = officer(agency, "박지호")
    case = register(backend, actor, park, "1357", "공장 인허가 지연")
    table = show_tab(qtbot, page, ALL_TAB)
    click_row(qtbot, table, 0)
    assert page.detail.stage_lines() == [
        "1357 출동 — 기한 2026-07-03(금) 10:00 · 아직",
        "1357 지방청 해소 — 기한 2026-07-07(화) 10:00 · 아직",
        "1357 본부 해소 — 기한 2026-07-09(목) 10:00 · 아직",
        "1357 관계부처 요청 — 기한 2026-07-10(금) 18:00 · 아직",
    ]
    assert page.form.actionStage.isEnabled()
    fake_clock.set(_at(7, 2, 11, 40))
    backend.cases.mark_stage(actor_for(backend, park), case.id, "taskforce_dispatch")
    assert page.detail.stage_lines()[0] == "1357 출동 — 기한 2026-07-03(금) 10:00 · 11:40 완료"
    assert page.detail.history_lines()[-1] == "11:40 박지호 서기관 · 1357 출동"


def test_a_case_that_is_not_1357_has_no_ladder(
    qtbot: QtBot, page: CasePage, backend: Backend, actor: Actor, agency: SmallAgency,
) -> None:
    register(backend, actor, officer(agency, "김민준"), "질의-제도", "창업 지원 자격")
    click_row(qtbot, show_tab(qtbot, page, ALL_TAB), 0)
    assert page.detail.stage_lines() == []
    assert not page.form.actionStage.isEnabled()


def test_an_ampersand_in_the_subject_shows_in_the_detail_title(
    qtbot: QtBot, page: CasePage, backend: Backend, actor: Actor, agency: SmallAgency,
) -> None:
    register(backend, actor, officer(agency, "김민준"), "고충", "R&D 과제 정산 지연")
    click_row(qtbot, show_tab(qtbot, page, ALL_TAB), 0)
    box = page.form.detailBox
    # What the box shows: its title with mnemonic markers taken out.
    assert box.title().replace("&&", "\0").replace("&", "").replace("\0", "&").endswith(
        "R&D 과제 정산 지연")


# --- actions -------------------------------------------------------------------------------


def test_actions_fit_the_chosen_case_and_answer_to_their_keys(
    qtbot: QtBot, page: CasePage, backend: Backend, actor: Actor, agency: SmallAgency,
    made: Made,
) -> None:
    f = page.form
    lee = officer(agency, "이서연")
    unassigned = register(backend, actor, None, "질의-제도", "배정 전 민원")
    paused = register(backend, actor, lee, "질의-법령", "보완 서류 문의")
    backend.cases.pause(actor_for(backend, lee), paused.id, "사업자등록증 사본이 빠졌습니다")
    table = show_tab(qtbot, page, ALL_TAB)
    assert not f.actionAnswer.isEnabled()  # nothing chosen
    click_row(qtbot, table, page.all_model.row_of(unassigned.id) or 0)
    assert f.actionAssign.isEnabled() and f.actionPause.isEnabled()
    assert not f.actionAnswer.isEnabled()  # a reply names its officer: assign first
    assert not f.actionExtend.isEnabled() and not f.actionResume.isEnabled()
    click_row(qtbot, table, page.all_model.row_of(paused.id) or 0)
    assert f.actionResume.isEnabled() and not f.actionPause.isEnabled()
    assert f.actionAnswer.isEnabled() and not f.actionStage.isEnabled()
    press(qtbot, table, QtNS.Key.Key_R, CTRL_SHIFT)  # 보완 접수
    press(qtbot, table, QtNS.Key.Key_Y, CTRL_SHIFT)  # 회신
    press(qtbot, table, QtNS.Key.Key_N, CTRL)  # 새 민원 (inside this page)
    assert fake(made).calls == [
        ("resume", paused.number), ("answer", paused.number), ("register", None)]
    f.answerButton.click()
    assert fake(made).calls[-1] == ("answer", paused.number)
    assert f.answerButton.accessibleName() == "회신"
    assert "Ctrl+Shift+Y" in f.answerButton.toolTip()


def test_after_an_action_the_changed_case_stays_chosen(
    qtbot: QtBot, page: CasePage, backend: Backend, actor: Actor, agency: SmallAgency,
    made: Made,
) -> None:
    kim = officer(agency, "김민준")
    register(backend, actor, kim, "기타", "양식 문의")
    case = register(backend, actor, kim, "질의-제도", "창업 지원 자격")
    table = show_tab(qtbot, page, ALL_TAB)
    click_row(qtbot, table, 1)
    backend.cases.answer(actor_for(backend, kim), case.id, "가능합니다.")
    fake(made).changed.emit(case.id)
    chosen = page.selected_case()
    assert chosen is not None and chosen.id == case.id and chosen.state == "answered"
    assert not page.form.actionAnswer.isEnabled()
    assert page.form.actionReplyLetter.isEnabled()
    assert rows(page.all_model, STATUS) == [("기한 내",), ("처리 완료",)]
    # Under "처리 중" it stays in sight until the list is narrowed again.
    combo = page.form.stateCombo
    combo.setFocus()
    press(qtbot, combo, QtNS.Key.Key_Down)  # 전체 상태
    press(qtbot, combo, QtNS.Key.Key_Home)  # 처리 중
    assert rows(page.all_model, STATUS) == [("기한 내",)]


def test_typing_an_officer_narrows_every_case_to_theirs(
    qtbot: QtBot, page: CasePage, backend: Backend, actor: Actor, agency: SmallAgency,
) -> None:
    register(backend, actor, officer(agency, "김민준"), "질의-제도", "창업 지원 자격")
    register(backend, actor, officer(agency, "이서연"), "질의-제도", "판로 지원 문의")
    show_tab(qtbot, page, ALL_TAB)
    line = page.form.officerCombo.lineEdit()
    assert line is not None
    line.setFocus()
    type_text(qtbot, line, "이서연")
    press_enter(qtbot, line)
    wait_loaded(qtbot, page)
    assert subjects(page.all_model) == ["판로 지원 문의"]
    # A case handed to her elsewhere joins her list; one for someone else does not.
    register(backend, actor, officer(agency, "이서연"), "고충", "처리 지연 고충")
    register(backend, actor, officer(agency, "김민준"), "고충", "다른 고충")
    assert subjects(page.all_model) == ["처리 지연 고충", "판로 지원 문의"]


def test_the_menu_groups_the_lists_the_case_actions_the_documents_and_the_register(page: CasePage) -> None:
    texts = ["---" if a.isSeparator() else a.text() for a in page.menu_actions()]
    assert texts[:4] == ["새 민원 접수(&N)…", "내 민원(&M)", "전체 민원(&A)", "---"]
    assert texts[4] == "담당자 지정(&O)…"
    assert texts[texts.index("---", 4):] == [
        "---", "문서 보기·인쇄(&D)", "접수증", "회신문", "처리기간 연장 통지", "중간 통지",
        "---", "민원 처리부(&B)…"]
    assert texts.count("---") == 3


# --- in the window -------------------------------------------------------------------------


def test_the_window_offers_the_cases_page_and_its_menu(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, actor: Actor, agency: SmallAgency,
    fake_clock: Any,
) -> None:
    register(backend, actor, officer(agency, "김민준"), "기타", "양식 문의")
    window: MainWindow = make_window(backend)
    qtbot.waitUntil(lambda: hasattr(window, "case_page"))
    page = window.case_page
    wait_loaded(qtbot, page)
    press(qtbot, window.form.navList, QtNS.Key.Key_8, CTRL)
    assert window.current_page() is page
    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "민원(&C)")
    keys = {a.text(): a.shortcut().toString() for a in menu.actions() if a.text()}
    assert keys["새 민원 접수(&N)…"] == "Ctrl+N"
    assert keys["회신(&Y)…"] == "Ctrl+Shift+Y"
    assert keys["기한 연장(&X)…"] == "Ctrl+Shift+X"
    assert keys["문서 보기·인쇄(&D)"] == "Ctrl+P"
    assert keys["다른 기관으로 이송(&G)…"] == "Ctrl+Shift+G"
    assert keys["민원 처리부(&B)…"] == "Ctrl+Shift+B"
    fake_clock.set(_at(7, 2, 13, 10))
    page.tick()
    nav = window.form.navList
    assert nav.item(window.page_list.pages.index(page)).text() == "민원 처리 (임박 1)"
