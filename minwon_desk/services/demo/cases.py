"""Cases in the demo agency, registered and worked through the case service as a desk
and its officers would: a spread of types and channels over the last weeks, some
answered, one waiting for the petitioner's material, one extended with its notice, one
1357 case climbing its ladder, and a few left past their deadline so the flag shows."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from minwon_desk.domain.case_clock import latest_extension
from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.periods import Period
from minwon_desk.services.cases.dto import CaseRequest, CaseView, ExtensionRequest
from minwon_desk.services.dto import Actor

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
from minwon_desk.services.demo.accounts import demo_actor_for

_PETITIONS = [
    ("질의-법령", "우편", "김영희", "서울시 중구 세종대로 110", "중소기업기본법 시행령 별표 1의 업종별 규모 기준 해석",
     "제조업과 도매업을 함께 하는 경우 주된 업종을 어떻게 정하는지 문의드립니다."),
    ("질의-제도", "인터넷", "박준호", "junho.park@example.com", "예비창업패키지 신청 자격 문의",
     "직장에 다니면서 예비창업패키지에 신청할 수 있는지 알고 싶습니다."),
    ("건의", "이메일", "이민정", "minjung@example.com", "소상공인 정책자금 온라인 신청 화면 개선 건의",
     "모바일에서 첨부 파일을 올릴 수 없어 불편합니다. 개선을 건의합니다."),
    ("고충", "전화", "최성훈", "010-4567-8901", "R&D 과제 정산 지연에 대한 불만",
     "정산 서류를 낸 지 한 달이 넘었는데 아무 연락이 없습니다."),
    ("기타", "방문", "정다은", "010-5678-9012", "폐업 지원 프로그램 안내 요청",
     "희망리턴패키지 신청 방법을 안내받고 싶습니다."),
    ("1357", "1357", "강태우", "031-777-4321", "공장 인허가 지연 현장 애로",
     "공장 증축 인허가가 석 달째 지연되고 있어 현장 방문을 요청합니다."),
    ("질의-제도", "팩스", "윤서아", "02-6000-1234", "벤처기업 확인서 재발급 절차",
     "확인서를 분실했습니다. 재발급에 필요한 서류가 무엇인지요?"),
    ("고충", "우편", "한지호", "경기도 수원시 팔달구 효원로 1", "기술보호 바우처 보완 요구가 과도함",
     "같은 서류를 세 번이나 다시 내라고 합니다."),
]
_ANSWER = (
    "문의하신 내용에 대하여 다음과 같이 답변드립니다.\n\n"
    "관련 규정과 사업 공고를 검토한 결과, 말씀하신 경우에도 신청이 가능합니다. "
    "다만 신청 시 사업계획서와 함께 재직 여부를 확인할 수 있는 서류를 제출해 주셔야 합니다.\n\n"
    "추가로 궁금하신 점은 아래 담당자에게 연락 주시면 친절히 안내해 드리겠습니다."
)


def add_demo_cases(backend: Backend, operator: Actor, rng: random.Random, now: datetime) -> int:
    """About two dozen cases from the last six weeks; returns how many."""
    now = min(now, backend.clock())
    officers = [s for s in backend.staff.list_active() if s.id != operator.staff_id]
    opened: list[CaseView] = []
    for i in range(24):
        kind, channel, name, contact, subject, content = _PETITIONS[i % len(_PETITIONS)]
        officer = rng.choice(officers)
        received = now - timedelta(days=rng.choice((0, 1, 2, 3, 6, 10, 15, 25, 45)),
                                   minutes=rng.randrange(30, 400))
        req = CaseRequest(
            case_type=kind, channel=channel, subject=subject, content=content,
            petitioner_name=name, petitioner_contact=contact,
            attachments=("사업자등록증.pdf",) if i % 3 == 0 else (),
            officer_id=officer.id, received_at=received,
        )
        opened.append(backend.cases.open(operator, req))
    _work(backend, opened, rng, now)
    return len(opened)


def _work(backend: Backend, opened: list[CaseView], rng: random.Random, now: datetime) -> None:
    """Move some cases on, as their officers would have by now."""
    cases = backend.cases
    calendar = backend.calendar.current()
    running = [c for c in opened if c.due_at > now and c.officer_id is not None]
    for case in opened[::3]:
        if case.officer_id is not None:
            cases.answer(_as(backend, case.officer_id), case.id, _ANSWER)
    still = [c for c in running if cases.get(c.id).answered_at is None]
    if still:
        paused = still[0]
        cases.pause(_as(backend, paused.officer_id), paused.id,
                    "사업자등록증 사본과 정산 내역서가 빠져 있어 보완을 요청했습니다.")
    for case in still[1:3]:
        period = Period.parse(backend.cases.detail(case.id).period)
        latest = latest_extension(case.due_at, period, calendar)
        new_date = _working_day_before(latest.date(), calendar.is_working_day)
        try:
            cases.extend(_as(backend, case.officer_id), case.id,
                         ExtensionRequest(new_date, "관계 기관의 의견을 듣고 있어 시간이 더 필요합니다."))
        except MinwonError:
            continue  # the demo shows what the law allows; a refused one is skipped
    for case in opened:
        if case.case_type == "1357" and cases.get(case.id).answered_at is None:
            cases.mark_stage(_as(backend, case.officer_id), case.id, "taskforce_dispatch")
    del rng


def _as(backend: Backend, staff_id: int | None) -> Actor:
    assert staff_id is not None
    return demo_actor_for(backend, staff_id)


def _working_day_before(day: date, is_working_day: Callable[[date], bool]) -> date:
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day
