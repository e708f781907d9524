"""업무대행: who the desk sends a visitor to when the officer they ask for is away."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minwon_desk.domain.absence import Absence, AbsenceKind
from minwon_desk.domain.deputy import (
    UNKNOWN_POSITION,
    Outcome,
    Person,
    Resolution,
    active_absence,
    back_at,
    department_head,
    department_heads,
    position_rank,
    resolve,
)
from minwon_desk.domain.errors import NotFoundError
from minwon_desk.domain.timeutil import SEOUL

T = datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)  # the fake clock's Thursday morning
TRIP, LEAVE, TRAINING = AbsenceKind.TRIP, AbsenceKind.LEAVE, AbsenceKind.TRAINING

KIM, LEE, CHOI, PARK, JUNG, HAN, OH = 1, 2, 3, 4, 5, 6, 7
PEOPLE: dict[int, Person] = {
    p.id: p
    for p in (
        Person(KIM, "김철수", "주무관", 10, default_deputy_id=LEE),
        Person(LEE, "이영희", "주무관", 10, default_deputy_id=KIM),
        Person(CHOI, "최지훈", "주무관", 10),
        Person(PARK, "박민수", "과장", 10),
        Person(JUNG, "정다은", "주무관", 10, default_deputy_id=CHOI, active=False),
        Person(HAN, "한가람", "과장", 20),
        Person(OH, "오세훈", "주무관", 20),
    )
}
HEADS: dict[int, int | None] = {10: PARK, 20: HAN}


def away(
    who: int, kind: AbsenceKind, start_h: float, end_h: float, deputy: int | None = None
) -> Absence:
    """An absence from T + start_h hours to T + end_h hours."""
    return Absence(who, kind, T + timedelta(hours=start_h), T + timedelta(hours=end_h), deputy)


def resolve_with(
    officer: int,
    *absent: Absence,
    people: Mapping[int, Person] = PEOPLE,
    heads: Mapping[int, int | None] = HEADS,
) -> Resolution:
    by_person: dict[int, list[Absence]] = {}
    for a in absent:
        by_person.setdefault(a.staff_id, []).append(a)
    return resolve(officer, T, people=people, absences=by_person, heads=heads)


@dataclass(frozen=True)
class Case:
    why: str
    officer: int
    absent: tuple[Absence, ...]
    outcome: Outcome
    acting: int | None
    chain: tuple[int, ...]
    message: str = ""  # the whole message, or "" to require none
    says: tuple[str, ...] = field(default=())  # or phrases it must contain


CASES = [
    Case("present", KIM, (), Outcome.PRESENT, KIM, (KIM,)),
    Case(
        "absence names nobody: the default deputy",
        KIM, (away(KIM, TRIP, -1, 8),), Outcome.DEPUTY, LEE, (KIM, LEE),
    ),
    Case(
        "the absence's deputy wins over the default",
        KIM, (away(KIM, TRIP, -1, 8, CHOI),), Outcome.DEPUTY, CHOI, (KIM, CHOI),
    ),
    Case(
        "absence ending exactly now: back",
        KIM, (away(KIM, TRIP, -3, 0),), Outcome.PRESENT, KIM, (KIM,),
    ),
    Case(
        "absence starting exactly now: away",
        KIM, (away(KIM, TRIP, 0, 3),), Outcome.DEPUTY, LEE, (KIM, LEE),
    ),
    Case(
        "deputy away too: their deputy",
        KIM, (away(KIM, TRIP, -1, 8), away(LEE, LEAVE, -24, 48, CHOI)),
        Outcome.DEPUTY, CHOI, (KIM, LEE, CHOI),
        message="출장 중인 김철수 주무관의 업무대행자 이영희 주무관도 휴가 중이고, "
        "그다음 대행자 최지훈 주무관에게 연결합니다.",
    ),
    Case(
        "cycle A→B→A",
        KIM, (away(KIM, TRIP, -1, 8), away(LEE, LEAVE, -24, 48)),
        Outcome.DEPARTMENT_HEAD, PARK, (KIM, LEE, KIM),
        message="출장 중인 김철수 주무관의 업무대행자 이영희 주무관도 휴가 중이고, "
        "대행 순서가 다시 김철수 주무관으로 돌아와 부서장 박민수 과장에게 연결합니다.",
    ),
    Case(
        "cycle A→B→C→A",
        KIM,
        (away(KIM, TRIP, -1, 8), away(LEE, LEAVE, -24, 48, CHOI), away(CHOI, TRAINING, -2, 2, KIM)),
        Outcome.DEPARTMENT_HEAD, PARK, (KIM, LEE, CHOI, KIM),
        message="출장 중인 김철수 주무관의 업무대행자 이영희 주무관도 휴가 중이고, "
        "그 대행자 최지훈 주무관도 교육 중이고, 대행 순서가 다시 김철수 주무관으로 돌아와 "
        "부서장 박민수 과장에게 연결합니다.",
    ),
    Case(
        "nobody named at all",
        CHOI, (away(CHOI, TRAINING, -1, 1),), Outcome.DEPARTMENT_HEAD, PARK, (CHOI,),
        message="교육 중인 최지훈 주무관에게 지정된 업무대행자가 없어 부서장 박민수 과장에게 연결합니다.",
    ),
    Case(
        "deputy has left",
        KIM, (away(KIM, TRIP, -1, 8, JUNG),), Outcome.DEPARTMENT_HEAD, PARK, (KIM,),
        message="출장 중인 김철수 주무관의 업무대행자 정다은 주무관은 더 이상 근무하지 않아 "
        "부서장 박민수 과장에게 연결합니다.",
    ),
    Case(
        "deputy not in the directory",
        KIM, (away(KIM, TRIP, -1, 8, 999),), Outcome.DEPARTMENT_HEAD, PARK, (KIM,),
        says=("직원 명부에 없어", "부서장 박민수 과장에게 연결합니다"),
    ),
    Case(
        "deputy named as the officer themself",
        KIM, (away(KIM, TRIP, -1, 8, KIM),), Outcome.DEPARTMENT_HEAD, PARK, (KIM, KIM),
        says=("본인으로 지정",),
    ),
    Case(
        "second deputy has left",
        KIM, (away(KIM, TRIP, -1, 8), away(LEE, LEAVE, -1, 8, JUNG)),
        Outcome.DEPARTMENT_HEAD, PARK, (KIM, LEE),
        says=("이영희 주무관도 휴가 중이고", "그다음 대행자 정다은 주무관은 더 이상 근무하지 않아"),
    ),
    Case(
        "officer has left",
        JUNG, (), Outcome.DEPARTMENT_HEAD, PARK, (JUNG,),
        message="정다은 주무관은 더 이상 근무하지 않아 부서장 박민수 과장에게 연결합니다.",
    ),
    Case(
        "head away too: front desk",
        CHOI, (away(CHOI, TRIP, -1, 8), away(PARK, LEAVE, -48, 48)),
        Outcome.FRONT_DESK, None, (CHOI,),
        message="출장 중인 최지훈 주무관에게 지정된 업무대행자가 없습니다. "
        "부서장 박민수 과장도 휴가 중이라 안내 데스크에서 용건을 받아 두었다가 전달해 주세요.",
    ),
    Case(
        "head away after a cycle",
        KIM, (away(KIM, TRIP, -1, 8), away(LEE, LEAVE, -1, 8), away(PARK, TRIP, -1, 1)),
        Outcome.FRONT_DESK, None, (KIM, LEE, KIM),
        says=("김철수 주무관으로 돌아옵니다.", "부서장 박민수 과장도 출장 중이라", "안내 데스크"),
    ),
    Case(
        "the officer is the head",
        PARK, (away(PARK, TRIP, -1, 8),), Outcome.FRONT_DESK, None, (PARK,),
        says=("지정된 업무대행자가 없습니다.", "부서장이 박민수 과장 본인이라", "안내 데스크"),
    ),
    Case(
        "the head named as deputy: a deputy like any other",
        CHOI, (away(CHOI, TRIP, -1, 8, PARK),), Outcome.DEPUTY, PARK, (CHOI, PARK),
    ),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c.why for c in CASES])
def test_resolution_table(case: Case) -> None:
    r = resolve_with(case.officer, *case.absent)
    assert (r.outcome, r.acting_id, r.chain) == (case.outcome, case.acting, case.chain)
    assert r.officer_id == case.officer
    if case.says:
        for phrase in case.says:
            assert phrase in r.message
    else:
        assert r.message == case.message


def test_absence_and_return_time() -> None:
    trip, leave = away(KIM, TRIP, -1, 2), away(KIM, LEAVE, 2, 32)  # back to back
    later = away(KIM, TRAINING, 40, 48)  # after a gap: not part of this absence
    r = resolve_with(KIM, trip, leave, later)
    assert r.absence == trip
    assert r.until == T + timedelta(hours=32)
    assert back_at([trip, leave, later], T + timedelta(hours=3)) == T + timedelta(hours=32)
    assert back_at([trip, leave, later], T + timedelta(hours=33)) is None
    assert resolve_with(KIM).until is None


def test_overlapping_absences_the_latest_arrangement_counts() -> None:
    week = away(KIM, LEAVE, -48, 72, CHOI)
    today = away(KIM, TRIP, -1, 3, LEE)
    r = resolve_with(KIM, week, today)
    assert (r.absence, r.acting_id, r.until) == (today, LEE, T + timedelta(hours=72))
    # The later one names nobody: the earlier arrangement's deputy, before the default.
    r = resolve_with(KIM, week, away(KIM, TRIP, -1, 3))
    assert (r.absence.kind if r.absence else None, r.acting_id) == (TRIP, CHOI)
    assert active_absence([week, today], T + timedelta(hours=5)) == week


def test_long_chain_of_fifty() -> None:
    ids = list(range(100, 150))
    people = dict(PEOPLE)
    for i in ids:
        people[i] = Person(i, f"직원{i}", "주무관", 10, default_deputy_id=i + 1)
    everyone_away = [away(i, TRIP, -1, 1) for i in ids]

    r = resolve_with(100, *everyone_away, people=people)  # 149's deputy 150 is unknown
    assert r.outcome is Outcome.DEPARTMENT_HEAD and r.acting_id == PARK
    assert r.chain == tuple(ids)
    assert "직원101 주무관부터 직원149 주무관까지 49명이 모두 자리에 없고" in r.message

    people[150] = Person(150, "마지막", "주무관", 10)
    r = resolve_with(100, *everyone_away, people=people)
    assert (r.outcome, r.acting_id, len(r.chain)) == (Outcome.DEPUTY, 150, 51)
    assert r.message.endswith("그다음 대행자 마지막 주무관에게 연결합니다.")

    people[149] = Person(149, "직원149", "주무관", 10, default_deputy_id=100)
    r = resolve_with(100, *everyone_away, people=people)
    assert r.outcome is Outcome.DEPARTMENT_HEAD and r.chain == (*ids, 100)
    assert "대행 순서가 다시 직원100 주무관으로 돌아와" in r.message


def test_head_named_nowhere_falls_back_to_the_most_senior_member() -> None:
    r = resolve_with(OH, away(OH, TRIP, -1, 1), heads={})
    assert (r.outcome, r.acting_id) == (Outcome.DEPARTMENT_HEAD, HAN)
    assert r.message == (
        "출장 중인 오세훈 주무관에게 지정된 업무대행자가 없어 부서장 한가람 과장에게 연결합니다."
    )


def test_nobody_left_in_the_department() -> None:
    people = {9: Person(9, "홍길동", "주무관", 30, active=False)}
    r = resolve_with(9, people=people, heads={30: None})
    assert (r.outcome, r.acting_id) == (Outcome.FRONT_DESK, None)
    assert "부서에 근무하는 다른 직원도 없어" in r.message and "안내 데스크" in r.message


def test_unknown_officer_is_a_clear_error() -> None:
    with pytest.raises(NotFoundError, match="직원 명부에 없습니다"):
        resolve_with(999)


def test_particles_follow_the_last_syllable() -> None:
    people = dict(PEOPLE)
    people[KIM] = Person(KIM, "김철수", "주사", 10, default_deputy_id=LEE)
    people[LEE] = Person(LEE, "이영희", "서기", 10, default_deputy_id=KIM)
    r = resolve_with(KIM, away(KIM, TRIP, -1, 1), away(LEE, LEAVE, -1, 1), people=people)
    assert "다시 김철수 주사로 돌아와" in r.message
    people[JUNG] = Person(JUNG, "Jane Doe", "", 10, active=False)
    assert resolve_with(JUNG, people=people).message.startswith("Jane Doe는 더 이상")


@pytest.mark.parametrize(
    "titles",
    [
        ["장관", "차관", "과장", "팀장", "서기관", "사무관", "주무관", "서기보", "비서"],
        ["청장", "기획조정실장", "혁신행정담당관", "민원팀장", "행정사무관", "행정주무관"],
        ["원장", "본부장", "센터장", "연구관", "연구사"],
    ],
)
def test_position_rank_orders_seniority(titles: list[str]) -> None:
    ranks = [position_rank(t) for t in titles]
    assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)


def test_position_rank_details() -> None:
    assert position_rank("본부장") < position_rank("부장")  # 본부장 is not a 부장
    assert (
        position_rank("과장 직무대리") == position_rank("과장(직무대리)") == position_rank("과장")
    )
    assert position_rank("") == position_rank("비서") == UNKNOWN_POSITION


def test_department_head() -> None:
    assert department_head(10, PEOPLE, PARK) == PARK
    assert department_head(10, PEOPLE, None) == PARK  # 과장 outranks 주무관
    assert department_head(10, PEOPLE, JUNG) == PARK  # named head has left
    assert department_head(10, PEOPLE, 999) == PARK
    assert department_head(20, PEOPLE, OH) == OH  # a named head counts whatever the title
    assert department_head(30, PEOPLE, None) is None
    peers = {1: Person(1, "갑", "주무관", 5), 2: Person(2, "을", "주무관", 5)}
    assert department_head(5, peers, None) == 1  # ties: the lower id


# ---- properties ---------------------------------------------------------------------------

KINDS = st.sampled_from(list(AbsenceKind))
POSITIONS = st.sampled_from(["과장", "팀장", "주무관", "사무관", ""])


@st.composite
def worlds(
    draw: st.DrawFn,
) -> tuple[dict[int, Person], dict[int, list[Absence]], dict[int, int | None]]:
    n = draw(st.integers(1, 7))
    ids = list(range(1, n + 1))
    someone = st.one_of(st.none(), st.sampled_from([*ids, 99]))
    people = {
        i: Person(
            i,
            f"직원{i}",
            draw(POSITIONS),
            draw(st.sampled_from([1, 2])),
            default_deputy_id=draw(someone),
            active=draw(st.sampled_from([True, True, False])),
        )
        for i in ids
    }
    absences: dict[int, list[Absence]] = {}
    for i in ids:
        for _ in range(draw(st.integers(0, 2))):
            start = draw(st.integers(-3, 2))
            end = draw(st.integers(start + 1, 3))
            absences.setdefault(i, []).append(away(i, draw(KINDS), start, end, draw(someone)))
    heads = draw(st.dictionaries(st.sampled_from([1, 2]), someone))
    return people, absences, heads


def is_present(
    who: int, people: Mapping[int, Person], absences: Mapping[int, Sequence[Absence]]
) -> bool:
    return people[who].active and active_absence(absences.get(who, ()), T) is None


@given(worlds(), st.data())
def test_resolution_properties(
    world: tuple[dict[int, Person], dict[int, list[Absence]], dict[int, int | None]],
    data: st.DataObject,
) -> None:
    people, absences, heads = world
    officer = data.draw(st.sampled_from(sorted(people)))
    r = resolve(officer, T, people=people, absences=absences, heads=heads)

    assert (r.outcome is Outcome.PRESENT) == is_present(officer, people, absences)
    if r.acting_id is not None:
        assert is_present(r.acting_id, people, absences)
    assert (r.acting_id is None) == (r.outcome is Outcome.FRONT_DESK)
    assert r.chain[0] == officer and len(r.chain) <= len(people) + 1
    assert len(set(r.chain[:-1])) == len(r.chain) - 1  # only the last may repeat
    if r.outcome is Outcome.DEPUTY:
        assert r.acting_id == r.chain[-1] != officer
        assert (r.message == "") == (len(r.chain) == 2)
    if r.outcome is Outcome.PRESENT:
        assert (r.acting_id, r.absence, r.until, r.message) == (officer, None, None, "")
    if r.outcome in (Outcome.DEPARTMENT_HEAD, Outcome.FRONT_DESK):
        assert r.message and "None" not in r.message
    if r.message:
        assert r.message.endswith("니다.") or r.message.endswith("주세요.")
    if r.absence is not None:
        assert r.absence.covers(T)
        if people[officer].active:
            assert r.until is not None and r.until >= r.absence.ends_at > T


@given(worlds())
def test_all_heads_at_once_agree_with_one_at_a_time(
    world: tuple[dict[int, Person], dict[int, list[Absence]], dict[int, int | None]],
) -> None:
    people, _, named = world
    heads = department_heads(people, named)
    for dept in (1, 2, 3):
        assert heads.get(dept) == department_head(dept, people, named.get(dept))
