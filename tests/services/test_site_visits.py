"""현장 방문: planned with the customer beforehand (the agreement written down), by as few
people as the work needs (more than two asked about once), closed with its outcome — and
every step in the case's history."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from minwon_desk.domain.errors import PermissionDenied, StateError, ValidationError
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.cases.site_visits import SiteVisitPlan
from tests.support.seed import SmallAgency, actor_for, small_agency

THURSDAY_NEXT = datetime(2026, 7, 9, 14, 0, tzinfo=SEOUL)


def _case(backend: Backend, agency: SmallAgency) -> int:
    return backend.cases.open(actor_for(backend, agency.operator), CaseRequest(
        case_type="1357", channel="1357", subject="공장 인허가 지연",
        petitioner_name="(주)한빛정밀", petitioner_contact="031-123-4567",
        officer_id=agency.officers[0].id)).id


def _plan(case_id: int, *members: int, **changes: object) -> SiteVisitPlan:
    plan = SiteVisitPlan(
        case_id=case_id, visit_at=THURSDAY_NEXT, place="(주)한빛정밀 안산 공장",
        agenda="인허가 서류 보완 사항 확인", agreed_how="7/2 전화로 김한빛 대표와 협의",
        member_ids=members, customer="김한빛 대표")
    return replace(plan, **changes)  # type: ignore[arg-type]


def test_a_visit_is_planned_done_and_kept_in_the_cases_history(
    db_backend: Backend, fake_clock: object
) -> None:
    agency = small_agency(db_backend)
    case_id = _case(db_backend, agency)
    kim = agency.officers[0]
    officer = actor_for(db_backend, kim)
    visit = db_backend.site_visits.plan(officer, _plan(case_id, kim.id))
    assert (visit.company, visit.state, visit.members) == ("(주)한빛정밀", "planned",
                                                           ("김민준 사무관",))
    assert visit.summary == "2026년 7월 9일(목) 14:00 (주)한빛정밀 안산 공장 — 김민준 사무관"
    with pytest.raises(ValidationError, match="다녀온 뒤에"):
        db_backend.site_visits.record_outcome(officer, visit.id, "확인함")
    fake_clock.set(datetime(2026, 7, 9, 17, 0, tzinfo=SEOUL))  # type: ignore[attr-defined]
    done = db_backend.site_visits.record_outcome(officer, visit.id,
                                                 "서류 두 건 보완하기로 함 (7/13까지)")
    assert done.state == "done" and done.outcome.startswith("서류 두 건")
    history = [(e.label, e.note) for e in db_backend.cases.detail(case_id).events
               if e.kind == "site_visit"]
    assert history[0][1].startswith("2026년 7월 9일(목) 14:00 (주)한빛정밀 안산 공장 (1명)")
    assert "협의: 7/2 전화로 김한빛 대표와 협의" in history[0][1]
    assert history[1] == ("현장 방문", "현장 방문 결과: 서류 두 건 보완하기로 함 (7/13까지)")
    assert [v.id for v in db_backend.site_visits.for_case(case_id)] == [visit.id]
    with pytest.raises(StateError, match="이미 결과를 기록한"):
        db_backend.site_visits.cancel(officer, visit.id, "고객 요청")


def test_more_than_two_people_are_asked_about_once(
    backend: Backend, agency: SmallAgency
) -> None:
    case_id = _case(backend, agency)
    officer = actor_for(backend, agency.officers[0])
    three = [o.id for o in agency.officers[:3]]
    with pytest.raises(ValidationError, match="방문 인원이 3명입니다"):
        backend.site_visits.plan(officer, _plan(case_id, *three))
    visit = backend.site_visits.plan(officer, _plan(case_id, *three, many_confirmed=True))
    assert len(visit.members) == 3


def test_a_plan_needs_the_agreement_a_future_time_and_the_cases_holder(
    backend: Backend, agency: SmallAgency
) -> None:
    case_id = _case(backend, agency)
    kim = agency.officers[0]
    officer = actor_for(backend, kim)
    with pytest.raises(ValidationError, match="고객과 사전에 협의"):
        backend.site_visits.plan(officer, _plan(case_id, kim.id, agreed_how=" "))
    with pytest.raises(ValidationError, match="방문 일시가 지났습니다"):
        backend.site_visits.plan(officer, _plan(
            case_id, kim.id, visit_at=datetime(2026, 7, 1, 9, 0, tzinfo=SEOUL)))
    with pytest.raises(ValidationError, match="한 사람 이상"):
        backend.site_visits.plan(officer, _plan(case_id))
    with pytest.raises(ValidationError, match="퇴직하거나"):
        backend.site_visits.plan(officer, _plan(case_id, agency.inactive.id))
    stranger = actor_for(backend, agency.officers[1])
    with pytest.raises(PermissionDenied):
        backend.site_visits.plan(stranger, _plan(case_id, agency.officers[1].id))
    assert backend.site_visits.for_case(case_id) == []
