"""The deadline calculator page: pick a period and a start, read the deadline and the count."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.ui.main_window import MainWindow

from .conftest import find
from .keyboard import press


def open_calculator(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    press(qtbot, window.form.navList, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.calculator


def choose(window: MainWindow, period_text: str) -> None:
    combo = find(window, QComboBox, "처리기간")
    index = combo.findText(period_text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def set_start(window: MainWindow, y: int, mo: int, d: int, h: int, mi: int) -> None:
    edit = find(window, QDateTimeEdit, "접수 시각")
    edit.setDateTime(QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(b"Asia/Seoul")))


def test_three_days_from_thursday_afternoon(qtbot: QtBot, window: MainWindow) -> None:
    open_calculator(qtbot, window)
    choose(window, "3일")
    set_start(window, 2026, 7, 2, 15, 0)
    assert find(window, QLabel, "처리기한").text() == "2026년 7월 7일(화) 15:00"
    assert "24시간" in find(window, QLabel, "계산 방법").text()  # Period.rule_ko()
    skipped = find(window, QLabel, "제외한 날").text()
    assert "건너뛴 공휴일: 없음" in skipped
    assert "토·일 2일 제외" in skipped


def test_three_hours_over_a_weekend(qtbot: QtBot, window: MainWindow) -> None:
    open_calculator(qtbot, window)
    choose(window, "3시간")
    set_start(window, 2026, 9, 18, 17, 0)
    assert find(window, QLabel, "처리기한").text() == "2026년 9월 21일(월) 11:00"


def test_holidays_skipped_are_named(qtbot: QtBot, window: MainWindow) -> None:
    open_calculator(qtbot, window)
    choose(window, "7일")
    set_start(window, 2026, 9, 23, 10, 0)  # Chuseok falls inside
    skipped = find(window, QLabel, "제외한 날").text()
    assert "9월 24일(목)" in skipped and "추석" in skipped


def test_charter_clocks_are_offered_and_start_defaults_to_now(
    qtbot: QtBot, window: MainWindow, fake_clock
) -> None:
    open_calculator(qtbot, window)
    combo = find(window, QComboBox, "처리기간")
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[:5] == ["3시간", "3일", "7일", "14일", "즉시"]
    assert any("(3분)" in label for label in labels)  # the greeting clock of the MSS charter
    assert window.calculator.start() == datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)

    choose(window, "즉시")
    assert find(window, QLabel, "처리기한").text() == "2026년 7월 2일(목) 14:00"  # lunch skipped
    set_start(window, 2026, 7, 3, 9, 0)
    fake_clock.advance(hours=1)
    find(window, QPushButton, "지금").click()
    assert window.calculator.start() == datetime(2026, 7, 2, 11, 0, tzinfo=SEOUL)
