"""Retention periods are data: each kind of record with its period and basis, read from
the charter's [retention] (defaults when absent), counted as the law counts them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from minwon_desk.domain.charter import CharterError, load_charter, parse_charter
from minwon_desk.domain.retention import (
    DEFAULT_RULES,
    RecordKind,
    RetentionRule,
    cutoff,
    is_due,
)
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset


def _at(*args: int) -> datetime:
    return datetime(*args, tzinfo=SEOUL)  # type: ignore[misc]


def test_a_period_starts_on_the_first_of_january_after_closing() -> None:
    # 공공기록물법 시행령 제27조: a visit of 2024 kept 1 year is due from 2026-01-01.
    visit = DEFAULT_RULES[RecordKind.VISIT]
    assert not is_due(visit, _at(2024, 12, 31, 18), _at(2025, 12, 31, 23, 59))
    assert is_due(visit, _at(2024, 12, 31, 18), _at(2026, 1, 1, 0, 0))
    assert not is_due(visit, _at(2025, 1, 1, 0, 0), _at(2026, 6, 1, 9))
    case = DEFAULT_RULES[RecordKind.CASE]
    assert cutoff(case, _at(2028, 1, 3, 10)) == _at(2025, 1, 1)


def test_the_access_log_counts_two_years_from_each_access() -> None:
    rule = DEFAULT_RULES[RecordKind.ACCESS_LOG]
    assert cutoff(rule, _at(2026, 12, 7, 15)) == _at(2024, 12, 7, 15)
    assert cutoff(rule, _at(2028, 2, 29, 9)) == _at(2026, 2, 28, 9)


def test_an_open_record_is_never_due() -> None:
    assert not is_due(DEFAULT_RULES[RecordKind.MEMO], None, _at(2040, 1, 1))


@pytest.mark.parametrize("preset", ["mss", "tipa"])
def test_the_presets_state_every_kind_with_its_basis(preset: str) -> None:
    charter = load_charter(charter_preset(preset))
    for kind in RecordKind:
        rule = charter.retention.rule(kind)
        assert rule.years >= 1 and rule.basis
    assert charter.retention.rule(RecordKind.CASE).years == 3
    assert charter.retention.rule(RecordKind.ACCESS_LOG).years == 2


def _charter_text(extra: str) -> str:
    base = Path(charter_preset("mss")).read_text(encoding="utf-8")
    return base[: base.index("[retention.visit]")] + extra


def test_kinds_left_out_keep_their_defaults() -> None:
    charter = parse_charter(_charter_text("[retention.memo]\nyears = 2\n"), "mine.toml")
    assert charter.retention.rule(RecordKind.MEMO) == RetentionRule(
        RecordKind.MEMO, 2, DEFAULT_RULES[RecordKind.MEMO].basis)
    assert charter.retention.rule(RecordKind.VISIT) == DEFAULT_RULES[RecordKind.VISIT]
    no_section = parse_charter(_charter_text(""), "mine.toml")
    assert no_section.retention.rules == DEFAULT_RULES


@pytest.mark.parametrize(("extra", "key", "words"), [
    ("[retention.access_log]\nyears = 1\n", "retention.access_log.years", "2년 이상"),
    ("[retention.visits]\nyears = 1\n", "retention.visits", "알 수 없는 기록 종류"),
    ("[retention.memo]\nyear = 1\n", "retention.memo.year", "알 수 없는 키"),
    ("[retention.case]\nyears = \"3\"\n", "retention.case.years", "정수"),
    ("[retention.case]\nyears = 3\nbasis = \"\"\n", "retention.case.basis", "근거"),
])
def test_a_wrong_period_is_refused_at_its_key(extra: str, key: str, words: str) -> None:
    with pytest.raises(CharterError) as refused:
        parse_charter(_charter_text(extra), "mine.toml")
    assert refused.value.key == key and words in str(refused.value)
    assert refused.value.line is not None
