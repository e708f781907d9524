"""The "민원 등록" dialog: a case from any channel, typed with the petitioner in front of
the desk or from a phone memo.

The deadline the case will get is shown while the type and channel are chosen. When the
officer asked for is away the dialog says who acts now and F3 hands the case to them.
Enter registers (Ctrl+Enter inside the content, where Enter starts a new line); a refusal
is shown next to its field and every field keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QMessageBox,
    QWidget,
)

from minwon_desk.domain.cases import CaseChannel, CaseType
from minwon_desk.domain.errors import LockedError, MinwonError
from minwon_desk.domain.notice_templates import NotifyChannel
from minwon_desk.domain.timeutil import format_moment
from minwon_desk.services.cases.dto import CaseRequest, CaseView
from minwon_desk.services.dto import Actor
from minwon_desk.ui.cases.officer_picker import OfficerPicker
from minwon_desk.ui.common.dialog_keys import KeepTyped, commit_keys
from minwon_desk.ui.common.dialogs import NO_OPERATOR
from minwon_desk.ui.common.field_errors import FieldErrors
from minwon_desk.ui.common.lock_retry import LockRetry
from minwon_desk.ui.forms.ui_case_form import Ui_CaseForm
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

# ValidationError.field → the form field it is about.
FIELD_ALIASES = {
    "case_type": "type", "petitioner_name": "name", "petitioner_contact": "contact",
    "officer_id": "officer", "notify_email": "notify", "notify_mobile": "notify",
}  # type, channel, subject, content, attachments and officer are named alike


# --- the deadline hint ----------------------------------------------------------------------


def deadline_hint(
    backend: Backend, case_type: CaseType, channel: CaseChannel, at: datetime | None = None
) -> str:
    """"처리기한 2026년 7월 10일(금) 18:00 — 7일, 근무일로 계산: …" and the rule's source."""
    try:
        spec = backend.cases.clock_for(case_type, channel)
        due_at = backend.cases.expected(case_type, channel, at=at)
    except MinwonError as exc:
        return exc.message
    rule = spec.period.rule(backend.charter.working_hours)
    first = translate("CaseForm", "처리기한 {due} — {period}, {rule}").format(
        due=format_moment(due_at), period=spec.period.label(), rule=rule
    )
    source = " · ".join(part for part in (spec.shown_label, spec.shown_basis) if part)
    return f"{first}\n{source}" if source else first


# --- the dialog -----------------------------------------------------------------------------


class CaseForm(QDialog):
    """Register one case. ``request`` prefills it (from a phone memo)."""

    registered = Signal(object)  # CaseView, just saved

    def __init__(
        self,
        backend: Backend,
        actor: Callable[[], Actor | None],
        parent: QWidget | None = None,
        *,
        request: CaseRequest | None = None,
        memo_number: str = "",
    ) -> None:
        super().__init__(parent)
        self.form = f = Ui_CaseForm()
        f.setupUi(self)
        self._backend = backend
        self._actor = actor
        self._request = request
        # A likely duplicate is asked about once per registration: link to it, or not.
        self._duplicate_answered = False
        self._related: int | None = None
        self.duplicate_box: QMessageBox | None = None
        self.case: CaseView | None = None
        self.errors = FieldErrors(
            {
                "type": (f.typeCombo, f.typeError),
                "channel": (f.channelCombo, f.channelError),
                "name": (f.nameEdit, f.nameError),
                "contact": (f.contactEdit, f.contactError),
                "subject": (f.subjectEdit, f.subjectError),
                "content": (f.contentEdit, f.contentError),
                "attachments": (f.attachmentsEdit, f.attachmentsError),
                "officer": (f.officerCombo, f.officerError),
                "notify": (f.notifyCombo, f.notifyError),
            },
            f.formMessage,
        )
        for role, label in (("hint", f.keysHint), ("hint", f.nameHint), ("summary", f.dueLabel),
                            ("hint", f.sourceLabel)):
            set_role(label, role)
        for kind in CaseType:
            f.typeCombo.addItem(kind.label, kind.value)
        for channel in CaseChannel:
            f.channelCombo.addItem(channel.label, channel.value)
        for how in NotifyChannel:
            f.notifyCombo.addItem(how.label, how.value)
        f.notifyCombo.currentIndexChanged.connect(self._notify_changed)
        received_at = request.received_at if request is not None else None
        self.officer = OfficerPicker(backend, f.officerCombo, f.officerStatus, f.deputyButton,
                                     self, at=received_at)
        if self.officer.load_error:
            self.errors.message(self.officer.load_error, error=True)
        self._fill(request, memo_number)
        f.typeCombo.currentIndexChanged.connect(self._update_due)
        f.channelCombo.currentIndexChanged.connect(self._update_due)
        self._update_due()
        commit_keys(self, self.submit, f.registerButton, (f.contentEdit, f.attachmentsEdit))
        f.cancelButton.clicked.connect(self.reject)
        self.lock_retry = LockRetry(self, lambda text, error: self.errors.message(text, error=error),
                                    [f.registerButton])
        self._keep = KeepTyped(self, (f.nameEdit, f.contactEdit, f.subjectEdit, f.contentEdit,
                                      f.attachmentsEdit), lambda text: self.errors.message(text, error=True))
        f.typeCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what the operator sees -------------------------------------------------------------

    def due_text(self) -> str:
        return self.form.dueLabel.text()

    def error_for(self, field: str) -> str:
        """The message next to a field: type, channel, name, contact, subject, content,
        attachments, officer ("" when none)."""
        return self.errors.text(field)

    def message(self) -> str:
        return self.errors.message_text()

    def receipt_wanted(self) -> bool:
        return self.form.receiptCheck.isChecked()

    # --- registering --------------------------------------------------------------------------

    def request(self, officer_id: int | None) -> CaseRequest:
        """The case as typed (nothing checked here: the service decides)."""
        f = self.form
        names = tuple(line.strip() for line in f.attachmentsEdit.toPlainText().splitlines())
        prefilled = self._request
        how = NotifyChannel(f.notifyCombo.currentData())
        address = f.notifyAddressEdit.text() if how.sends else ""
        return CaseRequest(
            case_type=str(f.typeCombo.currentData()),
            channel=str(f.channelCombo.currentData()),
            subject=f.subjectEdit.text(),
            content=f.contentEdit.toPlainText(),
            petitioner_name=f.nameEdit.text(),
            petitioner_contact=f.contactEdit.text(),
            attachments=tuple(name for name in names if name),
            officer_id=officer_id,
            received_at=prefilled.received_at if prefilled is not None else None,
            memo_id=prefilled.memo_id if prefilled is not None else None,
            notify=how.value,
            notify_email=address if how is NotifyChannel.EMAIL else "",
            notify_mobile=address if how is NotifyChannel.SMS else "",
        )

    def submit(self) -> CaseView | None:
        """Register the case; returns it (and closes), or None with the reason shown (or while
        a registration another desk's lock held up is tried again)."""
        if self.lock_retry.running():
            return None
        self.errors.clear()
        actor = self._actor()
        if actor is None:
            self.errors.message(translate("FieldsDialog", NO_OPERATOR), error=True)
            return None
        officer_id, problem = self.officer.chosen()
        if problem is not None:
            self.errors.field("officer", problem)
            return None
        request = self.request(officer_id)
        if not self._duplicate_answered:
            try:
                earlier = self._backend.cases.likely_duplicates(request)
            except MinwonError:
                earlier = []  # the registration itself will say what is wrong
            if earlier:
                self._ask_about(earlier[0])
                return None
        final = replace(request, related_case_id=self._related)
        try:
            with self._backend.hurried():
                case = self._backend.cases.open(actor, final)
        except LockedError:
            self.lock_retry.start(lambda: self._backend.cases.open(actor, final), self._registered,
                                  translate("CaseForm", "민원 접수"))
            return None
        except MinwonError as exc:
            self.errors.error(exc, FIELD_ALIASES)
            return None
        return self._registered(case)

    def _registered(self, case: CaseView) -> CaseView:
        self.case = case
        self.registered.emit(case)
        self.accept()
        return case

    def _ask_about(self, earlier: CaseView) -> None:
        """Same petitioner and subject within a day: link to it, register anyway, or go back."""
        text = translate("CaseForm",
            "같은 민원인·제목의 민원이 {at}에 이미 접수되었습니다: {number} ({who}, '{subject}').\n"
            "같은 민원이면 연결하여 등록하고, 다른 민원이면 그대로 등록하세요."
        ).format(number=earlier.number, who=earlier.petitioner_masked, subject=earlier.subject,
                 at=format_moment(earlier.received_at))
        box = QMessageBox(QMessageBox.Icon.Question, translate("CaseForm", "같은 민원일 수 있습니다"), text,
                          QMessageBox.StandardButton.NoButton, self)
        link = box.addButton(translate("CaseForm", "연결하여 등록(&L)"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("CaseForm", "그대로 등록(&R)"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(translate("CaseForm", "돌아가기"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(link)
        box.setEscapeButton(back)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: QAbstractButton) -> None:
            self.duplicate_box = None
            if button is back:
                return  # nothing registered; the form keeps what was typed
            self._duplicate_answered = True
            self._related = earlier.id if button is link else None
            self.submit()

        box.buttonClicked.connect(answered)
        self.duplicate_box = box
        box.open()

    def reject(self) -> None:
        """Esc / 닫기: closes at once when nothing was typed, else after a second Esc."""
        if self._keep.may_close():
            super().reject()

    # --- internals ----------------------------------------------------------------------------

    def _fill(self, request: CaseRequest | None, memo_number: str) -> None:
        f = self.form
        kind, channel = CaseType.INQUIRY_PROCEDURE.value, CaseChannel.VISIT.value
        if request is not None:
            kind, channel = request.case_type or kind, request.channel or channel
            f.nameEdit.setText(request.petitioner_name)
            f.contactEdit.setText(request.petitioner_contact)
            f.subjectEdit.setText(request.subject)
            f.contentEdit.setPlainText(request.content)
            f.attachmentsEdit.setPlainText("\n".join(request.attachments))
            self.officer.select(request.officer_id)
            how = NotifyChannel(request.notify or "phone")
            f.notifyCombo.setCurrentIndex(max(f.notifyCombo.findData(how.value), 0))
            f.notifyAddressEdit.setText(
                request.notify_email if how is NotifyChannel.EMAIL else request.notify_mobile)
        self._notify_changed()
        f.typeCombo.setCurrentIndex(max(f.typeCombo.findData(kind), 0))
        f.channelCombo.setCurrentIndex(max(f.channelCombo.findData(channel), 0))
        source = ""
        if request is not None and request.memo_id is not None:
            source = translate("CaseForm", "전화메모 {number}에서 가져왔습니다.").format(number=memo_number or request.memo_id)
            if request.received_at is not None:
                source += " " + translate("CaseForm", "접수 시각은 전화를 받은 때({at})로 합니다.").format(
                    at=format_moment(request.received_at))
            self.setWindowTitle(translate("CaseForm", "민원 등록 — 전화메모에서"))
        f.sourceLabel.setText(source)
        f.sourceLabel.setVisible(bool(source))

    def _notify_changed(self, *_args: object) -> None:
        """The address field follows the way chosen: an e-mail address, a mobile number, or
        nothing to type for a call or no notice."""
        f = self.form
        how = NotifyChannel(f.notifyCombo.currentData())
        f.notifyAddressEdit.setEnabled(how.sends)
        f.notifyAddressEdit.setPlaceholderText({
            NotifyChannel.EMAIL: translate("CaseForm", "이메일 주소 (예: hong@example.com)"),
            NotifyChannel.SMS: translate("CaseForm", "휴대전화 번호 (예: 010-1234-5678)"),
            NotifyChannel.PHONE: translate("CaseForm", "담당자가 전화로 알립니다"),
            NotifyChannel.NONE: translate("CaseForm", "알리지 않습니다"),
        }[how])
        if how.sends and not f.notifyAddressEdit.text():
            contact = f.contactEdit.text().strip()
            if (how is NotifyChannel.EMAIL) == ("@" in contact) and contact:
                f.notifyAddressEdit.setText(contact)

    def _update_due(self, *_args: object) -> None:
        f = self.form
        at = self._request.received_at if self._request is not None else None
        f.dueLabel.setText(deadline_hint(
            self._backend, CaseType(f.typeCombo.currentData()),
            CaseChannel(f.channelCombo.currentData()), at,
        ))

    def __repr__(self) -> str:
        return f"CaseForm(subject={self.form.subjectEdit.text()!r})"
