"""시정조치 기록: whose conduct, what was done (주의, 재교육, …), who follows up with the
petitioner, and — when it answers a complaint — the case or visit it is about.

Opened from a decided candidate or a voucher it comes linked to that event, with the
handling officer as the staff member; from the list it offers the chosen candidate's or
voucher's record as a link, none by default.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from minwon_desk.domain.compensation import CorrectiveKind, EventKey
from minwon_desk.domain.errors import MinwonError, ValidationError
from minwon_desk.services.dto import Actor, StaffSummary
from minwon_desk.services.supervision.compensation_dto import Candidate, VoucherView
from minwon_desk.services.supervision.corrective import CorrectiveRequest, CorrectiveView
from minwon_desk.ui.common.staff_picker import (
    StaffSearch,
    chosen_staff_id,
    select_staff,
    setup_staff_combo,
    staff_summaries,
)
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.supervision.compensation.dialog_base import ActorProvider, FormDialog, text_box

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend


@dataclass(frozen=True, slots=True)
class CorrectiveLink:
    """The complaint a corrective action answers."""

    label: str  # "보상 후보: 직원 잘못으로 재방문 · 방문 2026-07-06 10:00"
    case_id: int | None = None
    visit_id: int | None = None
    event: EventKey | None = None
    staff_id: int | None = None  # who handled it: the usual subject of the action


def link_to_candidate(c: Candidate) -> CorrectiveLink:
    return CorrectiveLink(
        translate("CorrectiveDialog", "보상 후보: {kind} · {reference}").format(kind=c.kind.label, reference=c.reference),
        case_id=c.case_id, visit_id=c.visit_id, event=c.key if c.decided else None,
        staff_id=c.officer_id,
    )


def link_to_voucher(v: VoucherView) -> CorrectiveLink:
    source = v.case_id if v.kind.source == "case" else v.visit_id
    return CorrectiveLink(
        translate("CorrectiveDialog", "증서 {serial}: {kind} · {reference}").format(serial=v.serial, kind=v.kind_label, reference=v.reference),
        case_id=v.case_id, visit_id=v.visit_id,
        event=EventKey(v.kind, source) if source is not None else None,
    )


def _staff_combo(name: str, staff: list[StaffSummary], search: StaffSearch | None) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setAccessibleName(name)
    combo.setMinimumWidth(320)
    setup_staff_combo(combo, staff, search)
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(translate("CorrectiveDialog", "이름, 초성, 부서나 업무로 찾기"))  # required here
    return combo


class CorrectiveDialog(FormDialog):
    title = QT_TRANSLATE_NOOP("CompensationDialogs", "시정조치 기록")
    ok_text = QT_TRANSLATE_NOOP("CompensationDialogs", "기록")

    def __init__(self, backend: Backend, actor: ActorProvider, links: list[CorrectiveLink],
                 *, linked: bool, parent: QWidget | None = None) -> None:
        """``links``: what it may be about; ``linked``: the first is chosen (else none)."""
        self.links = links
        self._linked = linked and bool(links)
        super().__init__(backend, actor, parent)

    def build(self) -> None:
        self.resize(640, 520)
        staff, search = self._staff()
        self.staff = _staff_combo(translate("CorrectiveDialog", "조치 대상 직원"), staff, search)
        self.add_field("staff", translate("CorrectiveDialog", "대상 직원(&S)"), self.staff)
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("CorrectiveDialog", "조치 종류"))
        for kind in CorrectiveKind:
            self.kind.addItem(kind.label, kind)
        self.add_field("kind", translate("CorrectiveDialog", "조치(&K)"), self.kind)
        self.detail = text_box(translate("CorrectiveDialog", "조치 내용"), translate("CorrectiveDialog", "무엇을 확인했고 어떤 조치를 했는지 (기관 안에만 남습니다)"))
        self.add_field("detail", translate("CorrectiveDialog", "조치 내용(&D)"), self.detail)
        self.follow_up = _staff_combo(translate("CorrectiveDialog", "후속 조치 담당자"), staff, search)
        self.add_field("follow_up", translate("CorrectiveDialog", "후속 담당자(&F)"), self.follow_up,
                       translate("CorrectiveDialog", "민원인에게 결과를 알리는 사람: 결과 안내문에 이름과 연락처가 실립니다."))
        self.link = QComboBox()
        self.link.setAccessibleName(translate("CorrectiveDialog", "관련 기록"))
        self.link.addItem(translate("CorrectiveDialog", "연결 없음"), None)
        for link in self.links:
            self.link.addItem(link.label, link)
        self.add_field("link", translate("CorrectiveDialog", "관련 기록(&L)"), self.link)
        if self._linked:
            self.link.setCurrentIndex(1)
            chosen = self.links[0]
            if chosen.staff_id is not None and select_staff(self.staff, chosen.staff_id):
                self.detail.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.focusWidget() is None:
            self.staff.setFocus(Qt.FocusReason.OtherFocusReason)

    def _staff(self) -> tuple[list[StaffSummary], StaffSearch | None]:
        try:
            snapshot = self._backend.directory.snapshot()
        except MinwonError as exc:
            self.load_error = exc.message
            return [], None
        return staff_summaries(snapshot.active), snapshot.search_ids

    def header_text(self) -> str:
        return translate("CorrectiveDialog", "직원의 잘못에 대한 시정조치를 기록합니다.")

    def fact_lines(self) -> list[str]:
        return [translate("CorrectiveDialog", "관련 민원이나 방문을 이어 두면 민원인에게 결과 안내문을 보낼 수 있습니다.")]

    def chosen_link(self) -> CorrectiveLink | None:
        link = self.link.currentData()
        return link if isinstance(link, CorrectiveLink) else None

    def write(self, actor: Actor) -> CorrectiveView:
        staff_id, problem = chosen_staff_id(self.staff)
        if staff_id is None:
            raise ValidationError("staff", problem or translate("CorrectiveDialog", "조치 대상 직원을 골라 주세요 (이름이나 초성으로 찾기)."))
        follow_id, problem = chosen_staff_id(self.follow_up)
        if follow_id is None:
            raise ValidationError("follow_up", problem or translate("CorrectiveDialog", "민원인에게 결과를 알릴 후속 담당자를 골라 주세요."))
        kind = self.kind.currentData()
        link = self.chosen_link()
        request = CorrectiveRequest(
            staff_id=staff_id, kind=kind, detail=self.detail.toPlainText(),
            follow_up_officer_id=follow_id,
            case_id=link.case_id if link else None, visit_id=link.visit_id if link else None,
            event=link.event if link else None,
        )
        return self._backend.corrective.record(actor, request)
