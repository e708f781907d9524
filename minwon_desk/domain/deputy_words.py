"""The sentences that say how a deputy chain went (업무대행), in one language or another.

``domain.deputy`` finds who acts; these say why, naming the people. The same sentence is
made twice: in Korean, as the routing note a memo or a visit keeps (a record), and in the
desk's language, for what the directory and the check-in form show at the moment. Each
sentence is a whole template (``QT_TRANSLATE_NOOP``) so a translation can order its words
freely; a clause that goes on ("…없어") and one that ends ("…없습니다.") come in pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from minwon_desk.domain.absence import Absence
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.particles import settle

Lookup = Callable[[str, str], str]
_C = "Deputy"


def korean(context: str, text: str) -> str:
    """The source sentence as written: what a stored note says."""
    del context
    return text


class Named(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def position(self) -> str: ...


class Stop(Enum):
    NO_DEPUTY = "no_deputy"
    MISSING = "missing"
    INACTIVE = "inactive"
    CYCLE = "cycle"


@dataclass(frozen=True, slots=True)
class Why:
    """Why the chain stopped, as a clause that goes on ("…없어") and one that ends ("…없습니다.")."""

    going_on: str
    ending: str


def label(person: Named) -> str:
    return f"{person.name} {person.position}".strip()


# (goes on, ends): the officer away with nobody found yet. Sentences with a particle to
# settle ("은(는)") are written where they are said, inside ``settle``.
_LEAD = {
    Stop.NO_DEPUTY: (
        QT_TRANSLATE_NOOP("Deputy", "{kind} 중인 {officer}에게 지정된 업무대행자가 없어"),
        QT_TRANSLATE_NOOP("Deputy", "{kind} 중인 {officer}에게 지정된 업무대행자가 없습니다."),
    ),
    Stop.MISSING: (
        QT_TRANSLATE_NOOP("Deputy", "{kind} 중인 {officer}의 업무대행자가 직원 명부에 없어"),
        QT_TRANSLATE_NOOP("Deputy", "{kind} 중인 {officer}의 업무대행자가 직원 명부에 없습니다."),
    ),
    Stop.CYCLE: (
        QT_TRANSLATE_NOOP("Deputy", "{kind} 중인 {officer}의 업무대행자가 본인으로 지정되어 있어"),
        QT_TRANSLATE_NOOP("Deputy", "{kind} 중인 {officer}의 업무대행자가 본인으로 지정되어 있습니다."),
    ),
}
# (goes on, ends): after the story of the deputies found away.
_AFTER = {
    Stop.NO_DEPUTY: (
        QT_TRANSLATE_NOOP("Deputy", "{story}, 그다음 대행자가 지정되어 있지 않아"),
        QT_TRANSLATE_NOOP("Deputy", "{story}, 그다음 대행자가 지정되어 있지 않습니다."),
    ),
    Stop.MISSING: (
        QT_TRANSLATE_NOOP("Deputy", "{story}, 그다음 대행자가 직원 명부에 없어"),
        QT_TRANSLATE_NOOP("Deputy", "{story}, 그다음 대행자가 직원 명부에 없습니다."),
    ),
}
_BACK_TO_START = (
    QT_TRANSLATE_NOOP("Deputy", "{story}, 대행 순서가 다시 처음으로 돌아와"),
    QT_TRANSLATE_NOOP("Deputy", "{story}, 대행 순서가 다시 처음으로 돌아옵니다."),
)


class Words:
    """The sentences in one language: ``korean`` for a stored note, ``translate`` for the
    screen."""

    def __init__(self, tr: Lookup) -> None:
        self._tr = tr

    def _say(self, text: str, **names: object) -> str:
        return settle(self._tr(_C, text).format(**names))

    def _kind(self, absence: Absence) -> str:
        return self._tr("AbsenceKind", absence.kind.value)

    def _pair(self, pair: tuple[str, str], **names: object) -> Why:
        return Why(self._say(pair[0], **names), self._say(pair[1], **names))

    def story(self, officer: Named, absence: Absence, away: Sequence[tuple[Named, Absence]]) -> str:
        """ "출장 중인 김철수 주무관의 업무대행자 이영희 주무관도 휴가 중이고" for the
        deputies found away (at least one)."""
        kind, who = self._kind(absence), label(officer)
        if len(away) > 2:
            return self._say(
                QT_TRANSLATE_NOOP("Deputy", "{kind} 중인 {officer}의 업무대행자 {first}부터 {last}까지 {n}명이 모두 자리에 없고"),
                kind=kind, officer=who, first=label(away[0][0]), last=label(away[-1][0]), n=len(away),
            )
        (first, first_away), *rest = away
        text = self._say(
            QT_TRANSLATE_NOOP("Deputy", "{kind} 중인 {officer}의 업무대행자 {deputy}도 {deputy_kind} 중이고"),
            kind=kind, officer=who, deputy=label(first), deputy_kind=self._kind(first_away),
        )
        for person, person_away in rest:
            text += self._say(
                QT_TRANSLATE_NOOP("Deputy", ", 그 대행자 {deputy}도 {deputy_kind} 중이고"),
                deputy=label(person), deputy_kind=self._kind(person_away),
            )
        return text

    def why_stopped(
        self,
        officer: Named,
        absence: Absence,
        away: Sequence[tuple[Named, Absence]],
        stop: Stop,
        culprit: Named | None,
    ) -> Why:
        if stop is Stop.INACTIVE and culprit is None:
            stop = Stop.CYCLE  # kept as it always read: nobody to name
        kind, who = self._kind(absence), label(officer)
        if not away:
            if stop is Stop.INACTIVE and culprit is not None:
                names = {"kind": kind, "officer": who, "deputy": label(culprit)}
                return Why(
                    settle(self._tr(_C, QT_TRANSLATE_NOOP("Deputy", "{kind} 중인 {officer}의 업무대행자 {deputy}은(는) 더 이상 근무하지 않아")).format(**names)),
                    settle(self._tr(_C, QT_TRANSLATE_NOOP("Deputy", "{kind} 중인 {officer}의 업무대행자 {deputy}은(는) 더 이상 근무하지 않습니다.")).format(**names)),
                )
            return self._pair(_LEAD[stop], kind=kind, officer=who)
        story = self.story(officer, absence, away)
        if culprit is None:
            return self._pair(_BACK_TO_START if stop is Stop.CYCLE else _AFTER[stop], story=story)
        names = {"story": story, "deputy": label(culprit)}
        if stop is Stop.INACTIVE:
            return Why(
                settle(self._tr(_C, QT_TRANSLATE_NOOP("Deputy", "{story}, 그다음 대행자 {deputy}은(는) 더 이상 근무하지 않아")).format(**names)),
                settle(self._tr(_C, QT_TRANSLATE_NOOP("Deputy", "{story}, 그다음 대행자 {deputy}은(는) 더 이상 근무하지 않습니다.")).format(**names)),
            )
        if stop is Stop.CYCLE:
            return Why(
                settle(self._tr(_C, QT_TRANSLATE_NOOP("Deputy", "{story}, 대행 순서가 다시 {deputy}(으)로 돌아와")).format(**names)),
                settle(self._tr(_C, QT_TRANSLATE_NOOP("Deputy", "{story}, 대행 순서가 다시 {deputy}(으)로 돌아옵니다.")).format(**names)),
            )
        return self._pair(_AFTER[stop], story=story)

    def left(self, officer: Named) -> Why:
        who = label(officer)
        return Why(
            settle(self._tr(_C, QT_TRANSLATE_NOOP("Deputy", "{officer}은(는) 더 이상 근무하지 않아")).format(officer=who)),
            settle(self._tr(_C, QT_TRANSLATE_NOOP("Deputy", "{officer}은(는) 더 이상 근무하지 않습니다.")).format(officer=who)),
        )

    def next_deputy(self, story: str, deputy: Named) -> str:
        return self._say(QT_TRANSLATE_NOOP("Deputy", "{story}, 그다음 대행자 {deputy}에게 연결합니다."),
                         story=story, deputy=label(deputy))

    def to_head(self, why: Why, head: Named) -> str:
        return self._say(QT_TRANSLATE_NOOP("Deputy", "{why} 부서장 {head}에게 연결합니다."),
                         why=why.going_on, head=label(head))

    def front_desk(self, why: Why, head: Named | None, head_away: Absence | None, *,
                   head_is_officer: bool) -> str:
        """The head cannot take it either: the front desk takes a message."""
        if head is None:
            reason = self._tr(_C, QT_TRANSLATE_NOOP(
                "Deputy", "부서장이 정해져 있지 않고 부서에 근무하는 다른 직원도 없어"))
        elif head_is_officer:
            reason = self._say(QT_TRANSLATE_NOOP("Deputy", "부서장이 {head} 본인이라"), head=label(head))
        else:
            assert head_away is not None
            reason = self._say(QT_TRANSLATE_NOOP("Deputy", "부서장 {head}도 {kind} 중이라"),
                               head=label(head), kind=self._kind(head_away))
        return self._say(
            QT_TRANSLATE_NOOP("Deputy", "{why} {reason} 안내 데스크에서 용건을 받아 두었다가 전달해 주세요."),
            why=why.ending, reason=reason,
        )


KOREAN = Words(korean)


def shown() -> Words:
    """The sentences in the desk's language (the lookup installed now)."""
    return Words(translate)
