"""The administrator's staff and departments page: the organisation tree, the chosen
unit's people, and the form for one person (details, photo, default deputy).

The page is built once the database is open. It reads the roster again only when a
``StaffChanged`` event says something changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import QFrame, QHeaderView, QScrollArea, QTableWidgetItem, QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.services.dto import Actor, DirectoryEntry
from minwon_desk.services.events import StaffChanged
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.common.asking import ChooseFile, file_chooser
from minwon_desk.ui.common.directory_cache import current_snapshot, entry_of
from minwon_desk.ui.common.shortcuts import PageShortcuts
from minwon_desk.ui.common.shown_page import ShownPage
from minwon_desk.ui.common.staff_picker import staff_summaries
from minwon_desk.ui.directory.staff_admin.departments import DepartmentEditor
from minwon_desk.ui.directory.staff_admin.form import StaffForm
from minwon_desk.ui.forms.ui_staff_admin_page import Ui_StaffAdminPage
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.directory.service import DirectorySnapshot
    from minwon_desk.ui.common.directory_cache import DirectoryCache
    from minwon_desk.ui.directory.import_dialog import ImportDialog

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
NAME, POSITION, EXTENSION, ACTIVE = range(4)
_INACTIVE = QBrush(QColor("#888888"))


class StaffAdminPage(ShownPage):
    show_requested = Signal()  # a menu action wants this page in front before acting

    def __init__(
        self,
        backend: Backend,
        actor: Callable[[], Actor | None],
        bridge: EventBridge,
        parent: QWidget | None = None,
        *,
        cache: DirectoryCache | None = None,
        choose_photo: ChooseFile | None = None,
        choose_import_file: ChooseFile | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_StaffAdminPage()
        self.form.setupUi(self)
        self._backend = backend
        self._actor = actor
        self._cache = cache
        self._snapshot: DirectorySnapshot | None = None
        self._choose_import_file = choose_import_file
        self.import_dialog: ImportDialog | None = None
        f = self.form
        self.departments = DepartmentEditor(f, backend, actor, self)
        self.staff_form = StaffForm(
            f, backend, actor,
            choose_photo or file_chooser(
                translate("StaffAdminPage", "사진 선택"), translate("StaffAdminPage", "이미지 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;모든 파일 (*)")
            ),
            self,
        )
        table = f.staffTable
        header = table.horizontalHeader()
        for column in (NAME, POSITION, EXTENSION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # 재직 takes what is left, no sideways scrolling
        table.currentCellChanged.connect(self._on_staff_row)
        f.searchEdit.textChanged.connect(lambda _text: self._fill_staff())
        f.includeSubunits.toggled.connect(lambda _on: self._fill_staff())
        self.departments.selected.connect(lambda _id: self._fill_staff())
        self.staff_form.saved.connect(self._after_save)
        # The staff form is taller than a 1024×768 screen leaves: it scrolls, the page does not clip.
        at = f.splitter.indexOf(f.staffBox)
        scroller = QScrollArea(f.splitter)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(f.staffBox)
        f.splitter.insertWidget(at, scroller)
        f.splitter.setStretchFactor(0, 3)
        f.splitter.setStretchFactor(1, 3)
        f.splitter.setStretchFactor(2, 4)
        set_role(f.unitTitle, "summary")
        set_role(f.deptHeadHint, "hint")

        f.actionSaveStaff.triggered.connect(self._save_action)
        f.actionNewStaff.triggered.connect(self.new_staff)
        f.actionImport.triggered.connect(self.open_import)
        f.importButton.clicked.connect(self.open_import)
        f.newButton.clicked.connect(self.new_staff)
        f.importButton.setToolTip(f.actionImport.toolTip())
        self.addActions([f.actionSaveStaff, f.actionNewStaff])
        self._keys = PageShortcuts(self, [f.actionSaveStaff, f.actionNewStaff])

        if cache is not None:
            cache.changed.connect(self.reload)
        else:
            bridge.subscribe(StaffChanged, lambda _event: self.reload(), owner=self)
        self.reload()

    def menu_actions(self) -> list[QAction]:
        f = self.form
        return [f.actionNewStaff, f.actionSaveStaff, f.actionImport]

    @property
    def snapshot(self) -> DirectorySnapshot | None:
        return self._snapshot

    # --- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the roster again, keeping the chosen unit, person and whatever is typed.
        A hidden page only notes that it is out of date and reads when it is shown."""
        if not self.read_now():
            return
        try:
            departments = self._backend.roster.departments()
            snapshot = current_snapshot(self._backend, self._cache)
        except MinwonError as exc:
            log.warning("could not read the roster: %s", exc.message)
            self.form.unitTitle.setText(exc.message)
            return
        self._snapshot = snapshot
        staff = staff_summaries(snapshot.active)
        self.departments.set_data(departments, staff, snapshot.search_ids)
        self.staff_form.set_choices(departments, staff, snapshot)
        self._fill_staff()
        if self.departments.selected_id() is None and departments:
            self.departments.select(departments[0].id)

    def staff_rows(self) -> list[str]:
        """Names as listed (what a person sees in the table)."""
        table = self.form.staffTable
        return [
            item.text() for row in range(table.rowCount()) if (item := table.item(row, NAME)) is not None
        ]

    # --- actions --------------------------------------------------------------------------

    def new_staff(self) -> None:
        """Ctrl+N: an empty staff form, in the chosen unit."""
        self.show_requested.emit()
        self._clear_current()
        self.staff_form.new(self.departments.selected_id())
        self.form.employeeNoEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def select_staff(self, staff_id: int) -> bool:
        """Show someone in the form (and in the list when they are in it)."""
        row = self._row_of(staff_id)
        entry = self._entry(staff_id)
        if row is None and entry is not None and not self.form.searchEdit.text().strip():
            self.departments.select(entry.department_id)  # their unit, so the list shows them
            row = self._row_of(staff_id)
        if row is not None and row != self.form.staffTable.currentRow():
            self.form.staffTable.setCurrentCell(row, NAME)  # loads the form
            return True
        if row is not None:
            self.form.staffTable.selectRow(row)
        return self.staff_form.load(staff_id)

    def open_import(self) -> ImportDialog:
        """가져오기…: the import dialog, window-modal (the page stays as it is behind it)."""
        self.show_requested.emit()
        if self.import_dialog is not None:
            self.import_dialog.close()
            self.import_dialog.deleteLater()
        # The importers (and openpyxl) load when an import is opened, not with the window.
        from minwon_desk.ui.directory.import_dialog import ImportDialog

        dialog = ImportDialog(self._backend, self._actor, self, choose_file=self._choose_import_file)
        dialog.imported.connect(lambda text: self.staff_form.errors.message(text, error=False))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    # --- internals ------------------------------------------------------------------------

    def _save_action(self) -> None:
        self.show_requested.emit()
        self.staff_form.save()

    def _after_save(self, staff_id: int) -> None:
        entry = self._entry(staff_id)
        dept = self.departments.selected_id()
        if entry is not None and not self.form.searchEdit.text().strip() and (
            dept is None or entry.department_id not in self._listed_units(dept)
        ):
            # Saved into another unit: follow the person there so the list shows them.
            self.departments.select(entry.department_id)
        self._keep_row(staff_id)

    def _entry(self, staff_id: int) -> DirectoryEntry | None:
        return entry_of(self._snapshot, staff_id)

    def _listed_units(self, dept_id: int) -> set[int]:
        if self.form.includeSubunits.isChecked():
            return self.departments.subtree(dept_id)
        return {dept_id}

    def _listed(self) -> list[DirectoryEntry]:
        if self._snapshot is None:
            return []
        query = self.form.searchEdit.text().strip()
        if query:
            self.form.unitTitle.setText(translate("StaffAdminPage", "'{q}' 검색 결과").format(q=query))
            return self._snapshot.search(query)
        dept_id = self.departments.selected_id()
        if dept_id is None:
            self.form.unitTitle.setText(translate("StaffAdminPage", "왼쪽에서 부서를 고르세요."))
            return []
        view = self.departments.department(dept_id)
        self.form.unitTitle.setText(view.path if view is not None else "")
        units = self._listed_units(dept_id)
        return [e for e in self._snapshot.entries if e.department_id in units]

    def _fill_staff(self) -> None:
        entries = self._listed()
        table = self.form.staffTable
        table.blockSignals(True)  # refilling is not choosing someone: keep the form as typed
        try:
            table.clearContents()
            table.setRowCount(len(entries))
            for row, e in enumerate(entries):
                cells = (e.name, e.position, e.extension, translate("StaffAdminPage", "재직") if e.active else translate("StaffAdminPage", "퇴직·전출"))
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setToolTip(e.department_path)
                    if not e.active:
                        item.setForeground(_INACTIVE)
                    if column == NAME:
                        item.setData(ID_ROLE, e.id)
                    table.setItem(row, column, item)
        finally:
            table.blockSignals(False)
        current = self.staff_form.staff_id
        if current is not None:
            self._keep_row(current)

    def _row_of(self, staff_id: int) -> int | None:
        table = self.form.staffTable
        for row in range(table.rowCount()):
            item = table.item(row, NAME)
            if item is not None and item.data(ID_ROLE) == staff_id:
                return row
        return None

    def _keep_row(self, staff_id: int) -> None:
        """Highlight the person in the form without reloading the form."""
        table = self.form.staffTable
        row = self._row_of(staff_id)
        if row is None:
            self._clear_current()
            return
        table.blockSignals(True)
        try:
            table.setCurrentCell(row, NAME)
        finally:
            table.blockSignals(False)

    def _clear_current(self) -> None:
        # No current row either: choosing the same person again must load them again.
        table = self.form.staffTable
        table.blockSignals(True)
        try:
            table.setCurrentCell(-1, -1)
            table.clearSelection()
        finally:
            table.blockSignals(False)

    def _on_staff_row(self, row: int, _column: int, previous_row: int, _previous_column: int) -> None:
        if row < 0 or row == previous_row:
            return
        item = self.form.staffTable.item(row, NAME)
        if item is not None:
            self.staff_form.load(int(item.data(ID_ROLE)))

    def _when_shown(self) -> None:
        if self._read_when_shown:
            self.reload()

    def __repr__(self) -> str:
        return f"StaffAdminPage(units={len(self.departments.departments())}, form={self.staff_form!r})"
