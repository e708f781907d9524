"""Case periods by type, the 1357 ladder, pause, extension and interim notices — counted
as the law counts them (민원처리법 시행령 §14–§24), over weekends and public holidays."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minwon_desk.domain import i18n
from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.case_clock import (
    CaseStatus,
    case_status,
    check_extension,
    check_pause,
    interim_due,
    latest_extension,
    resumed_due,
)
from minwon_desk.domain.cases import (
    CaseChannel,
    CaseType,
    answer_clock,
    parse_channel,
    parse_type,
    receipt_number,
    stage_clocks,
)
from minwon_desk.domain.charter import Charter
from minwon_desk.domain.errors import StateError, ValidationError
from minwon_desk.domain.periods import Period, due
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import resource_path
from minwon_desk.translations import lookup_for

CAL = WorkingCalendar()
THU_10 = datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)  # Thursday; Fri 2026-07-17 제헌절 is a holiday


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SEOUL)


@pytest.fixture(scope="module")
def tipa() -> Charter:
    from minwon_desk.domain.charter import load_charter

    return load_charter(resource_path("charters", "tipa.toml"))


@pytest.mark.parametrize(
    ("case_type", "expected"),
    [
        # 14 working days, receipt day is day one, 17 July (제헌절) skipped.
        (CaseType.INQUIRY_LAW, at(7, 22, 18)),
        (CaseType.INQUIRY_PROCEDURE, at(7, 10, 18)),
        (CaseType.SUGGESTION, at(7, 22, 18)),
        # The MSS charter answers complaints in 3 days = 24 working hours.
        (CaseType.GRIEVANCE, at(7, 7, 10)),
        # 즉시 = 3 working hours, the lunch hour left out.
        (CaseType.OTHER, at(7, 2, 14)),
        # 1357: answered by the last rung of the ladder, 7 working days.
        (CaseType.TASKFORCE, at(7, 10, 18)),
    ],
)
def test_each_type_is_due_when_the_law_and_charter_say(
    mss_charter: Charter, case_type: CaseType, expected: datetime
) -> None:
    spec = answer_clock(mss_charter, case_type, CaseChannel.MAIL)
    assert due(THU_10, spec.period, CAL) == expected


def test_the_law_applies_where_the_charter_is_silent(tipa: Charter) -> None:
    # TIPA's charter has no figure for inquiries on laws: the law's 14 days.
    law = answer_clock(tipa, CaseType.INQUIRY_LAW, CaseChannel.MAIL)
    assert (law.period, law.basis) == (Period.parse("14d"), "민원처리법 시행령 §14")
    # …but an inquiry over the internet takes TIPA's own 2 days.
    web = answer_clock(tipa, CaseType.INQUIRY_LAW, CaseChannel.INTERNET)
    assert web.key == "internet_inquiry"
    assert due(THU_10, web.period, CAL) == at(7, 6, 10)
    # TIPA corrects a complaint in 7 days.
    assert answer_clock(tipa, CaseType.GRIEVANCE, CaseChannel.VISIT).period == Period.parse("7d")


def test_the_laws_clock_names_follow_the_desks_language_and_the_charters_stay_as_written(
    tipa: Charter,
) -> None:
    law = answer_clock(tipa, CaseType.INQUIRY_LAW, CaseChannel.MAIL)
    own = answer_clock(tipa, CaseType.INQUIRY_LAW, CaseChannel.INTERNET)
    before = i18n.installed()
    i18n.install(lookup_for("en"))
    try:
        assert law.shown_label == "Reply to a question about a law"
        assert law.shown_basis == "Enforcement Decree of the Civil Petitions Act, Art. 14"
        assert (own.shown_label, own.shown_basis) == (own.label, own.basis)  # the charter's
    finally:
        i18n.install(before)
    assert (law.label, law.basis) == ("법령 질의 회신", "민원처리법 시행령 §14"), "documents'"
    assert (law.shown_label, law.shown_basis) == (law.label, law.basis)


def test_the_1357_ladder_counts_each_rung_from_receipt(mss_charter: Charter) -> None:
    dues = [due(THU_10, s.period, CAL) for s in stage_clocks(mss_charter)]
    assert dues == [at(7, 3, 10), at(7, 7, 10), at(7, 9, 10), at(7, 10, 18)]
    assert stage_clocks(mss_charter)[0].label == "1357 현장기동반 출동"


def test_receipt_after_hours_counts_from_the_next_working_morning(mss_charter: Charter) -> None:
    friday_night = at(7, 3, 20)
    spec = answer_clock(mss_charter, CaseType.GRIEVANCE, CaseChannel.INTERNET)
    # 24 working hours from Monday 09:00.
    assert due(friday_night, spec.period, CAL) == at(7, 8, 18)


def test_types_and_channels_read_as_the_desk_writes_them() -> None:
    assert parse_type("질의-법령") is CaseType.INQUIRY_LAW
    assert parse_type("고충·불만") is CaseType.GRIEVANCE
    assert parse_channel("1357") is CaseChannel.HOTLINE
    with pytest.raises(ValidationError, match="질의-법령, 질의-제도"):
        parse_type("민원")
    with pytest.raises(ValidationError, match="방문, 전화"):
        parse_channel("카톡")
    assert receipt_number("mss", 2026, 123) == "MSS-2026-000123"


# --- pause -------------------------------------------------------------------------------


def test_a_pause_moves_an_hourly_deadline_by_the_working_time_waited() -> None:
    # 3 days = 24 h from Thu 10:00 → Tue 10:00; paused Thu 11:00 to Fri 11:00 = 8 working hours.
    assert resumed_due(at(7, 7, 10), Period.parse("3d"), at(7, 2, 11), at(7, 3, 11), CAL) == at(7, 8, 10)


def test_a_pause_moves_a_daily_deadline_by_whole_working_days() -> None:
    # Part of a day waited counts as a day; the deadline stays at the close.
    assert resumed_due(at(7, 10, 18), Period.parse("7d"), at(7, 2, 11), at(7, 3, 11), CAL) == at(7, 13, 18)
    assert resumed_due(at(7, 10, 18), Period.parse("7d"), at(7, 2, 11), at(7, 2, 15), CAL) == at(7, 13, 18)


def test_a_pause_over_a_weekend_only_costs_no_working_time() -> None:
    assert resumed_due(at(7, 10, 18), Period.parse("7d"), at(7, 4, 10), at(7, 5, 20), CAL) == at(7, 10, 18)


def test_a_pause_needs_a_reason_and_a_running_clock() -> None:
    with pytest.raises(ValidationError, match="사유"):
        check_pause(THU_10, at(7, 10, 18), "  ")
    with pytest.raises(StateError, match="이미 지났습니다"):
        check_pause(at(7, 11, 9), at(7, 10, 18), "사업자등록증 사본")


@given(
    st.integers(min_value=0, max_value=400), st.integers(min_value=0, max_value=400),
    st.sampled_from(["3h", "3d", "5d", "7d", "14d", "immediate"]),
)
def test_a_pause_never_brings_a_deadline_forward(start_h: int, length_h: int, spec: str) -> None:
    period = Period.parse(spec)
    received = THU_10 + timedelta(hours=start_h % 24)
    deadline = due(received, period, CAL)
    paused = received + timedelta(hours=start_h)
    resumed = paused + timedelta(hours=length_h)
    assert resumed_due(deadline, period, paused, resumed, CAL) >= deadline


# --- extension ----------------------------------------------------------------------------


def _extend(new: date, *, now: datetime = THU_10, so_far: int = 0, consent: str = "",
            reason: str = "관계 기관 의견 조회") -> datetime:
    return check_extension(
        now, due_at=at(7, 10, 18), period=Period.parse("7d"), new_date=new, reason=reason,
        consent=consent, extensions_so_far=so_far, calendar=CAL,
    ).new_due


def test_an_extension_may_be_as_long_as_the_original_period_and_no_longer() -> None:
    # Due Fri 10 July; seven more working days, skipping 17 July: Wed 22 July.
    assert latest_extension(at(7, 10, 18), Period.parse("7d"), CAL) == at(7, 22, 18)
    assert _extend(date(2026, 7, 22)) == at(7, 22, 18)
    with pytest.raises(ValidationError, match="가장 늦게는 2026년 7월 22일\\(수\\) 18:00") as err:
        _extend(date(2026, 7, 23))
    assert err.value.field == "new_date"


def test_an_extension_after_the_deadline_is_refused() -> None:
    with pytest.raises(StateError, match="기한 전에"):
        _extend(date(2026, 7, 15), now=at(7, 10, 18))


def test_an_extension_needs_a_reason_a_working_day_and_a_later_date() -> None:
    with pytest.raises(ValidationError, match="연장 사유") as err:
        _extend(date(2026, 7, 15), reason=" ")
    assert err.value.field == "reason"
    with pytest.raises(ValidationError, match="제헌절"):
        _extend(date(2026, 7, 17))
    with pytest.raises(ValidationError, match="뒤여야"):
        _extend(date(2026, 7, 9))


def test_a_second_extension_only_with_the_petitioners_consent() -> None:
    with pytest.raises(ValidationError, match="동의") as err:
        _extend(date(2026, 7, 15), so_far=1)
    assert err.value.field == "consent"
    assert _extend(date(2026, 7, 15), so_far=1, consent="7/9 전화로 동의") == at(7, 15, 18)


def test_an_hourly_period_extends_to_the_same_hour_on_its_last_day() -> None:
    # 3 days due Tue 7 July 10:00 → at most 24 working hours later: Fri 10 July 10:00.
    ext = check_extension(
        THU_10, due_at=at(7, 7, 10), period=Period.parse("3d"), new_date=date(2026, 7, 10),
        reason="현장 확인", consent="", extensions_so_far=0, calendar=CAL,
    )
    assert ext.new_due == at(7, 10, 10)


# --- interim notices and state --------------------------------------------------------------


def test_interim_notices_fall_due_a_period_after_receipt_then_after_each_notice() -> None:
    period = Period.parse("30d")
    first = interim_due(THU_10, None, period, CAL)
    assert first == CAL.end_of_nth_working_day(THU_10, 30)
    sent = first - timedelta(days=1)
    assert interim_due(THU_10, sent, period, CAL) == CAL.end_of_nth_working_day(sent, 30)


@pytest.mark.parametrize(
    ("now", "paused", "answered", "extensions", "expected"),
    [
        (at(7, 3, 9), None, None, 0, CaseStatus.ON_TIME),
        (at(7, 3, 9), None, None, 1, CaseStatus.EXTENDED),
        (at(7, 9, 9), None, None, 1, CaseStatus.WARNING),
        (at(7, 10, 18), None, None, 1, CaseStatus.OVERDUE),
        (at(7, 20, 9), at(7, 3, 9), None, 0, CaseStatus.PAUSED),
        (at(7, 20, 9), None, at(7, 20, 8), 0, CaseStatus.DONE),
    ],
)
def test_each_case_shows_one_state(
    now: datetime, paused: datetime | None, answered: datetime | None, extensions: int,
    expected: CaseStatus,
) -> None:
    state = case_status(now, due_at=at(7, 10, 18), warn_at=at(7, 9, 18 - 9), paused_at=paused,
                        answered_at=answered, extensions=extensions)
    assert state is expected
