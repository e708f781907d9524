"""Pieces the administrator's screens share: errors next to fields, page-level keys, and
the questions they ask (a file, a confirmation) in a form tests can replace."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QWidget

from minwon_desk.domain.errors import MinwonError, ValidationError
from minwon_desk.services.dto import DirectoryEntry, StaffSummary
from minwon_desk.ui.common.staff_picker import StaffSearch, setup_staff_combo
from minwon_desk.ui.style import set_invalid, set_role, show_message

# (parent, title, question) → True to go ahead
Confirm = Callable[[QWidget, str, str], bool]
# (parent) → the chosen file, or None when the operator cancelled
ChooseFile = Callable[[QWidget], Path | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("StaffAdmin", text)


def ask_confirmation(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(
        parent, title, question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,  # Enter must not cancel someone's trip by accident
    )
    return answer == QMessageBox.StandardButton.Yes


def file_chooser(caption: str, filter_text: str) -> ChooseFile:
    """A chooser that opens the platform's file dialog."""

    def choose(parent: QWidget) -> Path | None:
        name, _selected = QFileDialog.getOpenFileName(parent, caption, "", filter_text)
        return Path(name) if name else None

    return choose


def staff_summaries(entries: Iterable[DirectoryEntry]) -> list[StaffSummary]:
    """The pickers' list from a directory snapshot (already in organisation-chart order),
    so a refresh reads the staff table once, not once more for the pickers."""
    return [
        StaffSummary(
            id=e.id, employee_no=e.employee_no, name=e.name, position=e.position,
            department=e.department, extension=e.extension,
        )
        for e in entries
    ]


def refill_staff_combo(
    combo: QComboBox, staff: list[StaffSummary], search: StaffSearch | None
) -> None:
    """Fill a staff picker again (the roster changed), keeping what is typed in it."""
    line = combo.lineEdit()
    typed = combo.currentText()
    had_focus = line is not None and line.hasFocus()
    cursor = line.cursorPosition() if line is not None else len(typed)
    setup_staff_combo(combo, staff, search)
    combo.setEditText(typed)
    if line is not None:
        line.setCursorPosition(min(cursor, len(typed)))
        if had_focus:
            line.setFocus(Qt.FocusReason.OtherFocusReason)


class FieldErrors:
    """Messages next to the fields of one form, and one line under it for the rest.

    Nothing here clears a field: a failed save leaves every value where it was."""

    def __init__(self, fields: Mapping[str, tuple[QWidget, QLabel]], message: QLabel) -> None:
        self._fields = dict(fields)
        self._message = message
        for _widget, label in self._fields.values():
            set_role(label, "error")
            label.hide()
        message.hide()

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            set_invalid(widget, False)
            widget.setAccessibleDescription("")
        show_message(self._message, "", "message-ok")

    def field(self, field: str, text: str) -> None:
        """Show ``text`` next to ``field`` and put the cursor there."""
        widget, label = self._fields[field]
        label.setText(text)
        label.show()
        set_invalid(widget, True)
        widget.setAccessibleDescription(text)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        elif isinstance(widget, QComboBox) and (line := widget.lineEdit()) is not None:
            line.selectAll()

    def error(self, exc: MinwonError, aliases: Mapping[str, str] | None = None) -> None:
        """A service refused: next to its field when it names one of ours, else below."""
        if isinstance(exc, ValidationError):
            field = (aliases or {}).get(exc.field, exc.field)
            if field in self._fields:
                self.field(field, exc.message)
                return
            self.message(exc.message, error=True)
            return
        self.message(
            _tr("{problem}\n입력한 내용은 그대로 있습니다. 원인을 해결한 뒤 다시 저장해 주세요.").format(
                problem=exc.message
            ),
            error=True,
        )

    def message(self, text: str, *, error: bool) -> None:
        show_message(self._message, text, "message-error" if error else "message-ok")

    def text(self, field: str) -> str:
        """What is shown next to ``field`` ("" when nothing is)."""
        label = self._fields[field][1]
        return label.text() if not label.isHidden() else ""

    def message_text(self) -> str:
        return self._message.text() if not self._message.isHidden() else ""


class PageShortcuts(QObject):
    """Keys of a page that win over the window's own while the focus is inside the page.

    The window keeps some shortcuts for the whole window (Ctrl+N opens the visitor form);
    two enabled actions on one key would make Qt refuse both. Accepting the key's
    *shortcut override* here sends it to the page instead, and the page triggers its
    action. Keys that a child widget uses itself (editing keys) are left to it."""

    def __init__(self, page: QWidget, actions: Iterable[QAction]) -> None:
        super().__init__(page)
        self._actions = list(actions)
        page.installEventFilter(self)

    def _action_for(self, event: QKeyEvent) -> QAction | None:
        pressed = QKeySequence(event.keyCombination())
        for action in self._actions:
            if action.isEnabled() and not action.shortcut().isEmpty() and action.shortcut() == pressed:
                return action
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            action = self._action_for(event)
            if action is not None:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    action.trigger()
                return True
        return super().eventFilter(watched, event)
