"""개인정보 관리 (the privacy officer's page): are the audit trail and the access log whole
(the same check as ``minwon-desk audit verify``), and the monthly review of the access log
(the same figures as ``minwon-desk report access``), with the record that it was done.

At the top, 위변조 검사 (Ctrl+Shift+V) runs the chain check through the background helper
and says per log "이상 없음 — N건" or the first broken row. Under it, a nudge while last
month's review is not recorded (amber until the 5th, red after). Then the month (the
previous month at first; Alt+←/→ move by a month), a line of what needs a look, 파일로
저장… (Ctrl+S: PDF or XLSX), and the review's sections as tabs; the last tab records the
review (Ctrl+Enter in its text box). Reading a month runs off the GUI thread too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.access_review import previous_month, this_month
from minwon_desk.domain.access_review_report import AccessReview, ReviewNudge
from minwon_desk.domain.access_review_tables import summary
from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.timeutil import format_month
from minwon_desk.files import write_failure
from minwon_desk.services.privacy.chain import ChainReport
from minwon_desk.services.privacy.verify import summary as chain_summary
from minwon_desk.ui.background import SHOW_AFTER_MS, Background, Task
from minwon_desk.ui.common import printing
from minwon_desk.ui.common.dialogs import wrapped_label
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.privacy.review_tabs import ReviewTabs
from minwon_desk.ui.style import show_message
from minwon_desk.ui.supervision.inspection.widgets import MonthPicker

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.dto import Actor
    from minwon_desk.ui.bridge import ActorSource

_Read = tuple[AccessReview, ReviewNudge | None]


class PrivacyPage(QWidget):
    def __init__(
        self, backend: Backend, actor: ActorSource, parent: QWidget | None = None, *,
        show_progress_after_ms: int = SHOW_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("PrivacyPage", "개인정보 관리"))
        self._backend = backend
        self._actor = actor
        self.background = Background(self, show_after_ms=show_progress_after_ms)
        self.review: AccessReview | None = None  # the month on screen
        self.chain_reports: list[ChainReport] = []
        self._read_task: Task[_Read] | None = None
        self._verify_task: Task[list[ChainReport]] | None = None
        self._stale = True
        now = this_month(backend.clock())
        self.picker = MonthPicker(previous_month(now), now, self)
        self.picker.changed.connect(lambda _m: self._month_changed())
        self.tabs = ReviewTabs(self)
        self.tabs.record_requested.connect(self.record_review)
        self._build_actions()
        self._build()

    # --- public ---------------------------------------------------------------------

    def menu_actions(self) -> list[QAction]:
        return [self.verify_action, self.previous_action, self.next_action,
                self.reload_action, self.save_action]

    def month(self) -> date:
        return self.picker.month()

    def set_month(self, month: date) -> None:
        self.picker.set_month(month)

    def reading(self) -> bool:
        return self._read_task is not None

    def verifying(self) -> bool:
        return self._verify_task is not None

    def message(self) -> str:
        return self.status.text() if not self.status.isHidden() else ""

    def nudge_text(self) -> str:
        return self.nudge.text() if not self.nudge.isHidden() else ""

    def chain_text(self) -> str:
        return self.chain_label.text()

    def verify(self) -> None:
        """Recompute both logs' chains off the GUI thread; say the outcome per log."""
        actor = self._acting()
        if actor is None or self._verify_task is not None:
            return
        chains = self._backend.chains

        def done(reports: list[ChainReport]) -> None:
            self._verify_task = None
            self.chain_reports = reports
            ok = all(r.ok for r in reports)
            self.chain_label.setText("\n".join(chain_summary(r) for r in reports))
            show_message(self.chain_label, self.chain_label.text(),
                         "message-ok" if ok else "message-error")
            self.verify_button.setEnabled(True)

        def failed(message: str) -> None:
            self._verify_task = None
            self.verify_button.setEnabled(True)
            self._say(message, ok=False)

        self.verify_button.setEnabled(False)
        self.chain_label.setText(translate("PrivacyPage", "검사하는 중…"))
        self._verify_task = self.background.run(
            lambda progress, _cancelled: chains.verify(actor, progress=progress),
            on_done=done, on_error=failed, on_cancelled=lambda: failed(translate("PrivacyPage", "검사를 취소했습니다.")),
            label=translate("PrivacyPage", "감사 기록과 접속기록을 검사하는 중…"))

    def reload(self) -> None:
        """Read the month on the picker (and whether last month's review is recorded)."""
        actor = self._acting()
        if actor is None:
            return
        if self._read_task is not None:
            self._read_task.cancel()
        month, reviews = self.month(), self._backend.access_review
        self._stale = False
        task: Task[_Read]

        def done(result: _Read) -> None:
            if task is self._read_task:
                self._read_task = None
                self._show(*result)

        def failed(message: str) -> None:
            if task is self._read_task:
                self._read_task = None
                self._stale = True
                self._say(message, ok=False)

        def cancelled() -> None:
            if task is self._read_task:
                self._read_task = None
                self._stale = True

        task = self.background.run(
            lambda _p, _c: (reviews.month(actor, month), reviews.nudge(actor)),
            on_done=done, on_error=failed, on_cancelled=cancelled,
            label=translate("PrivacyPage", "{month} 접속기록을 읽는 중…").format(month=format_month(month)))
        self._read_task = task

    def record_review(self, finding: str) -> None:
        """Record that the month on screen was reviewed, with what was found."""
        actor = self._acting()
        if actor is None:
            return
        try:
            record = self._backend.access_review.record(actor, self.month(), finding=finding)
        except MinwonError as exc:
            self._say(exc.message, ok=False)
            self.tabs.finding.setFocus()
            return
        self.tabs.clear_finding()
        self._say(translate("PrivacyPage", "{month} 점검을 기록했습니다 ({who}, {at}).").format(
            month=format_month(self.month()), who=record.reviewer.label,
            at=f"{record.at:%Y-%m-%d %H:%M}"), ok=True)
        self.reload()

    def save_file(self) -> Path | None:
        """Ask where (PDF or XLSX by the name chosen), then write the month on screen."""
        review = self.review
        if review is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, translate("PrivacyPage", "접속기록 점검 저장"),
            str(Path(folder or ".") / f"접속기록점검_{review.month:%Y-%m}.pdf"),
            translate("PrivacyPage", "PDF 문서 (*.pdf);;엑셀 파일 (*.xlsx)"))
        if not chosen:
            return None
        from minwon_desk.services.privacy.review_export import kind_of, render

        path = Path(chosen)
        try:
            printing.write_file(path, render(review, kind_of(path)))
        except MinwonError as exc:
            self._say(exc.message, ok=False)
            return None
        except OSError as exc:
            self._say(write_failure(path, exc), ok=False)
            return None
        self._say(translate("PrivacyPage", "저장했습니다: {path}").format(path=path), ok=True)
        return path

    # --- building -------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, keys: str, slot: Callable[[], object]) -> QAction:
            made = QAction(text, self)
            made.setShortcut(QKeySequence(keys))
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.setToolTip(f"{text.split('(&')[0].rstrip('…')} ({keys})")
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.verify_action = action(translate("PrivacyPage", "위변조 검사(&V)"), "Ctrl+Shift+V", self.verify)
        self.previous_action = action(translate("PrivacyPage", "이전 달(&B)"), "Alt+Left", self.picker.step_back)
        self.next_action = action(translate("PrivacyPage", "다음 달(&F)"), "Alt+Right", self.picker.step_forward)
        self.reload_action = action(translate("PrivacyPage", "다시 읽기(&R)"), "Ctrl+R", self.reload)
        self.save_action = action(translate("PrivacyPage", "파일로 저장(&S)…"), "Ctrl+S", self.save_file)

    def _build(self) -> None:
        self.verify_button = QPushButton(translate("PrivacyPage", "위변조 검사"))
        self.verify_button.setAccessibleName(translate("PrivacyPage", "위변조 검사"))
        self.verify_button.setToolTip(self.verify_action.toolTip())
        self.verify_button.setAutoDefault(False)
        self.verify_button.clicked.connect(self.verify)
        self.chain_label = wrapped_label(
            translate("PrivacyPage", "감사 기록과 접속기록이 기록된 뒤 고쳐지거나 지워지지 않았는지 검사합니다."),
            name=translate("PrivacyPage", "위변조 검사 결과"))
        top = QHBoxLayout()
        top.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.chain_label, 1)
        self.nudge: QLabel = wrapped_label(name=translate("PrivacyPage", "점검 알림"))
        self.nudge.hide()
        self.summary_label = wrapped_label(name=translate("PrivacyPage", "점검 요약"), role="summary")
        self.save_button = QPushButton(translate("PrivacyPage", "파일로 저장…"))
        self.save_button.setAccessibleName(translate("PrivacyPage", "파일로 저장"))
        self.save_button.setToolTip(self.save_action.toolTip())
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_file)
        month_row = QHBoxLayout()
        month_row.addWidget(self.picker)
        month_row.addWidget(self.summary_label, 1)
        month_row.addWidget(self.save_button)
        self.status: QLabel = wrapped_label(name=translate("PrivacyPage", "개인정보 관리 알림"))
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.nudge)
        layout.addLayout(month_row)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.picker)

    # --- reading and showing --------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self.reading():
            QTimer.singleShot(0, self, self.reload)

    def _month_changed(self) -> None:
        self.next_action.setEnabled(self.picker.can_step_forward())
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _show(self, review: AccessReview, nudge: ReviewNudge | None) -> None:
        self.review = review
        self.summary_label.setText(summary(review))
        self.tabs.show_review(review)
        if nudge is None:
            show_message(self.nudge, "", "message-warning")
        else:
            show_message(self.nudge, nudge.text,
                         "message-error" if nudge.overdue else "message-warning")

    def _acting(self) -> Actor | None:
        actor = self._actor()
        if actor is None:
            self._say(translate("PrivacyPage", "로그인한 뒤에 할 수 있습니다."), ok=False)
        return actor

    def _say(self, text: str, *, ok: bool) -> None:
        show_message(self.status, text, "message-ok" if ok else "message-error")

    def __repr__(self) -> str:
        return f"PrivacyPage(month={self.month():%Y-%m})"
