"""The check-in form: validation messages next to fields, and nothing typed lost on failure.

The form is cleared only after the service has saved the visit; any error leaves every
field as it was so the operator can fix one thing and press Enter again. The form is usable
before the database is open: Enter then says so and keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from minwon_desk.domain.errors import MinwonError, ValidationError
from minwon_desk.services.dto import Actor, CheckInRequest, StaffSummary, VisitView
from minwon_desk.ui.directory_cache import DirectoryCache
from minwon_desk.ui.forms.ui_visitor_desk import Ui_VisitorDesk
from minwon_desk.ui.staff_picker import chosen_staff_id, select_staff, setup_staff_combo
from minwon_desk.ui.style import set_invalid, set_role, show_message

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

# ValidationError.field → the form field it is about.
FIELD_ALIASES = {
    "visitor_name": "visitor_name",
    "name": "visitor_name",
    "phone": "phone",
    "purpose": "purpose",
    "officer": "officer",
    "officer_id": "officer",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckInForm", text)


class CheckInForm(QObject):
    """Behaviour of the "방문객 접수" box of :class:`Ui_VisitorDesk`."""

    checked_in = Signal(object)  # VisitView

    def __init__(
        self,
        form: Ui_VisitorDesk,
        backend: Backend | None,
        actor: Callable[[], Actor | None],
        staff: list[StaffSummary],
        parent: QObject | None = None,
        cache: DirectoryCache | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self._backend = backend
        self._actor = actor
        self._cache = cache
        self._staff = staff
        self._offered_deputy: int | None = None
        self.unavailable_message = _tr("데이터베이스를 여는 중입니다. 잠시 후 다시 눌러 주세요.")
        self._fields: dict[str, tuple[QWidget, QLabel]] = {
            "visitor_name": (form.nameEdit, form.nameError),
            "phone": (form.phoneEdit, form.phoneError),
            "purpose": (form.purposeEdit, form.purposeError),
            "officer": (form.officerCombo, form.officerError),
        }
        for _widget, label in self._fields.values():
            set_role(label, "error")
            label.hide()
        form.formMessage.hide()
        set_role(form.keysHint, "hint")
        set_role(form.officerStatus, "alert")
        form.officerStatus.hide()
        form.deputyButton.hide()
        self._setup_officers()
        form.officerCombo.currentTextChanged.connect(self._update_officer_status)
        form.deputyButton.clicked.connect(self.use_deputy)
        if cache is not None:
            cache.changed.connect(self._on_directory_changed)

        box = form.checkInBox
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), box, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            enter.activated.connect(self.submit)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), box, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear)
        deputy = QShortcut(QKeySequence(Qt.Key.Key_F3), box, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        deputy.activated.connect(self.use_deputy)
        form.checkInButton.clicked.connect(self.submit)
        form.clearButton.clicked.connect(self.clear)

    def attach(self, backend: Backend, staff: list[StaffSummary]) -> None:
        """The database is open: fill the officer list, keeping whatever was typed there."""
        self._backend = backend
        self._staff = staff
        self._setup_officers()

    def _setup_officers(self) -> None:
        """(Re)fill the officer list, ranked by the directory when it is read; keeps the text."""
        combo = self.form.officerCombo
        typed = combo.currentText()
        snapshot = self._cache.snapshot if self._cache is not None else None
        setup_staff_combo(combo, self._staff, snapshot.search_ids if snapshot is not None else None)
        if typed:
            combo.setEditText(typed)
        self._update_officer_status()

    def _on_directory_changed(self) -> None:
        self._setup_officers()

    # --- the deputy ---------------------------------------------------------------------

    def use_deputy(self) -> bool:
        """F3: the officer asked for is away; check the visitor in for whoever acts now."""
        if self._offered_deputy is None:
            return False
        deputy = self._offered_deputy
        if not select_staff(self.form.officerCombo, deputy):
            return False
        self._update_officer_status()
        self.form.purposeEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def officer_status(self) -> str:
        """What the form says about the chosen officer ("" when present or none chosen)."""
        label = self.form.officerStatus
        return label.text() if not label.isHidden() else ""

    def _update_officer_status(self, *_args: object) -> None:
        label, button = self.form.officerStatus, self.form.deputyButton
        self._offered_deputy = None
        snapshot = self._cache.snapshot if self._cache is not None else None
        officer_id, problem = chosen_staff_id(self.form.officerCombo)
        if snapshot is None or officer_id is None or problem is not None or self._backend is None:
            label.hide()
            button.hide()
            return
        now = self._backend.clock()
        try:
            presence = snapshot.presence(officer_id, now)
        except MinwonError:
            label.hide()
            button.hide()
            return
        if presence.present:
            label.hide()
            button.hide()
            return
        text = snapshot.status_text(presence, now)
        if presence.message:
            text += "\n" + presence.message
        label.setText(text)
        label.show()
        if presence.acting is not None:
            self._offered_deputy = presence.acting.id
            button.setText(_tr("{name}에게 (F3)").format(name=presence.acting.name))
            button.show()
        else:
            button.hide()

    # --- actions ------------------------------------------------------------------------

    def submit(self) -> VisitView | None:
        """Check the visitor in; returns the saved visit, or None with the reason shown."""
        self._clear_errors()
        if self._backend is None:
            self._message(self.unavailable_message, error=True)
            return None
        actor = self._actor()
        if actor is None:
            self._message(_tr("이 창구 근무자를 먼저 고르세요 (화면 오른쪽 위 '이 창구 근무자')."), error=True)
            return None
        officer_id, problem = chosen_staff_id(self.form.officerCombo)
        if problem is not None:
            self._field_error("officer", problem)
            return None
        request = CheckInRequest(
            visitor_name=self.form.nameEdit.text(),
            phone=self.form.phoneEdit.text(),
            purpose=self.form.purposeEdit.text(),
            officer_id=officer_id,
        )
        try:
            visit = self._backend.visits.check_in(actor, request)
        except ValidationError as exc:
            field = FIELD_ALIASES.get(exc.field)
            if field is None:
                self._message(exc.message, error=True)
            else:
                self._field_error(field, exc.message)
            return None
        except MinwonError as exc:
            self._message(
                _tr("{problem}\n입력한 내용은 그대로 있습니다. 원인을 해결한 뒤 Enter를 눌러 다시 접수하세요.").format(
                    problem=exc.message
                ),
                error=True,
            )
            return None
        self._reset_fields()
        self._message(_tr("{name} 님을 접수했습니다.").format(name=visit.visitor_name_masked), error=False)
        self.form.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.checked_in.emit(visit)
        return visit

    def clear(self) -> None:
        """Esc: empty every field and message, back to the name field."""
        self._reset_fields()
        self._message("", error=False)
        self.form.nameEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_name(self) -> None:
        self.form.nameEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.nameEdit.selectAll()

    def error_for(self, field: str) -> str:
        """The message shown next to ``field`` ("visitor_name", "phone", "purpose", "officer")."""
        label = self._fields[field][1]
        return label.text() if not label.isHidden() else ""

    # --- internals ----------------------------------------------------------------------

    def _reset_fields(self) -> None:
        self._clear_errors()
        self.form.nameEdit.clear()
        self.form.phoneEdit.clear()
        self.form.purposeEdit.clear()
        self.form.officerCombo.setCurrentIndex(-1)
        self.form.officerCombo.setEditText("")

    def _clear_errors(self) -> None:
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            set_invalid(widget, False)
            widget.setAccessibleDescription("")
        show_message(self.form.formMessage, "", "message-ok")

    def _field_error(self, field: str, message: str) -> None:
        widget, label = self._fields[field]
        label.setText(message)
        label.show()
        set_invalid(widget, True)
        widget.setAccessibleDescription(message)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        elif isinstance(widget, QComboBox) and (line := widget.lineEdit()) is not None:
            line.selectAll()

    def _message(self, text: str, *, error: bool) -> None:
        show_message(self.form.formMessage, text, "message-error" if error else "message-ok")

    def __repr__(self) -> str:
        return f"CheckInForm(name={self.form.nameEdit.text()!r})"
