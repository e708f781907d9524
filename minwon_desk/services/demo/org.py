"""A made-up organisation for the demo: units shaped like a ministry, generated people.

Every name, number and address here is generated from a seed; none is a real person.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from minwon_desk.services.demo.portraits import portrait_for

SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허남심"
# Given names are one syllable from each list: 민준, 서연, 지우, 하은…
GIVEN_FIRST = "민서지도하예수시유재태동주승건채다상보세준영정은성우현소"
GIVEN_SECOND = "준서연우윤은아진훈호희원현민수빈영혁결람슬경율린"


@dataclass(frozen=True, slots=True)
class Unit:
    key: str
    name: str
    kind: str  # "본부", "지방청", "실", "과", "팀"
    parent: str | None
    head: str | None  # position of the unit's head, None when it has none of its own
    size: int  # staff besides the head
    duties: tuple[str, ...]
    ext_block: int  # first two digits of the unit's internal numbers


UNITS: tuple[Unit, ...] = (
    Unit("hq", "본부", "본부", None, None, 0, (), 0),
    Unit("plan", "기획조정실", "실", "hq", "실장", 0, (), 0),
    Unit("innov", "혁신행정담당관", "과", "plan", "담당관", 7,
         ("정부혁신", "조직진단", "민원제도", "고객만족도 조사", "적극행정"), 11),
    Unit("support", "운영지원과", "과", "plan", "과장", 6,
         ("인사", "복무", "청사관리", "보안", "물품"), 12),
    Unit("desk", "민원안내팀", "팀", "support", "팀장", 4,
         ("방문민원 안내", "전화 안내", "민원접수", "안내데스크"), 13),
    Unit("startup", "창업벤처혁신실", "실", "hq", "실장", 0, (), 0),
    Unit("found", "창업정책과", "과", "startup", "과장", 8,
         ("예비창업패키지", "창업교육", "창업지원사업 공고", "청년창업"), 21),
    Unit("venture", "벤처정책과", "과", "startup", "과장", 7,
         ("벤처기업 확인", "벤처투자", "모태펀드", "스톡옵션"), 22),
    Unit("small", "소상공인정책실", "실", "hq", "실장", 0, (), 0),
    Unit("shop", "소상공인정책과", "과", "small", "과장", 8,
         ("소상공인 정책자금", "전통시장", "폐업지원", "온누리상품권"), 31),
    Unit("sme", "중소기업정책실", "실", "hq", "실장", 0, (), 0),
    Unit("finance", "기업금융과", "과", "sme", "과장", 7,
         ("정책자금 융자", "보증", "매출채권보험", "기업 구조개선"), 41),
    Unit("region", "서울지방중소벤처기업청", "지방청", None, "청장", 0, (), 0),
    Unit("field", "지원총괄과", "과", "region", "과장", 10,
         ("현장기동반", "1357 상담", "수출지원", "기술보호"), 51),
)
# 4 heads of 실 + 1 청장 + 8 unit heads + 57 members = 70; the rest are deputies and
# senior officers spread below so the roster reaches the demo's 80.
EXTRA_SENIOR = 10
MEMBER_POSITIONS = ("주무관", "주무관", "주무관", "주무관", "사무관", "사무관", "서기관")


@dataclass(frozen=True, slots=True)
class Person:
    employee_no: str
    name: str
    position: str
    unit: str
    extension: str
    email: str
    duties: str
    photo: bytes | None  # a JPEG; None for the few shown by their generated avatar


class NameMaker:
    """Korean-looking names, unique within one demo (two people with one name would make
    the officer search ambiguous in a way the demo does not mean to show)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()

    def __call__(self) -> str:
        while True:
            name = (
                self._rng.choice(SURNAMES)
                + self._rng.choice(GIVEN_FIRST)
                + self._rng.choice(GIVEN_SECOND)
            )
            if name[1] != name[2] and name not in self._used:
                self._used.add(name)
                return name


def make_people(rng: random.Random, operator_no: str) -> list[Person]:
    """80 people; the first is the front-desk operator (employee ``operator_no``)."""
    names = NameMaker(rng)
    plan: list[tuple[str, str]] = []  # (unit key, position)
    desk_members = [("desk", "주무관")] * next(u.size for u in UNITS if u.key == "desk")
    plan.extend(desk_members[:1])  # the operator comes first
    for unit in UNITS:
        if unit.head:
            plan.append((unit.key, unit.head))
        members = unit.size - (1 if unit.key == "desk" else 0)
        plan.extend((unit.key, rng.choice(MEMBER_POSITIONS)) for _ in range(members))
    staffed = [u.key for u in UNITS if u.size]
    plan.extend((rng.choice(staffed), rng.choice(("사무관", "서기관"))) for _ in range(EXTRA_SENIOR))

    units = {u.key: u for u in UNITS}
    counters: dict[int, int] = {}  # per block of internal numbers
    people: list[Person] = []
    for index, (key, position) in enumerate(plan):
        unit = units[key]
        name = names()
        number = operator_no if index == 0 else f"D{index + 1:04d}"
        block = unit.ext_block or units[_first_staffed_child(key)].ext_block
        counters[block] = counters.get(block, 0) + 1
        duties = ", ".join(rng.sample(unit.duties, k=min(2, len(unit.duties)))) if unit.duties else ""
        people.append(
            Person(
                employee_no=number,
                name=name,
                position=position,
                unit=key,
                extension=f"{block:02d}{counters[block]:02d}",
                email=f"{number.lower()}@demo.example",
                duties=duties,
                photo=portrait_for(index, name),
            )
        )
    return people


def _first_staffed_child(key: str) -> str:
    """Heads of 실 and 청 take internal numbers from their first staffed unit's block."""
    for unit in UNITS:
        if unit.parent == key:
            return unit.key if unit.ext_block else _first_staffed_child(unit.key)
    raise ValueError(key)
