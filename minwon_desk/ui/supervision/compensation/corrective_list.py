"""The 시정조치 tab: the month's corrective actions, recording one (linked to a complaint
when there is one), and the result notice to the petitioner for an action that has a
case or a visit to send it to.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.particles import settle
from minwon_desk.domain.timeutil import format_moment
from minwon_desk.services.supervision.corrective import CorrectiveView
from minwon_desk.ui.forms.ui_compensation_page import Ui_CompensationPage
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role
from minwon_desk.ui.supervision.compensation.corrective_dialog import (
    CorrectiveDialog,
    CorrectiveLink,
)
from minwon_desk.ui.supervision.compensation.dialog_base import ActorProvider, PageSection, Say
from minwon_desk.ui.supervision.compensation.documents import DocumentOpener
from minwon_desk.ui.supervision.compensation.tables import (
    PeriodChoice,
    RecordModel,
    RecordTable,
    corrective_headers,
    corrective_row,
)

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

_WIDTHS = (140, 100, 240, 90, 190, 140)


class CorrectiveList(PageSection):
    chosen_changed = Signal()
    recorded = Signal(int)  # action id, after it is recorded and chosen in the list

    def __init__(self, page: QWidget, form: Ui_CompensationPage,
                 backend: Backend, actor: ActorProvider, say: Say,
                 opener: DocumentOpener) -> None:
        super().__init__(page, form, backend, actor, say, opener)
        self.model = RecordModel(corrective_headers(), parent=self)
        self.table = RecordTable(form.correctiveTable, self.model, _WIDTHS, 2, self._show_chosen)
        form.correctiveTable.selectionModel().selectionChanged.connect(self._show_chosen)
        self.period = PeriodChoice(form.correctiveYearSpin, form.correctiveMonthCombo)
        self.period.changed.connect(self.reload)
        set_role(form.correctiveSummary, "summary")

    def set_period(self, year: int, month: int | None) -> None:
        self.period.set(year, month)

    def reload(self) -> None:
        f, period = self.form, self.period.text()
        actor = self._actor()
        if actor is None:
            return  # nobody signed in: nothing may be read
        try:
            actions = self._backend.corrective.actions(
                actor, year=self.period.year(), month=self.period.month())
        except MinwonError as exc:
            self._say(exc.message, True)
            return
        self.model.set_records(actions, corrective_row, key=lambda a: a.id)
        f.correctiveSummary.setText(
            translate("CompensationPage", "{period}에 기록한 시정조치 {n}건").format(period=period, n=len(actions)) if actions
            else translate("CompensationPage", "{period}에 기록한 시정조치가 없습니다.").format(period=period))
        self._show_chosen()

    def selected(self) -> CorrectiveView | None:
        chosen = self.table.selected()
        return chosen if isinstance(chosen, CorrectiveView) else None

    def select(self, action_id: int) -> bool:
        return self.table.select(action_id)

    def _show_chosen(self, *_args: object) -> None:
        a = self.selected()
        box = self.form.correctiveDetail
        if a is None:
            box.setPlainText(translate("CompensationPage", "시정조치를 고르면 내용이 여기에 나옵니다."))
        else:
            rows = [
                (translate("CompensationPage", "번호"), a.number), (translate("CompensationPage", "대상 직원"), a.staff_label), (translate("CompensationPage", "조치"), a.kind.label),
                (translate("CompensationPage", "관련 기록"), a.reference or translate("CompensationPage", "연결 없음 — 결과 안내문을 보낼 곳이 없습니다")),
                (translate("CompensationPage", "민원인"), a.petitioner_masked or "-"), (translate("CompensationPage", "후속 담당자"), a.follow_up_label),
                (translate("CompensationPage", "기록"), translate("CompensationPage", "{when} · {who}").format(when=format_moment(a.recorded_at), who=a.recorded_by)),
            ]
            table = "".join(f"<tr><th align='left'>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
                            for k, v in rows)
            detail = html.escape(a.detail).replace("\n", "<br>")
            box.setHtml(f"<table cellspacing='4'>{table}</table><p>{detail}</p>")
        self.chosen_changed.emit()

    # --- acting -------------------------------------------------------------------------------

    def record(self, links: list[CorrectiveLink], *, linked: bool) -> None:
        """Open the form; ``linked``: it answers ``links[0]`` (a decided candidate, a voucher)."""
        if not self.dialogs.may_open():
            return
        dialog = CorrectiveDialog(self._backend, self._actor, links, linked=linked, parent=self._page)
        dialog.finished_with.connect(self._recorded)
        self.dialogs.open(dialog, self.reload)

    def notice(self) -> None:
        a = self.selected()
        actor = self._actor()
        if a is None:
            self._say(translate("CompensationPage", "목록에서 시정조치를 먼저 고르세요."), True)
            return
        if not a.can_notify:
            self._say(translate("CompensationPage", "시정조치 {number}에는 연결된 민원이나 방문 기록이 없어 결과 안내문을 보낼 곳이 없습니다.").format(
                number=a.number), True)
            return
        if actor is None:
            self.dialogs.may_open()  # says who must be chosen first
            return
        service, action_id = self._backend.corrective, a.id
        self.opener.open(
            lambda _progress, _cancelled: service.notice(actor, action_id),
            label=translate("CompensationPage", "결과 안내문 준비 중…"), failed=lambda message: self._say(message, True),
            done=lambda document: self._say(translate("CompensationPage", "결과 안내문({number})을 미리보기로 열었습니다.").format(
                number=document.number), False),
        )

    def _recorded(self, result: object) -> None:
        if not isinstance(result, CorrectiveView):
            return
        self._say(settle(translate("CompensationPage", "시정조치 {number}을(를) 기록했습니다: {staff}, {kind}. 후속 담당 {follow}.").format(
            number=result.number, staff=result.staff_label, kind=result.kind.label,
            follow=result.follow_up_label)), False)
        # Shown in its month, chosen, so 결과 안내문 is one key away.
        self.set_period(result.recorded_at.year, result.recorded_at.month)
        self.reload()
        self.select(result.id)
        self.recorded.emit(result.id)

    def __repr__(self) -> str:
        return f"CorrectiveList(rows={self.model.rowCount()})"
