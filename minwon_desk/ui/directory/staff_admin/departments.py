"""The department half of the staff administration page: the organisation tree and the
form that adds, renames and moves a unit and names its head."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.orgpath import DEPARTMENT_KINDS
from minwon_desk.services.dto import Actor, DepartmentView, StaffSummary
from minwon_desk.ui.common.field_errors import FieldErrors
from minwon_desk.ui.common.staff_picker import (
    StaffSearch,
    chosen_staff_id,
    refill_staff_combo,
    select_staff,
)
from minwon_desk.ui.forms.ui_staff_admin_page import Ui_StaffAdminPage
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

ID_ROLE = Qt.ItemDataRole.UserRole
TOP_LEVEL = -1  # parent combo data for "no parent" (QComboBox cannot find None)

# What a new unit under a unit of this kind usually is (the administrator may change it).
CHILD_KIND = {"본부": "국", "지방청": "과", "실": "과", "국": "과", "과": "팀", "담당관": "팀", "센터": "팀"}


class DepartmentEditor(QObject):
    selected = Signal(object)  # int | None: the unit now chosen in the tree

    def __init__(
        self,
        form: Ui_StaffAdminPage,
        backend: Backend,
        actor: Callable[[], Actor | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self._actor = actor
        self._backend = backend
        self._departments: dict[int, DepartmentView] = {}
        self._editing: int | None = None  # the unit in the form; None while adding one
        f = form
        self.errors = FieldErrors(
            {
                "name": (f.deptNameEdit, f.deptNameError),
                "kind": (f.deptKindCombo, f.deptKindError),
                "parent": (f.deptParentCombo, f.deptParentError),
                "head": (f.deptHeadCombo, f.deptHeadError),
            },
            f.deptMessage,
        )
        f.deptKindCombo.addItems(list(DEPARTMENT_KINDS))
        tree = f.deptTree
        # The unit's name takes the room; its kind ("과", "지방청") is always whole beside it.
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.currentItemChanged.connect(self._on_current)
        f.deptNewButton.clicked.connect(self.new_child)
        f.deptSaveButton.clicked.connect(self.save)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), f.deptBox, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            enter.activated.connect(self.save)
        self._show_mode()

    # --- what the page asks ---------------------------------------------------------------

    def selected_id(self) -> int | None:
        item = self.form.deptTree.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None else None

    def department(self, dept_id: int) -> DepartmentView | None:
        return self._departments.get(dept_id)

    def departments(self) -> list[DepartmentView]:
        return list(self._departments.values())

    def subtree(self, dept_id: int) -> set[int]:
        """The unit and every unit below it."""
        children: dict[int | None, list[int]] = {}
        for d in self._departments.values():
            children.setdefault(d.parent_id, []).append(d.id)
        found, stack = set(), [dept_id]
        while stack:
            current = stack.pop()
            if current not in found:
                found.add(current)
                stack.extend(children.get(current, []))
        return found

    def select(self, dept_id: int) -> bool:
        item = self._item(dept_id)
        if item is None:
            return False
        self.form.deptTree.setCurrentItem(item)
        return True

    def set_data(
        self, departments: list[DepartmentView], staff: list[StaffSummary], search: StaffSearch | None
    ) -> None:
        """Show the units again (after any change), keeping the chosen one and the form as
        typed: a change made at another desk must not wipe what is being written here."""
        f = self.form
        keep = self.selected_id()
        self._departments = {d.id: d for d in departments}
        tree = f.deptTree
        tree.blockSignals(True)
        try:
            tree.clear()
            items: dict[int, QTreeWidgetItem] = {}
            for d in departments:  # parents come before their children
                parent = items.get(d.parent_id) if d.parent_id is not None else None
                item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(tree)
                item.setText(0, d.name)
                item.setText(1, d.kind)
                item.setToolTip(0, d.path)
                item.setData(0, ID_ROLE, d.id)
                items[d.id] = item
            tree.expandAll()
            if keep is not None and keep in items:
                tree.setCurrentItem(items[keep])
        finally:
            tree.blockSignals(False)
        if self._editing is not None and self._editing not in self._departments:
            self._editing = None  # gone meanwhile: what is typed can still be added as new
        parent_id = self._parent_choice()
        self._fill_parents(parent_id)
        refill_staff_combo(f.deptHeadCombo, staff, search)
        self._show_mode()
        if keep is not None and keep not in items:
            self.selected.emit(self.selected_id())

    # --- actions --------------------------------------------------------------------------

    def new_child(self) -> None:
        """Start a new unit under the chosen one (the form is emptied, the tree stays)."""
        f = self.form
        parent_id = self.selected_id()
        parent = self._departments.get(parent_id) if parent_id is not None else None
        self._editing = None
        self.errors.clear()
        f.deptNameEdit.clear()
        kind = CHILD_KIND.get(parent.kind, "팀") if parent is not None else "본부"
        f.deptKindCombo.setCurrentText(kind)
        self._fill_parents(parent_id)
        f.deptHeadCombo.setCurrentIndex(-1)
        f.deptHeadCombo.setEditText("")
        self._show_mode()
        f.deptNameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> int | None:
        """Add or update the unit in the form; returns its id, or None with the reason shown."""
        f = self.form
        self.errors.clear()
        actor = self._actor()
        if actor is None:
            self.errors.message(translate("DepartmentEditor", "로그인한 뒤에 할 수 있습니다."), error=True)
            return None
        head_id, problem = chosen_staff_id(f.deptHeadCombo)
        if problem is not None:
            self.errors.field("head", problem)
            return None
        name = f.deptNameEdit.text()
        kind = f.deptKindCombo.currentText()
        parent_id = self._parent_choice()
        roster = self._backend.roster
        try:
            if self._editing is None:
                dept_id = roster.add_department(actor, name=name, kind=kind, parent_id=parent_id)
                self._editing = dept_id  # a retry after a failed head update must not add it twice
                if head_id is not None:
                    roster.update_department(
                        actor, dept_id, name=name, kind=kind, parent_id=parent_id, head_id=head_id
                    )
            else:
                dept_id = self._editing
                roster.update_department(
                    actor, dept_id, name=name, kind=kind, parent_id=parent_id, head_id=head_id
                )
        except MinwonError as exc:
            self._show_mode()
            self.errors.error(exc)
            return None
        self.select(dept_id)
        self._load(dept_id)
        view = self._departments.get(dept_id)
        self.errors.message(
            translate("DepartmentEditor", "'{path}' 부서를 저장했습니다.").format(path=view.path if view else name.strip()), error=False
        )
        return dept_id

    # --- internals ------------------------------------------------------------------------

    def _item(self, dept_id: int) -> QTreeWidgetItem | None:
        tree = self.form.deptTree
        stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            if item.data(0, ID_ROLE) == dept_id:
                return item
            stack.extend(item.child(i) for i in range(item.childCount()))
        return None

    def _on_current(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        dept_id = int(current.data(0, ID_ROLE)) if current is not None else None
        if dept_id is not None:
            self._load(dept_id)
        self.selected.emit(dept_id)

    def _load(self, dept_id: int) -> None:
        """Put the stored unit into the form."""
        f = self.form
        d = self._departments.get(dept_id)
        if d is None:
            return
        self._editing = dept_id
        self.errors.clear()
        f.deptNameEdit.setText(d.name)
        f.deptKindCombo.setCurrentText(d.kind)
        self._fill_parents(d.parent_id)
        f.deptHeadCombo.setCurrentIndex(-1)
        f.deptHeadCombo.setEditText("")
        if d.head_id is not None:
            select_staff(f.deptHeadCombo, d.head_id)
        self._show_mode()

    def _parent_choice(self) -> int | None:
        data = self.form.deptParentCombo.currentData()
        return None if data is None or data == TOP_LEVEL else int(data)

    def _fill_parents(self, chosen: int | None) -> None:
        """Every unit the one in the form may sit under: not itself nor one of its own."""
        combo = self.form.deptParentCombo
        below = self.subtree(self._editing) if self._editing is not None else set()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(translate("DepartmentEditor", "(최상위 — 상위 부서 없음)"), TOP_LEVEL)
            for d in self._departments.values():
                if d.id not in below:
                    combo.addItem(d.path, d.id)
            index = combo.findData(chosen if chosen is not None else TOP_LEVEL)
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)

    def _show_mode(self) -> None:
        f = self.form
        if self._editing is None:
            f.deptBox.setTitle(translate("DepartmentEditor", "새 부서"))
            f.deptSaveButton.setText(translate("DepartmentEditor", "부서 추가 (Enter)"))
        else:
            d = self._departments.get(self._editing)
            f.deptBox.setTitle(translate("DepartmentEditor", "부서: {name}").format(name=d.name) if d else translate("DepartmentEditor", "부서"))
            f.deptSaveButton.setText(translate("DepartmentEditor", "부서 저장 (Enter)"))

    def __repr__(self) -> str:
        return f"DepartmentEditor(editing={self._editing!r}, units={len(self._departments)})"
