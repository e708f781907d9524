"""A year behind the demo desk: closed phone memos month by month, and cases received and
answered in each of the last twelve months, so last month's self-inspection, the monthly
report and the trend have figures to show (not "자료 없음", not 0.0%).

Memos of the past are written as rows in one statement (there are hundreds); cases go
through the case service standing at the moment they were received and answered, as the
desk and the officer would have done then, so their clocks, events and letters are real.
Kept small: a person waits for the demo on first start.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import insert, select

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.clockstate import warning_point
from minwon_desk.domain.memos import Outcome, memo_number
from minwon_desk.domain.periods import due
from minwon_desk.domain.timeutil import SEOUL, to_seoul
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.cases.service import CaseService
from minwon_desk.services.demo.accounts import demo_actor_for
from minwon_desk.services.dto import Actor, StaffSummary
from minwon_desk.store.models import Memo, MemoEvent

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

MONTHS = 12
MEMOS_A_MONTH = 18
_GISTS = (
    ("김도윤", "010-2121-3434", "정책자금 상환 유예 신청 가능 여부 문의"),
    ("이하은", "010-5656-7878", "수출바우처 정산 서류 접수 확인 요청"),
    ("박서준", "02-3000-1111", "창업기업 확인서 발급 소요 기간 문의"),
    ("최예린", "010-9090-1212", "기술보호 상담 방문 예약 요청"),
    ("정민재", "031-222-3333", "판로지원 박람회 참가비 환불 절차 문의"),
    ("한소율", "010-4343-6565", "소상공인 교육 수료증 재발급 요청"),
)
_PAST_CASES = (
    ("질의-제도", "인터넷", "송지안", "jian.song@example.com", "스마트공장 지원사업 자부담 비율 문의"),
    ("고충", "우편", "임도현", "부산시 해운대구 센텀중앙로 79", "정책자금 심사 결과 통보 지연"),
    ("기타", "방문", "황보라", "010-7171-2323", "중소기업 확인서 발급 절차 안내 요청"),
    ("질의-법령", "팩스", "남궁현", "02-6111-2222", "하도급 관련 중소기업 기준 해석"),
)
_ANSWER = (
    "문의하신 내용을 검토하여 다음과 같이 답변드립니다.\n\n"
    "관련 공고와 규정에 따라 처리하였으며, 자세한 사항은 아래 담당자에게 문의해 주십시오."
)


def month_starts(now: datetime, months: int = MONTHS) -> list[date]:
    """The first days of the ``months`` months before ``now``'s month, oldest first."""
    first = to_seoul(now).date().replace(day=1)
    out: list[date] = []
    for _ in range(months):
        first = (first - timedelta(days=1)).replace(day=1)
        out.append(first)
    return out[::-1]


def add_demo_history(backend: Backend, operator: Actor, rng: random.Random, now: datetime) -> None:
    now = to_seoul(min(now, backend.clock()))
    calendar = backend.calendar.current()
    officers = [s for s in backend.staff.list_active() if s.id != operator.staff_id]
    months = month_starts(now)
    _memos(backend, operator, officers, months, calendar, rng)
    _cases(backend, operator, officers, months, calendar, rng)


def _working_moments(first: date, calendar: WorkingCalendar, rng: random.Random,
                     count: int) -> list[datetime]:
    days = [first + timedelta(days=i) for i in range(31)
            if (first + timedelta(days=i)).month == first.month
            and calendar.is_working_day(first + timedelta(days=i))]
    moments = [
        datetime.combine(rng.choice(days), time(rng.choice((9, 10, 11, 13, 14, 15, 16)),
                                                 rng.randrange(60)), tzinfo=SEOUL)
        for _ in range(count)
    ]
    return sorted(moments)


def _memos(backend: Backend, operator: Actor, officers: Sequence[StaffSummary],
           months: list[date], calendar: WorkingCalendar, rng: random.Random) -> None:
    try:
        rule = backend.charter.clock("callback")
    except KeyError:
        return
    if rule.period is None:
        return
    rows: list[dict[str, object]] = []
    numbers: dict[int, int] = {}
    for first in months:
        for taken in _working_moments(first, calendar, rng, MEMOS_A_MONTH):
            name, phone, gist = rng.choice(_GISTS)
            holder = rng.choice(officers)
            due_at = due(taken, rule.period, calendar)
            warn_at = (warning_point(taken, due_at, rule.warn_before, calendar)
                       if rule.warn_before is not None else None)
            # Most callbacks are made within the promise; some a little after it.
            late = rng.random() < 0.12
            met = due_at + timedelta(minutes=rng.randrange(20, 240)) if late else (
                taken + (due_at - taken) * rng.uniform(0.1, 0.9))
            numbers[taken.year] = numbers.get(taken.year, 0) + 1
            rows.append({
                "number": memo_number(taken.year, numbers[taken.year]), "taken_at": taken,
                "taken_by_id": operator.staff_id, "desk": operator.desk,
                "caller_name": name, "caller_phone": phone, "caller_org": "", "gist": gist,
                "channel": "phone", "address": "", "asked_for_id": holder.id,
                "holder_id": holder.id, "routed_note": "", "due_at": due_at,
                "warn_at": warn_at, "state": "closed", "met_at": met, "closed_at": met,
                "close_reason": Outcome.REACHED.label_ko, "attempts": 1,
            })
    with backend.db.transaction() as session:
        session.execute(insert(Memo), rows)
        # Their histories: taken, and the call that reached the caller.
        ids = list(session.scalars(select(Memo.id).order_by(Memo.id)))
        events = []
        for memo_id, row in zip(ids, rows, strict=True):
            events.append({"memo_id": memo_id, "at": row["taken_at"],
                           "actor_id": operator.staff_id, "kind": "taken", "outcome": "",
                           "from_id": row["asked_for_id"], "to_id": row["holder_id"],
                           "note": ""})
            events.append({"memo_id": memo_id, "at": row["met_at"], "actor_id": row["holder_id"],
                           "kind": "attempt", "outcome": Outcome.REACHED.value,
                           "from_id": None, "to_id": None, "note": ""})
        session.execute(insert(MemoEvent), events)


def _cases(backend: Backend, operator: Actor, officers: Sequence[StaffSummary],
           months: list[date], calendar: WorkingCalendar, rng: random.Random) -> None:
    """Four cases last month (one answered late) and one every other month before it,
    answered in time: each case costs the demo two service writes."""
    moment = [datetime.now(SEOUL)]
    cases = CaseService(backend.db, lambda: moment[0], backend.charter, backend.calendar)
    for index, first in enumerate(months):
        count = 4 if index == len(months) - 1 else (len(months) - index) % 2
        for n, received in enumerate(_working_moments(first, calendar, rng, count)):
            kind, channel, name, contact, subject = _PAST_CASES[(index + n) % len(_PAST_CASES)]
            officer = rng.choice(officers)
            moment[0] = received
            opened = cases.open(operator, CaseRequest(
                case_type=kind, channel=channel, subject=subject, content=subject,
                petitioner_name=name, petitioner_contact=contact, officer_id=officer.id,
                received_at=received,
            ))
            if opened.officer_id is None:
                continue
            late = count > 1 and n == count - 1
            moment[0] = (opened.due_at + timedelta(hours=2) if late
                         else received + (opened.due_at - received) * rng.uniform(0.3, 0.8))
            cases.answer(demo_actor_for(backend, opened.officer_id), opened.id, _ANSWER)
