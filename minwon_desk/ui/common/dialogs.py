"""The frame of the small dialogs the case officer and the supervisor share: what it acts on
at the top, the facts, the fields with their errors beside them, and the save that keeps
what was typed when the service refuses it; one such dialog at a time; and the builders of
their fields."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.errors import LockedError, MinwonError
from minwon_desk.services.dto import Actor
from minwon_desk.ui import background
from minwon_desk.ui.common.dialog_keys import KeepTyped, commit_keys
from minwon_desk.ui.common.field_errors import FieldErrors
from minwon_desk.ui.common.lock_retry import lock_kept_text, lock_waiting_text
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

NO_OPERATOR = QT_TRANSLATE_NOOP("FieldsDialog", "로그인한 뒤에 할 수 있습니다. 적은 내용은 그대로 있습니다.")



def text_box(name: str, placeholder: str, height: int = 96) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


def line_edit(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def wrapped_label(text: str = "", *, name: str = "", role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setAccessibleName(name)
    if role:
        set_role(label, role)
    return label


class OneDialog(QObject):
    """One dialog at a time: the one open now is raised when another is asked for (what is
    typed there stays), and forgotten and deleted when it closes."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.dialog: QDialog | None = None  # the dialog open now

    def raised(self) -> bool:
        """True when a dialog is already open (it has been brought to the front)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return True
        return False

    def show(self, dialog: QDialog) -> None:
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        # A dialog opened at once after this one closed (the next case typed in a row) can
        # lose the keyboard when this one's window is destroyed a moment later: give it back.
        dialog.destroyed.connect(self._keep_keyboard)
        dialog.deleteLater()

    def _keep_keyboard(self) -> None:
        if self.dialog is not None and self.dialog.isVisible() and not self.dialog.isActiveWindow():
            self.dialog.activateWindow()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(open={type(self.dialog).__name__ if self.dialog else None})"


class FieldsDialog(QDialog):
    """What it acts on, the facts, the fields with their errors beside them, 확인/닫기; the
    save calls the service and keeps everything typed when it refuses. The case dialogs and
    the supervisor's dialogs are both this frame."""

    finished_with = Signal(object)  # what the service returned
    writing = Signal(bool)  # True just before the write, False after

    title = ""
    ok_text = QT_TRANSLATE_NOOP("FieldsDialog", "저장")
    tr_context = "CaseDialogs"  # where this dialog's words are translated
    header_name = ""  # what the line at the top names, for screen readers
    facts_name = QT_TRANSLATE_NOOP("FieldsDialog", "안내")
    min_width = 520
    selectable_labels = False  # every label's text selectable by mouse, not only the facts
    field_aliases: ClassVar[Mapping[str, str]] = {}  # the service's field name -> ours

    def __init__(self, backend: Backend, actor: Callable[[], Actor | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._actor = actor
        self._busy = False
        self.setWindowTitle(self.window_title())
        self.setAccessibleName(self.tr_(self.title))
        self.setMinimumWidth(self.min_width)
        root = QVBoxLayout(self)
        self.header = self.label(name=self.tr_(self.header_name), role="summary")
        self.facts = self.label(name=self.tr_(self.facts_name))
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.header)
        root.addWidget(self.facts)
        self.fields = QFormLayout()
        root.addLayout(self.fields)
        self._errors: dict[str, tuple[QWidget, QLabel]] = {}
        self._multiline: list[QWidget] = []
        self.message_label = self.label(name=translate("FieldsDialog", "결과"))
        self.keys = self.label(role="hint")
        self.ok = QPushButton(self.tr_(self.ok_text))
        self.ok.setDefault(True)
        self.cancel = QPushButton(translate("FieldsDialog", "닫기"))
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        buttons.addWidget(self.cancel)
        self.build()
        root.addWidget(self.message_label)
        root.addWidget(self.keys)
        root.addLayout(buttons)
        self.keys.setText(translate("FieldsDialog", "Enter 확인 · 글 상자 안에서는 Ctrl+Enter · Esc 닫기") if self._multiline
                          else translate("FieldsDialog", "Enter 확인 · Esc 닫기"))
        self.errors = FieldErrors(self._errors, self.message_label)
        self.header.setText(self.header_text())
        self.facts.setText("\n".join(line for line in self.fact_lines() if line))
        if not self.facts.text():
            self.facts.hide()
        commit_keys(self, self.submit, self.ok, self._multiline)
        typed = [w for w, _e in self._errors.values() if isinstance(w, QLineEdit | QPlainTextEdit)]
        self._keep = KeepTyped(self, typed, lambda text: self.errors.message(text, error=True))
        if self.focusWidget() is None and self._errors:
            next(iter(self._errors.values()))[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what each dialog fills in ---------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def window_title(self) -> str:
        return self.tr_(self.title)

    def header_text(self) -> str:
        return ""

    def fact_lines(self) -> list[str]:
        return []

    def write(self, actor: Actor) -> object:
        raise NotImplementedError

    def refusal(self, exc: MinwonError) -> bool:
        """A refusal the dialog handles itself (True), instead of showing it in the form."""
        return False

    # --- shared -----------------------------------------------------------------------------

    def tr_(self, text: str) -> str:
        """``text`` in this dialog's context, else in the frame's own (its defaults)."""
        found = QCoreApplication.translate(self.tr_context, text)
        return found if found != text else QCoreApplication.translate("FieldsDialog", text)

    def label(self, text: str = "", *, name: str = "", role: str = "") -> QLabel:
        label = wrapped_label(text, name=name, role=role)
        if self.selectable_labels:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def add_field(self, key: str, label: str, widget: QWidget, hint: str = "") -> None:
        """A labelled field with its error line (and a hint under it)."""
        error = self.label(name=translate("FieldsDialog", "{label} 오류").format(label=label.split("(&")[0]))
        column = QVBoxLayout()
        column.addWidget(widget)
        if hint:
            column.addWidget(self.label(hint, role="hint"))
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.fields.addRow(caption, column)
        self._errors[key] = (widget, error)
        if isinstance(widget, QPlainTextEdit):
            self._multiline.append(widget)

    def submit(self) -> object:
        """Call the service; close on success, else show why and keep everything typed."""
        return self._submit(0)

    def _submit(self, attempt: int) -> object:
        if self._busy:
            return None  # a second Enter while the first is being written
        self.errors.clear()
        actor = self._actor()
        if actor is None:
            self.errors.message(self.tr_(NO_OPERATOR), error=True)
            return None
        self._busy = True
        self.ok.setEnabled(False)
        self.writing.emit(True)
        waiting = False
        try:
            # Each try waits only a moment for another desk's lock, so the dialog never
            # freezes: it says so and tries again a little later, keeping what was typed.
            with self._backend.hurried():
                result = self.write(actor)
        except LockedError as exc:
            # The same waits as the counter's forms, which try again in the background.
            waiting = attempt < len(background.LOCK_RETRY_WAITS_S)
            if waiting:
                self._wait_for_lock(attempt)
            elif not self.refusal(exc):
                self.errors.error(exc, self.field_aliases)
            return None
        except MinwonError as exc:
            if not self.refusal(exc):
                self.errors.error(exc, self.field_aliases)
            return None
        finally:
            self._busy = waiting  # Enter does nothing while a try is due
            self.ok.setEnabled(not waiting)
            self.writing.emit(False)
        self.finished_with.emit(result)
        self.accept()
        return result

    def _wait_for_lock(self, attempt: int) -> None:
        waits = background.LOCK_RETRY_WAITS_S
        tries = len(waits) + 1
        self.errors.message(
            f"{lock_waiting_text()} ({attempt + 1}/{tries}). {lock_kept_text()}", error=False)

        def again() -> None:
            self._busy = False
            if self.isVisible():  # closed meanwhile: what was typed was let go on purpose
                self._submit(attempt + 1)
            else:
                self.ok.setEnabled(True)

        QTimer.singleShot(int(waits[attempt] * 1000), self, again)

    def reject(self) -> None:
        if self._keep.may_close():  # a second Esc throws away what was typed
            super().reject()

    def error_for(self, field: str) -> str:
        return self.errors.text(field)

    def message(self) -> str:
        return self.errors.message_text()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.header.text()!r})"
