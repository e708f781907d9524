"""The monthly self-inspection (자체점검): what is counted and how, as plain data.

The four headline figures of a month, each a :class:`Measure` (how many were due, how
many kept the promise):

- **greeting** (방문객 경청 시작): visits checked in during the month that had a greeting
  clock (``greeting_due_at``; visits checked in with no greeting clock are not counted).
  Kept when ``greeted_at <= greeting_due_at``; a visitor never greeted is a miss.
- **callback** (답신전화): memos whose callback deadline (``due_at``) falls in the month.
  Kept when ``met_at <= due_at``; a memo closed or still open without reaching the caller
  is a miss.
- **cases on time** (처리기간 준수): cases answered in the month, on time when
  ``answered_at <= due_at`` (the deadline as moved by lawful extensions and pauses), plus
  cases whose deadline passed in the month and that were still unanswered at the month's
  end (misses). A paused case is not counted while its clock is stopped.
- **extensions notified in time** (연장 사전 통지): cases whose original period
  (``original_due_at``) ended in the month without an answer by then; kept when an
  extension (a ``case_event`` of kind 'extend') was recorded no later than the deadline
  it moved. A case waiting for the petitioner's material, or whose deadline only a pause
  moved and that kept it, did not need an extension and is not counted.

An item whose deadline has not come yet (the current month) and that is not done is not
counted: it is neither kept nor missed. Months are calendar months in Seoul time.

The same four figures are given per department (the officer's department; for a case
nobody was assigned to, the department it went to) and per officer, and for this month
and the five before it (the trend). Also listed: the ten visits that waited longest for
the greeting (until check-out, or the month's end, for a visitor never greeted); the ten
cases and memos counted as missed that were late by the most (until answered, reached or
closed, or until the report is made); the month's vouchers, voided ones marked and left
out of the total; the month's corrective actions. People outside the agency appear only
with masked names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate, untranslated
from minwon_desk.domain.particles import settle
from minwon_desk.domain.timeutil import (
    SEOUL,
    describe_span,
    to_seoul,
    year_in_range,
    years_allowed,
)

__all__ = [
    "MEASURE_KEYS",
    "MEASURE_LABELS",
    "NO_DATA",
    "TREND_MONTHS",
    "CorrectiveLine",
    "Headline",
    "LongWait",
    "Measure",
    "MonthlyReport",
    "Overdue",
    "Promises",
    "TrendPoint",
    "UnitFigures",
    "VoucherLine",
    "format_month_ko",
    "month_bounds",
    "month_start",
    "months_back",
    "next_month",
    "parse_month",
    "period_ko",
    "share_text",
    "span_ko",
]

NO_DATA = QT_TRANSLATE_NOOP("Inspection", "자료 없음")
TREND_MONTHS = 6  # this month and the five before it

MEASURE_KEYS: tuple[str, ...] = ("greeting", "callback", "cases_on_time", "extensions_in_time")
# As the report prints them; the page says them in the desk's language.
MEASURE_LABELS: dict[str, str] = {
    "greeting": QT_TRANSLATE_NOOP("Inspection", "방문객 경청 시작"),
    "callback": QT_TRANSLATE_NOOP("Inspection", "답신전화"),
    "cases_on_time": QT_TRANSLATE_NOOP("Inspection", "처리기간 내 답변"),
    "extensions_in_time": QT_TRANSLATE_NOOP("Inspection", "연장 사전 통지"),
}


# --- months -------------------------------------------------------------------------


def month_start(year: int, month: int) -> date:
    """The first day of a month; ValueError for a month that does not exist."""
    return date(year, month, 1)


def next_month(month: date) -> date:
    """The first day of the month after ``month``'s month."""
    return date(month.year + 1, 1, 1) if month.month == 12 else date(month.year, month.month + 1, 1)


def months_back(month: date, count: int) -> tuple[date, ...]:
    """``count`` first-of-month days ending with ``month``'s month, oldest first."""
    index = month.year * 12 + month.month - 1
    return tuple(date(i // 12, i % 12 + 1, 1) for i in range(index - count + 1, index + 1))


def month_bounds(month: date) -> tuple[datetime, datetime]:
    """The month as a half-open UTC interval ``[start, end)`` of Seoul midnights."""
    first = date(month.year, month.month, 1)
    start = datetime.combine(first, time(0), SEOUL).astimezone(UTC)
    end = datetime.combine(next_month(first), time(0), SEOUL).astimezone(UTC)
    return start, end


def parse_month(text: str) -> date:
    """'2026-10' → 2026-10-01; ValueError with a Korean reason for anything else."""
    raw = text.strip()
    parts = raw.split("-")
    if len(parts) == 2 and len(parts[0]) == 4 and parts[0].isdigit() and parts[1].isdigit():
        year, month = int(parts[0]), int(parts[1])
        if 1 <= month <= 12 and len(parts[1]) <= 2:
            if not year_in_range(year):
                raise ValueError(translate(
                    "Inspection", "월 '{raw}'의 연도는 {years} 적을 수 있습니다."
                ).format(raw=raw, years=years_allowed()))
            return date(year, month, 1)
    raise ValueError(settle(translate(
        "Inspection",
        "월 '{raw}'을(를) 알아볼 수 없습니다. 2026-10처럼 연도-월로 적어 주세요.",
    ).format(raw=raw)))


def format_month_ko(month: date) -> str:
    """``2026년 10월``."""
    return f"{month.year}년 {month.month}월"


def period_ko(month: date, written_at: datetime) -> str:
    """The days a report counts: the whole month once it has ended ("2026. 10. 1. ~ 10. 31."),
    or, for a month still under way, up to the moment the report was written — its figures
    stop there ("2026. 12. 1. ~ 12. 7. 11:15 (이달은 작성 시각까지)")."""
    first = date(month.year, month.month, 1)
    last = next_month(first) - timedelta(days=1)
    start = f"{first.year}. {first.month}. 1."
    written = to_seoul(written_at)
    if written.date() > last:
        return f"{start} ~ {last.month}. {last.day}."
    return f"{start} ~ {written.month}. {written.day}. {written:%H:%M} (이달은 작성 시각까지)"


def span_ko(delta: timedelta) -> str:
    """A length of time in words, as the clocks say it: ``4분 30초``, ``2시간 5분``, ``3일 4시간``."""
    return describe_span(delta, untranslated)


# --- figures ------------------------------------------------------------------------


def share_text(met: int, total: int) -> str:
    """``92.3% (120/130)``, or ``자료 없음`` when nothing was due."""
    if total <= 0:
        return NO_DATA
    return f"{100 * met / total:.1f}% ({met:,}/{total:,})"


@dataclass(frozen=True, slots=True)
class Measure:
    """How many items were due (``total``) and how many kept the promise (``met``)."""

    total: int = 0
    met: int = 0

    def __post_init__(self) -> None:
        if self.total < 0 or not 0 <= self.met <= self.total:
            raise ValueError(f"잘못된 집계: {self.met}/{self.total}")

    @property
    def missed(self) -> int:
        return self.total - self.met

    @property
    def share(self) -> float | None:
        """Kept / due in 0..1; None when nothing was due (not 0%: there is no figure)."""
        return None if self.total == 0 else self.met / self.total

    @property
    def text(self) -> str:
        return share_text(self.met, self.total)

    @property
    def percent_text(self) -> str:
        """``92.3%`` alone, or ``자료 없음``."""
        share = self.share
        return NO_DATA if share is None else f"{100 * share:.1f}%"

    def __add__(self, other: Measure) -> Measure:
        return Measure(self.total + other.total, self.met + other.met)


@dataclass(frozen=True, slots=True)
class Promises:
    """What the charter promises for each headline figure, in words ("3분 이내")."""

    greeting: str
    callback: str
    cases_on_time: str = "처리기간 이내 답변"
    extensions_in_time: str = "기한 전 연장 통지"


@dataclass(frozen=True, slots=True)
class Headline:
    key: str  # one of MEASURE_KEYS
    label: str
    promise: str
    measure: Measure


@dataclass(frozen=True, slots=True)
class UnitFigures:
    """The four figures for one department or one officer.

    For an officer ``name`` is "홍길동 주무관" and ``department`` the department's name;
    for a department ``department`` is empty.
    """

    name: str
    greeting: Measure
    callback: Measure
    cases_on_time: Measure
    extensions_in_time: Measure
    department: str = ""

    @property
    def measures(self) -> tuple[Measure, Measure, Measure, Measure]:
        return (self.greeting, self.callback, self.cases_on_time, self.extensions_in_time)

    @property
    def is_empty(self) -> bool:
        return all(m.total == 0 for m in self.measures)


@dataclass(frozen=True, slots=True)
class TrendPoint:
    month: date  # the first day of the month
    greeting: Measure
    callback: Measure
    cases_on_time: Measure
    extensions_in_time: Measure

    @property
    def label(self) -> str:
        """``10월``, or ``2026년 1월`` for January so a year change reads plainly."""
        return format_month_ko(self.month) if self.month.month == 1 else f"{self.month.month}월"

    def measure(self, key: str) -> Measure:
        m: Measure = getattr(self, key)
        return m


@dataclass(frozen=True, slots=True)
class LongWait:
    """A visitor who waited long for the greeting. ``waited`` runs to the greeting, or
    for a visitor never greeted to check-out (or the report's time) with ``greeted``
    False."""

    visit_id: int
    checked_in_at: datetime
    visitor: str  # masked
    officer: str  # "홍길동 주무관" or "" when nobody was asked for
    department: str
    waited: timedelta
    greeted: bool


@dataclass(frozen=True, slots=True)
class Overdue:
    """A case or memo past its deadline: by how much, and whether it is done now."""

    kind: str  # "case" | "memo"
    number: str
    person: str  # the petitioner or caller, masked
    officer: str
    department: str
    due_at: datetime
    done_at: datetime | None  # answered / caller reached; None: not yet
    late_by: timedelta

    @property
    def kind_label(self) -> str:
        return "민원" if self.kind == "case" else "전화메모"


@dataclass(frozen=True, slots=True)
class VoucherLine:
    serial: str
    issued_at: datetime
    kind_label: str
    amount: int
    recipient: str  # masked
    staff: str  # who issued it
    voided: bool


@dataclass(frozen=True, slots=True)
class CorrectiveLine:
    number: str
    recorded_at: datetime
    kind_label: str  # 주의, 재교육, …
    staff: str  # the staff member it is against, "홍길동 주무관"
    department: str
    follow_up: str  # the officer who follows up with the petitioner


@dataclass(frozen=True, slots=True)
class MonthlyReport:
    month: date  # the first day of the month
    agency_name: str
    charter_name: str
    generated_at: datetime
    promises: Promises
    greeting: Measure
    callback: Measure
    cases_on_time: Measure
    extensions_in_time: Measure
    by_department: tuple[UnitFigures, ...]
    by_officer: tuple[UnitFigures, ...]
    trend: tuple[TrendPoint, ...]  # this month and the five before, oldest first
    longest_waits: tuple[LongWait, ...]
    worst_overdue: tuple[Overdue, ...]
    vouchers: tuple[VoucherLine, ...]
    voucher_total: int  # KRW, voided vouchers left out
    corrective_actions: tuple[CorrectiveLine, ...]

    @property
    def title(self) -> str:
        return f"고객응대서비스 자체점검 결과 ({format_month_ko(self.month)})"

    @property
    def headlines(self) -> tuple[Headline, ...]:
        return tuple(
            Headline(key, MEASURE_LABELS[key], getattr(self.promises, key), getattr(self, key))
            for key in MEASURE_KEYS
        )

    @property
    def is_empty(self) -> bool:
        """Nothing was recorded for the month: no figure, no voucher, no action."""
        return (
            all(h.measure.total == 0 for h in self.headlines)
            and not self.longest_waits
            and not self.worst_overdue
            and not self.vouchers
            and not self.corrective_actions
        )

    @property
    def vouchers_voided(self) -> int:
        return sum(1 for v in self.vouchers if v.voided)
