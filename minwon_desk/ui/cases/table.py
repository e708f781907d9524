"""A case list in a table view: columns fitted to the room, clock order until a header
is clicked, and the chosen case kept across reloads."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from minwon_desk.ui.cases._columns import (
    DEPARTMENT,
    FLAG,
    LEFT,
    RECEIVED,
    SUBJECT,
    TYPE,
)
from minwon_desk.ui.cases.model import CaseListModel
from minwon_desk.ui.common.column_fit import ColumnFit
from minwon_desk.ui.common.table_model import choose_row, chosen_row


def show_cases(table: QTableView, model: CaseListModel) -> None:
    """Put ``model`` in ``table``: column widths, the subject stretching, clock order until
    a column header is clicked ("남은 시간" goes back to it)."""
    table.setModel(model)
    header = table.horizontalHeader()
    # The subject takes the room left; the columns one can do without step aside while
    # the window is narrow (no sideways scrolling).
    ColumnFit(table, stretch=SUBJECT, drop=(RECEIVED, DEPARTMENT, TYPE, FLAG, LEFT), stretch_min=260)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.verticalHeader().setDefaultSectionSize(28)


def select_row(table: QTableView, model: CaseListModel, case_id: int) -> bool:
    """Make a case the table's chosen row (False when it is not in the list)."""
    row = model.row_of(case_id)
    if row is None or not choose_row(table, row):
        return False
    table.scrollTo(model.index(row, 0))
    return True


def keep_choice_across_resets(
    table: QTableView, model: CaseListModel, lost: Callable[[], None]
) -> None:
    """The case chosen before the model is reset is chosen again after it; ``lost`` is
    called when it is no longer shown."""
    kept: list[int | None] = [None]

    def remember() -> None:
        row = chosen_row(table)
        kept[0] = model.case_at(row).id if row is not None else None

    def restore() -> None:
        chosen, kept[0] = kept[0], None
        if chosen is None or not select_row(table, model, chosen):
            lost()

    model.modelAboutToBeReset.connect(remember)
    model.modelReset.connect(restore)
