"""The directory page: find anyone as you type, see where they sit and who acts for them.

The page searches a :class:`DirectorySnapshot` held in memory (no database query per
keystroke) and takes a fresh one when staff, absences or offices change. Statuses move
with time (an absence ends at 18:00), so they are recomputed once a minute from the clock.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.services.dto import DirectoryEntry, FloorPlan
from minwon_desk.services.events import OfficeChanged
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.common.column_fit import ColumnFit
from minwon_desk.ui.common.directory_cache import DirectoryCache
from minwon_desk.ui.directory.floor_plan.widget import FloorPlanWidget
from minwon_desk.ui.directory.model import (
    DEPARTMENT,
    SEAT,
    STATUS,
    DirectoryModel,
)
from minwon_desk.ui.forms.ui_directory_page import Ui_DirectoryPage
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.directory.service import DirectorySnapshot

log = logging.getLogger(__name__)

STATUS_REFRESH_MS = 60_000


class DirectoryPage(QWidget):
    """Built with the window's directory cache once the database is open (the cache reads
    the snapshot and the photos from it)."""

    staff_selected = Signal(int)  # staff id, when the operator picks someone
    show_requested = Signal()  # 직원 검색 (Ctrl+F) wants this page in front

    def __init__(
        self,
        cache: DirectoryCache,
        bridge: EventBridge,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_DirectoryPage()
        self.form.setupUi(self)
        self._cache = cache
        backend = cache.backend
        assert backend is not None, "the page is built once the database is open"
        self._backend: Backend = backend
        self._snapshot: DirectorySnapshot | None = None
        self._plans: dict[int, FloorPlan] = {}
        self.model = DirectoryModel(self._now, self)
        f = self.form
        f.resultTable.setModel(self.model)
        # The status carries the deputy's sentence: it takes the room left and wraps.
        self.column_fit = ColumnFit(f.resultTable, stretch=STATUS, drop=(SEAT,), stretch_min=150,
                                    caps={DEPARTMENT: 120}, wrap=True)
        f.resultTable.selectionModel().currentRowChanged.connect(self._on_current)
        f.searchEdit.textChanged.connect(self._on_query)
        f.searchEdit.returnPressed.connect(self._focus_results)
        f.deputyButton.clicked.connect(self.show_deputy)
        f.splitter.setStretchFactor(0, 2)
        f.splitter.setStretchFactor(1, 1)
        set_role(f.statusLabel, "summary")
        set_role(f.resultCount, "hint")
        f.nameLabel.setObjectName("directoryName")

        self.plan = FloorPlanWidget(f.planHost, photo_provider=cache.plan_photo,
                                    away_provider=cache.plan_away)
        f.planLayout.addWidget(self.plan)

        self.find_action = QAction(translate("DirectoryPage", "직원 검색"), self)
        self.find_action.setToolTip(translate("DirectoryPage", "직원 검색 (Ctrl+F)"))
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.focus_search)
        self.find_action.triggered.connect(self.show_requested)
        self.deputy_action = QAction(translate("DirectoryPage", "업무대행자 보기"), self)
        self.deputy_action.setShortcut(QKeySequence("Ctrl+D"))
        self.deputy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.deputy_action.triggered.connect(self.show_deputy)
        self.addAction(self.deputy_action)  # on this page only

        cache.changed.connect(self.reload)
        cache.failed.connect(self.form.resultCount.setText)
        bridge.subscribe(OfficeChanged, self._on_office_changed, owner=self)
        self.timer = QTimer(self)
        self.timer.setInterval(STATUS_REFRESH_MS)
        self.timer.timeout.connect(self._refresh_status)
        self.timer.start()
        self._show_entry(None)
        self.reload()

    def menu_actions(self) -> list[QAction]:
        return [self.find_action]

    # --- reading the directory -----------------------------------------------------------

    @property
    def snapshot(self) -> DirectorySnapshot | None:
        return self._snapshot

    def reload(self) -> None:
        """Show the cache's new snapshot, keeping the query and the selected person."""
        snapshot = self._cache.snapshot
        if snapshot is None or snapshot is self._snapshot:
            return
        selected = self.current_entry()
        self._snapshot = snapshot
        self._plans.clear()
        self.plan.refresh_photos()  # the cache forgot the photos with the old snapshot
        self.model.set_snapshot(snapshot)
        self._after_results(keep=selected.id if selected else None)

    def search(self, text: str) -> None:
        self.form.searchEdit.setText(text)

    def focus_search(self) -> None:
        self.form.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.searchEdit.selectAll()

    def current_entry(self) -> DirectoryEntry | None:
        index = self.form.resultTable.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.entry_at(index.row())

    def select_staff(self, staff_id: int) -> bool:
        """Select someone in the results (clearing the query when they are not in it)."""
        row = self.model.row_of(staff_id)
        if row is None and self.model.query:
            self.form.searchEdit.clear()
            row = self.model.row_of(staff_id)
        if row is None:
            return False
        table = self.form.resultTable
        table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(self.model.index(row, 0))
        return True

    def show_deputy(self) -> None:
        """Ctrl+D: jump to whoever acts now for the selected (absent) officer."""
        entry = self.current_entry()
        row = self.form.resultTable.currentIndex().row()
        if entry is None or row < 0:
            return
        presence = self.model.presence_at(row)[0]
        if presence.acting is not None:
            self.select_staff(presence.acting.id)

    # --- internals ----------------------------------------------------------------------

    def _now(self) -> datetime:
        return self._backend.clock()

    def _on_query(self, text: str) -> None:
        self.model.set_query(text)
        self._after_results(keep=None)

    def _after_results(self, keep: int | None) -> None:
        count = self.model.rowCount()
        if self.model.query.strip():
            self.form.resultCount.setText(translate("DirectoryPage", "{n}명").format(n=count))
        else:
            self.form.resultCount.setText(translate("DirectoryPage", "전체 {n}명").format(n=count))
        if keep is not None and self.model.row_of(keep) is not None:
            self.select_staff(keep)
        elif count and self.model.query.strip():
            # The best match is selected at once: Enter or a glance is enough.
            self.form.resultTable.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self._show_entry(None)

    def _focus_results(self) -> None:
        if self.model.rowCount():
            self.form.resultTable.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_current(self, current: object, _previous: object) -> None:
        entry = self.current_entry()
        self._show_entry(entry)
        if entry is not None:
            self.staff_selected.emit(entry.id)

    def _show_entry(self, entry: DirectoryEntry | None) -> None:
        f = self.form
        has = entry is not None
        for widget in (f.nameLabel, f.departmentLabel, f.contactLabel, f.seatLabel,
                       f.dutiesLabel, f.statusLabel, f.photoLabel, f.deputyButton):
            widget.setVisible(has)
        if entry is None:
            f.planTitle.setText(translate("DirectoryPage", "직원을 고르면 자리가 사무실 배치도에 표시됩니다."))
            self.plan.highlight_staff(None)
            return
        row = self.model.row_of(entry.id)
        presence, status = self.model.presence_at(row) if row is not None else (None, "")
        f.nameLabel.setText(f"<b style='font-size:16pt'>{entry.name}</b> {entry.position}")
        f.departmentLabel.setText(entry.department_path)
        contact = [translate("DirectoryPage", "내선 {n}").format(n=entry.extension)] if entry.extension else []
        if entry.email:
            contact.append(entry.email)
        f.contactLabel.setText(" · ".join(contact))
        f.seatLabel.setText(translate("DirectoryPage", "좌석: {seat}").format(seat=entry.seat) if entry.seat else translate("DirectoryPage", "좌석 미지정"))
        f.dutiesLabel.setText(translate("DirectoryPage", "담당업무: {d}").format(d=", ".join(entry.duties)) if entry.duties else "")
        f.dutiesLabel.setVisible(bool(entry.duties))
        text = status
        if presence is not None and presence.message:
            text += "\n" + presence.message
        f.statusLabel.setText(text)
        set_role(f.statusLabel, "summary" if presence is None or presence.present else "alert")
        f.deputyButton.setVisible(presence is not None and presence.acting is not None)
        f.photoLabel.setPixmap(self._cache.photo(entry))
        self._show_seat(entry)

    def _show_seat(self, entry: DirectoryEntry) -> None:
        f = self.form
        if entry.office_id is None:
            f.planTitle.setText(translate("DirectoryPage", "{name} 님의 자리가 배치도에 없습니다.").format(name=entry.name))
            self.plan.highlight_staff(None)
            return
        plan = self._plans.get(entry.office_id)
        if plan is None:
            try:
                plan = self._backend.offices.plan(entry.office_id)
            except MinwonError as exc:
                f.planTitle.setText(exc.message)
                return
            self._plans[entry.office_id] = plan
        if self.plan.current_plan() is not plan:
            self.plan.set_plan(plan)
        f.planTitle.setText(f"{plan.title} — {entry.seat}")
        self.plan.highlight_staff(entry.id)

    def _on_office_changed(self, event: OfficeChanged) -> None:
        self._plans.pop(event.office_id, None)

    def _refresh_status(self) -> None:
        self.model.refresh_status()
        self.plan.refresh_presence()
        self._show_entry(self.current_entry())

    def __repr__(self) -> str:
        return f"DirectoryPage(query={self.model.query!r}, rows={self.model.rowCount()})"
