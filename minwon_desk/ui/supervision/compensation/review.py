"""The 보상 후보 tab: the events the app found, filtered by the charter's kinds; the chosen
one's evidence in full, the recipient's whole name and the handling officer; approve
(issuing the voucher, whose preview can open at once) or reject with a reason.

An approval runs once: the action is off while its dialog writes, the dialog ignores a
second Enter, and the service refuses an event already decided (by anyone) — that
refusal is said in the status line and the list is read again.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from minwon_desk.domain.compensation import CompensationKind
from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.timeutil import format_moment
from minwon_desk.services.supervision.compensation_dto import Candidate, VoucherView
from minwon_desk.ui.forms.ui_compensation_page import Ui_CompensationPage
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role
from minwon_desk.ui.supervision.compensation.dialog_base import ActorProvider, DialogSlot
from minwon_desk.ui.supervision.compensation.dialogs import ApproveDialog, reject_dialog
from minwon_desk.ui.supervision.compensation.tables import (
    RecordModel,
    RecordTable,
    candidate_headers,
    candidate_row,
)

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

AMOUNT = 4
_WIDTHS = (200, 130, 90, 220, 90, 170)
Say = Callable[[str, bool], None]


class CandidateReview(QObject):
    """Reads, shows and decides the candidates; the page owns the actions and keys."""

    chosen_changed = Signal()  # the chosen candidate (or its state) changed
    issued = Signal(object)  # VoucherView, just issued; the page opens its preview if wanted

    def __init__(self, page: QWidget, form: Ui_CompensationPage,
                 backend: Backend, actor: ActorProvider, say: Say) -> None:
        super().__init__(page)
        self._page, self.form = page, form
        self._backend, self._actor, self._say = backend, actor, say
        self._logged: tuple[str, int] | None = None  # (candidate, person) whose view is logged
        self.model = RecordModel(candidate_headers(), right=(AMOUNT,), parent=self)
        self.table = RecordTable(form.candidateTable, self.model, _WIDTHS, 3, self._show_chosen)
        form.candidateTable.selectionModel().selectionChanged.connect(self._show_chosen)
        form.kindCombo.currentIndexChanged.connect(lambda _i: self.reload())
        form.decidedCheck.toggled.connect(lambda _on: self.reload())
        set_role(form.candidateSummary, "summary")
        set_role(form.decisionText, "hint")
        set_role(form.candidateKeys, "hint")
        # Enter on a row reads its evidence; approving is Ctrl+Enter, never a double Enter.
        form.candidateTable.activated.connect(lambda _i: form.evidenceText.setFocus())
        self.dialogs = DialogSlot(page, actor, say)  # the approve or reject dialog
        self.approving = False  # an approval is being written
        self.last_preview_wanted = False
        self._shown: Candidate | None = None

    # --- reading ------------------------------------------------------------------------------

    def set_kinds(self, kinds: tuple[CompensationKind, ...]) -> None:
        """Only the kinds the charter in use pays for (TIPA: the repeat visit alone)."""
        combo = self.form.kindCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("CompensationPage", "모든 종류"), None)
        for kind in kinds:
            combo.addItem(kind.label, kind)
        combo.blockSignals(False)
        combo.setEnabled(len(kinds) > 1)

    def kind(self) -> CompensationKind | None:
        kind = self.form.kindCombo.currentData()
        return kind if isinstance(kind, CompensationKind) else None

    def reload(self) -> None:
        kind = self.kind()
        include = self.form.decidedCheck.isChecked()
        actor = self._actor()
        if actor is None:
            return  # nobody signed in: nothing may be read
        try:
            found = self._backend.compensation.candidates(
                actor, kinds=[kind] if kind is not None else None, include_decided=include)
        except MinwonError as exc:
            self._say(exc.message, True)
            return
        self.model.set_records(found, candidate_row, key=lambda c: str(c.key),
                               muted=lambda c: c.decided)
        waiting = sum(1 for c in found if not c.decided)
        total = sum(c.amount for c in found if not c.decided)
        if waiting:
            text = translate("CompensationPage", "결정을 기다리는 후보 {n}건 (모두 승인하면 {amount:,}원)").format(n=waiting, amount=total)
        else:
            text = translate("CompensationPage", "결정을 기다리는 보상 후보가 없습니다.")
        if include:
            text += translate("CompensationPage", " · 결정된 것 {n}건").format(n=len(found) - waiting)
        self.form.candidateSummary.setText(text)
        self._show_chosen()

    def selected(self) -> Candidate | None:
        chosen = self.table.selected()
        return chosen if isinstance(chosen, Candidate) else None

    def select(self, candidate: Candidate) -> bool:
        return self.table.select(str(candidate.key))

    # --- the chosen one -------------------------------------------------------------------------

    def _show_chosen(self, *_args: object) -> None:
        c = self.selected()
        f = self.form
        self._shown = c
        if c is None:
            f.candidateBox.setTitle(translate("CompensationPage", "고른 후보"))
            f.evidenceText.setPlainText(translate("CompensationPage", "목록에서 후보를 고르면 근거가 여기에 나옵니다."))
            for label in (f.recipientText, f.officerText, f.decisionText):
                label.clear()
        else:
            f.candidateBox.setTitle(translate("CompensationPage", "고른 후보: {kind} · {amount:,}원").format(
                kind=c.rule_label or c.kind.label, amount=c.amount))
            lines = [f"<p><b>{html.escape(c.subject)}</b> ({html.escape(c.reference)})</p>"] if c.subject else []
            lines.append("<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in c.evidence) + "</ul>")
            f.evidenceText.setHtml("".join(lines))
            name = c.recipient_name or translate("CompensationPage", "(기록에 이름이 없습니다 — 승인할 때 적어 주세요)")
            contact = f" · {c.recipient_contact}" if c.recipient_contact else ""
            refused = self._log_view(c)
            f.recipientText.setText(refused or translate("CompensationPage", "받는 분: {name}{contact}").format(
                name=name, contact=contact))
            f.officerText.setText(translate("CompensationPage", "처리 담당자: {officer}").format(
                officer=c.officer_label or translate("CompensationPage", "(정해지지 않음)")))
            f.decisionText.setText(_decision_line(c))
        self.chosen_changed.emit()

    def _log_view(self, c: Candidate) -> str:
        """The recipient is shown whole: logged first (접속기록), once per candidate and
        person. Why it cannot be shown, or ""."""
        actor = self._actor()
        if actor is None:
            return translate("CompensationPage", "로그인한 뒤에 받는 분을 볼 수 있습니다.")
        if not c.recipient_name and not c.recipient_contact:
            return ""
        seen = (str(c.key), actor.staff_id)
        if seen == self._logged:
            return ""
        entity, subject = ("case", c.case_id) if c.case_id is not None else ("visit", c.visit_id)
        try:
            self._backend.access_log.viewed(
                actor, entity=entity, subjects=[subject] if subject is not None else [],
                what=translate("CompensationPage", "보상 후보 상세"))
        except MinwonError as exc:
            self._logged = None
            return exc.message
        self._logged = seen
        return ""

    # --- deciding -------------------------------------------------------------------------------

    def approve(self) -> None:
        c = self._open_candidate()
        if c is None or self.approving:
            return
        dialog = ApproveDialog(self._backend, self._actor, c, self._page)
        dialog.writing.connect(self._set_approving)
        dialog.finished_with.connect(lambda voucher: self._approved(dialog, voucher))
        self.dialogs.open(dialog, self.reload)

    def reject(self) -> None:
        c = self._open_candidate()
        if c is None:
            return
        dialog = reject_dialog(self._backend, self._actor, c, self._page)
        dialog.finished_with.connect(self._rejected)
        self.dialogs.open(dialog, self.reload)

    def can_decide(self) -> bool:
        c = self.selected()
        return c is not None and not c.decided and not self.approving

    def _open_candidate(self) -> Candidate | None:
        c = self.selected()
        if c is None:
            self._say(translate("CompensationPage", "목록에서 후보를 먼저 고르세요."), True)
            return None
        if c.decided:
            self._say(translate("CompensationPage", "이미 결정한 후보입니다: {line}").format(
                line=_decision_line(c).replace("\n", " · ")), True)
            return None
        if not self.dialogs.may_open():
            return None
        return c

    def _set_approving(self, on: bool) -> None:
        self.approving = on
        self.chosen_changed.emit()

    def _approved(self, dialog: ApproveDialog, voucher: VoucherView) -> None:
        self.last_preview_wanted = dialog.wants_preview()
        self._say(translate("CompensationPage", "승인했습니다: 증서 {serial} ({kind}, {amount:,}원, 받는 분 {name}).").format(
            serial=voucher.serial, kind=voucher.kind_label, amount=voucher.amount,
            name=voucher.recipient_name), False)
        self.reload()
        self.issued.emit(voucher)

    def _rejected(self, result: object) -> None:
        if isinstance(result, Candidate):
            self._say(translate("CompensationPage", "반려했습니다: {kind} · {reference}.").format(
                kind=result.kind.label, reference=result.reference), False)
        self.reload()

    def __repr__(self) -> str:
        return f"CandidateReview(rows={self.model.rowCount()}, approving={self.approving})"


def _decision_line(c: Candidate) -> str:
    d = c.decision
    if d is None:
        return translate("CompensationPage", "결정 대기 중입니다.")
    serial = translate("CompensationPage", " · 증서 {serial}").format(serial=d.voucher_serial) if d.voucher_serial else ""
    return translate("CompensationPage", "{what}{serial}\n{when}, {who}\n사유: {reason}").format(
        what=d.decision.label, serial=serial, when=format_moment(d.decided_at), who=d.decided_by,
        reason=d.reason)
