"""The month picker and the four headline tiles of the self-inspection dashboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.inspection import NO_DATA, Headline, months_back, next_month
from minwon_desk.domain.timeutil import format_month
from minwon_desk.ui.i18n import translate

# The tiles speak the colours of style.py's message roles: green kept, red short, grey none.
TILE_STYLES = {
    "met": "QFrame#headlineTile { background: #e6f4ea; border: 1px solid #b7dfc1; border-radius: 6px; }"
           "QLabel { color: #1e5631; }",
    "short": "QFrame#headlineTile { background: #fdecea; border: 1px solid #f2b8b5; border-radius: 6px; }"
             "QLabel { color: #8c1d18; }",
    "none": "QFrame#headlineTile { background: #f5f7fa; border: 1px solid #c9d2de; border-radius: 6px; }"
            "QLabel { color: #555555; }",
}


def previous_month(month: date) -> date:
    return months_back(month, 2)[0]


class MonthPicker(QWidget):
    """◀ 2026년 6월 ▶ — ←/→ move by a month; never past ``latest`` (the month now)."""

    changed = Signal(object)  # the first day of the chosen month

    def __init__(self, month: date, latest: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("InspectionPage", "점검 월"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._month, self._latest = month, latest
        self.previous_button = QToolButton(self)
        self.previous_button.setText("◀")
        self.previous_button.setAccessibleName(translate("InspectionPage", "이전 달"))
        self.previous_button.setToolTip(translate("InspectionPage", "이전 달 (←)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setAccessibleName(translate("InspectionPage", "다음 달"))
        self.next_button.setToolTip(translate("InspectionPage", "다음 달 (→)"))
        for button in (self.previous_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the picker itself takes the keys
        self.label = QLabel(self)
        self.label.setObjectName("monthLabel")
        self.label.setStyleSheet("font-size: 15pt; font-weight: bold; color: #1f3a5f;")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("2026년 12월") + 40)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.label)
        layout.addWidget(self.next_button)
        self.previous_button.clicked.connect(self.step_back)
        self.next_button.clicked.connect(self.step_forward)
        self._show()

    def month(self) -> date:
        return self._month

    def set_month(self, month: date, *, announce: bool = True) -> None:
        month = min(date(month.year, month.month, 1), self._latest)
        if month == self._month:
            return
        self._month = month
        self._show()
        if announce:
            self.changed.emit(month)

    def set_latest(self, latest: date) -> None:
        self._latest = latest
        self._month = min(self._month, latest)
        self._show()

    def step_back(self) -> None:
        self.set_month(previous_month(self._month))

    def step_forward(self) -> None:
        self.set_month(next_month(self._month))

    def can_step_forward(self) -> bool:
        return self._month < self._latest

    def text(self) -> str:
        return self.label.text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Left and not event.modifiers():
            self.step_back()
        elif event.key() == Qt.Key.Key_Right and not event.modifiers():
            self.step_forward()
        else:
            super().keyPressEvent(event)

    def _show(self) -> None:
        text = format_month(self._month)
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.next_button.setEnabled(self.can_step_forward())


class HeadlineTile(QFrame):
    """One headline figure, large: what it is, the share, the counts, the charter's promise."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("headlineTile")
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title = QLabel(title, self)
        self.title.setStyleSheet("font-size: 11pt; font-weight: bold;")
        self.value = QLabel(self)
        self.value.setStyleSheet("font-size: 26pt; font-weight: bold;")
        self.counts = QLabel(self)
        self.promise = QLabel(self)
        self.verdict = QLabel(self)
        self.verdict.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        for label in (self.title, self.value, self.counts, self.promise, self.verdict):
            label.setWordWrap(True)
            layout.addWidget(label)
        self.look = "none"

    def show_headline(self, headline: Headline, target: float) -> None:
        measure = headline.measure
        share = measure.share
        self.value.setText(translate("Inspection", NO_DATA) if share is None else measure.percent_text)
        self.promise.setText(translate("InspectionPage", "약속: {promise}").format(promise=headline.promise))
        target_text = f"{target:g}%"
        if share is None:
            self.look = "none"
            self.counts.setText(translate("InspectionPage", "이 달에 해당하는 건이 없습니다"))
            self.verdict.setText("")
        else:
            self.look = "met" if 100 * share >= target else "short"
            self.counts.setText(translate("InspectionPage", "{total}건 중 {met}건 지킴 · {missed}건 못 지킴").format(
                total=f"{measure.total:,}", met=f"{measure.met:,}", missed=f"{measure.missed:,}"))
            self.verdict.setText(
                translate("InspectionPage", "목표 {target} 달성").format(target=target_text) if self.look == "met"
                else translate("InspectionPage", "목표 {target}에 못 미침").format(target=target_text))
        self.verdict.setVisible(bool(self.verdict.text()))
        self.setStyleSheet(TILE_STYLES[self.look])
        self.setAccessibleDescription(" · ".join(self.texts()[1:]))

    def texts(self) -> list[str]:
        """What the tile says, top to bottom (empty lines left out)."""
        labels = (self.title, self.value, self.counts, self.promise, self.verdict)
        return [label.text() for label in labels if label.text()]
