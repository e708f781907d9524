"""The frame every case dialog shares: the case named at the top, the clock facts, the
fields with their errors beside them, and the save that keeps what was typed when the
service refuses it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
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
from minwon_desk.services.case_dto import (
    CaseDetail,
    CaseView,
    DocumentRef,
)
from minwon_desk.services.dto import Actor
from minwon_desk.ui.case_form import NO_OPERATOR
from minwon_desk.ui.case_widgets import KeepTyped, commit_keys
from minwon_desk.ui.staff_admin_widgets import FieldErrors
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


def _text_box(name: str, placeholder: str, height: int = 96) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


def _line_edit(name: str, placeholder: str) -> QLineEdit:
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


class CaseDialog(QDialog):
    """One action on one case: header, clock facts, fields with their errors, 확인/닫기."""

    finished_with = Signal(object)  # what the service returned (CaseView or DocumentRef)
    writing = Signal(bool)  # True just before the write, False after

    title = ""
    ok_text = "저장"

    def __init__(
        self, backend: Backend, actor: Callable[[], Actor | None], detail: CaseDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._actor = actor
        self.detail = detail
        self.case = detail.view
        self.setWindowTitle(f"{_tr(self.title)} — {self.case.number}")
        self.setAccessibleName(_tr(self.title))
        self.setMinimumWidth(560)
        root = QVBoxLayout(self)
        self.header = _label(f"{self.case.number} · {self.case.subject}", name=_tr("민원"),
                             role="summary")
        self.facts = _label(name=_tr("기한 안내"))
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.header)
        root.addWidget(self.facts)
        self.fields = QFormLayout()
        root.addLayout(self.fields)
        self._errors: dict[str, tuple[QWidget, QLabel]] = {}
        self._multiline: list[QWidget] = []
        self.message_label = _label(name=_tr("결과"))
        self.keys = _label(role="hint")
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
        if self.focusWidget() is None and self._errors:
            next(iter(self._errors.values()))[0].setFocus(Qt.FocusReason.OtherFocusReason)
        root.addWidget(self.message_label)
        root.addWidget(self.keys)
        root.addLayout(buttons)
        self.keys.setText(_tr("Enter 확인 · 글 상자 안에서는 Ctrl+Enter · Esc 닫기") if self._multiline
                          else _tr("Enter 확인 · Esc 닫기"))
        self.errors = FieldErrors(self._errors, self.message_label)
        self.facts.setText("\n".join(line for line in self.fact_lines() if line))
        commit_keys(self, self.submit, self.ok, self._multiline)
        typed = [w for w, _e in self._errors.values() if isinstance(w, QLineEdit | QPlainTextEdit)]
        self._keep = KeepTyped(self, typed, lambda text: self.errors.message(text, error=True))

    # --- what each dialog fills in ---------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def fact_lines(self) -> list[str]:
        return [self._due_line()]

    def write(self, actor: Actor) -> CaseView | DocumentRef:
        raise NotImplementedError

    # --- shared -----------------------------------------------------------------------------

    def add_field(self, key: str, label: str, widget: QWidget, hint: str = "") -> None:
        """A labelled field with its error line (and a hint under it)."""
        error = _label(name=_tr("{label} 오류").format(label=label.split("(&")[0]))
        column = QVBoxLayout()
        column.addWidget(widget)
        if hint:
            column.addWidget(_label(hint, role="hint"))
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.fields.addRow(caption, column)
        self._errors[key] = (widget, error)
        if isinstance(widget, QPlainTextEdit):
            self._multiline.append(widget)

    def submit(self) -> object:
        """Call the service; close on success, else show why and keep everything typed."""
        self.errors.clear()
        actor = self._actor()
        if actor is None:
            self.errors.message(_tr(NO_OPERATOR), error=True)
            return None
        self.writing.emit(True)
        try:
            result = self.write(actor)
        except MinwonError as exc:
            self.errors.error(exc, FIELD_ALIASES)
            return None
        finally:
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
