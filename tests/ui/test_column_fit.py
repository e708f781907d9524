"""A list's columns follow their contents: a text that grows in a cell (a clock's words, an
edited subject) widens its column, on the rows in sight and on rows scrolled to later."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from minwon_desk.ui.common.column_fit import ColumnFit


def _list(qtbot: QtBot, rows: int) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(rows, 3)
    model.setHorizontalHeaderLabels(["번호", "남은 시간", "요지"])
    for row in range(rows):
        for column, text in enumerate((f"{row:05d}", "1일", "창업 지원사업 문의")):
            model.setItem(row, column, QStandardItem(text))
    view = QTableView()
    view.setModel(model)
    ColumnFit(view, stretch=2)
    view.resize(800, 400)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: view.columnWidth(0) == max(header.sectionSizeHint(0),
                                                       view.sizeHintForColumn(0)))
    return view, model


def test_a_cell_that_grows_widens_its_column(qtbot: QtBot) -> None:
    view, model = _list(qtbot, 10)
    before = view.columnWidth(1)
    model.item(3, 1).setText("기한 지남 12일 3시간")
    qtbot.waitUntil(lambda: view.columnWidth(1) >= view.sizeHintForColumn(1) > before)


def test_a_clock_over_every_row_widens_the_column_for_rows_scrolled_to(qtbot: QtBot) -> None:
    view, model = _list(qtbot, 400)
    before = view.columnWidth(1)
    model.blockSignals(True)  # every row's clock changes, told once as the page's tick does
    for row in range(400):
        model.item(row, 1).setText("1일" if row < 390 else "기한 지남 12일 3시간")
    model.blockSignals(False)
    model.dataChanged.emit(model.index(0, 1), model.index(399, 1))
    view.scrollToBottom()
    qtbot.waitUntil(lambda: view.columnWidth(1) > before)
    assert view.columnWidth(1) >= view.sizeHintForColumn(1)


def test_a_list_filled_while_hidden_is_fitted_when_shown(qtbot: QtBot) -> None:
    view, model = _list(qtbot, 5)
    view.hide()
    model.item(0, 0).setText("MSS-2026-000001-긴 번호")
    view.show()
    qtbot.waitUntil(lambda: view.columnWidth(0) >= view.sizeHintForColumn(0))
