"""알림 방법 변경: the petitioner asked, after the case was opened, to hear another way
(phone, e-mail, text, or not at all). The next stage's notice follows it; what was already
written keeps its address. A wrong address or number is said at its field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox

from minwon_desk.domain.notice_templates import NotifyChannel
from minwon_desk.services.cases.dto import CaseDetail
from minwon_desk.services.dto import Actor
from minwon_desk.ui.cases.dialog_base import CaseDialog
from minwon_desk.ui.common.dialogs import line_edit
from minwon_desk.ui.i18n import translate


def channel_label(how: NotifyChannel) -> str:
    return {
        NotifyChannel.PHONE: translate("CaseNotify", "전화 (담당자가 전화로 알림)"),
        NotifyChannel.EMAIL: translate("CaseNotify", "이메일"),
        NotifyChannel.SMS: translate("CaseNotify", "문자"),
        NotifyChannel.NONE: translate("CaseNotify", "알리지 않음"),
    }[how]


class NotifyDialog(CaseDialog):
    title = QT_TRANSLATE_NOOP("CaseDialogs", "알림 방법 변경")
    ok_text = QT_TRANSLATE_NOOP("CaseDialogs", "바꾸기")
    # Both addresses are said at the one address field.
    field_aliases: ClassVar[Mapping[str, str]] = {"notify_email": "address",
                                                  "notify_mobile": "address"}

    def build(self) -> None:
        self.combo = QComboBox()
        self.combo.setAccessibleName(translate("CaseNotify", "알릴 방법"))
        for how in NotifyChannel:
            self.combo.addItem(channel_label(how), how.value)
        self.address = line_edit(translate("CaseNotify", "알림 받을 곳"))
        self.add_field("notify", translate("CaseNotify", "알릴 방법(&H)"), self.combo)
        self.add_field("address", translate("CaseNotify", "받을 곳(&A)"), self.address)
        detail: CaseDetail = self.detail
        now = NotifyChannel(detail.notify or "phone")
        self.combo.setCurrentIndex(max(self.combo.findData(now.value), 0))
        # What is typed for each way stays while the person tries another.
        self._typed = {NotifyChannel.EMAIL: detail.notify_email,
                       NotifyChannel.SMS: detail.notify_mobile}
        self._shown = NotifyChannel.PHONE  # nothing typed yet to keep
        self.combo.currentIndexChanged.connect(self._chosen)
        self._chosen()
        self.combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def fact_lines(self) -> list[str]:
        now = NotifyChannel(self.detail.notify or "phone")
        return [
            translate("CaseNotify", "지금: {how}").format(how=channel_label(now)),
            translate("CaseNotify", "바꾸면 다음 단계의 알림부터 새 방법으로 갑니다. "
                                    "이미 보낸 알림은 다시 보내지 않습니다."),
        ]

    def chosen(self) -> NotifyChannel:
        return NotifyChannel(self.combo.currentData())

    def _chosen(self, *_args: object) -> None:
        """The field follows the way chosen: the address kept for it, or nothing to type."""
        how = self.chosen()
        if self._shown.sends:
            self._typed[self._shown] = self.address.text()
        self._shown = how
        self.address.setEnabled(how.sends)
        self.address.setText(self._typed.get(how, ""))
        self.address.setPlaceholderText({
            NotifyChannel.EMAIL: translate("CaseNotify", "이메일 주소 (예: hong@example.com)"),
            NotifyChannel.SMS: translate("CaseNotify", "휴대전화 번호 (예: 010-1234-5678)"),
            NotifyChannel.PHONE: translate("CaseNotify", "담당자가 전화로 알립니다"),
            NotifyChannel.NONE: translate("CaseNotify", "알리지 않습니다"),
        }[how])

    def write(self, actor: Actor) -> CaseDetail:
        how, typed = self.chosen(), self.address.text()
        # The other address is kept as it was: the petitioner may switch back.
        email = typed if how is NotifyChannel.EMAIL else self.detail.notify_email
        mobile = typed if how is NotifyChannel.SMS else self.detail.notify_mobile
        return self._backend.cases.set_notify(actor, self.case.id, how.value, email=email,
                                              mobile=mobile)
