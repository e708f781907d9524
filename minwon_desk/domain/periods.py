"""Processing periods and how the law counts them (민원처리법 §19, 시행령 §19).

- ``Nm``: wall-clock minutes (the visitor greeting), no calendar.
- ``Nh``: working hours.
- ``Nd``: days. Five days or less are counted as N × 8 working hours from receipt; six days
  or more are counted in working days, the day of receipt being day one, ending at the close
  of the last day.
- ``immediate`` (즉시): 3 working hours.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from minwon_desk.domain.calendar import WorkingCalendar, WorkingHours
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.particles import settle
from minwon_desk.domain.timeutil import SEOUL, to_seoul

PeriodKind = Literal["minutes", "hours", "days", "immediate"]

LAW_HOURS_PER_DAY = 8
"""시행령 §19: a day of a period of five days or less is 8 working hours, whatever the office hours."""
LAST_HOURLY_DAY = 5
"""Periods up to this many days are counted in working hours; longer ones in working days."""
IMMEDIATE_HOURS = 3
"""시행령 §19: '즉시' means within 3 working hours."""
MAX_AMOUNT = 9999

_UNITS: dict[str, PeriodKind] = {"m": "minutes", "h": "hours", "d": "days"}
_SUFFIX: dict[PeriodKind, str] = {"minutes": "m", "hours": "h", "days": "d"}
_IMMEDIATE_WORDS = frozenset({"immediate", "즉시"})
_SPEC = re.compile(r"([0-9]+)\s*([mhd])")


def _accepted() -> str:
    return translate(
        "Periods", "3m(분, 벽시계), 3h(근무시간), 3d(일), immediate 또는 즉시(근무시간 3시간)"
    )


class PeriodError(ValueError):
    """A period spec that cannot be read. The message says what was given and what is accepted."""

    def __init__(self, message: str) -> None:
        super().__init__(settle(message))


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    amount: int

    def __post_init__(self) -> None:
        if self.kind not in ("minutes", "hours", "days", "immediate"):
            raise PeriodError(
                translate(
                    "Periods",
                    "기간 종류 {kind!r}은(는) 쓸 수 없습니다. 쓸 수 있는 형식: {accepted}.",
                ).format(kind=self.kind, accepted=_accepted())
            )
        if self.kind == "immediate":
            if self.amount != IMMEDIATE_HOURS:
                raise PeriodError(
                    translate(
                        "Periods",
                        "'즉시'는 근무시간 {immediate_hours}시간으로 고정입니다 (받은 값: "
                        "{amount}).",
                    ).format(immediate_hours=IMMEDIATE_HOURS, amount=self.amount)
                )
        elif isinstance(self.amount, bool) or not 1 <= self.amount <= MAX_AMOUNT:
            raise PeriodError(
                translate(
                    "Periods",
                    "기간의 수 {amount!r}은(는) 쓸 수 없습니다. 1부터 {max_amount}까지의 "
                    "정수만 됩니다.",
                ).format(amount=self.amount, max_amount=MAX_AMOUNT)
            )

    @classmethod
    def parse(cls, spec: str) -> Period:
        text = spec.strip().lower() if isinstance(spec, str) else None
        if text is None:
            raise PeriodError(
                translate(
                    "Periods",
                    "기간은 글자로 적어야 합니다 (받은 값: {spec!r}). 쓸 수 있는 형식: "
                    "{accepted}.",
                ).format(spec=spec, accepted=_accepted())
            )
        if text in _IMMEDIATE_WORDS:
            return cls("immediate", IMMEDIATE_HOURS)
        match = _SPEC.fullmatch(text)
        if match is None:
            raise PeriodError(
                translate(
                    "Periods",
                    "기간 '{spec}'을(를) 읽을 수 없습니다. 쓸 수 있는 형식: {accepted}.",
                ).format(spec=spec, accepted=_accepted())
            )
        amount = int(match.group(1))
        if not 1 <= amount <= MAX_AMOUNT:
            raise PeriodError(
                translate(
                    "Periods",
                    "기간 '{spec}'의 수 {amount}은(는) 쓸 수 없습니다. 수는 1부터 "
                    "{max_amount}까지이고, 쓸 수 있는 형식은 {accepted}입니다.",
                ).format(spec=spec, amount=amount, max_amount=MAX_AMOUNT, accepted=_accepted())
            )
        return cls(_UNITS[match.group(2)], amount)

    @property
    def spec(self) -> str:
        if self.kind == "immediate":
            return "immediate"
        return f"{self.amount}{_SUFFIX[self.kind]}"

    @property
    def counts_working_days(self) -> bool:
        """True when the deadline is the close of the N-th working day (six days or more)."""
        return self.kind == "days" and self.amount > LAST_HOURLY_DAY

    @property
    def working_time(self) -> timedelta:
        """Working time the period stands for (days as 8 h each); for minutes, wall time.

        Used to compare periods (a warning must be shorter than its period) and to step back
        from a deadline to its warning point.
        """
        if self.kind == "minutes":
            return timedelta(minutes=self.amount)
        if self.kind == "hours":
            return timedelta(hours=self.amount)
        if self.kind == "days":
            return timedelta(hours=LAW_HOURS_PER_DAY * self.amount)
        return timedelta(hours=IMMEDIATE_HOURS)

    def label_ko(self) -> str:
        """``3일``, ``즉시``: as printed on the agency's documents."""
        return self._label(_source)

    def label(self) -> str:
        """The same in the desk's language, for the window and messages."""
        return self._label(translate)

    def rule_ko(self, hours: WorkingHours | None = None) -> str:
        """How this period is counted, in one Korean sentence (for documents)."""
        return self._rule(_source, hours)

    def rule(self, hours: WorkingHours | None = None) -> str:
        """The same in the desk's language, for the window and messages."""
        return self._rule(translate, hours)

    # ``translate`` is a parameter so that lupdate finds the words once, for both forms.
    def _label(self, translate: Callable[[str, str], str]) -> str:
        if self.kind == "immediate":
            return translate("Periods", "즉시")
        if self.kind == "minutes":
            return translate("Periods", "{amount}분").format(amount=self.amount)
        if self.kind == "hours":
            return translate("Periods", "{amount}시간").format(amount=self.amount)
        return translate("Periods", "{amount}일").format(amount=self.amount)

    def _rule(self, translate: Callable[[str, str], str], hours: WorkingHours | None) -> str:
        if self.kind == "minutes":
            return translate(
                "Periods", "벽시계 기준 {amount}분 (근무시간·휴일과 관계없이)"
            ).format(amount=self.amount)
        if self.kind == "hours":
            return translate(
                "Periods", "근무시간으로 계산: {amount}시간, 점심시간·토·일·공휴일 제외"
            ).format(amount=self.amount)
        if self.kind == "immediate":
            return translate(
                "Periods", "즉시 = 근무시간 {hours}시간, 점심시간·토·일·공휴일 제외"
            ).format(hours=IMMEDIATE_HOURS)
        if not self.counts_working_days:
            return translate(
                "Periods",
                "근무시간으로 계산: {hours}시간(1일 = {per_day}시간), 토·일·공휴일 제외",
            ).format(hours=LAW_HOURS_PER_DAY * self.amount, per_day=LAW_HOURS_PER_DAY)
        end = (hours or WorkingHours()).end
        return translate(
            "Periods", "근무일로 계산: 접수일 포함 {amount}일째 {end:%H:%M}, 토·일·공휴일 제외"
        ).format(amount=self.amount, end=end)


def _source(context: str, text: str) -> str:
    """The Korean source itself: documents follow the agency's language."""
    del context
    return text


def due(start: datetime, period: Period, calendar: WorkingCalendar) -> datetime:
    """The deadline of ``period`` for something received at ``start`` (Seoul-aware)."""
    start = to_seoul(start)
    if period.kind == "minutes":
        # Wall clock: add in UTC so the result is exact whatever the zone does.
        moment = start.astimezone(UTC) + timedelta(minutes=period.amount)
        return moment.astimezone(SEOUL)
    if period.counts_working_days:
        return calendar.end_of_nth_working_day(start, period.amount)
    return calendar.add_working_time(start, period.working_time)
