"""Who acts for an officer at a given moment (업무대행), as a pure function.

The rules:

1. An active officer not covered by an absence at T is present: they act themselves.
2. An absent officer's work goes to the deputy named by their absence covering T, or, when
   it names none, to their default deputy. When that deputy is absent too, the same rule
   is applied to the deputy, and so on.
3. The chain ends at the officer's department head when it cannot go on: nobody is named,
   the named deputy is not in the directory or has left (inactive), or the chain comes
   back to someone already in it (a cycle — so it always ends, after at most as many
   steps as there are people). An officer who has left goes to the head straight away.
4. When the head cannot take it either — the head is away, is the officer, or the
   department has nobody to be head — it ends at the front desk, which takes a message.

Every outcome but "present" and the plain one-step deputy carries a sentence that names
the people involved and says why (``domain.deputy_words``): in Korean as the note a record
keeps, and in the desk's language as the screen shows it.

Times: an absence covers ``starts_at <= T < ends_at``, so one ending exactly at T no longer
covers T and one starting exactly at T does. When several absences cover T, the one that
started last is the arrangement in force (it was made on top of the earlier one); ties go
to the one listed later. If it names no deputy, the deputy of the next most recent covering
absence that names one is used, and only then the default deputy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import lru_cache

from minwon_desk.domain.absence import Absence
from minwon_desk.domain.deputy_words import KOREAN, Stop, Why, Words, shown
from minwon_desk.domain.errors import NotFoundError
from minwon_desk.domain.i18n import translate


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    position: str
    department_id: int
    default_deputy_id: int | None = None
    active: bool = True


class Outcome(StrEnum):
    PRESENT = "present"
    DEPUTY = "deputy"
    DEPARTMENT_HEAD = "department_head"
    FRONT_DESK = "front_desk"


@dataclass(frozen=True, slots=True)
class Resolution:
    """Who acts for ``officer_id`` at one moment.

    ``acting_id`` is the officer when present and None only at the front desk. ``until`` is
    when the officer is back: the end of the run of overlapping or back-to-back absences
    covering the moment (None when present or when the officer has left). ``chain`` is the
    officer and the deputies followed, in order; when the order came back round, the
    person it came back to is repeated last. The department head is not part of it.
    """

    officer_id: int
    outcome: Outcome
    acting_id: int | None
    absence: Absence | None
    until: datetime | None
    chain: tuple[int, ...]
    message: str  # in Korean: what a routing note keeps
    shown: str = ""  # the same in the desk's language, for the screen


# Position titles by seniority; a title is recognised by its ending ("기획조정실장" → 실장),
# the longest ending first ("본부장" before "부장"). Lower is more senior.
_TITLES: dict[str, int] = {
    **dict.fromkeys(("장관", "청장", "원장", "처장", "위원장", "총장"), 10),
    **dict.fromkeys(("차관", "부청장", "부원장", "부처장", "부위원장"), 20),
    **dict.fromkeys(("차장", "본부장", "실장", "국장", "단장", "관리관"), 20),
    **dict.fromkeys(("정책관", "심의관", "기획관", "조정관", "부국장"), 25),
    **dict.fromkeys(("과장", "담당관", "부장", "센터장", "소장", "관장"), 30),
    "팀장": 40,
    **dict.fromkeys(("이사관", "부이사관"), 45),
    **dict.fromkeys(("서기관", "연구관", "지도관"), 50),
    "사무관": 55,
    **dict.fromkeys(("주무관", "주사", "연구사", "지도사"), 60),
    "주사보": 61,
    "서기": 62,
    "서기보": 63,
    "실무관": 70,
}
_BY_LENGTH = sorted(_TITLES, key=len, reverse=True)
UNKNOWN_POSITION = 1000
_ACTING_SUFFIXES = ("직무대리", "직무대행", "대리", "대행")


@lru_cache(maxsize=512)
def position_rank(position: str) -> int:
    """Seniority of a position title, lower = more senior; unknown titles rank last.

    장관·청장·원장 < 차관·차장·본부장·실장·국장·단장 < 과장·담당관·부장·센터장 < 팀장
    < 서기관·연구관 < 사무관 < 주무관·주사·연구사 < 서기보 < anything unknown.
    "과장 직무대리" and "과장(직무대리)" count as 과장.
    """
    title = "".join(position.split())
    title = title.replace("(", "").replace(")", "")
    for suffix in _ACTING_SUFFIXES:
        if title.endswith(suffix) and len(title) > len(suffix):
            title = title[: -len(suffix)]
            break
    for known in _BY_LENGTH:
        if title.endswith(known):
            return _TITLES[known]
    return UNKNOWN_POSITION


def department_head(
    department_id: int, people: Mapping[int, Person], explicit_head_id: int | None
) -> int | None:
    """The named head when they are in the directory and active; otherwise the most senior
    active member of the department (ties: the lower id); None when there is nobody."""
    if explicit_head_id is not None:
        head = people.get(explicit_head_id)
        if head is not None and head.active:
            return head.id
    best: Person | None = None
    for p in people.values():
        if (
            p.department_id == department_id
            and p.active
            and (
                best is None
                or (position_rank(p.position), p.id) < (position_rank(best.position), best.id)
            )
        ):
            best = p
    return None if best is None else best.id


def department_heads(
    people: Mapping[int, Person], explicit: Mapping[int, int | None]
) -> dict[int, int | None]:
    """``department_head`` for every department in ``explicit`` or with members, in one pass."""
    senior: dict[int, Person] = {}
    for p in people.values():
        if not p.active:
            continue
        cur = senior.get(p.department_id)
        if cur is None or (position_rank(p.position), p.id) < (position_rank(cur.position), cur.id):
            senior[p.department_id] = p
    heads: dict[int, int | None] = {}
    for dept_id in {*explicit, *senior}:
        named = explicit.get(dept_id)
        head = people.get(named) if named is not None else None
        if head is not None and head.active:
            heads[dept_id] = head.id
        else:
            fallback = senior.get(dept_id)
            heads[dept_id] = None if fallback is None else fallback.id
    return heads


def _covering(absences: Sequence[Absence], at: datetime) -> list[Absence]:
    """Absences covering ``at``, the arrangement in force first (latest start, then later
    in the list)."""
    hits = [(a.starts_at, i, a) for i, a in enumerate(absences) if a.covers(at)]
    hits.sort(key=lambda hit: (hit[0], hit[1]), reverse=True)
    return [a for _, _, a in hits]


def active_absence(absences: Sequence[Absence], at: datetime) -> Absence | None:
    """The absence in force at ``at``: of those covering it, the one that started last."""
    covering = _covering(absences, at)
    return covering[0] if covering else None


def back_at(absences: Sequence[Absence], at: datetime) -> datetime | None:
    """When someone away at ``at`` is back: the end of the run of overlapping or
    back-to-back absences covering ``at``; None when none covers it."""
    covering = [a for a in absences if a.covers(at)]
    if not covering:
        return None
    end = max(a.ends_at for a in covering)
    # [at, end) is covered; anything starting inside it or right at its end extends it.
    for a in sorted(absences, key=lambda a: a.starts_at):
        if a.starts_at > end:
            break
        end = max(end, a.ends_at)
    return end


def _deputy_of(person: Person, absences: Sequence[Absence], at: datetime) -> int | None:
    for absence in _covering(absences, at):
        if absence.deputy_id is not None:
            return absence.deputy_id
    return person.default_deputy_id


# ---- resolution -------------------------------------------------------------------------


def resolve(
    officer_id: int,
    at: datetime,
    *,
    people: Mapping[int, Person],
    absences: Mapping[int, Sequence[Absence]],
    heads: Mapping[int, int | None],
) -> Resolution:
    """Who acts for ``officer_id`` at ``at`` (see the module docstring for the rules).

    ``heads`` maps a department to its named head; a missing, unknown or inactive head
    falls back to the department's most senior active member (``department_head``).
    Raises NotFoundError when the officer is not in ``people``.
    """
    officer = people.get(officer_id)
    if officer is None:
        raise NotFoundError(translate(
            "Deputy",
            "찾는 직원이 직원 명부에 없습니다. 퇴직 처리되었거나 삭제되었을 수 있으니 "
            "목록을 새로 고쳐 주세요.",
        ))
    own = absences.get(officer_id, ())
    absence = active_absence(own, at)

    def ending(chain: Iterable[int], why: Callable[[Words], Why], until: datetime | None) -> Resolution:
        return _to_head(officer, at, people, absences, heads, tuple(chain), absence, until, why)

    if not officer.active:
        return ending((officer_id,), lambda words: words.left(officer), None)
    if absence is None:
        return Resolution(officer_id, Outcome.PRESENT, officer_id, None, None, (officer_id,), "")
    until = back_at(own, at)

    chain = [officer_id]
    away: list[tuple[Person, Absence]] = []
    current = officer
    stop = Stop.NO_DEPUTY
    culprit: Person | None = None
    # Each step adds someone not yet in the chain, so it ends within len(people) steps.
    for _ in range(len(people)):
        deputy_id = _deputy_of(current, absences.get(current.id, ()), at)
        if deputy_id is None:
            stop = Stop.NO_DEPUTY
            break
        deputy = people.get(deputy_id)
        if deputy is None:
            stop = Stop.MISSING
            break
        if not deputy.active:
            stop, culprit = Stop.INACTIVE, deputy
            break
        if deputy_id in chain:
            chain.append(deputy_id)
            stop, culprit = Stop.CYCLE, deputy
            break
        chain.append(deputy_id)
        deputy_away = active_absence(absences.get(deputy_id, ()), at)
        if deputy_away is None:
            said = ["", ""]
            if away:
                said = [words.next_deputy(words.story(officer, absence, away), deputy)
                        for words in (KOREAN, shown())]
            return Resolution(
                officer_id, Outcome.DEPUTY, deputy_id, absence, until, tuple(chain), *said
            )
        away.append((deputy, deputy_away))
        current = deputy
    return ending(
        chain, lambda words: words.why_stopped(officer, absence, away, stop, culprit), until
    )


def _to_head(
    officer: Person,
    at: datetime,
    people: Mapping[int, Person],
    absences: Mapping[int, Sequence[Absence]],
    heads: Mapping[int, int | None],
    chain: tuple[int, ...],
    absence: Absence | None,
    until: datetime | None,
    why: Callable[[Words], Why],
) -> Resolution:
    """The end of a chain that could not go on: the department head, else the front desk."""
    dept = officer.department_id
    head_id = department_head(dept, people, heads.get(dept))
    head = people[head_id] if head_id is not None else None
    head_away = active_absence(absences.get(head_id, ()), at) if head_id is not None else None
    if head is None or head_id == officer.id or head_away is not None:
        said = [
            words.front_desk(why(words), head, head_away, head_is_officer=head_id == officer.id)
            for words in (KOREAN, shown())
        ]
        return Resolution(officer.id, Outcome.FRONT_DESK, None, absence, until, chain, *said)
    said = [words.to_head(why(words), head) for words in (KOREAN, shown())]
    return Resolution(officer.id, Outcome.DEPARTMENT_HEAD, head_id, absence, until, chain, *said)
