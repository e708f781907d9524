"""The staff form of the administration page: one person's details, photo and default
deputy. A failed save leaves every field as typed, with the reason next to the field."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.services.dto import Actor, DepartmentView, DirectoryEntry, StaffEdit, StaffSummary
from minwon_desk.ui.common.asking import ChooseFile
from minwon_desk.ui.common.avatar import staff_picture
from minwon_desk.ui.common.directory_cache import entry_of
from minwon_desk.ui.common.field_errors import FieldErrors
from minwon_desk.ui.common.staff_picker import chosen_staff_id, refill_staff_combo, select_staff
from minwon_desk.ui.forms.ui_staff_admin_page import Ui_StaffAdminPage
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.directory.service import DirectorySnapshot

PHOTO_W, PHOTO_H = 120, 160

# ValidationError.field → the form field it is about.
FIELD_ALIASES = {
    "default_deputy_id": "default_deputy",
    "deputy": "default_deputy",
    "department_id": "department",
}


class StaffForm(QObject):
    saved = Signal(int)  # staff id

    def __init__(
        self,
        form: Ui_StaffAdminPage,
        backend: Backend,
        actor: Callable[[], Actor | None],
        choose_photo: ChooseFile,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self._page = parent
        self._actor = actor
        self._choose_photo = choose_photo
        self._backend = backend
        self._snapshot: DirectorySnapshot | None = None
        self._id: int | None = None  # None: a new person not saved yet
        self._stored_active = True
        self._has_photo = False
        f = form
        self.errors = FieldErrors(
            {
                "employee_no": (f.employeeNoEdit, f.employeeNoError),
                "name": (f.nameEdit, f.nameError),
                "position": (f.positionEdit, f.positionError),
                "department": (f.departmentCombo, f.departmentError),
                "extension": (f.extensionEdit, f.extensionError),
                "email": (f.emailEdit, f.emailError),
                "duties": (f.dutiesEdit, f.dutiesError),
                "default_deputy": (f.deputyCombo, f.deputyError),
                "active": (f.activeCheck, f.activeError),
                "photo": (f.photoChooseButton, f.photoError),
            },
            f.staffMessage,
        )
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), f.staffBox, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            enter.activated.connect(self.save)
        f.saveButton.clicked.connect(self.save)
        f.photoChooseButton.clicked.connect(self.choose_photo)
        f.photoClearButton.clicked.connect(self.clear_photo)
        f.nameEdit.textChanged.connect(self._on_name_typed)
        self.new(None)

    @property
    def staff_id(self) -> int | None:
        return self._id

    def error_for(self, field: str) -> str:
        return self.errors.text(field)

    # --- filling the form -----------------------------------------------------------------

    def set_choices(
        self, departments: list[DepartmentView], staff: list[StaffSummary],
        snapshot: DirectorySnapshot | None,
    ) -> None:
        """Refill the department and deputy lists, keeping what is chosen or typed."""
        f = self.form
        self._snapshot = snapshot
        combo = f.departmentCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            for d in departments:
                combo.addItem(d.path, d.id)
            combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else -1)
        finally:
            combo.blockSignals(False)
        refill_staff_combo(f.deputyCombo, staff, snapshot.search_ids if snapshot is not None else None)

    def new(self, department_id: int | None) -> None:
        """An empty form for a new person, in ``department_id`` when given."""
        f = self.form
        self._id = None
        self._stored_active = True
        self._has_photo = False
        self.errors.clear()
        for edit in (f.employeeNoEdit, f.nameEdit, f.positionEdit, f.extensionEdit, f.emailEdit, f.dutiesEdit):
            edit.clear()
        f.departmentCombo.setCurrentIndex(
            f.departmentCombo.findData(department_id) if department_id is not None else -1
        )
        f.deputyCombo.setCurrentIndex(-1)
        f.deputyCombo.setEditText("")
        f.activeCheck.setChecked(True)
        f.staffBox.setTitle(translate("StaffForm", "새 직원"))
        self._show_photo()

    def load(self, staff_id: int) -> bool:
        """Put the stored person into the form."""
        try:
            stored = self._backend.roster.edit_form(staff_id)
        except MinwonError as exc:
            self.errors.message(exc.message, error=True)
            return False
        f = self.form
        self._id = staff_id
        self.errors.clear()
        f.employeeNoEdit.setText(stored.employee_no)
        f.nameEdit.setText(stored.name)
        f.positionEdit.setText(stored.position)
        f.departmentCombo.setCurrentIndex(f.departmentCombo.findData(stored.department_id))
        f.extensionEdit.setText(stored.extension)
        f.emailEdit.setText(stored.email)
        f.dutiesEdit.setText(stored.duties)
        f.deputyCombo.setCurrentIndex(-1)
        f.deputyCombo.setEditText("")
        if stored.default_deputy_id is not None and not select_staff(f.deputyCombo, stored.default_deputy_id):
            f.deputyCombo.setEditText(self._name_of(stored.default_deputy_id))
        entry = self._entry(staff_id)
        self._stored_active = entry.active if entry is not None else True
        self._has_photo = entry.has_photo if entry is not None else False
        f.activeCheck.setChecked(self._stored_active)
        f.staffBox.setTitle(translate("StaffForm", "직원 정보: {name}").format(name=stored.name))
        self._show_photo()
        return True

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> int | None:
        """Save the form; returns the person's id, or None with the reason shown."""
        f = self.form
        self.errors.clear()
        actor = self._ready()
        if actor is None:
            return None
        deputy_id, problem = chosen_staff_id(f.deputyCombo)
        if problem is not None:
            self.errors.field("default_deputy", problem)
            return None
        department_id = f.departmentCombo.currentData()
        if department_id is None:
            self.errors.field("department", translate("StaffForm", "부서를 골라 주세요."))
            return None
        edit = StaffEdit(
            employee_no=f.employeeNoEdit.text(), name=f.nameEdit.text(), position=f.positionEdit.text(),
            department_id=int(department_id), extension=f.extensionEdit.text(), email=f.emailEdit.text(),
            duties=f.dutiesEdit.text(), default_deputy_id=deputy_id, id=self._id,
        )
        roster = self._backend.roster
        try:
            staff_id = roster.save_staff(actor, edit)
        except MinwonError as exc:
            self.errors.error(exc, FIELD_ALIASES)
            return None
        self._id = staff_id  # saved: a retry of what follows must not add the person twice
        wanted = f.activeCheck.isChecked()
        if wanted != self._stored_active:
            try:
                roster.set_active(actor, staff_id, wanted)
            except MinwonError as exc:
                self.errors.field("active", exc.message)
                self.errors.message(translate("StaffForm", "재직 여부 말고는 저장했습니다."), error=True)
                return None
        self.load(staff_id)
        self.errors.message(translate("StaffForm", "{name} 님의 정보를 저장했습니다.").format(name=f.nameEdit.text()), error=False)
        self.saved.emit(staff_id)
        return staff_id

    # --- the photo ------------------------------------------------------------------------

    def choose_photo(self) -> bool:
        """사진 선택…: read an image file and store it (resized by the service)."""
        self.errors.clear()
        actor = self._ready()
        if actor is None:
            return False
        if self._id is None:
            self.errors.field("photo", translate("StaffForm", "새 직원은 먼저 저장한 뒤 사진을 넣을 수 있습니다."))
            return False
        path = self._choose_photo(self._page)
        if path is None:
            return False
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.errors.field(
                "photo", translate("StaffForm", "'{name}' 파일을 읽을 수 없습니다 ({why}). 다른 파일을 골라 주세요.").format(
                    name=path.name, why=exc.strerror or exc.__class__.__name__
                ),
            )
            return False
        try:
            self._backend.roster.set_photo(actor, self._id, data)
        except MinwonError as exc:
            self.errors.error(exc, {"file": "photo", "image": "photo"})
            return False
        self._has_photo = True
        self._show_photo()
        self.errors.message(translate("StaffForm", "사진을 넣었습니다."), error=False)
        return True

    def clear_photo(self) -> bool:
        self.errors.clear()
        actor = self._ready()
        if actor is None or self._id is None:
            return False
        try:
            self._backend.roster.clear_photo(actor, self._id)
        except MinwonError as exc:
            self.errors.error(exc)
            return False
        self._has_photo = False
        self._show_photo()
        self.errors.message(translate("StaffForm", "사진을 지웠습니다. 이름 카드가 대신 보입니다."), error=False)
        return True

    def photo_shown(self) -> QPixmap:
        return self.form.photoLabel.pixmap()

    # --- internals ------------------------------------------------------------------------

    def _ready(self) -> Actor | None:
        actor = self._actor()
        if actor is None:
            self.errors.message(translate("StaffForm", "로그인한 뒤에 할 수 있습니다."), error=True)
        return actor

    def _entry(self, staff_id: int) -> DirectoryEntry | None:
        return entry_of(self._snapshot, staff_id)

    def _name_of(self, staff_id: int) -> str:
        entry = self._entry(staff_id)
        return entry.name if entry is not None else ""

    def _on_name_typed(self, _text: str) -> None:
        if not self._has_photo:
            self._show_photo()

    def _show_photo(self) -> None:
        f = self.form
        read = None
        if self._has_photo and self._id is not None:
            read = partial(self._backend.directory.photo, self._id)
        name = f.nameEdit.text().strip() or "?"
        f.photoLabel.setPixmap(staff_picture(read, name, PHOTO_W, PHOTO_H))
        saved = self._id is not None
        f.photoChooseButton.setEnabled(saved)
        f.photoClearButton.setEnabled(saved and self._has_photo)
        tip = "" if saved else translate("StaffForm", "새 직원은 먼저 저장한 뒤 사진을 넣을 수 있습니다.")
        f.photoChooseButton.setToolTip(tip or translate("StaffForm", "PNG·JPEG 사진을 골라 넣습니다. 세로 3:4로 맞춰 저장합니다."))

    def __repr__(self) -> str:
        return f"StaffForm(id={self._id!r}, name={self.form.nameEdit.text()!r})"
