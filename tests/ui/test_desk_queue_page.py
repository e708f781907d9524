"""What the operator sees of the desk's queue: an item the server refuses when it is sent
is shown with what was typed and why, and can be put back in the form — never dropped."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from minwon_desk.ui.live.refused_dialog import RefusedDialog
from minwon_desk.ui.main_window import MainWindow

from .compensation_helpers import button, dialog_in_front, in_front
from .conftest import find
from .keyboard import press_enter, type_text


def test_a_check_in_refused_on_replay_is_shown_with_the_reason_and_can_be_typed_again(
    qtbot: QtBot, window: MainWindow, fake_clock,
) -> None:
    qtbot.waitUntil(window.is_built)
    live = window.live
    assert live.queue is not None
    live.queue.set_server_away(True)  # what the feed says when the server goes
    type_text(qtbot, find(window, QLineEdit, "방문객 성명"), "홍길동")
    type_text(qtbot, find(window, QLineEdit, "연락처"), "010-1234-5678")
    type_text(qtbot, find(window, QLineEdit, "방문 목적"), "보조금 상담")
    combo = find(window, QComboBox, "찾는 직원")
    type_text(qtbot, combo.lineEdit(), "김민준")
    press_enter(qtbot, combo.lineEdit())
    assert live.bar.text() == "보관 중 1건 — 서버로 보내는 중"  # SQLite: no link to lose
    model = window.visitor_desk.model
    assert model.visit_at(0).visitor_name == "홍길동"
    assert model.clock_text_at(0).startswith("전송 대기")

    fake_clock.advance(days=1, minutes=1)  # the server is back a day later
    live.queue.set_server_away(False)
    qtbot.waitUntil(lambda: "서버가 받지 않은 기록 1건" in live.bar.text())
    assert model.rowCount() == 0  # no longer waiting to be sent
    assert live.bar.refused_button.isVisible()

    live.bar.refused_button.click()
    dialog = dialog_in_front(qtbot)
    assert isinstance(dialog, RefusedDialog)
    [entry] = dialog.items()
    assert "홍길동 · 010-1234-5678 · 보조금 상담" in entry and "김민준" in entry
    assert "하루" in entry  # why
    button(dialog, "다시 입력(A)").click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert find(window, QLineEdit, "방문객 성명").text() == "홍길동"
    assert find(window, QLineEdit, "방문 목적").text() == "보조금 상담"
    assert combo.currentText().startswith("김민준")
    assert live.bar.text() == ""
    in_front(qtbot, window)
    press_enter(qtbot, combo.lineEdit())  # saved now, at today's time
    assert model.rowCount() == 1 and model.visit_at(0).id > 0


def test_the_bar_fits_a_1024_by_768_screen_and_covers_nothing(
    qtbot: QtBot, window: MainWindow,
) -> None:
    from minwon_desk.services.live import Link

    qtbot.waitUntil(window.is_built)
    window.resize(1024, 768)
    table = find(window, QTableView, "대기 방문객 목록")
    qtbot.waitUntil(lambda: window.width() == 1024)
    board_before = table.height()
    bar = window.live.bar
    bar.set_queue(12, 3)
    bar.set_link(Link(False, 10.0))
    qtbot.waitUntil(bar.isVisible)
    assert window.width() == 1024 and window.height() == 768  # it did not widen the window
    label = bar.label
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert bar.height() <= 40  # one line
    # Above the pages, in the layout: it pushes them down and lies over nothing.
    pages = window.form.pageStack.geometry()
    assert bar.geometry().bottom() < pages.top() and not bar.geometry().intersects(pages)
    assert table.height() >= board_before - bar.height() - 12
    assert table.visibleRegion().boundingRect().height() > 300
    form = window.visitor_desk.form
    assert form.checkInButton.visibleRegion().boundingRect().height() > 0


def test_the_bar_counts_down_to_the_next_attempt_and_goes_when_all_is_well(qtbot: QtBot) -> None:
    from minwon_desk.services.live import Link
    from minwon_desk.ui.live.connection_bar import ConnectionBar

    now = [100.0]
    bar = ConnectionBar(clock=lambda: now[0])
    qtbot.addWidget(bar)
    bar.show()
    bar.set_link(Link(True))
    assert bar.isHidden()
    bar.set_link(Link(False, 3.0))
    bar.set_queue(2, 0)
    assert bar.text() == ("서버와 연결이 끊겼습니다 — 다시 연결하는 중 (3초 뒤) · 보관 중 2건 · "
                          "접수와 전화메모는 이 PC에 보관됩니다")
    now[0] += 1.2
    bar._ticker.timeout.emit()  # the second's tick
    assert "(2초 뒤)" in bar.text()
    now[0] += 2
    bar._ticker.timeout.emit()
    assert bar.text().startswith("서버와 연결이 끊겼습니다 — 다시 연결하는 중 · ")
    bar.set_link(Link(True))
    assert bar.text() == "보관 중 2건 — 서버로 보내는 중"
    bar.set_queue(0, 0)
    assert bar.isHidden() and bar.text() == ""
