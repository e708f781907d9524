"""The rating strip steps aside for the next visitor: a letter typed while it has the focus
goes to the check-in form's name field at once, and the strip closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

# The strip's own keys: its scores, and Esc to close it.
STRIP_KEYS = frozenset("12345")
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def _is_typing(event: QKeyEvent) -> bool:
    text = event.text()
    return (bool(text) and text.isprintable() and not text.isspace() and text not in STRIP_KEYS
            and not event.modifiers() & _MODIFIERS)


class StepAside(QObject):
    """Watches ``strip`` (and the widgets inside it): typing there means the operator has
    moved on to the next visitor."""

    def __init__(self, strip: QWidget, name_field: QLineEdit, close: Callable[[], None]) -> None:
        super().__init__(strip)
        self._strip = strip
        self._name = name_field
        self._close = close
        # A Korean input method commits syllables only to a widget that takes them.
        strip.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        for widget in (strip, *strip.findChildren(QWidget)):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and _is_typing(event):
            self._hand_over()
            QApplication.sendEvent(self._name, QKeyEvent(
                event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat(), event.count()))
            return True
        if kind == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
            self._hand_over()
            QApplication.sendEvent(self._name, QInputMethodEvent(event))
            return True
        return super().eventFilter(watched, event)

    def _hand_over(self) -> None:
        self._close()
        self._name.setFocus(Qt.FocusReason.OtherFocusReason)
