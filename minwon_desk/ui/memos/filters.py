"""The filters of "전체 메모": words (caller, number, gist), unit, officer, state and dates.

With no words, no dates and "처리 중" the list is every open memo and follows change
events in memory; anything else is a search the service answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QObject, QTimer, Signal

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.dto import DepartmentView, MemoView, StaffSummary
from minwon_desk.ui.common.filter_combos import fill_departments, refill_choices
from minwon_desk.ui.forms.ui_memo_page import Ui_MemoPage
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

SEARCH_DELAY_MS = 300
_STATES = (
    ("open", QT_TRANSLATE_NOOP("MemoFilters", "처리 중")),
    ("closed", QT_TRANSLATE_NOOP("MemoFilters", "끝난 메모")),
    (None, QT_TRANSLATE_NOOP("MemoFilters", "모두")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MemoFilters", text)


class MemoFilters(QObject):
    """Behaviour of the filter rows above the "전체 메모" table."""

    changed = Signal()  # read the list again (typing waits for a short pause)

    def __init__(self, form: Ui_MemoPage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = f = form
        for value, label in _STATES:
            f.stateCombo.addItem(_tr(label), value)
        f.deptCombo.addItem(translate("MemoFilters", "모든 부서"), None)
        f.holderCombo.addItem(translate("MemoFilters", "모든 담당자"), None)
        for edit in (f.sinceDate, f.untilDate):
            edit.setEnabled(False)
            f.dateCheck.toggled.connect(edit.setEnabled)
            edit.dateChanged.connect(lambda _d: self._dates_changed())
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.changed)
        f.searchEdit.textEdited.connect(lambda _t: self._typing.start())
        f.searchEdit.returnPressed.connect(self._now)
        for combo in (f.deptCombo, f.holderCombo, f.stateCombo):
            combo.currentIndexChanged.connect(lambda _i: self._now())
        f.dateCheck.toggled.connect(lambda _on: self._now())

    # --- choices ------------------------------------------------------------------------

    def set_today(self, today: date) -> None:
        """The dates offered: the last 30 days up to ``today`` (the backend's clock)."""
        day = QDate(today.year, today.month, today.day)
        for edit, value in ((self.form.sinceDate, day.addDays(-30)), (self.form.untilDate, day)):
            edit.blockSignals(True)
            edit.setDate(value)
            edit.blockSignals(False)

    def set_departments(self, departments: Sequence[DepartmentView]) -> None:
        """Units in chart order, indented; a unit also covers the units below it."""
        fill_departments(self.form.deptCombo, departments, translate("MemoFilters", "모든 부서"))

    def set_staff(self, staff: Sequence[StaffSummary]) -> None:
        refill_choices(self.form.holderCombo, translate("MemoFilters", "모든 담당자"), ((p.label, p.id, None) for p in staff))

    # --- what the filters say -----------------------------------------------------------

    def text(self) -> str:
        return self.form.searchEdit.text().strip()

    def is_open_list(self) -> bool:
        """Open memos, no words, no dates: the service's open list (clock order)."""
        f = self.form
        return not self.text() and f.stateCombo.currentData() == "open" and not f.dateCheck.isChecked()

    def follows_events(self) -> bool:
        """Whether one changed memo can be placed in memory (no unit tree to consult)."""
        return self.is_open_list() and self.form.deptCombo.currentData() is None

    def allows(self, memo: MemoView) -> bool:
        """For :meth:`follows_events` lists: does this memo belong in it now?"""
        holder_id = self.form.holderCombo.currentData()
        return memo.state == "open" and (holder_id is None or memo.holder_id == holder_id)

    def date_range(self) -> tuple[datetime | None, datetime | None]:
        """[first day 00:00, day after the last 00:00) in Seoul, or (None, None)."""
        f = self.form
        if not f.dateCheck.isChecked():
            return None, None
        first = f.sinceDate.date()
        last = f.untilDate.date()
        start = datetime(first.year(), first.month(), first.day(), tzinfo=SEOUL)
        end = datetime(last.year(), last.month(), last.day(), tzinfo=SEOUL) + timedelta(days=1)
        return start, end

    def read(self, backend: Backend) -> list[MemoView]:
        """The memos these filters let through (MinwonError when the service refuses)."""
        self._typing.stop()
        f = self.form
        department_id = f.deptCombo.currentData()
        holder_id = f.holderCombo.currentData()
        if self.is_open_list():
            return backend.memos.open_memos(department_id=department_id, holder_id=holder_id)
        since, until = self.date_range()
        return backend.memos.search(
            self.text(), state=f.stateCombo.currentData(), since=since, until=until,
            department_id=department_id, holder_id=holder_id,
        )

    def summary(self, running: int, overdue: int, shown: int) -> str:
        if self.is_open_list():
            text = translate("MemoFilters", "처리 중 {n}건").format(n=running)
            if overdue:
                text += translate("MemoFilters", " · 기한 지남 {n}건").format(n=overdue)
            return text
        return translate("MemoFilters", "찾은 메모 {n}건").format(n=shown)

    # --- internals ----------------------------------------------------------------------

    def _now(self) -> None:
        self._typing.stop()
        self.changed.emit()

    def _dates_changed(self) -> None:
        if self.form.dateCheck.isChecked():
            self._now()

    def __repr__(self) -> str:
        return f"MemoFilters(text={self.text()!r}, open_list={self.is_open_list()})"
