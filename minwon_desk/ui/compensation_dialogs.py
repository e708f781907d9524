"""The supervisor's small dialogs on compensation: approve a candidate (issuing its
voucher), reject it or void a voucher with a reason, set the year's budget.

Each names what it acts on and the facts the decision needs, calls one service function,
and stays open with everything typed when the service refuses (the reason next to its
field). A decision someone else made first closes the dialog: ``refused`` carries the
service's sentence (who decided, when) for the page's status line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.compensation import BudgetExceeded
from minwon_desk.domain.errors import MinwonError, NotFoundError, StateError, ValidationError
from minwon_desk.services.compensation_dto import Candidate, VoucherView
from minwon_desk.services.dto import Actor
from minwon_desk.ui.case_form import NO_OPERATOR
from minwon_desk.ui.case_widgets import KeepTyped, commit_keys
from minwon_desk.ui.compensation_tables import won
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


class ApproveDialog(FormDialog):
    """Approve a candidate: the amount, who receives it (typed in when the record has no
    name), then the voucher is issued. Passing the year's budget asks first."""

    title = "보상 승인"
    ok_text = "승인하고 증서 발급"

    def __init__(self, backend: Backend, actor: ActorProvider, candidate: Candidate,
                 parent: QWidget | None = None) -> None:
        self.candidate = candidate
        self.over_budget_confirmed = False
        self.question: QMessageBox | None = None  # the budget question while it is open
        super().__init__(backend, actor, parent)

    def build(self) -> None:
        c = self.candidate
        self.recipient = line_edit(_tr("받는 분"), _tr("증서에 적을 이름"))
        self.recipient.setText(c.recipient_name)
        if c.recipient_name.strip():
            self.recipient.setReadOnly(True)  # the record names them; the voucher follows it
        self.add_field("recipient", _tr("받는 분(&N)"), self.recipient,
                       "" if c.recipient_name.strip() else _tr("기록에 이름이 없습니다. 증서를 받을 분의 이름을 적어 주세요."))
        self.note = line_edit(_tr("승인 메모"), _tr("선택: 기록에 남길 한 줄"))
        self.add_field("note", _tr("승인 메모(&M)"), self.note)
        self.open_preview = QCheckBox(_tr("발급한 뒤 증서 미리보기 열기(&P)"))
        self.open_preview.setChecked(True)
        self.fields.addRow("", self.open_preview)
        if self.recipient.isReadOnly():
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def header_text(self) -> str:
        c = self.candidate
        return _tr("{kind} · {reference}").format(kind=c.rule_label or c.kind.label_ko, reference=c.reference)

    def fact_lines(self) -> list[str]:
        c = self.candidate
        lines = [_tr("금액: {amount}").format(amount=won(c.amount))]
        if c.recipient_contact:
            lines.append(_tr("연락처: {contact}").format(contact=c.recipient_contact))
        if c.officer_label:
            lines.append(_tr("처리 담당자: {officer}").format(officer=c.officer_label))
        try:
            ledger = self._backend.compensation.ledger(self._backend.clock().year)
        except MinwonError:
            return lines
        if ledger.cap is not None:
            lines.append(_tr("올해 예산 {cap} 중 {spent} 지급 (남은 금액 {left})").format(
                cap=won(ledger.cap), spent=won(ledger.total), left=won(ledger.cap - ledger.total)))
        return lines

    def wants_preview(self) -> bool:
        return self.open_preview.isChecked()

    def write(self, actor: Actor) -> VoucherView:
        c = self.candidate
        name = self.recipient.text() if not self.recipient.isReadOnly() else None
        return self._backend.compensation.approve(
            actor, c.key, recipient_name=name, confirm_over_budget=self.over_budget_confirmed,
            note=self.note.text(),
        )

    def refusal(self, exc: MinwonError) -> bool:
        if isinstance(exc, BudgetExceeded):
            self._ask_over_budget(exc.message)
            return True
        return super().refusal(exc)

    def _ask_over_budget(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("예산 초과"), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setAccessibleName(_tr("예산 초과"))
        go = box.addButton(_tr("예산을 넘어도 발급"), QMessageBox.ButtonRole.AcceptRole)
        stop = box.addButton(_tr("발급하지 않기"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stop)  # Enter must not pass the budget by accident
        box.setEscapeButton(stop)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question = box

        def answered(button: object) -> None:
            self.question = None
            if button is go:
                self.over_budget_confirmed = True
                self.submit()
            else:
                self.errors.message(_tr("발급하지 않았습니다. 예산을 늘리려면 '예산 설정…'을 쓰세요."),
                                    error=True)

        box.buttonClicked.connect(answered)
        box.open()


class ReasonDialog(FormDialog):
    """Reject a candidate or void a voucher: the reason is required and kept."""

    def __init__(self, backend: Backend, actor: ActorProvider, *, title: str, ok_text: str,
                 header: str, facts: list[str], act: Callable[[Actor, str], object],
                 parent: QWidget | None = None) -> None:
        self.title, self.ok_text = title, ok_text
        self._header, self._facts, self._act = header, facts, act
        super().__init__(backend, actor, parent)

    def build(self) -> None:
        self.reason = text_box(_tr("사유"), _tr("왜 그렇게 결정했는지 (기록에 남고 점검에 쓰입니다)"))
        self.add_field("reason", _tr("사유(&R)"), self.reason)

    def header_text(self) -> str:
        return self._header

    def fact_lines(self) -> list[str]:
        return self._facts

    def write(self, actor: Actor) -> object:
        return self._act(actor, self.reason.toPlainText())


def reject_dialog(backend: Backend, actor: ActorProvider, candidate: Candidate,
                  parent: QWidget | None = None) -> ReasonDialog:
    c = candidate
    return ReasonDialog(
        backend, actor, title=_tr("보상 반려"), ok_text=_tr("반려"),
        header=_tr("{kind} · {reference}").format(kind=c.rule_label or c.kind.label_ko, reference=c.reference),
        facts=[_tr("반려하면 증서를 발급하지 않습니다. 사유는 기록에 남습니다.")],
        act=lambda a, reason: backend.compensation.reject(a, c.key, reason), parent=parent,
    )


def void_dialog(backend: Backend, actor: ActorProvider, voucher: VoucherView,
                parent: QWidget | None = None) -> ReasonDialog:
    v = voucher
    return ReasonDialog(
        backend, actor, title=_tr("증서 무효 처리"), ok_text=_tr("무효 처리"),
        header=_tr("증서 {serial} · {kind} · {amount}").format(serial=v.serial, kind=v.kind_label, amount=won(v.amount)),
        facts=[_tr("무효로 한 증서도 대장에 그대로 남고, 그 번호는 다시 쓰지 않습니다."),
               _tr("무효가 된 증서는 인쇄할 수 없습니다.")],
        act=lambda a, reason: backend.compensation.void(a, v.id, reason), parent=parent,
    )


_DIGITS = re.compile(r"[\s,원]")


def parse_won(text: str) -> int | None:
    """"1,000,000원" → 1000000; "" → None (no budget)."""
    cleaned = _DIGITS.sub("", text)
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise ValidationError("budget", _tr("금액은 원 단위 숫자로 적어 주세요 (예: 1,000,000). 예산을 없애려면 비워 두세요."))
    return int(cleaned)


class BudgetDialog(FormDialog):
    title = "보상 예산 설정"
    ok_text = "저장"

    def __init__(self, backend: Backend, actor: ActorProvider, year: int,
                 parent: QWidget | None = None) -> None:
        self.year = year
        super().__init__(backend, actor, parent)

    def build(self) -> None:
        self.amount = line_edit(_tr("예산 금액"), _tr("원 단위 (예: 1,000,000)"))
        try:
            cap = self._backend.compensation.budget(self.year)
        except MinwonError:
            cap = None
        if cap is not None:
            self.amount.setText(f"{cap:,}")
        self.add_field("budget", _tr("예산(&B)"), self.amount, _tr("비워 두면 예산 없음 (경고하지 않습니다)"))

    def header_text(self) -> str:
        return _tr("{year}년 보상 예산").format(year=self.year)

    def fact_lines(self) -> list[str]:
        return [_tr("발급하면 예산을 넘게 되는 승인은 한 번 더 확인합니다."),
                _tr("90%를 넘게 쓰면 대장에 경고가 나옵니다.")]

    def write(self, actor: Actor) -> object:
        amount = parse_won(self.amount.text())
        self._backend.compensation.set_budget(actor, self.year, amount)
        return amount


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
