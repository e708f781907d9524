"""Errors next to the fields of a form, and one line under it for the rest."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from minwon_desk.domain.errors import MinwonError, ValidationError
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_invalid, set_role, show_message


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
            translate("StaffAdmin", "{problem}\n입력한 내용은 그대로 있습니다. 원인을 해결한 뒤 다시 저장해 주세요.").format(
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
