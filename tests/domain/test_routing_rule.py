"""Work follows the person who will do it: an officer back before the moment that matters
keeps a memo or a case; away past it, the work goes down the deputy chain."""

from __future__ import annotations

from datetime import datetime, timedelta

from minwon_desk.domain.absence import Absence, AbsenceKind
from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.deputy import Outcome, Person
from minwon_desk.domain.routing_rule import WorkRoute, back_at_work, route_work
from minwon_desk.domain.timeutil import SEOUL

T = datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)  # a Thursday morning
CAL = WorkingCalendar()
MEETING, LEAVE, TRIP = AbsenceKind.MEETING, AbsenceKind.LEAVE, AbsenceKind.TRIP

KIM, BAEK, CHOI, PARK, GONE = 1, 2, 3, 4, 5
PEOPLE = {
    p.id: p
    for p in (
        Person(KIM, "김민준", "주무관", 10, default_deputy_id=BAEK),
        Person(BAEK, "백유준", "주무관", 10, default_deputy_id=CHOI),
        Person(CHOI, "최지훈", "주무관", 10),
        Person(PARK, "박지호", "과장", 10),
        Person(GONE, "정하늘", "주무관", 10, default_deputy_id=BAEK, active=False),
    )
}
HEADS: dict[int, int | None] = {10: PARK}


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 7, day, hour, minute, tzinfo=SEOUL)


def away(who: int, kind: AbsenceKind, start: datetime, end: datetime) -> Absence:
    return Absence(who, kind, start, end)


def work(
    officer: int,
    point: datetime | None,
    *absent: Absence,
    people: dict[int, Person] = PEOPLE,
) -> WorkRoute:
    by_staff: dict[int, list[Absence]] = {}
    for a in absent:
        by_staff.setdefault(a.staff_id, []).append(a)
    return route_work(
        officer, T, point, people=people, absences=by_staff, heads=HEADS, calendar=CAL
    )


def test_an_officer_in_keeps_the_work() -> None:
    w = work(KIM, at(2, 14))
    assert (w.holder_id, w.kept, w.back, w.present) == (KIM, False, None, True)


def test_back_exactly_at_the_warning_point_keeps_it_one_minute_later_does_not() -> None:
    meeting = away(KIM, MEETING, T, at(2, 13, 30))
    kept = work(KIM, at(2, 13, 30), meeting)
    assert (kept.holder_id, kept.kept, kept.back) == (KIM, True, at(2, 13, 30))
    assert (kept.now.outcome, kept.now.acting_id) == (Outcome.DEPUTY, BAEK)  # the contact
    late = work(KIM, at(2, 13, 29), meeting)
    assert (late.holder_id, late.kept, late.back) == (BAEK, False, at(2, 13, 30))
    one_minute_after = work(KIM, at(2, 13, 30), away(KIM, MEETING, T, at(2, 13, 31)))
    assert one_minute_after.holder_id == BAEK and not one_minute_after.kept


def test_a_meeting_ending_soon_keeps_a_fourteen_day_question_with_the_officer() -> None:
    w = work(KIM, at(2, 11), away(KIM, MEETING, T, T + timedelta(minutes=30)))
    assert w.holder_id == KIM and w.kept and w.back == at(2, 10, 30)


def test_an_absence_ending_outside_working_hours_brings_the_officer_back_next_morning() -> None:
    evening = away(KIM, TRIP, T, at(2, 19))
    assert back_at_work([evening], T, CAL) == at(3, 9)
    assert work(KIM, at(3, 9, 30), evening).kept  # the warning is tomorrow morning
    assert work(KIM, at(3, 9), evening).kept  # back exactly at it
    assert work(KIM, at(2, 17, 30), evening).holder_id == BAEK  # the warning is tonight
    # Ending at the lunch break: back when the afternoon begins.
    lunch = away(KIM, MEETING, T, at(2, 12, 10))
    assert back_at_work([lunch], T, CAL) == at(2, 13)
    assert work(KIM, at(2, 12, 30), lunch).holder_id == BAEK
    # Friday evening to Monday: the weekend is not working time.
    friday = away(KIM, TRIP, T, at(3, 18))
    assert back_at_work([friday], T, CAL) == at(6, 9)
    assert work(KIM, at(6, 9, 30), friday).kept


def test_a_multi_day_absence_runs_over_back_to_back_absences() -> None:
    trip = away(KIM, TRIP, at(1, 9), at(2, 18))
    leave = away(KIM, LEAVE, at(2, 18), at(7, 18))
    w = work(KIM, at(6, 11), trip, leave)
    assert (w.holder_id, w.kept, w.back) == (BAEK, False, at(8, 9))
    assert work(KIM, at(8, 10), trip, leave).kept  # a memo pressing only on the 8th waits


def test_a_deputy_away_past_the_point_passes_it_on_one_back_in_time_takes_it() -> None:
    leave = away(KIM, LEAVE, at(1, 9), at(10, 18))
    long_away = away(BAEK, TRIP, at(1, 9), at(3, 18))
    w = work(KIM, at(2, 15), leave, long_away)
    assert (w.holder_id, w.chain.chain) == (CHOI, (KIM, BAEK, CHOI))
    short = away(BAEK, MEETING, T, at(2, 11))
    w = work(KIM, at(2, 15), leave, short)
    assert (w.holder_id, w.holder_back, w.kept) == (BAEK, at(2, 11), False)
    assert w.now.acting_id == CHOI  # who to call until the deputy is back


def test_mutual_deputies_both_away_end_at_the_head_with_its_sentence() -> None:
    mutual = {
        **PEOPLE,
        KIM: Person(KIM, "김민준", "주무관", 10, default_deputy_id=BAEK),
        BAEK: Person(BAEK, "백유준", "주무관", 10, default_deputy_id=KIM),
    }
    both = (away(KIM, LEAVE, at(1, 9), at(10, 18)), away(BAEK, TRIP, at(1, 9), at(10, 18)))
    w = work(KIM, at(2, 15), *both, people=mutual)
    assert (w.holder_id, w.chain.outcome) == (PARK, Outcome.DEPARTMENT_HEAD)
    assert "대행 순서가 다시 김민준 주무관으로 돌아와 부서장 박지호 과장에게 연결합니다." in (
        w.chain.message
    )
    # One of them back in time: the work goes to them, not the head.
    soon = (both[0], away(BAEK, MEETING, T, at(2, 11)))
    assert work(KIM, at(2, 15), *soon, people=mutual).holder_id == BAEK


def test_without_a_clock_the_chain_of_the_moment_decides() -> None:
    w = work(KIM, None, away(KIM, MEETING, T, at(2, 10, 30)))
    assert (w.holder_id, w.kept) == (BAEK, False)


def test_an_officer_who_has_left_never_keeps_the_work() -> None:
    w = work(GONE, at(9, 9))
    assert (w.holder_id, w.kept, w.back) == (PARK, False, None)
