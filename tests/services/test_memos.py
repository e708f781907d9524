"""Phone memos as the desk and the officers use them: taking one for whoever can act,
the callback clock, attempts, transfers, closing, the lists and the history search."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any, Protocol

import pytest
from sqlalchemy import func, select

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.charter import Charter
from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.memos import Outcome
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, MemoRequest
from minwon_desk.services.events import MemoChanged
from minwon_desk.services.memos.service import MemoService
from minwon_desk.store.models import AuditEntry, Memo, MemoEvent
from tests.support.seed import SmallAgency, actor_for, auditor

pytestmark = pytest.mark.pg


class Clock(Protocol):
    """The ``fake_clock`` fixture."""

    def __call__(self) -> datetime: ...
    def set(self, dt: datetime) -> None: ...
    def advance(self, **kwargs: float) -> datetime: ...


def _at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SEOUL)


def _memo(asked_for_id: int | None = None, **kwargs: Any) -> MemoRequest:
    fields: dict[str, Any] = {
        "caller_name": "홍길동", "phone": "010-1234-5678", "gist": "창업 지원사업 신청 서류 문의",
        "asked_for_id": asked_for_id,
    }
    fields.update(kwargs)
    return MemoRequest(**fields)


TRIP_START, TRIP_END = _at(7, 2, 9), _at(7, 3, 18)  # Thursday morning to Friday evening


def _away(backend: Backend, actor: Actor, staff_id: int, deputy_id: int | None,
          kind: AbsenceKind = AbsenceKind.TRIP) -> None:
    backend.absences.add(actor, staff_id=staff_id, kind=kind, starts_at=TRIP_START,
                         ends_at=TRIP_END, deputy_id=deputy_id)


def _rows(backend: Backend, table: type[Memo] | type[MemoEvent] | type[AuditEntry]) -> int:
    with backend.db.read() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


# --- taking a memo and where it goes ------------------------------------------------------


def test_memo_for_an_officer_who_is_in_goes_to_them_with_the_callback_clock(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    kim = db_agency.officers[0]
    assert db_backend.memos.route(kim.id) == (kim.id, "")
    memo = db_backend.memos.take(db_actor, _memo(kim.id, org="(주)한빛테크"))
    assert memo.number == "M2026-000001"
    assert (memo.holder_id, memo.holder, memo.holder_employee_no) == (kim.id, "김민준 사무관", "T0002")
    assert memo.asked_for == "김민준 사무관" and memo.routed_note == ""
    assert memo.taken_by == "안내원" and memo.taken_at == _at(7, 2, 10)
    # MSS: 3 working hours from 10:00, lunch not counted → 14:00; amber an hour before.
    assert memo.due_at == _at(7, 2, 14) and memo.warn_at == _at(7, 2, 13)
    assert memo.caller_phone == "010-1234-5678" and memo.caller_phone_masked == "010-****-5678"
    assert memo.caller_name_masked == "홍*동" and memo.caller_org == "(주)한빛테크"
    assert memo.state == "open" and memo.attempts == 0 and memo.met_at is None
    assert db_backend.memos.get(memo.id) == memo


def test_officer_away_now_gets_the_memo_through_the_deputy_and_the_form_says_so_first(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    kim, lee = db_agency.officers[0], db_agency.officers[1]
    _away(db_backend, db_actor, kim.id, lee.id)
    holder, note = db_backend.memos.route(kim.id)
    assert holder == lee.id
    assert note == (
        "김민준 사무관 출장 중(7/3까지) — 회신 경고 시각(13:00) 전에 돌아오지 않아 "
        "업무대행 이서연 주무관에게 보냅니다."
    )
    memo = db_backend.memos.take(db_actor, _memo(kim.id))
    assert (memo.asked_for_id, memo.holder_id, memo.routed_note) == (kim.id, lee.id, note)
    assert memo.holder == "이서연 주무관" and memo.holder_department == "창업정책과"
    assert [m.id for m in db_backend.memos.mine(lee.id)] == [memo.id]
    assert db_backend.memos.mine(kim.id) == []


def test_a_memo_waits_for_an_officer_back_before_its_warning_point(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    # A call at 10:00 is due 14:00 and starts to warn at 13:00.
    kim, lee = db_agency.officers[0], db_agency.officers[1]
    db_backend.absences.add(db_actor, staff_id=kim.id, kind=AbsenceKind.MEETING,
                            starts_at=_at(7, 2, 9), ends_at=_at(7, 2, 13), deputy_id=lee.id)
    note = (
        "김민준 사무관이 회의 중이며 13:00에 돌아옵니다 — 담당자에게 그대로 둡니다. "
        "그때까지 연락은 업무대행 이서연 주무관에게 하세요."
    )
    assert db_backend.memos.route(kim.id) == (kim.id, note)  # back exactly at the warning
    memo = db_backend.memos.take(db_actor, _memo(kim.id))
    assert (memo.holder_id, memo.routed_note) == (kim.id, note)
    assert [m.id for m in db_backend.memos.mine(kim.id)] == [memo.id]
    assert db_backend.memos.mine(lee.id) == []
    # A minute later than the warning point: the deputy answers it.
    db_backend.absences.add(db_actor, staff_id=kim.id, kind=AbsenceKind.MEETING,
                            starts_at=_at(7, 2, 13), ends_at=_at(7, 2, 13, 1), deputy_id=lee.id)
    assert db_backend.memos.take(db_actor, _memo(kim.id)).holder_id == lee.id


def test_a_deputy_out_for_a_moment_still_gets_the_memo_and_the_note_names_who_to_call(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    kim, lee, park = db_agency.officers[0], db_agency.officers[1], db_agency.officers[2]
    _away(db_backend, db_actor, kim.id, lee.id)
    db_backend.absences.add(db_actor, staff_id=lee.id, kind=AbsenceKind.MEETING,
                            starts_at=_at(7, 2, 9), ends_at=_at(7, 2, 10, 30), deputy_id=park.id)
    memo = db_backend.memos.take(db_actor, _memo(kim.id))
    assert memo.holder_id == lee.id  # back by the warning point: not passed on past her
    assert memo.routed_note == (
        "김민준 사무관 출장 중(7/3까지) — 회신 경고 시각(13:00) 전에 돌아오지 않아 업무대행 "
        "이서연 주무관에게 보냅니다. 이서연 주무관은 자리에 없지만 10:30에 돌아옵니다. "
        "그때까지 연락은 업무대행 박지호 서기관에게 하세요."
    )


def test_routing_follows_the_moment_of_the_call(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: Clock
) -> None:
    kim, lee = db_agency.officers[0], db_agency.officers[1]
    _away(db_backend, db_actor, kim.id, lee.id)
    assert db_backend.memos.route(kim.id, _at(7, 1, 17))[0] == kim.id  # before the trip
    assert db_backend.memos.route(kim.id, _at(7, 3, 13))[0] == lee.id
    # Friday evening: back Monday 09:00, before the warning point — the memo waits for him.
    assert db_backend.memos.route(kim.id, _at(7, 3, 17, 59))[0] == kim.id
    assert db_backend.memos.route(kim.id, _at(7, 3, 18)) == (kim.id, "")  # back exactly then
    # Monday: Kim is back. A call logged now goes to him; one the telephone system stamps
    # at Thursday 11:00 went to his deputy, as it would have then.
    fake_clock.set(_at(7, 6, 9, 30))
    now = db_backend.memos.take(db_actor, _memo(kim.id))
    earlier = db_backend.memos.take(db_actor, _memo(kim.id, taken_at=_at(7, 2, 11)))
    assert now.holder_id == kim.id
    assert earlier.holder_id == lee.id and earlier.taken_at == _at(7, 2, 11)
    assert earlier.due_at == _at(7, 2, 15)  # the clock starts when the call came in


def test_officer_who_has_left_keeps_the_history_and_the_memo_goes_to_the_department_head(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    gone = db_agency.inactive  # 정하늘, 창업정책과; its most senior member is 박지호 서기관
    park = db_agency.officers[2]
    memo = db_backend.memos.take(db_actor, _memo(gone.id))
    assert memo.asked_for_id == gone.id and memo.asked_for == "정하늘 주무관"
    assert memo.holder_id == park.id
    assert memo.routed_note == "정하늘 주무관은 더 이상 근무하지 않아 부서장 박지호 서기관에게 연결합니다."
    first = db_backend.memos.history(memo.id)[0]
    assert (first.kind, first.from_name, first.to_name) == ("taken", "정하늘 주무관", "박지호 서기관")


def test_nobody_to_act_leaves_the_memo_with_the_operator_who_took_it(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    # Kim is the most senior of his unit (so its head) and names no deputy.
    kim = db_agency.officers[0]
    _away(db_backend, db_actor, kim.id, None, kind=AbsenceKind.LEAVE)
    holder, note = db_backend.memos.route(kim.id)
    assert holder is None
    assert note.endswith("이 메모는 받은 직원이 가지고 있습니다.")
    memo = db_backend.memos.take(db_actor, _memo(kim.id))
    assert memo.holder_id == db_actor.staff_id and memo.asked_for_id == kim.id
    assert memo.routed_note == note
    assert [m.id for m in db_backend.memos.mine(db_actor.staff_id)] == [memo.id]


def test_memo_for_nobody_in_particular_stays_with_the_operator(
    db_backend: Backend, db_actor: Actor
) -> None:
    assert db_backend.memos.route(None) == (None, "")
    memo = db_backend.memos.take(db_actor, _memo(None))
    assert memo.holder_id == db_actor.staff_id and memo.asked_for_id is None
    assert memo.asked_for == "" and memo.routed_note == ""


# --- the callback clock -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("taken", "due_at", "warn_at"),
    [
        (_at(7, 2, 17), _at(7, 3, 11), _at(7, 3, 10)),  # evening: due next morning
        (_at(7, 3, 16), _at(7, 6, 10), _at(7, 6, 9)),  # Friday afternoon: Monday
        (_at(7, 16, 17), _at(7, 20, 11), _at(7, 20, 10)),  # before 제헌절 (Fri 7/17)
        (_at(9, 23, 17), _at(9, 28, 11), _at(9, 28, 10)),  # before the Chuseok days
        (_at(7, 4, 11), _at(7, 6, 12), _at(7, 6, 11)),  # a Saturday call counts from Monday
        (_at(7, 2, 11, 30), _at(7, 2, 15, 30), _at(7, 2, 14, 30)),  # lunch is not counted
    ],
)
def test_callback_clock_counts_working_hours(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: Clock,
    taken: datetime, due_at: datetime, warn_at: datetime,
) -> None:
    fake_clock.set(taken)
    memo = db_backend.memos.take(db_actor, _memo(db_agency.officers[3].id))
    assert (memo.due_at, memo.warn_at) == (due_at, warn_at)
    assert memo.due_at is not None and memo.due_at.utcoffset() == timedelta(hours=9)


def test_an_agency_holiday_moves_the_clock_too(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: Clock
) -> None:
    db_backend.calendar.add_holiday(db_actor, date(2026, 7, 3), "임시공휴일")
    fake_clock.set(_at(7, 2, 17))
    memo = db_backend.memos.take(db_actor, _memo(db_agency.officers[3].id))
    assert memo.due_at == _at(7, 6, 11)


def test_a_charter_without_a_callback_figure_gives_untimed_memos_listed_last(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, mss_charter: Charter,
    fake_clock: Clock,
) -> None:
    rule = dataclasses.replace(mss_charter.clock("callback"), period=None, warn_before=None)
    charter = dataclasses.replace(mss_charter, clocks={**mss_charter.clocks, "callback": rule})
    untimed = MemoService(db_backend.db, fake_clock, charter, db_backend.calendar)
    choi = db_agency.officers[3]
    first = untimed.take(db_actor, _memo(choi.id))
    timed = db_backend.memos.take(db_actor, _memo(choi.id))
    assert first.due_at is None and first.warn_at is None
    assert [m.id for m in db_backend.memos.mine(choi.id)] == [timed.id, first.id]


# --- callback attempts --------------------------------------------------------------------


def test_attempts_that_miss_the_caller_keep_the_memo_open_and_counted(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: Clock
) -> None:
    choi = db_agency.officers[3]
    officer = actor_for(db_backend, choi)
    memo = db_backend.memos.take(db_actor, _memo(choi.id))
    fake_clock.advance(minutes=20)
    after = db_backend.memos.record_attempt(officer, memo.id, Outcome.NO_ANSWER)
    fake_clock.advance(minutes=30)
    after = db_backend.memos.record_attempt(officer, memo.id, Outcome.LEFT_MESSAGE, "음성사서함")
    assert after.state == "open" and after.attempts == 2 and after.met_at is None
    assert after.due_at == memo.due_at  # the clock runs on
    assert db_backend.memos.counts(choi.id) == (1, 0)
    fake_clock.advance(minutes=10)
    done = db_backend.memos.record_attempt(officer, memo.id, Outcome.REACHED, "서류 목록 안내함")
    assert done.state == "closed" and done.attempts == 3
    assert done.met_at == _at(7, 2, 11) and done.closed_at == _at(7, 2, 11)
    assert done.close_reason == "통화함"
    assert db_backend.memos.mine(choi.id) == []
    attempts = [e for e in db_backend.memos.history(memo.id) if e.kind == "attempt"]
    assert [(e.outcome, e.note, e.actor) for e in attempts] == [
        ("no_answer", "", "최유진"), ("left_message", "음성사서함", "최유진"),
        ("reached", "서류 목록 안내함", "최유진"),
    ]
    with pytest.raises(StateError, match=r"이미 .*끝난 메모"):
        db_backend.memos.record_attempt(officer, memo.id, Outcome.NO_ANSWER)


def test_a_written_answer_counts_only_by_the_channel_the_caller_chose(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    choi = db_agency.officers[3]
    by_phone = db_backend.memos.take(db_actor, _memo(choi.id))
    with pytest.raises(ValidationError) as refused:
        db_backend.memos.record_attempt(db_actor, by_phone.id, Outcome.ANSWERED_EMAIL)
    assert refused.value.field == "outcome" and "전화" in refused.value.message
    assert db_backend.memos.get(by_phone.id).attempts == 0
    by_mail = db_backend.memos.take(
        db_actor, _memo(choi.id, phone="", channel="email", address="hong@example.com")
    )
    assert by_mail.address == "hong@example.com"
    done = db_backend.memos.record_attempt(db_actor, by_mail.id, Outcome.ANSWERED_EMAIL)
    assert done.state == "closed" and done.met_at is not None
    assert done.close_reason == "이메일로 답변"


# --- transfers, hand-backs, closing -------------------------------------------------------


def test_transfer_keeps_the_gist_and_the_clock_and_records_the_note(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: Clock
) -> None:
    kim, park = db_agency.officers[0], db_agency.officers[2]
    seen: list[MemoChanged] = []
    db_backend.events.subscribe(MemoChanged, seen.append)
    memo = db_backend.memos.take(db_actor, _memo(kim.id))
    fake_clock.advance(minutes=15)
    moved = db_backend.memos.transfer(
        actor_for(db_backend, kim), memo.id, park.id, "창업정책과 소관입니다. 부탁드립니다."
    )
    assert moved.holder_id == park.id and moved.asked_for_id == park.id
    assert moved.gist == memo.gist and moved.due_at == memo.due_at
    assert [m.id for m in db_backend.memos.mine(park.id)] == [memo.id]
    assert db_backend.memos.mine(kim.id) == []
    last = db_backend.memos.history(memo.id)[-1]
    assert (last.kind, last.actor, last.from_name, last.to_name, last.note) == (
        "transfer", "김민준", "김민준 사무관", "박지호 서기관", "창업정책과 소관입니다. 부탁드립니다.",
    )
    assert last.at == _at(7, 2, 10, 15)
    assert [(e.change, e.holder_id) for e in seen] == [("taken", kim.id), ("transfer", park.id)]


def test_transfer_to_a_colleague_who_is_away_goes_to_their_deputy_and_says_so(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    kim, lee, park = db_agency.officers[0], db_agency.officers[1], db_agency.officers[2]
    _away(db_backend, db_actor, park.id, lee.id, kind=AbsenceKind.TRAINING)
    memo = db_backend.memos.take(db_actor, _memo(kim.id))
    moved = db_backend.memos.transfer(db_actor, memo.id, park.id, "박 서기관님 건")
    assert moved.asked_for_id == park.id and moved.holder_id == lee.id
    assert moved.routed_note.startswith("박지호 서기관 교육 중(7/3까지) — 회신 경고 시각")
    assert moved.routed_note.endswith("업무대행 이서연 주무관에게 보냅니다.")
    kinds = [(e.kind, e.from_name, e.to_name) for e in db_backend.memos.history(memo.id)]
    assert kinds[-2:] == [
        ("transfer", "김민준 사무관", "박지호 서기관"), ("reassign", "박지호 서기관", "이서연 주무관"),
    ]


def test_transfer_needs_a_note_an_active_colleague_and_an_open_memo(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    kim, park = db_agency.officers[0], db_agency.officers[2]
    memo = db_backend.memos.take(db_actor, _memo(kim.id))
    for to, note, field in (
        (park.id, "  ", "note"),
        (db_agency.inactive.id, "부탁", "to_staff"),
        (kim.id, "부탁", "to_staff"),  # already theirs
        (99999, "부탁", "to_staff"),
    ):
        with pytest.raises(ValidationError) as refused:
            db_backend.memos.transfer(db_actor, memo.id, to, note)
        assert refused.value.field == field
    db_backend.memos.close(db_actor, memo.id, "민원인이 취소함")
    with pytest.raises(StateError):
        db_backend.memos.transfer(db_actor, memo.id, park.id, "부탁")
    assert [e.kind for e in db_backend.memos.history(memo.id)] == ["taken", "close"]


def test_closing_needs_a_reason_keeps_the_memo_and_cannot_be_repeated(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    kim = db_agency.officers[0]
    memo = db_backend.memos.take(db_actor, _memo(kim.id))
    with pytest.raises(ValidationError) as refused:
        db_backend.memos.close(db_actor, memo.id, "")
    assert refused.value.field == "reason"
    closed = db_backend.memos.close(db_actor, memo.id, "민원으로 접수함")
    assert closed.state == "closed" and closed.close_reason == "민원으로 접수함"
    assert closed.met_at is None  # closed is not answered
    with pytest.raises(StateError):
        db_backend.memos.close(db_actor, memo.id, "다시")
    with pytest.raises(StateError):
        db_backend.memos.record_attempt(db_actor, memo.id, Outcome.REACHED)
    assert db_backend.memos.get(memo.id).state == "closed"
    assert [m.id for m in db_backend.memos.search("", state="closed")] == [memo.id]
    assert _rows(db_backend, Memo) == 1
    with pytest.raises(NotFoundError):
        db_backend.memos.close(db_actor, 4242, "없음")


def test_back_from_a_trip_the_officer_sees_what_the_deputy_did(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: Clock
) -> None:
    kim, lee, choi = db_agency.officers[0], db_agency.officers[1], db_agency.officers[3]
    _away(db_backend, db_actor, kim.id, lee.id)
    deputy = actor_for(db_backend, lee)
    answered = db_backend.memos.take(db_actor, _memo(kim.id, caller_name="박서준"))
    waiting = db_backend.memos.take(db_actor, _memo(kim.id, caller_name="최지우"))
    mine = db_backend.memos.take(db_actor, _memo(choi.id))  # not Kim's
    fake_clock.advance(hours=1)
    db_backend.memos.record_attempt(deputy, answered.id, Outcome.REACHED, "신청서 양식 보내 드림")
    db_backend.memos.record_attempt(deputy, waiting.id, Outcome.NO_ANSWER)
    with pytest.raises(ValidationError, match="출장 중"):
        db_backend.memos.hand_back(deputy, waiting.id, "아직 통화 못 함")

    fake_clock.set(_at(7, 6, 9))  # Monday: Kim is back
    back = db_backend.memos.hand_back(deputy, waiting.id, "두 번 걸었는데 안 받으십니다. 오후에 다시 걸어 주세요.")
    assert back.holder_id == kim.id and back.routed_note == ""
    handed = db_backend.memos.handed_back(kim.id)
    assert [m.id for m, _ in handed] == [answered.id, waiting.id]
    assert mine.id not in {m.id for m, _ in handed}
    notes = {m.id: [(e.kind, e.actor, e.note) for e in events] for m, events in handed}
    assert ("attempt", "이서연", "신청서 양식 보내 드림") in notes[answered.id]
    assert notes[waiting.id][-1] == (
        "handover", "이서연", "두 번 걸었는데 안 받으십니다. 오후에 다시 걸어 주세요.",
    )
    assert [m.id for m in db_backend.memos.mine(kim.id)] == [waiting.id]
    assert db_backend.memos.handed_back(choi.id) == []  # never away


def test_open_memos_of_someone_who_leaves_go_to_their_department_head(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    lee, park = db_agency.officers[1], db_agency.officers[2]
    memo = db_backend.memos.take(db_actor, _memo(lee.id))
    # Making her inactive is enough: her open memos move with it.
    db_backend.roster.set_active(db_actor, lee.id, False)
    moved = db_backend.memos.get(memo.id)
    assert (moved.holder_id, moved.asked_for_id) == (park.id, lee.id)
    assert db_backend.memos.mine(park.id) == [moved]
    last = db_backend.memos.history(memo.id)[-1]
    assert (last.kind, last.from_name, last.to_name) == ("reassign", "이서연 주무관", "박지호 서기관")
    assert db_backend.memos.reassign_departed(db_actor) == []


# --- lists, counts, search ----------------------------------------------------------------


def test_my_memos_put_overdue_first_then_by_time_left(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: Clock
) -> None:
    choi = db_agency.officers[3]
    fake_clock.set(_at(7, 2, 15))
    later = db_backend.memos.take(db_actor, _memo(choi.id))  # due 18:00
    sooner = db_backend.memos.take(db_actor, _memo(choi.id, taken_at=_at(7, 2, 14)))
    overdue = db_backend.memos.take(db_actor, _memo(choi.id, taken_at=_at(7, 2, 9)))
    assert overdue.due_at == _at(7, 2, 12) and sooner.due_at == _at(7, 2, 17)
    assert [m.id for m in db_backend.memos.mine(choi.id)] == [overdue.id, sooner.id, later.id]
    assert db_backend.memos.counts(choi.id) == (3, 1)
    assert db_backend.memos.counts(choi.id, _at(7, 2, 17, 30)) == (3, 2)
    assert db_backend.memos.counts(db_agency.officers[0].id) == (0, 0)


def test_desk_sees_all_open_memos_by_department_holder_and_overdue(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: Clock
) -> None:
    kim, lee, park, choi = db_agency.officers
    for officer in (kim, lee, park, choi):
        db_backend.memos.take(db_actor, _memo(officer.id))
    fake_clock.advance(hours=5)
    late = db_backend.memos.take(db_actor, _memo(park.id, caller_name="늦은전화"))
    done = db_backend.memos.take(db_actor, _memo(lee.id))
    db_backend.memos.close(db_actor, done.id, "중복 메모")
    everything = db_backend.memos.open_memos()
    assert len(everything) == 5 and everything[-1].id == late.id
    startup = db_backend.memos.open_memos(department_id=_department(db_backend, "창업정책과"))
    assert {m.holder_id for m in startup} == {lee.id, park.id} and len(startup) == 3
    # The top unit sees the memos of every unit below it.
    assert len(db_backend.memos.open_memos(department_id=_department(db_backend, "본부"))) == 5
    assert [m.id for m in db_backend.memos.open_memos(holder_id=park.id)][-1] == late.id
    overdue = db_backend.memos.open_memos(overdue_at=fake_clock())
    assert len(overdue) == 4 and late.id not in {m.id for m in overdue}


def _department(backend: Backend, name: str) -> int:
    return next(d.id for d in backend.roster.departments() if d.name == name)


def test_history_search_by_name_number_organisation_and_gist_words(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock: Clock
) -> None:
    choi = db_agency.officers[3]
    a = db_backend.memos.take(db_actor, _memo(choi.id, caller_name="김철수", phone="02-123-4567",
                                               gist="수출 바우처 정산 서류 문의", org="ABC무역"))
    fake_clock.advance(minutes=5)
    b = db_backend.memos.take(db_actor, _memo(choi.id, caller_name="이영희", phone="010-9876-5432",
                                               gist="창업 지원사업 중간보고 기한 문의"))
    fake_clock.advance(minutes=5)
    c = db_backend.memos.take(db_actor, _memo(choi.id, caller_name="박영수", phone="010-1111-5432",
                                               gist="바우처 사업 선정 결과"))
    db_backend.memos.prepare_search()  # may be done ahead, off the GUI thread; then searches
    search = db_backend.memos.search

    def ids(text: str, **kwargs: Any) -> list[int]:
        return [m.id for m in search(text, **kwargs)]

    assert ids("김철수") == [a.id]
    assert ids("영") == [c.id, b.id]  # newest first
    assert ids("5432") == [c.id, b.id]
    assert ids("010-9876") == [b.id]
    assert ids("01098765432") == [b.id]
    assert ids("1234567") == [a.id]  # 02-123-4567 without dashes
    assert ids("바우처") == [c.id, a.id]
    assert ids("바우처 정산") == [a.id]  # every word must match
    assert ids("abc") == [a.id]  # organisation, any case
    assert ids("100%") == [] and ids("_") == []  # wildcards are plain characters
    assert ids("바우처", since=_at(7, 2, 10, 5)) == [c.id]
    assert ids("바우처", until=_at(7, 2, 10, 5)) == [a.id]
    db_backend.memos.close(db_actor, c.id, "중복")
    assert ids("바우처", state="open") == [a.id]
    assert ids("", state="closed") == [c.id]
    assert ids("", limit=2) == [c.id, b.id]
    assert ids("", holder_id=db_agency.officers[0].id) == []
    with pytest.raises(ValidationError):
        search("", state="lost")


def test_search_finds_memos_written_by_another_desk_even_out_of_order(
    db_url: str, db_backend: Backend, db_actor: Actor, db_agency: SmallAgency,
    mss_charter: Charter, fake_clock: Clock,
) -> None:
    choi = db_agency.officers[3]
    first = db_backend.memos.take(db_actor, _memo(choi.id, caller_name="김철수"))
    assert [m.id for m in db_backend.memos.search("김철수")] == [first.id]
    other = Backend.open(db_url, charter=mss_charter, desk="2층 민원실", clock=fake_clock)
    try:
        later = other.memos.take(actor_for(other, db_agency.operator), _memo(choi.id, caller_name="김철수"))
    finally:
        other.close()
    assert [m.id for m in db_backend.memos.search("김철수")] == [later.id, first.id]
    # A lower id committed after a higher one was read (PostgreSQL sequences allow it).
    with db_backend.db.transaction() as session:
        row = {c.name: getattr(session.get(Memo, first.id), c.name) for c in Memo.__table__.columns}
        session.add(Memo(**{**row, "id": first.id + 100, "number": "M2026-000100"}))
    assert len(db_backend.memos.search("김철수")) == 3
    with db_backend.db.transaction() as session:
        session.add(Memo(**{**row, "id": first.id + 50, "number": "M2026-000050"}))
    found = [m.id for m in db_backend.memos.search("김철수")]
    assert sorted(found) == sorted([first.id, later.id, first.id + 50, first.id + 100])


# --- two desks, bad input, privacy --------------------------------------------------------


def test_two_desks_taking_memos_at_once_get_distinct_numbers(
    db_url: str, db_backend: Backend, db_agency: SmallAgency, mss_charter: Charter,
    fake_clock: Clock,
) -> None:
    other = Backend.open(db_url, charter=mss_charter, desk="2층 민원실", clock=fake_clock)
    try:
        desks = [
            (db_backend, actor_for(db_backend, db_agency.operator)),
            (other, actor_for(other, db_agency.officers[3], desk="2층 민원실")),
        ]
        numbers: list[str] = []
        failures: list[BaseException] = []
        start = threading.Barrier(2)

        def take_many(backend: Backend, actor: Actor) -> None:
            start.wait()
            try:
                for _ in range(15):
                    numbers.append(backend.memos.take(actor, _memo(db_agency.officers[0].id)).number)
            except BaseException as exc:  # reported below, not lost in the thread
                failures.append(exc)

        threads = [threading.Thread(target=take_many, args=desk) for desk in desks]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        other.close()
    assert failures == []
    assert sorted(numbers) == [f"M2026-{n:06d}" for n in range(1, 31)]


@pytest.mark.parametrize(
    ("changes", "field", "says"),
    [
        ({"phone": ""}, "phone", "회신할 전화번호"),
        ({"phone": "123"}, "phone", "알아볼 수 없습니다"),
        ({"phone": "+1 212 555 0100"}, "phone", "국내 전화번호가 아닙니다"),
        ({"phone": "", "channel": "email", "address": "hong.example.com"}, "address", "이메일 주소가 아닙니다"),
        ({"phone": "", "channel": "email"}, "address", "이메일 주소를 적어"),
        ({"channel": "sms", "phone": "02-123-4567"}, "phone", "휴대전화 번호가 아니라"),
        ({"channel": "fax"}, "channel", "회신 방법"),
        ({"gist": "   "}, "gist", "요지를 적어"),
        ({"caller_name": ""}, "caller_name", "이름"),
        ({"gist": "주민번호 900101-1234567 로 조회 요청"}, "gist", "주민등록번호"),
        ({"caller_name": "홍길동 9001011234567"}, "caller_name", "주민등록번호"),
        ({"org": "900101-2345678"}, "caller_org", "주민등록번호"),
        ({"phone": "900101-1234567"}, "phone", "주민등록번호"),
        ({"asked_for_id": 99999}, "asked_for", "직원 명부에서 찾을 수 없습니다"),
        ({"taken_at": datetime(2026, 7, 2, 9, 0)}, "taken_at", "시간대"),
        ({"taken_at": _at(7, 2, 11)}, "taken_at", "지금보다 뒤"),
    ],
)
def test_bad_input_is_refused_with_the_reason_and_nothing_is_stored(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency,
    changes: dict[str, Any], field: str, says: str,
) -> None:
    fields: dict[str, Any] = {"asked_for_id": db_agency.officers[0].id}
    fields.update(changes)
    with pytest.raises(ValidationError) as refused:
        db_backend.memos.take(db_actor, _memo(**fields))
    assert refused.value.field == field and says in refused.value.message
    assert "1234567" not in refused.value.message and "2345678" not in refused.value.message
    assert (_rows(db_backend, Memo), _rows(db_backend, MemoEvent)) == (0, 0)
    assert db_backend.audit.recent(auditor(db_backend), entity="memo") == []


def test_resident_numbers_in_notes_and_reasons_are_refused_too(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    memo = db_backend.memos.take(db_actor, _memo(db_agency.officers[0].id))
    rrn = "850315-1234567"
    writes: list[Callable[[], object]] = [
        lambda: db_backend.memos.record_attempt(db_actor, memo.id, Outcome.NO_ANSWER, rrn),
        lambda: db_backend.memos.transfer(db_actor, memo.id, db_agency.officers[2].id, rrn),
        lambda: db_backend.memos.close(db_actor, memo.id, f"본인확인 {rrn}"),
    ]
    for write in writes:
        with pytest.raises(ValidationError, match="주민등록번호"):
            write()
    assert [e.kind for e in db_backend.memos.history(memo.id)] == ["taken"]


def test_every_write_is_audited_without_personal_data(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    kim, park = db_agency.officers[0], db_agency.officers[2]
    memo = db_backend.memos.take(
        db_actor, _memo(kim.id, caller_name="홍길동", org="한빛테크", gist="특허 출원 비용 지원 문의")
    )
    db_backend.memos.record_attempt(db_actor, memo.id, Outcome.NO_ANSWER, "홍길동님 부재")
    db_backend.memos.transfer(db_actor, memo.id, park.id, "한빛테크 건 부탁")
    db_backend.memos.close(db_actor, memo.id, "홍길동님이 취소")
    trail = db_backend.audit.recent(auditor(db_backend), entity="memo", entity_id=memo.id)
    assert [t.action for t in reversed(trail)] == [
        "memo.take", "memo.attempt", "memo.transfer", "memo.close",
    ]
    assert all(t.actor_id == db_actor.staff_id and t.desk == "1층 민원안내" for t in trail)
    text = " ".join(repr(t.detail) for t in trail)
    for private in ("홍길동", "한빛", "1234", "5678", "특허", "취소", "부재"):
        assert private not in text
    assert trail[-1].detail["number"] == "M2026-000001"


def test_unknown_memos_and_staff_are_reported(db_backend: Backend, db_actor: Actor) -> None:
    with pytest.raises(NotFoundError):
        db_backend.memos.get(777)
    with pytest.raises(NotFoundError):
        db_backend.memos.history(777)
    with pytest.raises(NotFoundError):
        db_backend.memos.record_attempt(db_actor, 777, Outcome.REACHED)
    with pytest.raises(ValidationError) as refused:
        db_backend.memos.route(99999)
    assert refused.value.field == "asked_for"
    assert db_backend.memos.mine(99999) == []
