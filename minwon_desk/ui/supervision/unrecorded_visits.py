"""퇴실 미기록: the visits still open when their day ended, for a supervisor or head to see
and correct. Each row says when the visitor came and whether anyone began listening; the
real check-out time (from the sign-out sheet, or the officer's memory) is typed in and
Enter records it — audited, and the visit then counts as checked out at that moment.

Keyboard: the list has the focus when the dialog opens (arrows choose a visit), Tab goes to
the time, Enter corrects, Esc closes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.particles import settle
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.services.dto import Actor, VisitView
from minwon_desk.ui.common.dialog_keys import commit_keys
from minwon_desk.ui.common.dialogs import NO_OPERATOR, wrapped_label
from minwon_desk.ui.i18n import translate, weekday
from minwon_desk.ui.style import show_message

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend



def _day(at: datetime) -> str:
    local = to_seoul(at)
    return f"{local:%Y-%m-%d}({weekday(local)})"


class UnrecordedVisitsDialog(QDialog):
    """The list of 퇴실 미기록 visits and the correction of the chosen one."""

    def __init__(self, backend: Backend, actor: Callable[[], Actor | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._actor = actor
        self._visits: list[VisitView] = []
        self.setWindowTitle(translate("UnrecordedVisits", "퇴실 미기록"))
        self.setAccessibleName(translate("UnrecordedVisits", "퇴실 미기록"))
        self.setMinimumWidth(720)
        root = QVBoxLayout(self)
        self.summary = wrapped_label(name=translate("UnrecordedVisits", "요약"), role="summary")
        root.addWidget(self.summary)
        headers = (translate("UnrecordedVisits", "방문일"), translate("UnrecordedVisits", "도착"), translate("UnrecordedVisits", "방문객"), translate("UnrecordedVisits", "찾는 직원"), translate("UnrecordedVisits", "응대 시작"),
                   translate("UnrecordedVisits", "상태"))
        self.table = QTableWidget(0, len(headers))
        self.table.setAccessibleName(translate("UnrecordedVisits", "퇴실 미기록 방문 목록"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the time, as the hint says
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._chosen)
        root.addWidget(self.table, 1)
        fields = QFormLayout()
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(translate("UnrecordedVisits", "실제 퇴실 시각"))
        fields.addRow(translate("UnrecordedVisits", "실제 퇴실 시각"), self.time)
        root.addLayout(fields)
        self.message = wrapped_label(name=translate("UnrecordedVisits", "결과"))
        self.message.hide()
        root.addWidget(self.message)
        self.correct_button = QPushButton(translate("UnrecordedVisits", "퇴실 시각 정정 (Enter)"))
        self.correct_button.setDefault(True)
        close = QPushButton(translate("UnrecordedVisits", "닫기 (Esc)"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(close)
        root.addLayout(buttons)
        commit_keys(self, self.correct_chosen, self.correct_button)
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        actor = self._actor()
        if actor is None:
            self._say(translate("FieldsDialog", NO_OPERATOR), "error")
            return
        try:
            self._visits = self._backend.visits.unrecorded(actor)
        except MinwonError as exc:
            self._say(exc.message, "error")
            return
        self.table.setRowCount(len(self._visits))
        for row, visit in enumerate(self._visits):
            greeted = f"{to_seoul(visit.greeted_at):%H:%M}" if visit.greeted_at else translate("UnrecordedVisits", "응대 기록 없음")
            cells = (_day(visit.checked_in_at), f"{visit.checked_in_at:%H:%M}",
                     visit.visitor_name_masked, visit.officer_label or "—", greeted, translate("UnrecordedVisits", "퇴실 미기록"))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self._visits:
            self.summary.setText(translate("UnrecordedVisits",
                "퇴실 시각이 기록되지 않은 채 하루가 끝난 방문 {n}건입니다. 실제 퇴실 시각을 "
                "알면 골라서 적고 Enter를 누르세요."
            ).format(n=len(self._visits)))
            self.table.selectRow(0)
        else:
            self.summary.setText(translate("UnrecordedVisits", "퇴실 미기록 방문이 없습니다."))
        self.correct_button.setEnabled(bool(self._visits))
        self.time.setEnabled(bool(self._visits))

    def chosen(self) -> VisitView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._visits):
            return None
        return self._visits[rows[0].row()]

    def _chosen(self) -> None:
        visit = self.chosen()
        if visit is None:
            return
        start = to_seoul(visit.greeted_at or visit.checked_in_at)
        self.time.setTime(QTime(start.hour, start.minute))

    # --- correcting ---------------------------------------------------------------------

    def correct_chosen(self) -> None:
        visit, actor = self.chosen(), self._actor()
        if visit is None:
            self._say(translate("UnrecordedVisits", "정정할 방문을 목록에서 골라 주세요."), "error")
            return
        if actor is None:
            self._say(translate("FieldsDialog", NO_OPERATOR), "error")
            return
        typed = self.time.time()
        day = to_seoul(visit.checked_in_at)
        at = day.replace(hour=typed.hour(), minute=typed.minute(), second=0, microsecond=0)
        try:
            self._backend.visits.correct_checkout(actor, visit.id, at)
        except MinwonError as exc:
            self._say(exc.message, "error")
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        self.reload()
        if self._visits:
            self.table.selectRow(min(row, len(self._visits) - 1))
        self._say(settle(translate("UnrecordedVisits", "{name} 님의 퇴실 시각을 {day} {at:%H:%M}(으)로 정정했습니다.").format(
            name=visit.visitor_name_masked, day=_day(at), at=at)), "ok")
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str, role: str) -> None:
        show_message(self.message, text, role)
