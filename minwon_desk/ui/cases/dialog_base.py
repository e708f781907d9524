"""The frame every case dialog shares: the case named at the top, the clock facts, the
fields with their errors beside them, and the save that keeps what was typed when the
service refuses it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
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

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.timeutil import describe_remaining, format_ko
from minwon_desk.services.cases.dto import (
    CaseDetail,
    CaseView,
    DocumentRef,
)
from minwon_desk.services.dto import Actor
from minwon_desk.ui.cases.form import NO_OPERATOR
from minwon_desk.ui.cases.widgets import KeepTyped, commit_keys
from minwon_desk.ui.common.field_errors import FieldErrors
from minwon_desk.ui.style import set_role

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

FIELD_ALIASES = {"officer_id": "officer", "text": "answer", "key": "stage"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseDialogs", text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


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


def _label(text: str = "", *, name: str = "", role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setAccessibleName(name)
    if role:
        set_role(label, role)
    return label


def _date_edit(name: str, day: date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setLocale(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))  # (금), not (Fri)
    edit.setDisplayFormat("yyyy-MM-dd (ddd)")
    return edit


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
        dialog.deleteLater()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(open={type(self.dialog).__name__ if self.dialog else None})"


class FieldsDialog(QDialog):
    """What it acts on, the facts, the fields with their errors beside them, 확인/닫기; the
    save calls the service and keeps everything typed when it refuses. The case dialogs and
    the supervisor's dialogs are both this frame."""

    finished_with = Signal(object)  # what the service returned
    writing = Signal(bool)  # True just before the write, False after

    title = ""
    ok_text = "저장"
    tr_context = "CaseDialogs"  # where this dialog's words are translated
    header_name = ""  # what the line at the top names, for screen readers
    facts_name = "안내"
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
        self.message_label = self.label(name=self.tr_("결과"))
        self.keys = self.label(role="hint")
        self.ok = QPushButton(self.tr_(self.ok_text))
        self.ok.setDefault(True)
        self.cancel = QPushButton(self.tr_("닫기"))
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
        self.keys.setText(self.tr_("Enter 확인 · 글 상자 안에서는 Ctrl+Enter · Esc 닫기") if self._multiline
                          else self.tr_("Enter 확인 · Esc 닫기"))
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
        return QCoreApplication.translate(self.tr_context, text)

    def label(self, text: str = "", *, name: str = "", role: str = "") -> QLabel:
        label = _label(text, name=name, role=role)
        if self.selectable_labels:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def add_field(self, key: str, label: str, widget: QWidget, hint: str = "") -> None:
        """A labelled field with its error line (and a hint under it)."""
        error = self.label(name=self.tr_("{label} 오류").format(label=label.split("(&")[0]))
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
        try:
            result = self.write(actor)
        except MinwonError as exc:
            if not self.refusal(exc):
                self.errors.error(exc, self.field_aliases)
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


class CaseDialog(FieldsDialog):
    """One action on one case: the case at the top, its clock facts, the fields."""

    header_name = "민원"
    facts_name = "기한 안내"
    min_width = 560
    field_aliases = FIELD_ALIASES

    def __init__(
        self, backend: Backend, actor: Callable[[], Actor | None], detail: CaseDetail,
        parent: QWidget | None = None,
    ) -> None:
        self.detail = detail
        self.case = detail.view
        super().__init__(backend, actor, parent)

    def window_title(self) -> str:
        return f"{_tr(self.title)} — {self.case.number}"

    def header_text(self) -> str:
        return f"{self.case.number} · {self.case.subject}"

    def fact_lines(self) -> list[str]:
        return [self._due_line()]

    def write(self, actor: Actor) -> CaseView | DocumentRef:
        raise NotImplementedError

    def facts_text(self) -> str:
        return self.facts.text()

    def _due_line(self) -> str:
        case, now = self.case, self._backend.clock()
        if case.state == "paused" and case.paused_at is not None:
            return _tr("처리기한 {due} — {since}부터 보완을 기다리는 중이라 멈춰 있습니다.").format(
                due=format_ko(case.due_at), since=format_ko(case.paused_at))
        officer = case.officer or _tr("담당자 없음")
        return _tr("담당 {officer} · 처리기한 {due} ({left}, {status})").format(
            officer=officer, due=format_ko(case.due_at),
            left=describe_remaining(case.due_at - now), status=case.status(now).label_ko)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(case={self.case.number!r})"
