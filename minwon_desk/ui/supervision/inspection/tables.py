"""The self-inspection report's tables: what each row says, and a table that shows all its
rows at once (the dashboard scrolls, not each table).

Figures are written as the report writes them ("92.3% (120/130)", "자료 없음"); a share
under the target is in the alert colour, a missing figure in grey.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QWidget,
)

from minwon_desk.domain.inspection import (
    MEASURE_KEYS,
    MEASURE_LABELS,
    NO_DATA,
    CorrectiveLine,
    LongWait,
    Measure,
    Overdue,
    UnitFigures,
    VoucherLine,
)
from minwon_desk.domain.timeutil import describe_span, format_moment
from minwon_desk.ui.directory.import_dialog import TextTableModel
from minwon_desk.ui.i18n import translate

FOREGROUND = Qt.ItemDataRole.ForegroundRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
SHORT_TEXT = QBrush(QColor("#8c1d18"))  # style.py's alert colour
MUTED_TEXT = QBrush(QColor("#666666"))  # style.py's hint colour
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# A cell's look: "" plain, "short" under the target, "none" nothing to count.
Cell = tuple[str, str]


def measure_label(key: str) -> str:
    """A headline figure's name in the desk's language (the report prints the Korean)."""
    return translate("Inspection", MEASURE_LABELS[key])


def no_data() -> str:
    return translate("Inspection", NO_DATA)


def measure_cell(measure: Measure, target: float) -> Cell:
    share = measure.share
    if share is None:
        return no_data(), "none"
    return measure.text, "short" if 100 * share < target else ""


class ReportTableModel(TextTableModel):
    """Rows of ready-made strings, with the look of each cell and right-aligned columns."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(headers, parent)
        self._looks: list[tuple[str, ...]] = []
        self._right: frozenset[int] = frozenset()

    def headers(self) -> list[str]:
        return list(self._headers)

    def set_cells(
        self, rows: Sequence[Sequence[Cell]], *, right: Sequence[int] = ()
    ) -> None:
        self._right = frozenset(right)
        self._looks = [tuple(look for _, look in row) for row in rows]
        self.set_rows(self._headers, [tuple(text for text, _ in row) for row in rows])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == FOREGROUND:
            look = self._looks[index.row()][index.column()]
            return SHORT_TEXT if look == "short" else MUTED_TEXT if look == "none" else None
        if role == ALIGN and index.column() in self._right:
            return RIGHT
        return super().data(index, role)


class ReportTable(QTableView):
    """A read-only table as tall as its rows, named for screen readers."""

    def __init__(self, name: str, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.table_model = ReportTableModel(headers, self)
        self.setModel(self.table_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        # As wide as its columns (narrower if it must), as tall as all its rows.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        # Columns fitted once per month shown (ResizeToContents would measure on every change).
        self.horizontalHeader().setStretchLastSection(False)  # it would push figures far off
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def set_cells(self, rows: Sequence[Sequence[Cell]], *, right: Sequence[int] = ()) -> None:
        self.table_model.set_cells(rows, right=right)
        self._fit_columns()
        self.updateGeometry()

    def _fit_columns(self) -> None:
        # Measured here from the strings: Qt's resizeColumnsToContents asks data() for every
        # cell through Python, ~85 ms for an agency of 300 officers; this takes a few.
        header = self.horizontalHeader()
        cells, heads = self.fontMetrics(), header.fontMetrics()
        rows = self.table_model.rows()
        for column, title in enumerate(self.table_model.headers()):
            widest = max((cells.horizontalAdvance(row[column]) for row in rows), default=0)
            header.resizeSection(column, max(widest + 16, heads.horizontalAdvance(title) + 24))

    def rows(self) -> list[tuple[str, ...]]:
        """What each row says, as on screen."""
        return self.table_model.rows()

    def sizeHint(self) -> QSize:
        # Every row shown: the page around it scrolls.
        hint = super().sizeHint()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(self.table_model.rowCount()))
        return QSize(hint.width(), height + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


# --- what the rows say ------------------------------------------------------------------

def table_headers(table: str) -> tuple[str, ...]:
    """The columns of one of the page's tables, in the desk's language when the page is
    built (not when this module is first imported, which may be before the language is)."""
    measures = tuple(measure_label(key) for key in MEASURE_KEYS)
    if table == "departments":
        return (translate("InspectionTables", "부서"), *measures)
    if table == "officers":
        return (translate("InspectionTables", "담당자"), translate("InspectionTables", "부서"), *measures)
    if table == "waits":
        return (translate("InspectionTables", "접수 시각"), translate("InspectionTables", "방문객"),
                translate("InspectionTables", "찾은 직원"), translate("InspectionTables", "부서"),
                translate("InspectionTables", "기다린 시간"), translate("InspectionTables", "경청 여부"))
    if table == "overdue":
        return (translate("InspectionTables", "구분"), translate("InspectionTables", "번호"),
                translate("InspectionTables", "민원인"), translate("InspectionTables", "담당자"),
                translate("InspectionTables", "부서"), translate("InspectionTables", "처리기한"),
                translate("InspectionTables", "늦은 시간"), translate("InspectionTables", "처리"))
    if table == "vouchers":
        return (translate("InspectionTables", "일련번호"), translate("InspectionTables", "발급 시각"),
                translate("InspectionTables", "사유"), translate("InspectionTables", "금액"),
                translate("InspectionTables", "받는 분"), translate("InspectionTables", "발급자"),
                translate("InspectionTables", "상태"))
    return (translate("InspectionTables", "번호"), translate("InspectionTables", "기록 시각"),
            translate("InspectionTables", "조치"), translate("InspectionTables", "대상 직원"),
            translate("InspectionTables", "부서"), translate("InspectionTables", "후속 담당"))


def unit_rows(units: Sequence[UnitFigures], target: float, *, officers: bool) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for unit in units:
        row: list[Cell] = [(unit.name, "")]
        if officers:
            row.append((unit.department, ""))
        row.extend(measure_cell(measure, target) for measure in unit.measures)
        rows.append(row)
    return rows


def wait_rows(waits: Sequence[LongWait]) -> list[list[Cell]]:
    return [
        [
            (format_moment(w.checked_in_at), ""), (w.visitor, ""), (w.officer or translate("InspectionTables", "(지정 없음)"), ""),
            (w.department, ""), (describe_span(w.waited), "" if w.greeted else "short"),
            (translate("InspectionTables", "경청함") if w.greeted else translate("InspectionTables", "경청 못 함"), "" if w.greeted else "short"),
        ]
        for w in waits
    ]


def overdue_rows(items: Sequence[Overdue]) -> list[list[Cell]]:
    return [
        [
            (_overdue_kind(o), ""), (o.number, ""), (o.person, ""), (o.officer or translate("InspectionTables", "(지정 없음)"), ""),
            (o.department, ""), (format_moment(o.due_at), ""), (describe_span(o.late_by), "short"),
            (format_moment(o.done_at), "") if o.done_at is not None else (translate("InspectionTables", "아직 처리 안 됨"), "short"),
        ]
        for o in items
    ]


def _overdue_kind(item: Overdue) -> str:
    """Overdue.kind_label is the Korean the PDF prints; the page says it in the desk's language."""
    if item.kind == "case":
        return translate("InspectionTables", "민원")
    return translate("InspectionTables", "전화메모")


def voucher_rows(vouchers: Sequence[VoucherLine]) -> list[list[Cell]]:
    return [
        [
            (v.serial, ""), (format_moment(v.issued_at), ""), (v.kind_label, ""),
            (translate("InspectionTables", "{amount}원").format(amount=f"{v.amount:,}"), "none" if v.voided else ""),
            (v.recipient, ""), (v.staff, ""),
            (translate("InspectionTables", "취소") if v.voided else translate("InspectionTables", "발급"), "none" if v.voided else ""),
        ]
        for v in vouchers
    ]


def corrective_rows(actions: Sequence[CorrectiveLine]) -> list[list[Cell]]:
    return [
        [
            (a.number, ""), (format_moment(a.recorded_at), ""), (a.kind_label, ""), (a.staff, ""),
            (a.department, ""), (a.follow_up or translate("InspectionTables", "(지정 없음)"), ""),
        ]
        for a in actions
    ]
