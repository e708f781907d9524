"""The satisfaction survey page (고객만족도 조사): choose the year, type in the paper forms,
see the results, set the items, export the year to XLSX.

The page follows changes as they are made (here or by the check-out rating strip): the
items and the count at once, the results the next time they are looked at. Its own writes
come back as events too, and that is how the other tab hears of them: no echo is skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.files import write_failure
from minwon_desk.services.events import SurveyChanged, VisitChange, VisitChanged
from minwon_desk.services.supervision.survey import FIRST_YEAR
from minwon_desk.ui.common import printing
from minwon_desk.ui.common.reason_dialog import ask_reason
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import show_message
from minwon_desk.ui.supervision.survey.access import SurveyAccess
from minwon_desk.ui.supervision.survey.entry import ResponseEntry
from minwon_desk.ui.supervision.survey.items import SurveyItemsEditor
from minwon_desk.ui.supervision.survey.results import SurveyResultsView

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.ui.bridge import ActorSource, EventBridge

ENTRY, RESULTS, ITEMS = range(3)


class SurveyPage(QWidget):
    """Enter responses quickly, see the results with charts, set the items, export."""

    def __init__(
        self,
        backend: Backend,
        actor: ActorSource,
        bridge: EventBridge,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("SurveyPage", "고객만족도 조사"))
        self._results_stale = True
        self.access = SurveyAccess(backend, actor, self.year)
        self.last_export: Path | None = None
        self.ask_reason = ask_reason  # the export's reason dialog

        self.year_box = QSpinBox(self)
        self.year_box.setAccessibleName(translate("SurveyPage", "조사 연도"))
        self.year_box.setSuffix(translate("SurveyPage", "년"))
        self.year_box.setGroupSeparatorShown(False)
        self.year_box.setToolTip(translate("SurveyPage", "조사 연도 (Alt+←/→로 한 해씩)"))
        self.charter_note = QLabel(self)
        self.export_button = QPushButton(translate("SurveyPage", "XLSX로 내보내기…"), self)
        self.export_button.setAccessibleName(translate("SurveyPage", "XLSX로 내보내기"))
        self.status = QLabel(self)
        self.status.setAccessibleName(translate("SurveyPage", "고객만족도 조사 알림"))
        self.status.setWordWrap(True)
        self.status.hide()
        self.entry = ResponseEntry(self.access, self)
        self.results = SurveyResultsView(self)
        self.items = SurveyItemsEditor(self.access, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.entry, translate("SurveyPage", "응답 입력"))
        self.tabs.addTab(self.results, translate("SurveyPage", "결과"))
        self.tabs.addTab(self.items, translate("SurveyPage", "문항 관리"))
        self._build_actions()
        self._layout()

        self._set_year_range(backend)
        self.year_box.valueChanged.connect(lambda _year: self.reload())
        self.tabs.currentChanged.connect(self._tab_changed)
        self.export_button.clicked.connect(self.export_xlsx)
        bridge.subscribe(SurveyChanged, self._on_survey, owner=self)
        bridge.subscribe(VisitChanged, self._on_visit, owner=self)
        self.reload()

    # --- public -------------------------------------------------------------------------

    def menu_actions(self) -> list[QAction]:
        """The "고객만족도 조사" menu, in order."""
        return [self.entry_action, self.results_action, self.items_action,
                self.previous_action, self.next_action, self.export_action]

    def year(self) -> int:
        return self.year_box.value()

    def set_year(self, year: int) -> None:
        self.year_box.setValue(year)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        if index == ENTRY:
            self.entry.focus_first()

    def reload(self) -> None:
        """Read the year's items and count (and the results, if they are on screen)."""
        try:
            survey = self.access.survey()
            year = self.year()
            items = survey.items(year)
            count = survey.response_count(year)
        except MinwonError as exc:
            self._say(exc.message, ok=False)
            return
        self.entry.set_items(items, count)
        self.items.set_items(items)
        self._results_stale = True
        if self.tabs.currentIndex() == RESULTS:
            self._show_results()

    def export_xlsx(self) -> Path | None:
        """Ask why (the responses' opinions may name people), then where, then write the
        year's workbook there; the reason goes to the access log before the file is written."""
        year = self.year()
        actor = self.access.actor()
        if actor is None:
            self._say(translate("SurveyPage", "로그인한 뒤에 내보낼 수 있습니다."), ok=False)
            return None
        reason = self.ask_reason(
            self, translate("SurveyPage", "{year}년 고객만족도 조사 XLSX").format(year=year))
        if reason is None:
            return None
        folder = self.last_export.parent if self.last_export else printing.documents_folder()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, translate("SurveyPage", "XLSX로 내보내기"), str(folder / translate("SurveyPage", "고객만족도조사-{year}.xlsx").format(year=year)),
            translate("SurveyPage", "엑셀 파일 (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(f"{path.name}.xlsx")
        try:
            from minwon_desk.services.supervision.survey_export import export_workbook

            book = export_workbook(self.access.survey(), self.access.backend.access_log, actor,
                                   year, reason=reason)
            printing.write_file(path, book.data)
        except MinwonError as exc:
            self._say(exc.message, ok=False)
            return None
        except OSError as exc:
            self._say(write_failure(path, exc), ok=False)
            return None
        self.last_export = path
        note = translate("SurveyPage", " 이 해에는 조사 자료가 없어 파일에도 그렇게 적었습니다.") if book.results.empty else ""
        self._say(translate("SurveyPage", "저장했습니다: {path}").format(path=path) + note, ok=True)
        return path

    def message(self) -> str:
        return self.status.text() if not self.status.isHidden() else ""

    # --- building -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, keys: str, slot: Callable[[], object]) -> QAction:
            made = QAction(text, self)
            if keys:
                made.setShortcut(QKeySequence(keys))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                made.setToolTip(f"{text.split('(&')[0]} ({keys})")
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.entry_action = action(translate("SurveyPage", "응답 입력(&I)"), "Alt+1", lambda: self.show_tab(ENTRY))
        self.results_action = action(translate("SurveyPage", "결과 보기(&R)"), "Alt+2", lambda: self.show_tab(RESULTS))
        self.items_action = action(translate("SurveyPage", "문항 관리(&Q)"), "Alt+3", lambda: self.show_tab(ITEMS))
        self.previous_action = action(translate("SurveyPage", "이전 연도(&B)"), "Alt+Left", self.year_box.stepDown)
        self.next_action = action(translate("SurveyPage", "다음 연도(&F)"), "Alt+Right", self.year_box.stepUp)
        self.export_action = action(translate("SurveyPage", "XLSX로 내보내기(&X)…"), "", self.export_xlsx)

    def _layout(self) -> None:
        title = QLabel(translate("SurveyPage", "고객만족도 조사"), self)
        title.setObjectName("titleLabel")
        year_label = QLabel(translate("SurveyPage", "조사 연도(&Y)"), self)
        year_label.setBuddy(self.year_box)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(year_label)
        top.addWidget(self.year_box)
        top.addSpacing(12)
        top.addWidget(self.charter_note)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

    def _set_year_range(self, backend: Backend) -> None:
        now_year = to_seoul(backend.clock()).year
        month = backend.survey.survey_month
        self.charter_note.setText(
            translate("SurveyPage", "이행표준: 매년 {month}월 조사").format(month=month) if month else translate("SurveyPage", "이행표준: 매년 조사"))
        self.year_box.blockSignals(True)
        self.year_box.setRange(FIRST_YEAR, now_year + 1)
        self.year_box.setValue(now_year)
        self.year_box.blockSignals(False)

    # --- reacting -----------------------------------------------------------------------

    def _on_survey(self, event: SurveyChanged) -> None:
        self._on_changed(event.year)

    def _on_visit(self, event: VisitChanged) -> None:
        if event.change is VisitChange.RATED:
            self._on_changed(0)  # a rating at check-out: its year is the visit's

    def _on_changed(self, year: int) -> None:
        if year and year != self.year():
            return
        if year:
            try:
                survey = self.access.survey()
                items = survey.items(year)
                count = survey.response_count(year)
            except MinwonError:
                return
            self.items.set_items(items)
            if [(i.id, i.ordinal, i.text) for i in items] != self.entry.shown_items():
                self.entry.set_items(items, count)  # the form itself changed
            else:
                self.entry.show_count(count)
        self._results_stale = True
        if self.tabs.currentIndex() == RESULTS and self.isVisible():
            self._show_results()

    def _tab_changed(self, index: int) -> None:
        if index == RESULTS and self._results_stale:
            self._show_results()

    def _show_results(self) -> None:
        try:
            results = self.access.survey().results(self.year())
        except MinwonError as exc:
            self._say(exc.message, ok=False)
            return
        self._results_stale = False
        self.results.show_results(results)

    def _say(self, text: str, *, ok: bool) -> None:
        show_message(self.status, text, "message-ok" if ok else "message-error")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.tabs.currentIndex() == RESULTS and self._results_stale:
            self._show_results()
