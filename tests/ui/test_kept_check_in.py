"""A check-in kept on the desk while the server is away asks about an absent officer as an
online one does, carries the operator's answer, and is not sent to an absent officer's desk
without one."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.ui.live.refused_dialog import RefusedDialog
from tests.support.seed import SmallAgency

from .compensation_helpers import button, dialog_in_front, in_front
from .conftest import WindowFactory, find
from .keyboard import press, press_enter
from .test_visitor_desk import fill_form


def _on_leave(backend: Backend, actor: Actor, agency: SmallAgency, start: datetime) -> None:
    kim, lee = agency.officers[0], agency.officers[1]
    backend.absences.add(actor, staff_id=kim.id, kind=AbsenceKind.LEAVE, starts_at=start,
                         ends_at=datetime(2026, 7, 3, 18, tzinfo=SEOUL), deputy_id=lee.id)


def test_kept_with_the_officer_away_asks_first_and_carries_the_answer(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, agency: SmallAgency, actor: Actor
) -> None:
    _on_leave(backend, actor, agency, datetime(2026, 7, 2, 9, tzinfo=SEOUL))
    window = make_window(backend)
    qtbot.waitUntil(window.is_built)
    queue = window.live.queue
    assert queue is not None
    queue.set_server_away(True)
    fill_form(qtbot, window, "홍길동", "", "상담", "ㄱㅁㅈ")
    officer = find(window, QComboBox, "찾는 직원")
    press_enter(qtbot, officer.lineEdit())
    assert queue.waiting() == []  # asked, not kept
    said = find(window, QLabel, "찾는 직원 오류").text()
    assert said.startswith("휴가 중 — 업무대행 이서연") and "그래도 김민준 님 앞으로 접수" in said
    press_enter(qtbot, officer.lineEdit())  # all the same
    [kept] = queue.waiting()
    assert kept.check_in.officer_id == agency.officers[0].id and kept.check_in.away_chosen

    queue.set_server_away(False)
    qtbot.waitUntil(lambda: queue.waiting() == [])
    [visit] = backend.visits.list_waiting()
    assert (visit.visitor_name, visit.officer_id) == ("홍길동", agency.officers[0].id)


def test_kept_before_the_absence_was_known_comes_back_with_the_question(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, agency: SmallAgency,
    actor: Actor, fake_clock,
) -> None:
    window = make_window(backend)
    qtbot.waitUntil(window.is_built)
    queue = window.live.queue
    assert queue is not None
    queue.set_server_away(True)
    fill_form(qtbot, window, "홍길동", "", "상담", "ㄱㅁㅈ")
    officer = find(window, QComboBox, "찾는 직원")
    press_enter(qtbot, officer.lineEdit())  # 김민준 is in, as far as this desk knows
    [kept] = queue.waiting()
    assert not kept.check_in.away_chosen
    # Another desk had entered his leave from this morning; the server comes back.
    _on_leave(backend, actor, agency, fake_clock() - timedelta(hours=1))
    queue.set_server_away(False)
    live = window.live
    qtbot.waitUntil(lambda: "서버가 받지 않은 기록 1건" in live.bar.text())
    assert backend.visits.list_waiting() == []  # not sent to an empty desk without a word

    live.bar.refused_button.click()
    dialog = dialog_in_front(qtbot)
    assert isinstance(dialog, RefusedDialog)
    [entry] = dialog.items()
    assert "휴가 중이었습니다 — 업무대행 이서연 주무관" in entry
    button(dialog, "다시 입력(A)").click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    in_front(qtbot, window)
    assert find(window, QLineEdit, "방문객 성명").text() == "홍길동"
    press_enter(qtbot, officer.lineEdit())  # the same question as any check-in
    assert backend.visits.list_waiting() == []
    assert "F3: 이서연 님에게 접수" in find(window, QLabel, "찾는 직원 오류").text()
    press(qtbot, officer.lineEdit(), Qt.Key.Key_F3)
    [visit] = backend.visits.list_waiting()
    assert (visit.visitor_name, visit.officer_id) == ("홍길동", agency.officers[1].id)
