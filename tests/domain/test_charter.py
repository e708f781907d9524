"""Charter files: both presets load; every kind of bad file is refused at its line and key."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.charter import CharterError, load_charter, parse_charter
from minwon_desk.domain.clockstate import warning_point
from minwon_desk.domain.periods import Period, due
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset

BASE = """\
[charter]
id = "test"
name = "시험 이행표준"
agency = "시험청"

[documents]
voucher_title = "상품권"
voucher_wording = "보상합니다."

[clocks.greeting]
period = "3m"
warn_before = "1m"

[clocks.callback]
period = "3h"

[[compensation]]
kind = "repeat_visit"
amount = 10000

[inspection]
survey_month = 10
"""


def line_containing(text: str, snippet: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if snippet in line)


def specs(charter_id: str) -> dict[str, str | None]:
    charter = load_charter(charter_preset(charter_id))
    return {k: (r.period.spec if r.period else None) for k, r in charter.clocks.items()}


def test_mss_preset() -> None:
    charter = load_charter(charter_preset("mss"))
    assert charter.id == "mss"
    assert charter.agency == "중소벤처기업부"
    assert charter.documents.voucher_title == "상품권"
    assert specs("mss") == {
        "greeting": "3m",
        "callback": "3h",
        "transfer": "1h",
        "complaint": "3d",
        "suggestion": "14d",
        "inquiry_law": "14d",
        "inquiry_procedure": "7d",
        "simple_question": "immediate",
        "taskforce_dispatch": "1d",
        "taskforce_regional": "3d",
        "taskforce_hq": "5d",
        "taskforce_ministries": "7d",
        "interim_notice": "30d",
    }
    assert charter.clock("greeting").warn_before == Period.parse("1m")
    assert charter.clock("callback").warn_before == Period.parse("1h")
    assert {(r.kind, r.amount) for r in charter.compensation} == {
        ("repeat_visit", 10000),
        ("deadline_without_notice", 10000),
        ("discourtesy", 10000),
        ("bribery_report", 10000),
    }
    assert charter.survey_month == 10
    assert charter.self_inspection_label_ko() == "매월"
    assert charter.working_hours.hours_per_day == 8
    assert all(rule.basis for rule in charter.clocks.values())


def test_mss_greeting_turns_amber_after_two_minutes() -> None:
    charter = load_charter(charter_preset("mss"))
    rule = charter.clock("greeting")
    assert rule.period is not None
    checked_in = datetime(2026, 7, 4, 10, 0, tzinfo=SEOUL)  # a Saturday: the wall clock runs
    cal = charter.make_calendar()
    due_at = due(checked_in, rule.period, cal)
    assert due_at == checked_in + timedelta(minutes=3)
    assert warning_point(checked_in, due_at, rule.warn_before, cal) == checked_in + timedelta(
        minutes=2
    )


def test_tipa_preset() -> None:
    charter = load_charter(charter_preset("tipa"))
    assert charter.agency == "중소기업기술정보진흥원"
    assert charter.documents.voucher_title == "교통비"
    assert specs("tipa") == {
        "greeting": None,
        "callback": "immediate",
        "transfer": "1h",
        "internet_inquiry": "2d",
        "complaint": "7d",
        "suggestion": "14d",
        "simple_question": "immediate",
        "interim_notice": "7d",
    }
    assert [(r.kind, r.amount) for r in charter.compensation] == [("repeat_visit", 10000)]
    assert charter.compensation_for("discourtesy") is None
    assert charter.survey_month is None


def test_minimal_charter_takes_defaults() -> None:
    charter = parse_charter(BASE, "test.toml")
    assert charter.documents.agency_name == "시험청"
    assert charter.clock("callback").label == "답신전화"
    assert charter.clock("callback").warn_before is None
    assert charter.self_inspection == "monthly"
    assert charter.source == "test.toml"
    with pytest.raises(KeyError):
        charter.clock("complaint")


def test_untimed_greeting_is_allowed() -> None:
    text = BASE.replace('period = "3m"\nwarn_before = "1m"\n', 'label = "먼저 경청"\n')
    assert parse_charter(text, "t.toml").clock("greeting").period is None


# (name, replace this, with this, expected key, line-finding snippet or None)
BAD = [
    ("unknown section", "[inspection]", "[inspections]", "inspections", "[inspections]"),
    ("unknown clock", "[clocks.callback]", "[clocks.calback]", "clocks.calback", "calback"),
    ("typo in a clock key", 'period = "3h"', 'peroid = "3h"', "clocks.callback.peroid", "peroid"),
    ("bad period", 'period = "3m"', 'period = "3x"', "clocks.greeting.period", "3x"),
    ("period not a string", 'period = "3h"', "period = 3", "clocks.callback.period", "= 3"),
    (
        "warning too long",
        'warn_before = "1m"',
        'warn_before = "3m"',
        "clocks.greeting.warn_before",
        "warn_before",
    ),
    ("zero amount", "amount = 10000", "amount = 0", "compensation[1].amount", "amount"),
    ("negative amount", "amount = 10000", "amount = -5", "compensation[1].amount", "amount"),
    ("amount as text", "amount = 10000", 'amount = "10000"', "compensation[1].amount", "amount"),
    ("unknown compensation", '"repeat_visit"', '"revisit"', "compensation[1].kind", "revisit"),
    (
        "survey month",
        "survey_month = 10",
        "survey_month = 13",
        "inspection.survey_month",
        "survey_month",
    ),
    ("empty name", 'name = "시험 이행표준"', 'name = ""', "charter.name", "name ="),
    ("bad id", 'id = "test"', 'id = "시험"', "charter.id", "id ="),
    ("missing callback", '[clocks.callback]\nperiod = "3h"\n', "", "clocks.callback", None),
    (
        "missing documents",
        '[documents]\nvoucher_title = "상품권"\nvoucher_wording = "보상합니다."\n',
        "",
        "documents",
        None,
    ),
    (
        "missing voucher title",
        'voucher_title = "상품권"\n',
        "",
        "documents.voucher_title",
        "[documents]",
    ),
    (
        "bad self-inspection",
        "survey_month = 10",
        'self_inspection = "weekly"',
        "inspection.self_inspection",
        "weekly",
    ),
]


@pytest.mark.parametrize(("name", "old", "new", "key", "snippet"), BAD, ids=[b[0] for b in BAD])
def test_bad_charter_is_refused_at_its_line_and_key(
    name: str, old: str, new: str, key: str, snippet: str | None
) -> None:
    assert old in BASE
    text = BASE.replace(old, new, 1)
    with pytest.raises(CharterError) as caught:
        parse_charter(text, "bad.toml")
    error = caught.value
    assert error.key == key, str(error)
    assert error.line == (line_containing(text, snippet) if snippet else None), str(error)
    message = str(error)
    assert "bad.toml" in message and f"'{key}'" in message
    if error.line is not None:
        assert f"{error.line}행" in message
    assert "주세요" in message  # it says what to do


def test_warning_without_period_is_refused() -> None:
    text = BASE.replace('period = "3m"\n', "")
    with pytest.raises(CharterError) as caught:
        parse_charter(text, "bad.toml")
    assert caught.value.key == "clocks.greeting.warn_before"
    assert caught.value.line == line_containing(text, "warn_before")


def test_duplicate_compensation_kind() -> None:
    text = BASE + '\n[[compensation]]\nkind = "repeat_visit"\namount = 5000\n'
    with pytest.raises(CharterError) as caught:
        parse_charter(text, "bad.toml")
    assert caught.value.key == "compensation[2].kind"
    assert caught.value.line == len(text.splitlines()) - 1


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        (
            "survey_month = 10",
            'survey_month = 10\n[calendar]\nwork_start = "18:00"\nwork_end = "09:00"',
            "calendar.work_end",
        ),
        (
            "survey_month = 10",
            '[calendar]\nlunch_start = "13:00"\nlunch_end = "12:00"',
            "calendar.lunch_end",
        ),
        ("survey_month = 10", '[calendar]\nwork_start = "9시"', "calendar.work_start"),
    ],
)
def test_working_hours_must_be_ordered_and_readable(old: str, new: str, key: str) -> None:
    text = BASE.replace(old, new)
    with pytest.raises(CharterError) as caught:
        parse_charter(text, "bad.toml")
    assert caught.value.key == key
    assert caught.value.line == line_containing(text, key.split(".")[1])


def test_custom_working_hours() -> None:
    text = BASE + '\n[calendar]\nwork_start = "08:30"\nwork_end = 17:30:00\n'
    hours = parse_charter(text, "t.toml").working_hours
    assert (hours.start.hour, hours.start.minute, hours.end.hour) == (8, 30, 17)


def test_inline_table_is_located() -> None:
    text = BASE.replace(
        '[clocks.callback]\nperiod = "3h"\n', '[clocks]\ncallback = { period = "3q" }\n'
    )
    with pytest.raises(CharterError) as caught:
        parse_charter(text, "bad.toml")
    assert caught.value.key == "clocks.callback.period"
    assert caught.value.line == line_containing(text, "3q")


def test_syntax_error_names_the_line() -> None:
    text = BASE.replace('period = "3h"', "period = 3h")
    with pytest.raises(CharterError) as caught:
        parse_charter(text, "bad.toml")
    assert caught.value.line == line_containing(text, "3h")
    assert caught.value.key is None
    assert "따옴표" in str(caught.value)


def test_duplicate_key_points_at_second_writing() -> None:
    text = BASE.replace('period = "3h"', 'period = "3h"\nperiod = "2h"')
    with pytest.raises(CharterError) as caught:
        parse_charter(text, "bad.toml")
    assert caught.value.key == "clocks.callback.period"
    assert caught.value.line == line_containing(text, '"2h"')


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CharterError) as caught:
        load_charter(tmp_path / "none.toml")
    assert "none.toml" in str(caught.value)


def test_file_with_bom_loads_and_bad_encoding_is_refused(tmp_path: Path) -> None:
    good = tmp_path / "bom.toml"
    good.write_bytes(b"\xef\xbb\xbf" + BASE.encode())
    assert load_charter(good).id == "test"
    bad = tmp_path / "cp949.toml"
    bad.write_bytes(BASE.encode("cp949"))
    with pytest.raises(CharterError) as caught:
        load_charter(bad)
    assert caught.value.line == line_containing(BASE, "시험")
    assert "UTF-8" in str(caught.value)


def test_charter_calendar_uses_its_hours() -> None:
    text = BASE + '\n[calendar]\nwork_end = "17:00"\n'
    cal = parse_charter(text, "t.toml").make_calendar()
    start = datetime(2026, 7, 6, 10, tzinfo=SEOUL)
    assert isinstance(cal, WorkingCalendar)
    assert due(start, Period.parse("7d"), cal).hour == 17
