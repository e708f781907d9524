"""The supervisor's small dialogs on compensation: approve a candidate (issuing its
voucher), reject it or void a voucher with a reason, set the year's budget (the frame
they share is ``dialog_base``).

Each names what it acts on and the facts the decision needs, calls one service function,
and stays open with everything typed when the service refuses (the reason next to its
field). A decision someone else made first closes the dialog: ``refused`` carries the
service's sentence (who decided, when) for the page's status line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from minwon_desk.domain.compensation import BudgetExceeded
from minwon_desk.domain.errors import MinwonError, ValidationError
from minwon_desk.services.dto import Actor
from minwon_desk.services.supervision.compensation_dto import Candidate, VoucherView
from minwon_desk.ui.common.dialogs import line_edit
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.supervision.compensation.dialog_base import (
    ActorProvider,
    FormDialog,
    text_box,
)
from minwon_desk.ui.supervision.compensation.tables import won

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend


class ApproveDialog(FormDialog):
    """Approve a candidate: the amount, who receives it (typed in when the record has no
    name), then the voucher is issued. Passing the year's budget asks first."""

    title = QT_TRANSLATE_NOOP("CompensationDialogs", "보상 승인")
    ok_text = QT_TRANSLATE_NOOP("CompensationDialogs", "승인하고 증서 발급")

    def __init__(self, backend: Backend, actor: ActorProvider, candidate: Candidate,
                 parent: QWidget | None = None) -> None:
        self.candidate = candidate
        self.over_budget_confirmed = False
        self.question: QMessageBox | None = None  # the budget question while it is open
        super().__init__(backend, actor, parent)

    def build(self) -> None:
        c = self.candidate
        self.recipient = line_edit(translate("CompensationDialogs", "받는 분"), translate("CompensationDialogs", "증서에 적을 이름"))
        self.recipient.setText(c.recipient_name)
        if c.recipient_name.strip():
            self.recipient.setReadOnly(True)  # the record names them; the voucher follows it
        self.add_field("recipient", translate("CompensationDialogs", "받는 분(&N)"), self.recipient,
                       "" if c.recipient_name.strip() else translate("CompensationDialogs", "기록에 이름이 없습니다. 증서를 받을 분의 이름을 적어 주세요."))
        self.note = line_edit(translate("CompensationDialogs", "승인 메모"), translate("CompensationDialogs", "선택: 기록에 남길 한 줄"))
        self.add_field("note", translate("CompensationDialogs", "승인 메모(&M)"), self.note)
        self.open_preview = QCheckBox(translate("CompensationDialogs", "발급한 뒤 증서 미리보기 열기(&P)"))
        self.open_preview.setChecked(True)
        self.fields.addRow("", self.open_preview)
        if self.recipient.isReadOnly():
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def header_text(self) -> str:
        c = self.candidate
        return translate("CompensationDialogs", "{kind} · {reference}").format(kind=c.rule_label or c.kind.label, reference=c.reference)

    def fact_lines(self) -> list[str]:
        c = self.candidate
        lines = [translate("CompensationDialogs", "금액: {amount}").format(amount=won(c.amount))]
        if c.recipient_contact:
            lines.append(translate("CompensationDialogs", "연락처: {contact}").format(contact=c.recipient_contact))
        if c.officer_label:
            lines.append(translate("CompensationDialogs", "처리 담당자: {officer}").format(officer=c.officer_label))
        try:
            ledger = self._backend.compensation.ledger(self._backend.clock().year)
        except MinwonError:
            return lines
        if ledger.cap is not None:
            lines.append(translate("CompensationDialogs", "올해 예산 {cap} 중 {spent} 지급 (남은 금액 {left})").format(
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
        box = QMessageBox(QMessageBox.Icon.Warning, translate("CompensationDialogs", "예산 초과"), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setAccessibleName(translate("CompensationDialogs", "예산 초과"))
        go = box.addButton(translate("CompensationDialogs", "예산을 넘어도 발급"), QMessageBox.ButtonRole.AcceptRole)
        stop = box.addButton(translate("CompensationDialogs", "발급하지 않기"), QMessageBox.ButtonRole.RejectRole)
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
                self.errors.message(translate("CompensationDialogs", "발급하지 않았습니다. 예산을 늘리려면 '예산 설정…'을 쓰세요."),
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
        self.reason = text_box(translate("CompensationDialogs", "사유"), translate("CompensationDialogs", "왜 그렇게 결정했는지 (기록에 남고 점검에 쓰입니다)"))
        self.add_field("reason", translate("CompensationDialogs", "사유(&R)"), self.reason)

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
        backend, actor, title=translate("CompensationDialogs", "보상 반려"), ok_text=translate("CompensationDialogs", "반려"),
        header=translate("CompensationDialogs", "{kind} · {reference}").format(kind=c.rule_label or c.kind.label, reference=c.reference),
        facts=[translate("CompensationDialogs", "반려하면 증서를 발급하지 않습니다. 사유는 기록에 남습니다.")],
        act=lambda a, reason: backend.compensation.reject(a, c.key, reason), parent=parent,
    )


def void_dialog(backend: Backend, actor: ActorProvider, voucher: VoucherView,
                parent: QWidget | None = None) -> ReasonDialog:
    v = voucher
    return ReasonDialog(
        backend, actor, title=translate("CompensationDialogs", "증서 무효 처리"), ok_text=translate("CompensationDialogs", "무효 처리"),
        header=translate("CompensationDialogs", "증서 {serial} · {kind} · {amount}").format(serial=v.serial, kind=v.kind_label, amount=won(v.amount)),
        facts=[translate("CompensationDialogs", "무효로 한 증서도 대장에 그대로 남고, 그 번호는 다시 쓰지 않습니다."),
               translate("CompensationDialogs", "무효가 된 증서는 인쇄할 수 없습니다.")],
        act=lambda a, reason: backend.compensation.void(a, v.id, reason), parent=parent,
    )


_DIGITS = re.compile(r"[\s,원]")


def parse_won(text: str) -> int | None:
    """"1,000,000원" → 1000000; "" → None (no budget)."""
    cleaned = _DIGITS.sub("", text)
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise ValidationError("budget", translate("CompensationDialogs", "금액은 원 단위 숫자로 적어 주세요 (예: 1,000,000). 예산을 없애려면 비워 두세요."))
    return int(cleaned)


class BudgetDialog(FormDialog):
    title = QT_TRANSLATE_NOOP("CompensationDialogs", "보상 예산 설정")
    ok_text = QT_TRANSLATE_NOOP("CompensationDialogs", "저장")

    def __init__(self, backend: Backend, actor: ActorProvider, year: int,
                 parent: QWidget | None = None) -> None:
        self.year = year
        super().__init__(backend, actor, parent)

    def build(self) -> None:
        self.amount = line_edit(translate("CompensationDialogs", "예산 금액"), translate("CompensationDialogs", "원 단위 (예: 1,000,000)"))
        try:
            cap = self._backend.compensation.budget(self.year)
        except MinwonError:
            cap = None
        if cap is not None:
            self.amount.setText(f"{cap:,}")
        self.add_field("budget", translate("CompensationDialogs", "예산(&B)"), self.amount, translate("CompensationDialogs", "비워 두면 예산 없음 (경고하지 않습니다)"))

    def header_text(self) -> str:
        return translate("CompensationDialogs", "{year}년 보상 예산").format(year=self.year)

    def fact_lines(self) -> list[str]:
        return [translate("CompensationDialogs", "발급하면 예산을 넘게 되는 승인은 한 번 더 확인합니다."),
                translate("CompensationDialogs", "90%를 넘게 쓰면 대장에 경고가 나옵니다.")]

    def write(self, actor: Actor) -> object:
        amount = parse_won(self.amount.text())
        self._backend.compensation.set_budget(actor, self.year, amount)
        return amount
