"""현장 방문 on a case: plan a visit agreed with the customer (when, where, what, how it was
agreed, who goes — more than two people is asked about once, as the charter asks for the
fewest), and afterwards record what came of it or why it did not happen."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, time, timedelta
from types import MappingProxyType
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QListWidget, QListWidgetItem, QRadioButton

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.timeutil import SEOUL, to_seoul
from minwon_desk.services.cases.site_visits import (
    FEW_PEOPLE,
    SiteVisitPlan,
    SiteVisitView,
    too_many,
)
from minwon_desk.services.dto import Actor
from minwon_desk.ui.cases.dialog_base import CaseDialog
from minwon_desk.ui.common.dialogs import line_edit, text_box, wrapped_label
from minwon_desk.ui.i18n import translate


class SiteVisitDialog(CaseDialog):
    title = QT_TRANSLATE_NOOP("CaseDialogs", "현장 방문 계획")
    ok_text = QT_TRANSLATE_NOOP("CaseDialogs", "계획 기록")

    def build(self) -> None:
        self.resize(640, 640)
        self._asked_many = False
        tomorrow = to_seoul(self._backend.clock()).date() + timedelta(days=1)
        start = datetime.combine(tomorrow, time(14, 0), tzinfo=SEOUL)
        self.when = QDateTimeEdit(QDateTime(start.date(), start.time()))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setAccessibleName(translate("SiteVisitDialogs", "방문 일시"))
        self.add_field("visit_at", translate("SiteVisitDialogs", "방문 일시(&T)"), self.when)
        self.place = line_edit(translate("SiteVisitDialogs", "방문 장소"), translate("SiteVisitDialogs", "예: (주)한빛정밀 안산 공장"))
        self.add_field("place", translate("SiteVisitDialogs", "장소(&P)"), self.place)
        self.agreed = line_edit(translate("SiteVisitDialogs", "고객과 협의"), translate("SiteVisitDialogs", "예: 7/2 전화로 김한빛 대표와 협의"))
        self.add_field("agreed_how", translate("SiteVisitDialogs", "고객과 협의(&G)"), self.agreed,
                       translate("SiteVisitDialogs", "방문 일시는 고객과 미리 협의합니다 (이행표준)."))
        self.agenda = text_box(translate("SiteVisitDialogs", "협의할 내용"), translate("SiteVisitDialogs", "고객에게 미리 알리는 내용"), height=70)
        self.add_field("agenda", translate("SiteVisitDialogs", "협의할 내용(&A)"), self.agenda)
        self.members = QListWidget()
        self.members.setAccessibleName(translate("SiteVisitDialogs", "가는 직원"))
        self.members.setMaximumHeight(150)
        self.add_field("members", translate("SiteVisitDialogs", "가는 직원(&M)"), self.members,
                       translate("SiteVisitDialogs", "Space로 고릅니다. 방문 인원은 꼭 필요한 사람만 ({n}명 이하 권장).")
                       .format(n=FEW_PEOPLE))
        self.crowd = wrapped_label(name=translate("SiteVisitDialogs", "방문 인원 안내"), role="hint")
        self.fields.addRow("", self.crowd)
        self._fill_members()
        self.members.itemChanged.connect(lambda _item: self._count())
        self._count()
        self.when.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> tuple[int, ...]:
        return tuple(
            int(self.members.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.members.count())
            if self.members.item(i).checkState() == Qt.CheckState.Checked
        )

    def write(self, actor: Actor) -> SiteVisitView:
        members = self.chosen()
        if len(members) > FEW_PEOPLE and not self._asked_many:
            # Asked once; saving again means the planner has thought about it.
            self._asked_many = True
            raise ValidationError("members", too_many(len(members)) +
                                  translate("SiteVisitDialogs", " 그래도 이대로 가려면 다시 저장하세요."))
        at = self.when.dateTime().toPython().replace(tzinfo=SEOUL)
        return self._backend.site_visits.plan(actor, SiteVisitPlan(
            case_id=self.case.id, visit_at=at, place=self.place.text(),
            agenda=self.agenda.toPlainText(), agreed_how=self.agreed.text(),
            member_ids=members, many_confirmed=self._asked_many))

    def _fill_members(self) -> None:
        officer = self.case.officer_id
        people = self._backend.staff.list_active()
        # The case's officer first, then their department, then everyone else.
        home = next((p.department for p in people if p.id == officer), "")
        people.sort(key=lambda p: (p.id != officer, p.department != home))
        for person in people:
            item = QListWidgetItem(f"{person.name} {person.position} ({person.department})")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id == officer
                               else Qt.CheckState.Unchecked)
            self.members.addItem(item)

    def _count(self) -> None:
        count = len(self.chosen())
        self.crowd.setText(too_many(count) if count > FEW_PEOPLE
                           else translate("SiteVisitDialogs", "{n}명이 갑니다.").format(n=count))


class SiteVisitOutcomeDialog(CaseDialog):
    title = QT_TRANSLATE_NOOP("CaseDialogs", "현장 방문 결과")
    ok_text = QT_TRANSLATE_NOOP("CaseDialogs", "기록")
    # A cancellation's reason is shown where the outcome is typed.
    field_aliases: ClassVar[Mapping[str, str]] = MappingProxyType(
        {**CaseDialog.field_aliases, "reason": "outcome"})

    def build(self) -> None:
        self.visit = QComboBox()
        self.visit.setAccessibleName(translate("SiteVisitDialogs", "방문"))
        for visit in self._backend.site_visits.for_case(self.case.id):
            if visit.state == "planned":
                self.visit.addItem(visit.summary, visit.id)
        self.add_field("visit", translate("SiteVisitDialogs", "방문(&V)"), self.visit)
        self.went = QRadioButton(translate("SiteVisitDialogs", "다녀왔습니다 — 결과 기록(&D)"))
        self.called_off = QRadioButton(translate("SiteVisitDialogs", "가지 않았습니다 — 취소(&C)"))
        self.went.setChecked(True)
        self.fields.addRow("", self.went)
        self.fields.addRow("", self.called_off)
        self.text = text_box(translate("SiteVisitDialogs", "결과 또는 취소 사유"),
                             translate("SiteVisitDialogs", "현장에서 확인한 것과 하기로 한 것 (취소면 그 사유)"))
        self.add_field("outcome", translate("SiteVisitDialogs", "내용(&O)"), self.text)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def write(self, actor: Actor) -> SiteVisitView:
        visit_id = self.visit.currentData()
        if visit_id is None:
            raise ValidationError("visit", translate("SiteVisitDialogs", "이 민원에는 계획된 현장 방문이 없습니다."))
        if self.called_off.isChecked():
            return self._backend.site_visits.cancel(actor, int(visit_id), self.text.toPlainText())
        return self._backend.site_visits.record_outcome(actor, int(visit_id),
                                                       self.text.toPlainText())
