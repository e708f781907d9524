"""The check-in form at 1024×768 with an officer who is away: the absence note and the
question Enter asks appear in the form's own width, whole, above the 재방문 box, and the
board beside it does not move."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from tests.support.seed import SmallAgency

from .conftest import WindowFactory, find
from .keyboard import press_enter
from .test_counter_keys import _away_with_deputy
from .test_visitor_desk import fill_form


def _whole(label: QLabel) -> bool:
    """A wrapped label is given the height its lines need at its width."""
    return label.height() >= label.heightForWidth(label.width())


def _bottom(widget: QWidget, root: QWidget) -> int:
    return widget.mapTo(root, QPoint(0, widget.height())).y()


def _top(widget: QWidget, root: QWidget) -> int:
    return widget.mapTo(root, QPoint(0, 0)).y()


def test_the_absence_note_wraps_in_place_and_shifts_nothing(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, agency: SmallAgency, actor: Actor
) -> None:
    _away_with_deputy(backend, actor, agency)
    window = make_window(backend)
    window.resize(1024, 768)
    qtbot.wait(30)
    form_box = find(window, QGroupBox, "방문객 접수")
    board_box = find(window, QGroupBox, "대기 현황")
    before = (form_box.width(), board_box.x(), board_box.width())

    fill_form(qtbot, window, "홍길동", "", "상담", "ㄱㅁㅈ")
    status = find(window, QLabel, "찾는 직원 재실 상태")
    qtbot.waitUntil(status.isVisible)
    press_enter(qtbot, find(window, QWidget, "찾는 직원"))  # the question: who will see them
    question = find(window, QLabel, "찾는 직원 오류")
    qtbot.waitUntil(lambda: bool(question.text()))
    qtbot.wait(30)

    assert (form_box.width(), board_box.x(), board_box.width()) == before
    repeat = find(window, QCheckBox, "재방문")
    for label in (status, question):
        assert _whole(label), f"{label.accessibleName()}: {label.height()} px < {label.heightForWidth(label.width())}"
        assert _bottom(label, form_box) <= _top(repeat, form_box), f"{label.accessibleName()} over 재방문"
