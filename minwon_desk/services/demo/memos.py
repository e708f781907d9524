"""Phone memos in the demo agency, taken through the memo service as a desk would: some
for the front-desk operator (so 내 메모 has clocks running), some for officers who are
away (so they go to deputies), a few with attempts that did not reach the caller, and a
few answered."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from minwon_desk.domain.memos import Outcome
from minwon_desk.services.dto import Actor, MemoRequest, StaffSummary

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

_CALLERS = [
    ("김영희", "010-2345-6789", "(주)한빛테크", "수출바우처 2차 신청 서류 중 재무제표 양식을 문의하심"),
    ("박준호", "010-3456-7890", "", "창업지원금 지급일이 언제인지 확인 요청"),
    ("이민정", "02-555-1234", "서울상공회의소", "소상공인 정책자금 설명회 공동 개최 가능 여부"),
    ("최성훈", "010-4567-8901", "주식회사 새벽", "R&D 과제 협약 변경(연구책임자 교체) 절차 문의"),
    ("정다은", "010-5678-9012", "", "폐업 지원 프로그램 신청 자격 여부, 회신은 이메일로"),
    ("강태우", "031-777-4321", "경기중소기업협회", "판로지원 박람회 참가기업 모집 일정 문의"),
    ("윤서아", "010-6789-0123", "", "벤처기업 확인서 재발급 방법"),
    ("한지호", "010-7890-1234", "(주)다온", "기술보호 바우처 정산 서류 보완 요청 받은 건 상담"),
]


def add_demo_memos(backend: Backend, operator: Actor, rng: random.Random, now: datetime) -> int:
    """About a dozen memos from the last few hours; returns how many."""
    now = min(now, backend.clock())  # the service refuses calls from the future
    staff = backend.staff.list_active()
    officers = [s for s in staff if s.id != operator.staff_id]
    snap = backend.directory.snapshot()
    away = [s for s in officers if not snap.presence(s.id, now).present]
    present = [s for s in officers if snap.presence(s.id, now).present]
    plan: list[tuple[StaffSummary | None, int]] = [(None, 170), (None, 95), (None, 40), (None, 5)]
    plan += [(s, rng.randrange(10, 200)) for s in away[:4]]
    plan += [(s, rng.randrange(10, 200)) for s in rng.sample(present, k=min(4, len(present)))]
    taken = []
    for i, (officer, minutes_ago) in enumerate(plan):
        name, phone, org, gist = _CALLERS[i % len(_CALLERS)]
        email = "이메일" in gist
        req = MemoRequest(
            caller_name=name, phone=phone, gist=gist, org=org,
            channel="email" if email else "phone",
            address=f"demo{i}@example.com" if email else "",
            asked_for_id=officer.id if officer else None,
            taken_at=now - timedelta(minutes=minutes_ago),
        )
        taken.append(backend.memos.take(operator, req))
    _attempts(backend, operator)
    return len(taken)


def _attempts(backend: Backend, operator: Actor) -> None:
    """The operator's oldest memo: two calls nobody answered; the next one was answered."""
    mine = backend.memos.mine(operator.staff_id)
    if len(mine) >= 2:
        backend.memos.record_attempt(operator, mine[0].id, Outcome.NO_ANSWER)
        backend.memos.record_attempt(operator, mine[0].id, Outcome.LEFT_MESSAGE, "음성사서함에 남김")
        backend.memos.record_attempt(operator, mine[-1].id, Outcome.REACHED, "안내 완료")
