"""Absences with deputies, driven as an administrator would: pick the person by 초성, set
the period, name a deputy (or see who the default would be), cancel with a confirmation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.directory.absences_page import AbsencesPage
from tests.support.seed import SmallAgency

from .conftest import find, show_window
from .keyboard import press, press_enter, type_text

NOW = datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)  # the fake clock


class Answers:
    """Stands in for the confirmation box; records the questions."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: object, _title: str, question: str) -> bool:
        self.asked.append(question)
        return self.answer


@pytest.fixture
def answers() -> Answers:
    return Answers(True)


@pytest.fixture
def page(qtbot: QtBot, backend: Backend, actor: Actor, answers: Answers) -> Iterator[AbsencesPage]:
    bridge = EventBridge(backend.events)
    page = AbsencesPage(backend, lambda: actor, bridge, confirm=answers)
    show_window(qtbot, page)
    yield page
    bridge.detach()


def _set(edit: QDateTimeEdit, when: datetime) -> None:
    edit.setDate(QDate(when.year, when.month, when.day))
    edit.setTime(QTime(when.hour, when.minute))


def _pick(qtbot: QtBot, page: AbsencesPage, name: str, text: str) -> QComboBox:
    combo = find(page, QComboBox, name)
    line = combo.lineEdit()
    assert line is not None
    type_text(qtbot, line, text)
    return combo


def test_an_absence_with_a_deputy_sends_visitors_to_the_deputy(
    qtbot: QtBot, page: AbsencesPage, backend: Backend, agency: SmallAgency
) -> None:
    lee, park = agency.officers[1], agency.officers[2]  # 이서연, 박지호
    _pick(qtbot, page, "부재 직원", "ㅇㅅㅇ")  # 초성 of 이서연
    kinds = find(page, QComboBox, "부재 구분")
    kinds.setCurrentIndex(kinds.findText("휴가"))
    find(page, QCheckBox, "하루 종일").setChecked(True)
    _set(find(page, QDateTimeEdit, "시작 시각"), NOW)
    _set(find(page, QDateTimeEdit, "종료 시각"), NOW)
    _pick(qtbot, page, "업무대행자", "박지호")
    note = find(page, QLineEdit, "메모")
    note.setFocus()
    type_text(qtbot, note, "여름 휴가")
    press_enter(qtbot, note)

    assert "등록했습니다" in find(page, QLabel, "부재 등록 알림").text()
    [stored] = backend.absences.list()
    assert (stored.staff_id, stored.kind, stored.deputy_id, stored.note) == (lee.id, "휴가", park.id, "여름 휴가")
    assert (stored.starts_at, stored.ends_at) == (
        datetime(2026, 7, 2, 9, tzinfo=SEOUL), datetime(2026, 7, 2, 18, tzinfo=SEOUL)
    )
    presence = backend.directory.snapshot().presence(lee.id, NOW)
    assert presence.status == "휴가"
    assert presence.acting is not None and presence.acting.id == park.id

    [row] = page.listed_text()
    assert row[0] == "이서연 주무관" and row[2] == "휴가" and row[4] == "박지호"
    assert row[3].startswith("7/2(목) 09:00–18:00")
    assert find(page, QComboBox, "부재 직원").currentText() == ""  # ready for the next one


def test_the_default_deputy_is_named_and_a_deputy_away_too_is_warned_about(
    qtbot: QtBot, page: AbsencesPage, backend: Backend, agency: SmallAgency, actor: Actor
) -> None:
    lee, park, choi = agency.officers[1], agency.officers[2], agency.officers[3]
    backend.roster.set_default_deputy(actor, lee.id, choi.id)
    backend.absences.add(
        actor, staff_id=choi.id, kind=AbsenceKind.TRAINING,
        starts_at=datetime(2026, 7, 3, 9, tzinfo=SEOUL), ends_at=datetime(2026, 7, 3, 18, tzinfo=SEOUL),
    )
    _pick(qtbot, page, "부재 직원", "이서연")
    hint = find(page, QLabel, "업무대행자 안내")
    warning = find(page, QLabel, "업무대행자 경고")
    assert "최유진" in hint.text()

    _set(find(page, QDateTimeEdit, "시작 시각"), datetime(2026, 7, 2, 14, tzinfo=SEOUL))
    _set(find(page, QDateTimeEdit, "종료 시각"), datetime(2026, 7, 2, 16, tzinfo=SEOUL))
    assert not warning.isVisible()  # 최유진 is in on the 2nd

    _set(find(page, QDateTimeEdit, "시작 시각"), datetime(2026, 7, 3, 10, tzinfo=SEOUL))
    _set(find(page, QDateTimeEdit, "종료 시각"), datetime(2026, 7, 3, 12, tzinfo=SEOUL))
    assert warning.isVisible() and "최유진 님도" in warning.text() and "교육" in warning.text()

    _pick(qtbot, page, "업무대행자", "박지호")
    assert not warning.isVisible()
    assert backend.absences.list(staff_id=park.id) == []


def test_an_end_before_the_start_is_refused_and_nothing_is_stored(
    qtbot: QtBot, page: AbsencesPage, backend: Backend
) -> None:
    staff = _pick(qtbot, page, "부재 직원", "김민준")
    _set(find(page, QDateTimeEdit, "시작 시각"), datetime(2026, 7, 2, 15, tzinfo=SEOUL))
    _set(find(page, QDateTimeEdit, "종료 시각"), datetime(2026, 7, 2, 11, tzinfo=SEOUL))
    note = find(page, QLineEdit, "메모")
    type_text(qtbot, note, "세종청사 회의")
    find(page, QPushButton, "부재 등록하기").click()

    error = find(page, QLabel, "종료 시각 오류")
    assert error.isVisible() and "종료 시각" in error.text()
    assert backend.absences.list() == []
    assert page.listed() == []
    assert staff.currentText() == "김민준" and note.text() == "세종청사 회의"  # nothing typed lost


def test_nobody_chosen_is_said_next_to_the_person_field(
    qtbot: QtBot, page: AbsencesPage, backend: Backend
) -> None:
    note = find(page, QLineEdit, "메모")
    note.setFocus()
    press_enter(qtbot, note)
    assert find(page, QLabel, "부재 직원 오류").text()
    _pick(qtbot, page, "부재 직원", "없는사람")
    note.setFocus()
    press_enter(qtbot, note)
    assert "맞는 직원이 없습니다" in find(page, QLabel, "부재 직원 오류").text()
    assert backend.absences.list() == []


def test_a_cancelled_absence_leaves_the_list_after_confirming(
    qtbot: QtBot, page: AbsencesPage, backend: Backend, agency: SmallAgency, actor: Actor,
    answers: Answers,
) -> None:
    kim = agency.officers[0]
    absence_id = backend.absences.add(
        actor, staff_id=kim.id, kind=AbsenceKind.TRIP,
        starts_at=datetime(2026, 7, 2, 13, tzinfo=SEOUL), ends_at=datetime(2026, 7, 3, 18, tzinfo=SEOUL),
    )
    assert [a.id for a in page.listed()] == [absence_id]
    table = find(page, QTableWidget, "부재 일정 목록")
    cancel = find(page, QPushButton, "부재 취소")
    assert not cancel.isEnabled()

    answers.answer = False
    table.selectRow(0)
    table.setFocus()
    press(qtbot, table, Qt.Key.Key_Delete)
    assert answers.asked and "김민준" in answers.asked[0]
    assert [a.id for a in backend.absences.list()] == [absence_id]

    answers.answer = True
    cancel.click()
    assert backend.absences.list() == []
    assert page.listed() == []
    assert "취소했습니다" in find(page, QLabel, "부재 목록 알림").text()
    assert backend.directory.snapshot().presence(kim.id, datetime(2026, 7, 2, 14, tzinfo=SEOUL)).present


def test_the_list_is_filtered_by_person_and_department(
    qtbot: QtBot, page: AbsencesPage, backend: Backend, agency: SmallAgency, actor: Actor
) -> None:
    for officer in agency.officers:
        backend.absences.add(
            actor, staff_id=officer.id, kind=AbsenceKind.MEETING,
            starts_at=datetime(2026, 7, 2, 14, tzinfo=SEOUL), ends_at=datetime(2026, 7, 2, 15, tzinfo=SEOUL),
        )
    assert len(page.listed()) == 4
    type_text(qtbot, find(page, QLineEdit, "부재 일정 검색"), "ㅂㅈㅎ")
    assert [a.staff_name for a in page.listed()] == ["박지호"]
    find(page, QLineEdit, "부재 일정 검색").clear()
    units = find(page, QComboBox, "부서로 거르기")
    units.setCurrentIndex(units.findText("본부 > 혁신행정담당관"))
    assert sorted(a.staff_name for a in page.listed()) == ["김민준", "최유진"]
    assert find(page, QLabel, "부재 일정 수").text() == "2건 / 전체 4건"


def test_without_a_named_deputy_the_list_says_who_acts_in_brackets(
    qtbot: QtBot, page: AbsencesPage, backend: Backend, agency: SmallAgency, actor: Actor
) -> None:
    lee, choi = agency.officers[1], agency.officers[3]
    backend.roster.set_default_deputy(actor, lee.id, choi.id)
    backend.absences.add(
        actor, staff_id=lee.id, kind=AbsenceKind.FIELD,
        starts_at=datetime(2026, 7, 2, 9, tzinfo=SEOUL), ends_at=datetime(2026, 7, 2, 12, tzinfo=SEOUL),
    )
    [row] = page.listed_text()
    assert row[4] == "(최유진)"
    assert row[3].endswith("(지금)")
