"""다른 기관으로 이송: the agency the case belongs to and why, with the clock the law gives
(8 working hours from receipt). Saving sends it: the case leaves the open lists and the
transfer notice (이송 통지) for the petitioner opens in the preview."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from minwon_desk.domain.timeutil import format_moment
from minwon_desk.services.cases.dto import DocumentRef
from minwon_desk.services.dto import Actor
from minwon_desk.ui.cases.dialog_base import CaseDialog
from minwon_desk.ui.common.dialogs import line_edit, text_box
from minwon_desk.ui.i18n import translate


class TransferDialog(CaseDialog):
    title = QT_TRANSLATE_NOOP("CaseDialogs", "다른 기관으로 이송")
    ok_text = QT_TRANSLATE_NOOP("CaseDialogs", "이송하고 이송 통지 만들기")

    def build(self) -> None:
        self.agency = line_edit(translate("TransferDialog", "이송할 기관"), translate("TransferDialog", "예: 고용노동부 (소관 기관의 이름)"))
        self.add_field("agency", translate("TransferDialog", "이송할 기관(&G)"), self.agency)
        self.reason = text_box(translate("TransferDialog", "이송 사유"), translate("TransferDialog", "왜 그 기관의 일인지 (이송 통지에 실립니다)"))
        self.add_field("reason", translate("TransferDialog", "이송 사유(&R)"), self.reason)
        self.agency.setFocus(Qt.FocusReason.OtherFocusReason)

    def fact_lines(self) -> list[str]:
        deadline = self._backend.cases.transfer_deadline(self.case.received_at)
        now = self._backend.clock()
        clock = (translate("TransferDialog", "이송 기한 {due} (접수 후 8근무시간, 민원처리법 시행령 제13조)")
                 .format(due=format_moment(deadline)))
        if now > deadline:
            clock += translate("TransferDialog", " — 이미 지났습니다. 지금 바로 이송하세요.")
        return [clock, translate("TransferDialog", "이송하면 이 기관의 처리 목록에서 빠지고, 기록은 그대로 남습니다.")]

    def write(self, actor: Actor) -> DocumentRef:
        return self._backend.cases.transfer_out(
            actor, self.case.id, agency=self.agency.text(), reason=self.reason.toPlainText())
