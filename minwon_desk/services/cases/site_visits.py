"""현장 방문: a visit to a company, planned with the customer before it happens (the agreed
time and place, how it was agreed, what will be discussed), made by as few people as the
work needs, and closed with what came of it. Each serves one case and shows in its history.

The charter (TIPA) promises: 기업현장을 방문하고자 할 때 방문계획을 고객과 사전에 협의하고
방문인원은 최소화. So a plan needs the agreement written down, and more than
``FEW_PEOPLE`` going is asked about once (``many_confirmed``) before it is saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from minwon_desk.domain.cases import MAX_TEXT, check_text
from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.notice_templates import NoticeStage
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import format_ko, format_moment, to_seoul
from minwon_desk.services import access
from minwon_desk.services.cases import queries as q
from minwon_desk.services.cases.records import _changed, _event, _locked
from minwon_desk.services.clocked import ClockedService
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import CaseChange
from minwon_desk.services.orgchart import staff_label
from minwon_desk.store.models import Case, SiteVisit, SiteVisitMember, Staff

if TYPE_CHECKING:
    from minwon_desk.services.notices.service import NoticeService

FEW_PEOPLE = 2  # more than this is asked about: the charter asks for the fewest people


@dataclass(frozen=True, slots=True)
class SiteVisitPlan:
    case_id: int
    visit_at: datetime
    place: str
    agenda: str
    agreed_how: str  # when and with whom the time was agreed
    member_ids: tuple[int, ...]
    company: str = ""  # default: the petitioner named on the case
    customer: str = ""
    many_confirmed: bool = False  # the planner saw the "fewest people" question


@dataclass(frozen=True, slots=True)
class SiteVisitView:
    id: int
    case_id: int
    case_number: str
    company: str
    customer: str
    visit_at: datetime
    place: str
    agenda: str
    agreed_how: str
    members: tuple[str, ...]  # "김민준 사무관"
    planned_by: str
    state: str  # planned | done | cancelled
    outcome: str

    @property
    def summary(self) -> str:
        """'7/9(목) 14:00 (주)한빛정밀 공장 — 김민준 사무관 외 1명'."""
        who = self.members[0] if self.members else ""
        if len(self.members) > 1:
            who = translate("SiteVisits", "{who} 외 {n}명").format(who=who, n=len(self.members) - 1)
        return f"{format_moment(self.visit_at)} {self.place} — {who}"


def too_many(count: int) -> str:
    return translate(
        "SiteVisits",
        "방문 인원이 {count}명입니다. 이행표준은 기업의 일에 지장이 없도록 방문 인원을 "
        "최소화하라고 합니다 ({few}명 이하 권장). 꼭 필요한 사람만 가는지 확인해 주세요.",
    ).format(count=count, few=FEW_PEOPLE)


class SiteVisitService(ClockedService):
    _entity = "site_visit"
    # The plan goes to the customer the way they asked (the backend sets it).
    notices: NoticeService | None = None

    def plan(self, actor: Actor, req: SiteVisitPlan) -> SiteVisitView:
        place = check_text("place", translate("SiteVisits", "방문 장소"), req.place, limit=300,
                           required=True,
                           empty=translate("SiteVisits", "어디로 가는지 적어 주세요 (예: (주)한빛정밀 안산 공장)."))
        agenda = check_text("agenda", translate("SiteVisits", "협의할 내용"), req.agenda, limit=MAX_TEXT,
                            required=True,
                            empty=translate("SiteVisits", "무엇을 협의할지 적어 주세요. 고객에게 미리 알리는 내용입니다."))
        agreed = check_text("agreed_how", translate("SiteVisits", "고객과 협의한 내용"), req.agreed_how,
                            limit=1000, required=True,
                            empty=translate("SiteVisits", "방문 일시를 고객과 언제, 누구와 협의했는지 적어 주세요 "
                                                          "(이행표준: 방문계획은 고객과 사전에 협의)."))
        members = tuple(dict.fromkeys(req.member_ids))
        if not members:
            raise ValidationError("members", translate("SiteVisits", "누가 가는지 한 사람 이상 골라 주세요."))
        if len(members) > FEW_PEOPLE and not req.many_confirmed:
            raise ValidationError("members", too_many(len(members)))
        now = self._clock()
        if to_seoul(req.visit_at) <= now:
            raise ValidationError("visit_at", translate(
                "SiteVisits", "방문 일시가 지났습니다. 고객과 협의한 앞으로의 일시를 적어 주세요."))
        with self._db.write(actor, Operation.CASE_WORK) as (session, _staff):
            case = _locked(session, req.case_id)
            access.check_holder(session, actor, Operation.CASE_WORK, case.officer_id, now,
                                what="민원")
            if case.state in q.CLOSED:
                raise StateError(translate(
                    "SiteVisits", "민원 {number}은(는) 이미 처리를 마쳤습니다. 새 방문은 새 민원으로 접수해 주세요.",
                ).format(number=case.number))
            _check_members(session, members)
            company = " ".join((req.company or case.petitioner_name).split())
            if not company:
                raise ValidationError("company", translate("SiteVisits", "방문할 기업의 이름을 적어 주세요."))
            visit = SiteVisit(
                case_id=case.id, company=company[:200], customer=" ".join(req.customer.split()),
                visit_at=req.visit_at, place=place, agenda=agenda, agreed_how=agreed,
                planned_by_id=actor.staff_id, planned_at=now, state="planned", outcome="",
            )
            session.add(visit)
            session.flush()
            session.add_all(SiteVisitMember(visit_id=visit.id, staff_id=m) for m in members)
            _event(session, case, now, actor, "site_visit",
                   note=f"{format_ko(req.visit_at)} {place} ({len(members)}명) — 협의: {agreed}")
            if self.notices is not None:
                self.notices.queue(session, case, NoticeStage.SITE_VISIT, visit.id, {
                    "visit_at": format_ko(req.visit_at), "place": place, "agenda": agenda,
                    "people": str(len(members)),
                }, now, actor)
            self._audit(session, actor, now, "site_visit.plan", visit.id,
                        {"case_id": case.id, "members": len(members)},
                        announce=_changed(case, CaseChange.SITE_VISIT, actor))
            visit_id = visit.id
        return self.get(visit_id)

    def record_outcome(self, actor: Actor, visit_id: int, outcome: str) -> SiteVisitView:
        text = check_text("outcome", translate("SiteVisits", "방문 결과"), outcome, limit=MAX_TEXT,
                          required=True,
                          empty=translate("SiteVisits", "현장에서 무엇을 확인하고 어떻게 하기로 했는지 적어 주세요."))
        return self._close(actor, visit_id, "done", text)

    def cancel(self, actor: Actor, visit_id: int, reason: str) -> SiteVisitView:
        text = check_text("reason", translate("SiteVisits", "취소 사유"), reason, limit=1000,
                          required=True,
                          empty=translate("SiteVisits", "왜 취소하는지 적어 주세요 (고객 요청, 전화로 해결 등)."))
        return self._close(actor, visit_id, "cancelled", text)

    def get(self, visit_id: int) -> SiteVisitView:
        with self._db.read() as session:
            visit = session.get(SiteVisit, visit_id)
            if visit is None:
                raise NotFoundError(translate("SiteVisits", "현장 방문(번호 {id})을 찾을 수 없습니다.").format(
                    id=visit_id))
            return _view(session, visit)

    def for_case(self, case_id: int) -> list[SiteVisitView]:
        with self._db.read() as session:
            visits = session.scalars(select(SiteVisit).where(SiteVisit.case_id == case_id)
                                     .order_by(SiteVisit.visit_at, SiteVisit.id))
            return [_view(session, v) for v in visits]

    def _close(self, actor: Actor, visit_id: int, state: str, text: str) -> SiteVisitView:
        now = self._clock()
        with self._db.write(actor, Operation.CASE_WORK) as (session, _staff):
            visit = session.get(SiteVisit, visit_id, with_for_update=True)
            if visit is None:
                raise NotFoundError(translate("SiteVisits", "현장 방문(번호 {id})을 찾을 수 없습니다.").format(
                    id=visit_id))
            case = _locked(session, visit.case_id)
            access.check_holder(session, actor, Operation.CASE_WORK, case.officer_id, now,
                                what="민원")
            if visit.state != "planned":
                raise StateError(translate("SiteVisits", "이미 결과를 기록한 방문입니다.")
                                 if visit.state == "done"
                                 else translate("SiteVisits", "이미 취소한 방문입니다."))
            if state == "done" and to_seoul(visit.visit_at) > now:
                raise ValidationError("outcome", translate(
                    "SiteVisits", "방문 일시({at}) 전입니다. 다녀온 뒤에 결과를 적어 주세요.",
                ).format(at=format_moment(visit.visit_at)))
            visit.state, visit.outcome = state, text
            visit.closed_at, visit.closed_by_id = now, actor.staff_id
            word = "현장 방문 결과" if state == "done" else "현장 방문 취소"
            _event(session, case, now, actor, "site_visit", note=f"{word}: {text}")
            self._audit(session, actor, now, f"site_visit.{state}", visit.id,
                        {"case_id": case.id},
                        announce=_changed(case, CaseChange.SITE_VISIT, actor))
        return self.get(visit_id)


def _check_members(session: Session, members: Sequence[int]) -> None:
    found = dict(session.execute(
        select(Staff.id, Staff.active).where(Staff.id.in_(members))).tuples().all())
    for member in members:
        if member not in found:
            raise ValidationError("members", translate("SiteVisits", "직원(번호 {id})을 찾을 수 없습니다.").format(
                id=member))
        if not found[member]:
            raise ValidationError("members", translate("SiteVisits", "퇴직하거나 비활성화된 직원은 방문 인원이 될 수 없습니다."))


def _view(session: Session, visit: SiteVisit) -> SiteVisitView:
    people = session.execute(
        select(Staff.name, Staff.position).join(SiteVisitMember,
                                                SiteVisitMember.staff_id == Staff.id)
        .where(SiteVisitMember.visit_id == visit.id).order_by(Staff.name)).all()
    case_number = session.scalar(select(Case.number).where(Case.id == visit.case_id)) or ""
    planner = session.get(Staff, visit.planned_by_id)
    return SiteVisitView(
        id=visit.id, case_id=visit.case_id, case_number=case_number, company=visit.company,
        customer=visit.customer, visit_at=to_seoul(visit.visit_at), place=visit.place,
        agenda=visit.agenda, agreed_how=visit.agreed_how,
        members=tuple(staff_label(n, p) for n, p in people),
        planned_by=staff_label(planner.name, planner.position) if planner else "",
        state=visit.state, outcome=visit.outcome,
    )
