"""The keys of a form: Enter commits (Ctrl+Enter inside a text box, where Enter starts a new
line), and Esc on something typed only warns before it throws the text away."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from minwon_desk.ui.i18n import translate

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class MultilineKeys(QObject):
    """Enter inside a multi-line field starts a new line instead of saving (Ctrl+Enter saves).
    Installed as an event filter on each such field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if plain and event.key() in _ENTER_KEYS:
                event.accept()  # the edit takes the key; the form's Enter shortcut stays quiet
                return True
        return super().eventFilter(watched, event)


def commit_keys(
    dialog: QDialog, submit: Callable[[], object], default: QAbstractButton,
    multiline: Iterable[QWidget] = (),
) -> None:
    """Enter (and Ctrl+Enter anywhere) commits; on another button Enter presses that button.
    Esc is the dialog's own: it closes without saving."""

    def enter() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            # Enter on the staff list only picks the person (the list's own handling);
            # the next Enter commits, once the dialog has said whether they are in.
            _pick_from(dialog, popup)
            return
        focus = QApplication.focusWidget()
        if isinstance(focus, QPushButton) and focus is not default and dialog.isAncestorOf(focus):
            focus.click()  # Enter on 닫기 closes, as on any button
            return
        submit()

    context = Qt.ShortcutContext.WidgetWithChildrenShortcut
    for keys in ("Return", "Enter", "Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, context=context).activated.connect(enter)
    keys_filter = MultilineKeys(dialog)
    for widget in multiline:
        widget.installEventFilter(keys_filter)
    default.clicked.connect(submit)


def _pick_from(dialog: QDialog, popup: QWidget) -> None:
    """Put the highlighted person of a staff list into its combo and close the list."""
    for combo in dialog.findChildren(QComboBox):
        completer = combo.completer()
        view = completer.popup() if completer is not None else None
        if view is None or view is not popup:
            continue
        index = view.currentIndex()
        if index.isValid():
            combo.setEditText(str(index.data()))
    popup.hide()


class KeepTyped(QObject):
    """Esc (or 닫기) on a dialog where something was typed only warns; a second Esc throws it
    away. An Esc meant for the staff list must not lose a petition typed at the counter."""

    def __init__(self, dialog: QDialog, edits: Iterable[QLineEdit | QPlainTextEdit],
                 say: Callable[[str], None]) -> None:
        super().__init__(dialog)
        self._edits = list(edits)
        self._say = say
        self._initial = self._texts()  # what was prefilled is not "typed"
        self._warned = False
        for edit in self._edits:
            edit.textChanged.connect(self._disarm)

    def _texts(self) -> list[str]:
        return [e.text() if isinstance(e, QLineEdit) else e.toPlainText() for e in self._edits]

    def _disarm(self, *_args: object) -> None:
        self._warned = False

    def may_close(self) -> bool:
        if self._warned or self._texts() == self._initial:
            return True
        self._warned = True
        self._say(translate("CaseForm", "적은 내용이 있습니다. 버리고 닫으려면 Esc를 한 번 더 누르세요."))
        return False
