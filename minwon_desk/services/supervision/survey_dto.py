"""What the survey screens and the export get: items, score summaries (count, mean,
spread on the 1–5 scale), a year's results and one typed-in response."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from minwon_desk.domain.compensation import SCALE


@dataclass(frozen=True, slots=True)
class SurveyItemView:
    id: int
    year: int
    ordinal: int  # 1, 2, … in the order the form asks them
    text: str
    answers: int  # how many responses scored it (an item with answers cannot be removed)


@dataclass(frozen=True, slots=True)
class ScoreSummary:
    """Scores on the 1–5 scale: how many, their mean, and how many of each."""

    distribution: tuple[int, int, int, int, int]  # count of 1, 2, 3, 4, 5

    @property
    def count(self) -> int:
        return sum(self.distribution)

    @property
    def mean(self) -> float | None:
        """None when nothing was scored."""
        if not self.count:
            return None
        return sum(s * n for s, n in zip(SCALE, self.distribution, strict=True)) / self.count

    def rounded_mean(self, digits: int = 1) -> float | None:
        """The mean rounded half up, as reports round (3.25 → 3.3, not 3.2)."""
        mean = self.mean
        if mean is None:
            return None
        step = Decimal(1).scaleb(-digits)
        return float(Decimal(repr(mean)).quantize(step, rounding=ROUND_HALF_UP))

    @classmethod
    def of(cls, counts: Mapping[int, int]) -> ScoreSummary:
        one, two, three, four, five = (counts.get(s, 0) for s in SCALE)
        return cls((one, two, three, four, five))


@dataclass(frozen=True, slots=True)
class ItemResult:
    item_id: int
    ordinal: int
    text: str
    scores: ScoreSummary


@dataclass(frozen=True, slots=True)
class MonthRatings:
    month: int  # 1–12
    scores: ScoreSummary


@dataclass(frozen=True, slots=True)
class SurveyResults:
    year: int
    responses: int
    comments: int
    items: tuple[ItemResult, ...]
    overall: ScoreSummary  # every answer to every item
    ratings: ScoreSummary  # the one-tap ratings at check-out of the year
    ratings_by_month: tuple[MonthRatings, ...]  # always twelve months

    @property
    def empty(self) -> bool:
        return not self.items and not self.responses and not self.ratings.count


@dataclass(frozen=True, slots=True)
class ResponseView:
    id: int
    year: int
    entered_at: datetime  # Seoul time
    desk: str
    answers: Mapping[int, int]  # item id → score; an item left blank is absent
    comment: str
