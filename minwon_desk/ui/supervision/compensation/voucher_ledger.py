"""The 증서 대장 tab: the vouchers of a year or a month (voided ones stay, greyed), the
ledger per month against the year's budget with its warning, and what a supervisor does
with a voucher: void it with a reason, print it, print the month's batch, set the budget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.particles import settle
from minwon_desk.domain.timeutil import format_moment
from minwon_desk.services.supervision.compensation_dto import Ledger, VoucherView
from minwon_desk.services.supervision.voucher_print import VoucherDocument
from minwon_desk.ui.forms.ui_compensation_page import Ui_CompensationPage
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role, show_message
from minwon_desk.ui.supervision.compensation.dialog_base import ActorProvider, PageSection, Say
from minwon_desk.ui.supervision.compensation.dialogs import BudgetDialog, void_dialog
from minwon_desk.ui.supervision.compensation.documents import DocumentOpener
from minwon_desk.ui.supervision.compensation.tables import (
    PeriodChoice,
    RecordModel,
    RecordTable,
    ledger_headers,
    ledger_row,
    voucher_headers,
    voucher_row,
    won,
)

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.dto import Actor, RenderedDocument

_VOUCHER_WIDTHS = (150, 100, 190, 90, 90, 60, 60)
_LEDGER_WIDTHS = (60, 70, 120, 70, 120, 120, 130)


class VoucherLedger(PageSection):
    chosen_changed = Signal()  # the chosen voucher, the month or a batch's state changed

    def __init__(self, page: QWidget, form: Ui_CompensationPage,
                 backend: Backend, actor: ActorProvider, say: Say,
                 opener: DocumentOpener) -> None:
        super().__init__(page, form, backend, actor, say, opener)
        self.batch_running = False
        self.vouchers = RecordModel(voucher_headers(), right=(4, 6), parent=self)
        self.table = RecordTable(form.voucherTable, self.vouchers, _VOUCHER_WIDTHS, 2, self._show_chosen)
        self.months = RecordModel(ledger_headers(), right=(1, 2, 3, 4, 5, 6), parent=self)
        self.ledger_table = RecordTable(form.ledgerTable, self.months, _LEDGER_WIDTHS, None, lambda: None)
        form.voucherTable.selectionModel().selectionChanged.connect(self._show_chosen)
        self.period = PeriodChoice(form.yearSpin, form.monthCombo)
        self.period.changed.connect(self.reload)
        set_role(form.voucherSummary, "summary")
        set_role(form.voucherDetail, "hint")
        form.ledgerTable.verticalHeader().setDefaultSectionSize(24)  # twelve months in sight
        form.budgetWarning.hide()
        self.ledger: Ledger | None = None

    def set_period(self, year: int, month: int | None) -> None:
        self.period.set(year, month)

    def year(self) -> int:
        return self.period.year()

    def month(self) -> int | None:
        return self.period.month()

    # --- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        year, month = self.year(), self.month()
        compensation = self._backend.compensation
        actor = self._actor()
        if actor is None:
            return  # nobody signed in: nothing may be read
        try:
            vouchers = compensation.vouchers(actor, year, month)
            ledger = compensation.ledger(year)
        except MinwonError as exc:
            self._say(exc.message, True)
            return
        self.vouchers.set_records(vouchers, voucher_row, key=lambda v: v.id, muted=lambda v: v.voided)
        self.ledger = ledger
        self.months.set_records(ledger.months, ledger_row, key=lambda m: m.month)
        self._show_summary(vouchers)
        self._show_budget(ledger)
        self._show_chosen()

    def selected(self) -> VoucherView | None:
        chosen = self.table.selected()
        return chosen if isinstance(chosen, VoucherView) else None

    def select(self, voucher_id: int) -> bool:
        return self.table.select(voucher_id)

    def printable_in_list(self) -> int:
        return sum(1 for v in self.vouchers.records() if not v.voided)

    def _show_summary(self, vouchers: list[VoucherView]) -> None:
        period = self.period.text()
        live = [v for v in vouchers if not v.voided]
        text = translate("CompensationPage", "{period}: 증서 {n}매 발급, 그중 무효 {voided}매 · 유효한 금액 {amount}").format(
            period=period, n=len(vouchers), voided=len(vouchers) - len(live),
            amount=won(sum(v.amount for v in live)))
        if not vouchers:
            text = translate("CompensationPage", "{period}에 발급한 증서가 없습니다.").format(period=period)
        self.form.voucherSummary.setText(text)

    def _show_budget(self, ledger: Ledger) -> None:
        f = self.form
        if ledger.cap is None:
            f.budgetText.setText(translate("CompensationPage", "{y}년 예산: 정하지 않음 · 지급 {total}").format(
                y=ledger.year, total=won(ledger.total)))
        else:
            f.budgetText.setText(translate("CompensationPage", "{y}년 예산 {cap} · 지급 {total} · 남은 금액 {left}").format(
                y=ledger.year, cap=won(ledger.cap), total=won(ledger.total),
                left=won(ledger.cap - ledger.total)))
        warning = ledger.warning_ko()
        show_message(f.budgetWarning, warning, "message-error")

    def _show_chosen(self, *_args: object) -> None:
        v = self.selected()
        if v is None:
            self.form.voucherDetail.setText(translate("CompensationPage", "증서를 고르면 사유와 발급·무효 기록이 여기에 나옵니다."))
        else:
            lines = [
                translate("CompensationPage", "{serial} · {title} · 받는 분 {name} · {amount}").format(
                    serial=v.serial, title=v.title, name=v.recipient_masked, amount=won(v.amount)),
                translate("CompensationPage", "사유: {reason}").format(reason=v.reason.replace("\n", " · ")),
                translate("CompensationPage", "관련 기록: {ref} · 발급 {when} ({who})").format(
                    ref=v.reference or "-", when=format_moment(v.issued_at), who=v.issued_by),
            ]
            if v.printed_at is not None:
                lines.append(translate("CompensationPage", "인쇄 {n}회, 마지막 {when}").format(n=v.print_count, when=format_moment(v.printed_at)))
            if v.voided_at is not None:
                lines.append(translate("CompensationPage", "무효: {when} ({who}) — {reason}").format(
                    when=format_moment(v.voided_at), who=v.voided_by, reason=v.void_reason))
            self.form.voucherDetail.setText("\n".join(lines))
        self.chosen_changed.emit()

    # --- acting -------------------------------------------------------------------------------

    def void(self) -> None:
        v = self._chosen_live(translate("CompensationPage", "무효 처리할 증서를 먼저 고르세요."))
        if v is None or not self.dialogs.may_open():
            return
        dialog = void_dialog(self._backend, self._actor, v, self._page)
        dialog.finished_with.connect(self._voided)
        self.dialogs.open(dialog, self.reload)

    def set_budget(self) -> None:
        if not self.dialogs.may_open():
            return
        year = self.year()
        dialog = BudgetDialog(self._backend, self._actor, year, self._page)
        dialog.finished_with.connect(lambda amount: self._budget_set(year, amount))
        self.dialogs.open(dialog, self.reload)

    def print_voucher(self, voucher_id: int | None = None, *, quiet: bool = False) -> None:
        """Draw one voucher (the chosen one) and open its preview (``quiet``: the status
        line keeps what it says, as after an approval)."""
        actor = self._actor()
        if voucher_id is None:
            v = self._chosen_live(translate("CompensationPage", "인쇄할 증서를 먼저 고르세요."))
            if v is None:
                return
            voucher_id = v.id
        if actor is None:
            self._no_operator()
            return
        service, chosen = self._backend.voucher_print, voucher_id

        def shown(document: RenderedDocument) -> None:
            if not quiet:
                self._say(settle(translate("CompensationPage", "증서 {number}을(를) 미리보기로 열었습니다.").format(number=document.number)), False)

        self.opener.open(
            lambda _progress, _cancelled: service.render(actor, chosen),
            label=translate("CompensationPage", "증서 준비 중…"), failed=lambda message: self._say(message, True), done=shown,
            printed=lambda document, how: self._count_printed(actor, document, how),
        )

    def print_month(self) -> None:
        """The month's valid vouchers in serial order, as one file, with progress."""
        actor, month = self._actor(), self.month()
        if month is None:
            self._say(translate("CompensationPage", "한 번에 인쇄할 달을 고르세요 ('달'에서 1월–12월)."), True)
            return
        if actor is None:
            self._no_operator()
            return
        if self.batch_running:
            return
        service, year = self._backend.voucher_print, self.year()
        self._set_batch(True)
        self._say(translate("CompensationPage", "{y}년 {m}월 증서를 모으는 중입니다…").format(y=year, m=month), False)

        def finished(document: RenderedDocument) -> None:
            self._set_batch(False)
            self._say(settle(translate("CompensationPage", "{title}을(를) 미리보기로 열었습니다.").format(title=document.title)), False)

        def failed(message: str) -> None:
            self._set_batch(False)
            self._say(message, True)

        def cancelled() -> None:
            self._set_batch(False)
            self._say(translate("CompensationPage", "증서 일괄 인쇄를 취소했습니다. 인쇄 횟수는 바뀌지 않았습니다."), False)

        self.opener.open(
            lambda progress, is_cancelled: service.render_month(
                actor, year, month, progress=progress, cancelled=is_cancelled),
            label=translate("CompensationPage", "{y}년 {m}월 증서 준비 중").format(y=year, m=month),
            failed=failed, done=finished, cancelled=cancelled,
            printed=lambda document, how: self._count_printed(actor, document, how),
        )

    def _count_printed(self, actor: Actor, document: RenderedDocument, how: str) -> None:
        """A real print (a queue accepted it, or the PDF was saved) counts; a preview
        only looked at and closed does not."""
        if not isinstance(document, VoucherDocument):
            return
        try:
            self._backend.voucher_print.count_printed(actor, document, "pdf" if how == "pdf" else "printer")
        except MinwonError as exc:
            self._say(exc.message, True)
            return
        self.reload()

    # --- internals ----------------------------------------------------------------------------

    def _set_batch(self, on: bool) -> None:
        self.batch_running = on
        self.chosen_changed.emit()

    def _chosen_live(self, nothing: str) -> VoucherView | None:
        v = self.selected()
        if v is None:
            self._say(nothing, True)
            return None
        if v.voided:
            self._say(settle(translate("CompensationPage", "증서 {serial}은(는) 이미 무효입니다 ({reason}).").format(
                serial=v.serial, reason=v.void_reason)), True)
            return None
        return v

    def _no_operator(self) -> None:
        self._say(translate("CompensationPage", "로그인한 뒤에 할 수 있습니다."), True)

    def _voided(self, result: object) -> None:
        if isinstance(result, VoucherView):
            self._say(settle(translate("CompensationPage", "증서 {serial}을(를) 무효로 했습니다. 대장에는 그대로 남습니다.").format(
                serial=result.serial)), False)
        self.reload()

    def _budget_set(self, year: int, amount: object) -> None:
        if isinstance(amount, int):
            self._say(settle(translate("CompensationPage", "{y}년 보상 예산을 {amount}(으)로 정했습니다.").format(y=year, amount=won(amount))), False)
        else:
            self._say(translate("CompensationPage", "{y}년 보상 예산을 없앴습니다.").format(y=year), False)
        self.reload()

    def __repr__(self) -> str:
        return f"VoucherLedger(year={self.year()}, month={self.month()}, rows={self.vouchers.rowCount()})"
