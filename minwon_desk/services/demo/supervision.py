"""Supervision in the demo agency: a few visitors who came back because of a staff error,
a discourtesy complaint found upheld and one dismissed, a bribery report, and the
supervisor's work on them — vouchers issued (one voided), one candidate rejected, a
corrective action, and the year's budget — so every screen has something to show.
The late cases come from the demo's own case register."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, insert, select, update

from minwon_desk.domain.compensation import CompensationKind, CorrectiveKind
from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.timeutil import SEOUL, to_seoul
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.demo.history import month_starts
from minwon_desk.services.dto import Actor
from minwon_desk.services.supervision.compensation import CompensationService
from minwon_desk.services.supervision.corrective import CorrectiveRequest
from minwon_desk.services.tables import VISIT
from minwon_desk.store.models import Visit

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

_MISTAKES = (
    "지난번 안내에서 필요 서류 목록을 잘못 알려 드려 다시 오심",
    "담당자가 자리에 없다고 잘못 안내해 돌아가셨다가 다시 오심",
    "접수 창구에서 서류를 받아 두고 전달하지 않아 다시 오심",
)


def add_demo_supervision(
    backend: Backend, operator: Actor, rng: random.Random, now: datetime
) -> None:
    now = to_seoul(min(now, backend.clock()))
    officers = [s for s in backend.staff.list_active() if s.id != operator.staff_id]
    _repeat_visits(backend, operator, rng, now)
    rude = backend.cases.open(operator, CaseRequest(
        case_type="불친절", channel="인터넷", subject="전화 상담 중 불친절한 응대",
        content="상담 직원이 말을 끊고 다른 곳에 알아보라며 전화를 끊었습니다.",
        petitioner_name="서민재", petitioner_contact="minjae.seo@example.com",
        officer_id=officers[0].id, received_at=now - timedelta(days=12),
    ))
    backend.cases.record_finding(
        operator, rude.id, upheld=True,
        note="통화 녹음을 확인한 결과 상담 도중 일방적으로 통화를 끝낸 사실이 있습니다.",
    )
    dismissed = backend.cases.open(operator, CaseRequest(
        case_type="불친절", channel="방문", subject="대기 시간이 길었다는 불만",
        content="창구에서 오래 기다렸습니다.", petitioner_name="문하늘",
        petitioner_contact="010-3030-4040", officer_id=officers[1].id,
        received_at=now - timedelta(days=8),
    ))
    backend.cases.record_finding(
        operator, dismissed.id, upheld=False,
        note="접수 기록상 대기 2분, 응대 태도에 문제가 확인되지 않았습니다.",
    )
    backend.cases.open(operator, CaseRequest(
        case_type="부패신고", channel="우편", subject="지원사업 심사 관련 금품 요구 신고",
        content="심사 과정에서 사례를 요구받았다는 신고입니다.", petitioner_name="오정직",
        petitioner_contact="경기도 성남시 분당구 판교로 1", officer_id=officers[2].id,
        received_at=now - timedelta(days=5),
    ))
    _decide(backend, operator, now, officers[3].id)
    _survey(backend, operator, rng, now)


def _repeat_visits(backend: Backend, operator: Actor, rng: random.Random, now: datetime) -> None:
    """Three earlier visits get a second visit recorded as caused by a staff error; the
    first ones came in the first half of last month (its voucher is last month's)."""
    calendar = backend.calendar.current()
    last_month = month_starts(now, 1)[0]
    start = datetime.combine(last_month, time(0), tzinfo=SEOUL)
    with backend.db.transaction() as session:
        earlier = session.execute(
            select(Visit.id, Visit.visitor_name, Visit.visitor_phone, Visit.purpose,
                   Visit.officer_id, Visit.checked_in_at)
            .where(Visit.checked_out_at.is_not(None), Visit.checked_in_at >= start,
                   Visit.checked_in_at < start + timedelta(days=14))
            .order_by(Visit.checked_in_at)
            .limit(40)
        ).all()
        rows = []
        for note, first in zip(_MISTAKES, rng.sample(earlier, min(3, len(earlier))), strict=False):
            back = first.checked_in_at + timedelta(days=rng.choice((2, 3, 6)), hours=1)
            while not calendar.is_working_day(to_seoul(back).date()):
                back += timedelta(days=1)
            due, warn = backend.visits.greeting_deadline(back, calendar)
            rows.append({
                "desk": operator.desk, "visitor_name": first.visitor_name,
                "visitor_phone": first.visitor_phone, "purpose": first.purpose,
                "officer_id": first.officer_id, "checked_in_at": back,
                "checked_in_by_id": operator.staff_id, "greeting_due_at": due,
                "greeting_warn_at": warn, "greeted_at": back + timedelta(minutes=1),
                "greeted_by_id": operator.staff_id, "checked_out_at": back + timedelta(minutes=25),
                "checked_out_by_id": operator.staff_id, "repeat_of_id": first.id,
                "repeat_staff_error": True, "repeat_note": note,
            })
        if rows:
            session.execute(insert(Visit), rows)


def _decide(backend: Backend, supervisor: Actor, now: datetime, follow_up_id: int) -> None:
    comp = backend.compensation
    last_month = month_starts(now, 1)[0]
    for year in sorted({last_month.year, now.year}):
        backend.compensation.set_budget(supervisor, year, 600_000)
    found = comp.candidates(supervisor)
    repeats = [c for c in found if c.kind is CompensationKind.REPEAT_VISIT]
    late = [c for c in found if c.kind is CompensationKind.DEADLINE_WITHOUT_NOTICE]
    rude = [c for c in found if c.kind is CompensationKind.DISCOURTESY]
    try:
        if repeats:
            # Decided at the end of last month: that month's report has its voucher.
            decided = datetime.combine(last_month + timedelta(days=27), time(10), tzinfo=SEOUL)
            CompensationService(backend.db, lambda: decided, backend.charter).approve(
                supervisor, repeats[0].key)
        if len(repeats) > 1:
            voided = comp.approve(supervisor, repeats[1].key)
            comp.void(supervisor, voided.id, "수령인 이름을 잘못 적어 다시 확인 중입니다.")
        if late:
            comp.reject(supervisor, late[-1].key,
                        "민원인의 요청으로 회신일을 미리 협의한 건으로 확인되어 보상 대상이 아닙니다.")
        if rude:
            comp.approve(supervisor, rude[0].key)
            staff_id = rude[0].officer_id or follow_up_id
            backend.corrective.record(supervisor, CorrectiveRequest(
                staff_id=staff_id, kind=CorrectiveKind.RETRAINING,
                detail="친절 응대 교육(4시간) 이수, 통화 종료 전 안내 절차 재교육",
                follow_up_officer_id=follow_up_id, event=rude[0].key,
            ))
    except MinwonError:
        pass  # the demo shows what the rules allow; a refused step is skipped


_SURVEY_ITEMS = (
    "직원이 친절하고 공손하게 응대했습니까?",
    "기다린 시간은 적절했습니까?",
    "안내와 설명은 정확하고 이해하기 쉬웠습니까?",
    "처리 결과에 만족하십니까?",
    "전반적으로 우리 기관의 민원 서비스에 만족하십니까?",
)


def _survey(backend: Backend, operator: Actor, rng: random.Random, now: datetime) -> None:
    """This year's survey items and forty paper forms typed in, and a check-out rating
    from about one visitor in four."""
    survey = backend.survey
    items = [survey.add_item(operator, now.year, text) for text in _SURVEY_ITEMS]
    for _ in range(40):
        scores: dict[int, int | None] = {
            item.id: rng.choices((1, 2, 3, 4, 5), weights=(1, 2, 6, 14, 12))[0]
            for item in items
        }
        if rng.random() < 0.1:
            scores[rng.choice(items).id] = None  # a question left blank on the paper
        survey.record_response(operator, now.year, scores)
    with backend.db.transaction() as session:
        closed = session.scalars(
            select(Visit.id).where(Visit.checked_out_at.is_not(None), Visit.rating.is_(None))
        ).all()
        rated = [
            {"vid": visit_id, "score": rng.choices((1, 2, 3, 4, 5), weights=(1, 1, 4, 12, 14))[0]}
            for visit_id in closed
            if rng.random() < 0.25
        ]
        if rated:
            session.connection().execute(
                update(VISIT)
                .where(VISIT.c.id == bindparam("vid"))
                .values(rating=bindparam("score")),
                rated,
            )
