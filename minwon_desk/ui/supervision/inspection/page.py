"""The monthly self-inspection page (자체점검): one month's report as a dashboard.

A month picker (the previous month at first; ←/→ move by a month), the four headline
figures as large tiles against the charter's promise, the six-month trend, bars and
tables by department and by officer, the longest waits and the worst overdue items,
the month's vouchers and corrective actions; "PDF로 저장…" and "인쇄…" open the
report's PDF in the print preview and go straight on to saving or printing it.

A tile is green when at least ``TARGET`` percent kept the promise. The charter promises
every visitor and every caller, so 100% is the promise; 95% is the line below which a
month needs a look (the same line is drawn on the charts).

Reading a month counts half a year of records for the trend (a second or two over a busy
year), so it runs through the background helper: a progress window with 취소 shows only when
it takes longer than half a second. A month left before its read comes back is never shown.
A month with nothing recorded says so instead of showing zeros.

The month is read from the backend and its PDF drawn by it; ``provider`` and
``pdf_provider`` stand in for them where a test wants a report of its own making.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.inspection import MonthlyReport
from minwon_desk.domain.timeutil import Clock, format_month, to_seoul
from minwon_desk.ui.background import SHOW_AFTER_MS, Background, Task
from minwon_desk.ui.common.preview_factory import DrawnFile, PreviewFactory, show_preview
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import show_message
from minwon_desk.ui.supervision.inspection.dashboard import InspectionDashboard
from minwon_desk.ui.supervision.inspection.widgets import MonthPicker, previous_month

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

TARGET = 95.0  # percent kept at or above which a figure shows green


ReportProvider = Callable[[int, int], MonthlyReport]
PdfProvider = Callable[[int, int], DrawnFile]


class InspectionPage(QWidget):
    """One month's self-inspection: figures, trend, who and where, and the PDF."""

    report_shown = Signal(object)  # the MonthlyReport now on screen
    pdf_opened = Signal(object)  # the preview dialog just opened

    def __init__(
        self,
        backend: Backend,
        parent: QWidget | None = None,
        *,
        provider: ReportProvider | None = None,
        pdf_provider: PdfProvider | None = None,
        clock: Clock | None = None,
        preview_factory: PreviewFactory | None = None,
        show_progress_after_ms: int = SHOW_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("InspectionPage", "자체점검"))
        self._backend = backend
        self._provider, self._pdf_provider = provider, pdf_provider
        self._clock = clock
        self.preview_factory = preview_factory  # default: the print preview
        self.preview: QDialog | None = None  # the last preview opened
        self.report: MonthlyReport | None = None  # the report on screen
        self._read_task: Task[MonthlyReport] | None = None
        self._pdf_task: Task[DrawnFile] | None = None
        self._stale = True  # the month on the picker is not the one on screen
        self.background = Background(self, show_after_ms=show_progress_after_ms)

        now_month = self._this_month()
        self.picker = MonthPicker(previous_month(now_month), now_month, self)
        self.picker.changed.connect(lambda _month: self._month_changed())
        self._build_actions()
        self._build()
        self._update_actions()

    # --- public -------------------------------------------------------------------------

    def menu_actions(self) -> list[QAction]:
        """The "자체점검" menu, in order."""
        return [self.previous_action, self.next_action, self.reload_action,
                self.pdf_action, self.print_action]

    def month(self) -> date:
        """The first day of the month on the picker."""
        return self.picker.month()

    def set_month(self, month: date) -> None:
        self.picker.set_month(month)

    def reload(self) -> None:
        """Read the month on the picker again (on a worker thread)."""
        provider = self._provider or self._backend.inspection.monthly
        if self._read_task is not None:
            self._read_task.cancel()  # the month it reads is no longer wanted
        month = self.month()
        self._stale = False
        task: Task[MonthlyReport]

        def done(report: MonthlyReport) -> None:
            if task is self._read_task:
                self._arrived(report)

        def failed(message: str) -> None:
            if task is self._read_task:
                self._read_task = None
                self._stale = True  # 다시 읽기 or the next showing tries again
                self._say(message, ok=False)

        def cancelled() -> None:
            if task is self._read_task:  # 취소 in the progress window
                self._read_task = None
                self._back_to_shown_month()

        task = self.background.run(
            lambda _progress, _cancelled: provider(month.year, month.month),
            on_done=done, on_error=failed, on_cancelled=cancelled,
            label=translate("InspectionPage", "{month} 자체점검 결과를 읽는 중…").format(month=format_month(month)))
        self._read_task = task
        self._update_actions()

    def reading(self) -> bool:
        """True while the month on the picker is being read."""
        return self._read_task is not None

    def save_pdf(self) -> None:
        """Open the month's report in the print preview and ask where to save it."""
        self._make_pdf("save")

    def print_report(self) -> None:
        """Open the month's report in the print preview and ask which printer to use."""
        self._make_pdf("print")

    def message(self) -> str:
        """The line under the picker (what went wrong), "" when hidden."""
        return self.status.text() if not self.status.isHidden() else ""

    def empty_text(self) -> str:
        """What the page says for a month with nothing recorded ("" otherwise)."""
        return self.dashboard.empty_text()

    # --- building -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, tip: str, keys: str, slot: Callable[[], None]) -> QAction:
            made = QAction(text, self)
            if keys:
                made.setShortcut(QKeySequence(keys))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                tip = f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
            made.setToolTip(tip)
            made.triggered.connect(slot)
            self.addAction(made)  # the keys work wherever the focus is on this page
            return made

        self.previous_action = action(translate("InspectionPage", "이전 달(&B)"), translate("InspectionPage", "한 달 전의 점검 결과를 봅니다"),
                                      "Alt+Left", self.picker.step_back)
        self.next_action = action(translate("InspectionPage", "다음 달(&F)"), translate("InspectionPage", "한 달 뒤의 점검 결과를 봅니다"),
                                  "Alt+Right", self.picker.step_forward)
        self.reload_action = action(translate("InspectionPage", "다시 읽기(&R)"), translate("InspectionPage", "이 달의 기록을 다시 셉니다"),
                                    "Ctrl+R", self.reload)
        self.pdf_action = action(translate("InspectionPage", "PDF로 저장(&S)…"), translate("InspectionPage", "이 달의 점검 결과를 PDF 파일로 저장합니다"),
                                 "Ctrl+S", self.save_pdf)
        # No key: Ctrl+P already opens a case's documents anywhere in the window.
        self.print_action = action(translate("InspectionPage", "인쇄(&P)…"), translate("InspectionPage", "이 달의 점검 결과를 인쇄합니다"), "",
                                   self.print_report)

    def _build(self) -> None:
        top = QHBoxLayout()  # the navigation names the page; the month heads it
        top.addWidget(self.picker)
        top.addStretch(1)
        self.pdf_button = self._button(translate("InspectionPage", "PDF로 저장…"), self.pdf_action)
        self.print_button = self._button(translate("InspectionPage", "인쇄…"), self.print_action)
        top.addWidget(self.pdf_button)
        top.addWidget(self.print_button)

        self.status = QLabel(self)
        self.status.setAccessibleName(translate("InspectionPage", "자체점검 알림"))
        self.status.setWordWrap(True)
        self.status.hide()

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.installEventFilter(self)  # ←/→ change the month, not scroll sideways
        self.dashboard = InspectionDashboard()
        self.scroll_area.setWidget(self.dashboard)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll_area, 1)
        self.setFocusProxy(self.picker)

    def _button(self, text: str, action: QAction) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(action.toolTip())
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        return button

    # --- reading ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self.reading():
            QTimer.singleShot(0, self, self.reload)  # after the page is drawn

    def _month_changed(self) -> None:
        self._update_actions()
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _arrived(self, report: MonthlyReport) -> None:
        self._read_task = None
        self._say("", ok=True)
        self._show_report(report)
        self._update_actions()

    def _back_to_shown_month(self) -> None:
        self._stale = self.report is None
        if self.report is not None and self.report.month != self.month():
            self.picker.set_month(self.report.month, announce=False)
        self._update_actions()

    # --- showing ------------------------------------------------------------------------

    def _show_report(self, report: MonthlyReport) -> None:
        self.report = report
        if report.month != self.month():
            self.picker.set_month(report.month, announce=False)
        self.dashboard.show_report(report, TARGET)
        self.report_shown.emit(report)

    def _say(self, text: str, *, ok: bool) -> None:
        show_message(self.status, text, "message-ok" if ok else "message-error")

    def _update_actions(self) -> None:
        self.next_action.setEnabled(self.picker.can_step_forward())
        can_print = self._pdf_task is None
        for action, button in ((self.pdf_action, self.pdf_button),
                               (self.print_action, self.print_button)):
            action.setEnabled(can_print)
            button.setEnabled(can_print)

    # --- PDF --------------------------------------------------------------------------

    def _make_pdf(self, then: str) -> None:
        if self._pdf_task is not None:
            return  # one report at a time; the first click's preview is on its way
        month, make = self.month(), self._pdf_provider or self._backend.inspection.monthly_pdf

        def ended() -> None:
            self._pdf_task = None
            self._update_actions()

        def done(file: DrawnFile) -> None:
            ended()
            self._say("", ok=True)
            self._open_preview(file, then)

        def failed(message: str) -> None:
            ended()
            self._say(message, ok=False)

        self._pdf_task = self.background.run(
            lambda _progress, _cancelled: make(month.year, month.month),
            on_done=done, on_error=failed, on_cancelled=ended,
            label=translate("InspectionPage", "{month} 자체점검 결과 PDF를 만드는 중…").format(month=format_month(month)))
        self._update_actions()

    def _open_preview(self, file: DrawnFile, then: str) -> None:
        preview = show_preview(self.preview_factory, file, self)
        self.preview = preview
        preview.destroyed.connect(self._preview_gone)
        preview.raise_()
        preview.activateWindow()
        self.pdf_opened.emit(preview)
        # The preview first, then the file or printer dialog over it.
        step = getattr(preview, "save_pdf" if then == "save" else "print_document", None)
        if step is not None:
            QTimer.singleShot(0, preview, step)

    def _preview_gone(self, *_args: object) -> None:
        self.preview = None

    # --- keys ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._arrow(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.scroll_area and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and self._arrow(event)):
            return True
        return super().eventFilter(watched, event)

    def _arrow(self, event: QKeyEvent) -> bool:
        """←/→ anywhere a key is not already taken (tables keep their own arrows)."""
        if event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        if event.key() == Qt.Key.Key_Left:
            self.picker.step_back()
            return True
        if event.key() == Qt.Key.Key_Right:
            self.picker.step_forward()
            return True
        return False

    # --- internals ----------------------------------------------------------------------

    def _this_month(self) -> date:
        now = to_seoul((self._clock or self._backend.clock)())
        return date(now.year, now.month, 1)

    def __repr__(self) -> str:
        shown = format_month(self.report.month) if self.report is not None else "nothing"
        return f"InspectionPage(month={self.month():%Y-%m}, shown={shown})"
