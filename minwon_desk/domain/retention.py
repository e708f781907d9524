"""How long each kind of record keeps its personal data, and from when it is due for
destruction (보존기간과 파기), as data with the rule that sets it.

The periods come from the charter's ``[retention]`` section; a kind it does not name keeps
the default below. Counting follows 공공기록물 관리에 관한 법률 시행령 제27조: a record's
period starts on 1 January of the year after it was closed, so a visit of any day in 2024
kept 1 year is due from 1 January 2026. The access log is the exception: 개인정보의 안전성
확보조치 기준 제8조 asks for "at least 2 years" from each access, so it is counted from the
moment of the access itself.

Pure: no database. The services ask :func:`cutoff` which closing moments are past due.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any, NoReturn

from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.timeutil import SEOUL


class RecordKind(StrEnum):
    """The kinds of record the retention rules name; the value is the charter key."""

    VISIT = "visit"
    MEMO = "memo"
    CASE = "case"
    SURVEY = "survey"
    VOUCHER = "voucher"
    ACCESS_LOG = "access_log"

    @property
    def label_ko(self) -> str:
        return _LABELS[self]

    @property
    def label(self) -> str:
        """The label in the desk's language, for messages (documents keep ``label_ko``)."""
        return translate("Retention", _LABELS[self])


_LABELS: Mapping[RecordKind, str] = MappingProxyType({
    RecordKind.VISIT: QT_TRANSLATE_NOOP("Retention", "방문 기록"),
    RecordKind.MEMO: QT_TRANSLATE_NOOP("Retention", "전화메모"),
    RecordKind.CASE: QT_TRANSLATE_NOOP("Retention", "민원 기록·문서"),
    RecordKind.SURVEY: QT_TRANSLATE_NOOP("Retention", "만족도 조사지"),
    RecordKind.VOUCHER: QT_TRANSLATE_NOOP("Retention", "보상 상품권 발급 기록"),
    RecordKind.ACCESS_LOG: QT_TRANSLATE_NOOP("Retention", "접속기록"),
})

# What "closed" means for each kind: the moment its period is counted from.
CLOSED_BY: Mapping[RecordKind, str] = MappingProxyType({
    RecordKind.VISIT: "방문일",
    RecordKind.MEMO: "종결일",
    RecordKind.CASE: "회신(처리 완료)일",
    RecordKind.SURVEY: "입력일",
    RecordKind.VOUCHER: "발급일",
    RecordKind.ACCESS_LOG: "접속 시각",
})

MIN_YEARS: Mapping[RecordKind, int] = MappingProxyType({
    kind: (2 if kind is RecordKind.ACCESS_LOG else 1) for kind in RecordKind
})
MAX_YEARS = 30


@dataclass(frozen=True, slots=True)
class RetentionRule:
    kind: RecordKind
    years: int
    basis: str  # the law or decision that sets the period, shown beside it

    @property
    def period_ko(self) -> str:
        return f"{self.years}년"


DEFAULT_RULES: Mapping[RecordKind, RetentionRule] = MappingProxyType({
    RecordKind.VISIT: RetentionRule(
        RecordKind.VISIT, 1,
        "공공기록물 관리에 관한 법률 시행령 제26조 [별표 1] 보존기간 1년(일시적 사용 후 "
        "폐기하는 단순 기록)"),
    RecordKind.MEMO: RetentionRule(
        RecordKind.MEMO, 1,
        "공공기록물 관리에 관한 법률 시행령 제26조 [별표 1] 보존기간 1년(단순 연락·처리 기록)"),
    RecordKind.CASE: RetentionRule(
        RecordKind.CASE, 3,
        "공공기록물 관리에 관한 법률 시행령 제26조 [별표 1] 보존기간 3년(일상적 민원 처리 "
        "기록), 민원 처리에 관한 법률 시행령 제6조 민원 처리부"),
    RecordKind.SURVEY: RetentionRule(
        RecordKind.SURVEY, 1,
        "공공기록물 관리에 관한 법률 시행령 제26조 [별표 1] 보존기간 1년(집계를 마친 조사지)"),
    RecordKind.VOUCHER: RetentionRule(
        RecordKind.VOUCHER, 5,
        "국가재정법 제96조(금전채권 소멸시효 5년), 공공기록물 관리에 관한 법률 시행령 "
        "[별표 1] 보존기간 5년(회계 관계 기록)"),
    RecordKind.ACCESS_LOG: RetentionRule(
        RecordKind.ACCESS_LOG, 2,
        "개인정보의 안전성 확보조치 기준 제8조 제1항(접속기록 최소 2년 보관)"),
})


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    rules: Mapping[RecordKind, RetentionRule]

    def rule(self, kind: RecordKind) -> RetentionRule:
        return self.rules[kind]


DEFAULT_POLICY = RetentionPolicy(DEFAULT_RULES)


def cutoff(rule: RetentionRule, now: datetime) -> datetime:
    """Records of ``rule``'s kind closed before this instant are due for destruction."""
    here = now.astimezone(SEOUL)
    if rule.kind is RecordKind.ACCESS_LOG:
        try:
            return here.replace(year=here.year - rule.years)
        except ValueError:  # 29 February: the day before in a common year
            return here.replace(year=here.year - rule.years, day=28)
    # 시행령 제27조: counted from 1 January of the year after closing.
    return datetime(here.year - rule.years, 1, 1, tzinfo=SEOUL)


def is_due(rule: RetentionRule, closed_at: datetime | None, now: datetime) -> bool:
    """Whether a record closed at ``closed_at`` is past its period (never when still open)."""
    return closed_at is not None and closed_at < cutoff(rule, now)


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One line of the destruction ledger (파기 대장): one purge, one kind of record."""

    run_id: int
    kind: RecordKind
    count: int
    oldest: datetime | None  # the earliest closing among them (Seoul)
    newest: datetime | None  # the latest
    destroyed_at: datetime  # when (Seoul): its last batch
    finished: bool  # the purge ran to its end (the freed space scrubbed)
    by: str  # "이름 (사번)"
    retention: str  # "1년 — 근거"
    method: str  # how


Fail = Callable[[str, str], NoReturn]


def parse_retention(section: Any, fail: Fail) -> RetentionPolicy:
    """The charter's ``[retention]`` section: one sub-table per kind with ``years`` and an
    optional ``basis``. Kinds left out keep their defaults; a period under the law's
    minimum (the access log's 2 years) or a typo is refused at its key."""
    if section is None:
        return DEFAULT_POLICY
    if not isinstance(section, dict):
        fail("retention", "'retention'은 [retention] 구역이어야 합니다.")
    rules = dict(DEFAULT_RULES)
    known = ", ".join(kind.value for kind in RecordKind)
    for name, table in section.items():
        key = f"retention.{name}"
        try:
            kind = RecordKind(name)
        except ValueError:
            fail(key, f"알 수 없는 기록 종류입니다. 쓸 수 있는 종류: {known}.")
        if not isinstance(table, dict):
            fail(key, f"[{key}] 구역으로 적어 주세요 (예: years = 1, basis = \"…\").")
        for field in table:
            if field not in ("years", "basis"):
                fail(f"{key}.{field}", "알 수 없는 키입니다. 쓸 수 있는 키: years, basis.")
        years = table.get("years", DEFAULT_RULES[kind].years)
        low = MIN_YEARS[kind]
        if isinstance(years, bool) or not isinstance(years, int):
            fail(f"{key}.years", f"정수여야 합니다(받은 값: {years!r}). 따옴표 없이 숫자만 적어 주세요.")
        if not low <= years <= MAX_YEARS:
            fail(f"{key}.years",
                 f"{years}년은 쓸 수 없습니다. {low}년부터 {MAX_YEARS}년까지 적어 주세요"
                 + (" (접속기록은 안전성 확보조치 기준 제8조에 따라 2년 이상)."
                    if kind is RecordKind.ACCESS_LOG else "."))
        basis = table.get("basis", DEFAULT_RULES[kind].basis)
        if not isinstance(basis, str) or not basis.strip():
            fail(f"{key}.basis", "근거는 비어 있지 않은 글자로 적어 주세요.")
        rules[kind] = RetentionRule(kind, years, basis.strip())
    return RetentionPolicy(MappingProxyType(rules))
