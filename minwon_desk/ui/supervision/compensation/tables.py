"""The compensation page's four lists — candidates, vouchers, the monthly ledger, corrective
actions: what each row says, a table that keeps the chosen row across a refresh, and the
year-and-month choice above a list.

The lists are small (a year holds hundreds of vouchers), so each refresh reads them whole
and the rows are written once, as strings.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QSpinBox, QTableView

from minwon_desk.services.supervision.compensation_dto import Candidate, LedgerMonth, VoucherView
from minwon_desk.services.supervision.corrective import CorrectiveView
from minwon_desk.ui.common.column_fit import ColumnFit
from minwon_desk.ui.common.table_model import (
    ALIGN,
    DISPLAY,
    FOREGROUND,
    RowsTableModel,
    choose_row,
    chosen_row,
)
from minwon_desk.ui.i18n import translate

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MUTED = QBrush(QColor("#666666"))  # style.py's hint colour: decided, voided


def won(amount: int) -> str:
    return translate("CompensationPage", "{amount}원").format(amount=f"{amount:,}")


# --- what each row says --------------------------------------------------------------------


def candidate_headers() -> tuple[str, ...]:
    return (translate("CompensationPage", "종류"), translate("CompensationPage", "일시"), translate("CompensationPage", "받는 분"), translate("CompensationPage", "관련 기록"), translate("CompensationPage", "금액"), translate("CompensationPage", "결정"))


def candidate_row(c: Candidate) -> tuple[str, ...]:
    return (c.rule_label or c.kind.label, f"{c.occurred_at:%Y-%m-%d %H:%M}",
            c.recipient_masked or translate("CompensationPage", "(이름 없음)"), c.reference, won(c.amount),
            decision_text(c))


def decision_text(c: Candidate) -> str:
    d = c.decision
    if d is None:
        return translate("CompensationPage", "결정 대기")
    if d.voucher_serial:
        return translate("CompensationPage", "{what} · {serial}").format(what=d.decision.label, serial=d.voucher_serial)
    return d.decision.label


def voucher_headers() -> tuple[str, ...]:
    return (translate("CompensationPage", "일련번호"), translate("CompensationPage", "발급일"), translate("CompensationPage", "종류"), translate("CompensationPage", "받는 분"), translate("CompensationPage", "금액"), translate("CompensationPage", "상태"),
            translate("CompensationPage", "인쇄"))


def voucher_row(v: VoucherView) -> tuple[str, ...]:
    return (v.serial, f"{v.issued_at:%Y-%m-%d}", v.kind_label, v.recipient_masked, won(v.amount),
            translate("CompensationPage", "무효") if v.voided else translate("CompensationPage", "발급"), translate("CompensationPage", "{n}회").format(n=v.print_count))


def ledger_headers() -> tuple[str, ...]:
    return (translate("CompensationPage", "월"), translate("CompensationPage", "발급"), translate("CompensationPage", "발급 금액"), translate("CompensationPage", "무효"), translate("CompensationPage", "무효 금액"), translate("CompensationPage", "순액"),
            translate("CompensationPage", "누계"))


def ledger_row(m: LedgerMonth) -> tuple[str, ...]:
    return (translate("CompensationPage", "{m}월").format(m=m.month), translate("CompensationPage", "{n}매").format(n=m.issued), won(m.issued_amount),
            translate("CompensationPage", "{n}매").format(n=m.voided), won(m.voided_amount), won(m.net_amount),
            won(m.cumulative))


def corrective_headers() -> tuple[str, ...]:
    return (translate("CompensationPage", "번호"), translate("CompensationPage", "기록일"), translate("CompensationPage", "대상 직원"), translate("CompensationPage", "조치"), translate("CompensationPage", "관련 기록"),
            translate("CompensationPage", "후속 담당"))


def corrective_row(a: CorrectiveView) -> tuple[str, ...]:
    return (a.number, f"{a.recorded_at:%Y-%m-%d}", a.staff_label, a.kind.label,
            a.reference or translate("CompensationPage", "(연결 없음)"), a.follow_up_label)


# --- the model and its table -----------------------------------------------------------------


class RecordModel(RowsTableModel):
    """Rows of strings, each standing for one record (a candidate, a voucher…), with
    amounts on the right and finished rows (decided, voided) in grey."""

    def __init__(self, headers: Sequence[str], right: Sequence[int] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._right = frozenset(right)
        self._records: list[Any] = []
        self._rows: list[tuple[str, ...]] = []
        self._keys: list[Hashable] = []
        self._muted: list[bool] = []

    def set_records(
        self, records: Sequence[Any], row: Callable[[Any], tuple[str, ...]],
        key: Callable[[Any], Hashable], muted: Callable[[Any], bool] = lambda _r: False,
    ) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._rows = [row(r) for r in self._records]
        self._keys = [key(r) for r in self._records]
        self._muted = [muted(r) for r in self._records]
        self.endResetModel()

    def record_at(self, row: int) -> Any:
        return self._records[row]

    def records(self) -> list[Any]:
        return list(self._records)

    def row_of(self, key: Hashable) -> int | None:
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    def key_at(self, row: int) -> Hashable:
        return self._keys[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == DISPLAY:
            return self._rows[index.row()][index.column()]
        if role == ALIGN and index.column() in self._right:
            return RIGHT
        if role == FOREGROUND and self._muted[index.row()]:
            return MUTED
        return None


class RecordTable(QObject):
    """A table view over a ``RecordModel``: the chosen record, and the same record chosen
    again after a refresh (``lost`` is called when it is gone)."""

    def __init__(self, view: QTableView, model: RecordModel, widths: Sequence[int],
                 stretch: int | None, lost: Callable[[], None]) -> None:
        super().__init__(view)
        self.view, self.model = view, model
        view.setModel(model)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        if stretch is not None:  # columns as wide as their words, the stretched one the rest
            self.column_fit = ColumnFit(view, stretch=stretch, stretch_min=widths[stretch])
        else:
            for column, width in enumerate(widths):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
        view.verticalHeader().setDefaultSectionSize(28)
        self._kept: Hashable | None = None
        self._lost = lost
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)

    def selected(self) -> Any:
        row = chosen_row(self.view)
        return self.model.record_at(row) if row is not None else None

    def select(self, key: Hashable) -> bool:
        row = self.model.row_of(key)
        if row is None or not choose_row(self.view, row):
            return False
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def select_first(self) -> None:
        if self.model.rowCount() and self.selected() is None:
            self.select(self.model.key_at(0))

    def _remember(self) -> None:
        row = chosen_row(self.view)
        self._kept = self.model.key_at(row) if row is not None else None

    def _restore(self) -> None:
        kept, self._kept = self._kept, None
        if kept is None or not self.select(kept):
            self._lost()

    def __repr__(self) -> str:
        return f"RecordTable({self.view.accessibleName()!r}, rows={self.model.rowCount()})"


class PeriodChoice(QObject):
    """연도 and 달 ("한 해 전체" or a month) above a list; ``changed`` when either moves."""

    changed = Signal()

    def __init__(self, year: QSpinBox, month: QComboBox) -> None:
        super().__init__(month)
        self._year, self._month = year, month
        month.addItem(translate("CompensationPage", "한 해 전체"), 0)
        for m in range(1, 13):
            month.addItem(translate("CompensationPage", "{m}월").format(m=m), m)
        year.setSuffix(translate("CompensationPage", "년"))
        year.valueChanged.connect(lambda _v: self.changed.emit())
        month.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set(self, year: int, month: int | None) -> None:
        """Show a period without announcing it (the caller reads the list itself)."""
        for widget in (self._year, self._month):
            widget.blockSignals(True)
        self._year.setValue(year)
        self._month.setCurrentIndex(self._month.findData(month or 0))
        for widget in (self._year, self._month):
            widget.blockSignals(False)

    def year(self) -> int:
        return self._year.value()

    def month(self) -> int | None:
        month = self._month.currentData()
        return int(month) if month else None

    def text(self) -> str:
        """"2026년 7월", "2026년"."""
        year, month = self.year(), self.month()
        return translate("CompensationPage", "{y}년 {m}월").format(y=year, m=month) if month else translate("CompensationPage", "{y}년").format(y=year)

    def __repr__(self) -> str:
        return f"PeriodChoice({self.text()!r})"
