"""The frame of the supervisor's small dialogs: what it acts on, the facts, the fields
with their errors beside them, and a save that keeps what was typed when the service
refuses; and one such dialog at a time on a tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
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

from minwon_desk.domain.errors import MinwonError, NotFoundError, StateError
from minwon_desk.services.dto import Actor
from minwon_desk.ui.case_form import NO_OPERATOR
from minwon_desk.ui.case_widgets import KeepTyped, commit_keys
from minwon_desk.ui.staff_admin_widgets import FieldErrors
from minwon_desk.ui.style import set_role

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

ActorProvider = Callable[[], Actor | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompensationDialogs", text)


def wrapped_label(text: str = "", *, name: str = "", role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setAccessibleName(name)
    if role:
        set_role(label, role)
    return label


def text_box(name: str, placeholder: str, height: int = 90) -> QPlainTextEdit:
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


class FormDialog(QDialog):
    """What it acts on, the facts, the fields with their errors, 확인/닫기."""

    finished_with = Signal(object)  # what the service returned
    refused = Signal(str)  # the service said no for a reason the form cannot fix
    writing = Signal(bool)  # True just before the write, False after

    title = ""
    ok_text = "저장"

    def __init__(self, backend: Backend, actor: ActorProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._actor = actor
        self._busy = False
        self.setWindowTitle(_tr(self.title))
        self.setAccessibleName(_tr(self.title))
        self.setMinimumWidth(520)
        root = QVBoxLayout(self)
        self.header = wrapped_label(name=_tr("대상"), role="summary")
        self.facts = wrapped_label(name=_tr("안내"))
        root.addWidget(self.header)
        root.addWidget(self.facts)
        self.fields = QFormLayout()
        root.addLayout(self.fields)
        self._errors: dict[str, tuple[QWidget, QLabel]] = {}
        self._multiline: list[QWidget] = []
        self.message_label = wrapped_label(name=_tr("결과"))
        self.keys = wrapped_label(role="hint")
        self.ok = QPushButton(_tr(self.ok_text))
        self.ok.setDefault(True)
        self.cancel = QPushButton(_tr("닫기"))
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
        self.keys.setText(_tr("Enter 확인 · 글 상자 안에서는 Ctrl+Enter · Esc 닫기") if self._multiline
                          else _tr("Enter 확인 · Esc 닫기"))
        self.errors = FieldErrors(self._errors, self.message_label)
        self.header.setText(self.header_text())
        self.facts.setText("\n".join(line for line in self.fact_lines() if line))
        self.facts.setVisible(bool(self.facts.text()))
        commit_keys(self, self.submit, self.ok, self._multiline)
        typed = [w for w, _e in self._errors.values() if isinstance(w, QLineEdit | QPlainTextEdit)]
        self._keep = KeepTyped(self, typed, lambda text: self.errors.message(text, error=True))
        if self.focusWidget() is None and self._errors:
            next(iter(self._errors.values()))[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what each dialog fills in ---------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def header_text(self) -> str:
        return ""

    def fact_lines(self) -> list[str]:
        return []

    def write(self, actor: Actor) -> object:
        raise NotImplementedError

    def refusal(self, exc: MinwonError) -> bool:
        """A refusal the dialog handles itself (True), instead of showing it in the form."""
        if isinstance(exc, StateError | NotFoundError):
            # Decided, voided or changed elsewhere meanwhile: nothing typed here can help.
            self.refused.emit(exc.message)
            QDialog.reject(self)
            return True
        return False

    # --- shared -----------------------------------------------------------------------------

    def add_field(self, key: str, label: str, widget: QWidget, hint: str = "") -> None:
        error = wrapped_label(name=_tr("{label} 오류").format(label=label.split("(&")[0]))
        column = QVBoxLayout()
        column.addWidget(widget)
        if hint:
            column.addWidget(wrapped_label(hint, role="hint"))
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.fields.addRow(caption, column)
        self._errors[key] = (widget, error)
        if isinstance(widget, QPlainTextEdit):
            self._multiline.append(widget)

    def submit(self) -> object:
        """Call the service; close on success, else show why and keep everything typed."""
        if self._busy:
            return None  # a second Enter while the first is being written
        self.errors.clear()
        actor = self._actor()
        if actor is None:
            self.errors.message(_tr(NO_OPERATOR), error=True)
            return None
        self._busy = True
        self.ok.setEnabled(False)
        self.writing.emit(True)
        try:
            result = self.write(actor)
        except MinwonError as exc:
            if not self.refusal(exc):
                self.errors.error(exc)
            return None
        finally:
            self._busy = False
            self.ok.setEnabled(True)
            self.writing.emit(False)
        self.finished_with.emit(result)
        self.accept()
        return result

    def reject(self) -> None:
        if self._keep.may_close():  # a second Esc throws away what was typed
            super().reject()

    def error_for(self, field: str) -> str:
        return self.errors.text(field)

    def message(self) -> str:
        return self.errors.message_text()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.header.text()!r})"


class DialogSlot(QObject):
    """One dialog at a time on a tab: a second request raises the one already open (what
    is typed there stays). A refusal it cannot fix is said in the status line, and the
    list is read again."""

    def __init__(self, page: QWidget, actor: ActorProvider, say: Callable[[str, bool], None]) -> None:
        super().__init__(page)
        self._actor, self._say = actor, say
        self.dialog: FormDialog | None = None

    def may_open(self) -> bool:
        if self._actor() is None:
            self._say(_tr("이 창구 근무자를 먼저 고르세요 (화면 오른쪽 위 '이 창구 근무자')."), True)
            return False
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return False
        return True

    def open(self, dialog: FormDialog, reload: Callable[[], None]) -> None:
        self._say("", False)

        def refused(message: str) -> None:
            self._say(message, True)
            reload()

        dialog.refused.connect(refused)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def __repr__(self) -> str:
        return f"DialogSlot(open={type(self.dialog).__name__ if self.dialog else None})"
