"""이송: a case that belongs to another agency is sent there, with the reason, within its
clock (8 working hours from receipt, 민원처리법 시행령 §13); the petitioner gets a transfer
notice (이송 통지) naming the agency, and the case leaves the open lists here with its
history kept (state ``transferred``; its clock stops at the transfer).

Who may: the desk that received it, the officer who holds it (or acts for them), or the
head of that officer's department.
"""

from __future__ import annotations

from datetime import datetime

from minwon_desk.domain.cases import MAX_TEXT, check_text, transfer_out_clock
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.notice_templates import NoticeStage
from minwon_desk.domain.periods import due
from minwon_desk.domain.roles import Operation, Role
from minwon_desk.domain.timeutil import format_ko, to_seoul
from minwon_desk.services import access
from minwon_desk.services.cases import queries as q
from minwon_desk.services.cases.dto import DocumentRef
from minwon_desk.services.cases.progress import CaseProgress
from minwon_desk.services.cases.records import (
    _changed,
    _event,
    _issue,
    _locked,
    _require_open,
)
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import CaseChange

MAX_AGENCY = 100


class CaseTransfers(CaseProgress):
    def transfer_deadline(self, received_at: datetime) -> datetime:
        """By when a case received at ``received_at`` must be sent to the agency it
        belongs to (the charter's ``transfer_out`` clock, else 8 working hours)."""
        return due(to_seoul(received_at), transfer_out_clock(self._charter).period,
                   self._calendar.current())

    def transfer_out(
        self, actor: Actor, case_id: int, *, agency: str, reason: str
    ) -> DocumentRef:
        """Send the case to ``agency`` (its 이송 통지 issued); returns the notice."""
        where = check_text("agency", translate("Cases", "이송할 기관"), agency, limit=MAX_AGENCY,
                           required=True,
                           empty=translate("Cases", "이송할 기관의 이름을 적어 주세요 (예: 고용노동부)."))
        why = check_text("reason", translate("Cases", "이송 사유"), reason, limit=MAX_TEXT,
                         required=True,
                         empty=translate("Cases", "왜 그 기관의 일인지 적어 주세요. 이송 통지에 그대로 실립니다."))
        now = self._clock()
        with self._db.write(actor, Operation.CASE_TRANSFER) as (session, _staff):
            case = _locked(session, case_id)
            if Role.RECEPTION not in access.session_roles(session):
                access.check_holder(session, actor, Operation.CASE_TRANSFER, case.officer_id,
                                    now, what="민원")
            _require_open(case, translate("Cases", "다시 이송할 수 없습니다"))
            deadline = self.transfer_deadline(case.received_at)
            late = now > deadline
            case.state = q.TRANSFERRED
            case.paused_at = None
            case.answered_at = now  # the clock stops here: the case is now the other agency's
            case.answered_by_id = actor.staff_id
            _event(session, case, now, actor, "transfer_out", note=f"{where}: {why}")
            ref = _issue(session, case, "transfer", 1, now, actor, {
                "agency": where, "reason": why, "deadline": deadline.isoformat(), "late": late,
            })
            # Told the way they asked (the notice attached to an e-mail).
            self._notify(session, case, NoticeStage.TRANSFERRED, 1, now, actor, {
                "to_agency": where, "transferred_at": format_ko(now), "reason": why,
            })
            self._audit(session, actor, now, "case.transfer_out", case.id,
                        {"agency": where, "late": late},
                        announce=_changed(case, CaseChange.TRANSFERRED, actor))
        return ref
