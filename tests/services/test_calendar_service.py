"""The agency's own holidays and working days, and who changed them."""

from __future__ import annotations

from datetime import date

import pytest

from minwon_desk.domain.errors import ValidationError
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import CalendarChanged
from tests.support.seed import auditor

HANGUL_DAY = date(2026, 10, 9)  # a Friday public holiday
ORDINARY_MONDAY = date(2026, 7, 6)


def _changes(backend: Backend) -> list[CalendarChanged]:
    seen: list[CalendarChanged] = []
    backend.events.subscribe(CalendarChanged, seen.append)
    return seen


def test_added_holiday_is_not_a_working_day(db_backend: Backend, db_actor: Actor) -> None:
    seen = _changes(db_backend)
    assert db_backend.calendar.current().is_working_day(ORDINARY_MONDAY)

    db_backend.calendar.add_holiday(db_actor, ORDINARY_MONDAY, " 임시공휴일 ")

    calendar = db_backend.calendar.current()
    assert not calendar.is_working_day(ORDINARY_MONDAY)
    assert calendar.holiday_name(ORDINARY_MONDAY) == "임시공휴일"
    assert db_backend.calendar.overrides() == [(ORDINARY_MONDAY, True, "임시공휴일")]
    assert len(seen) == 1


def test_public_holiday_can_be_worked(db_backend: Backend, db_actor: Actor) -> None:
    assert not db_backend.calendar.current().is_working_day(HANGUL_DAY)
    db_backend.calendar.make_working_day(db_actor, HANGUL_DAY)
    assert db_backend.calendar.current().is_working_day(HANGUL_DAY)
    assert db_backend.calendar.overrides() == [(HANGUL_DAY, False, "")]


def test_clear_goes_back_to_the_public_calendar(db_backend: Backend, db_actor: Actor) -> None:
    db_backend.calendar.make_working_day(db_actor, HANGUL_DAY)
    db_backend.calendar.add_holiday(db_actor, ORDINARY_MONDAY, "창립기념일")
    seen = _changes(db_backend)

    db_backend.calendar.clear(db_actor, HANGUL_DAY)
    assert not db_backend.calendar.current().is_working_day(HANGUL_DAY)
    assert db_backend.calendar.overrides() == [(ORDINARY_MONDAY, True, "창립기념일")]
    assert len(seen) == 1

    db_backend.calendar.clear(db_actor, HANGUL_DAY)  # nothing left to clear
    assert len(seen) == 1


def test_changing_a_day_replaces_its_override(db_backend: Backend, db_actor: Actor) -> None:
    db_backend.calendar.add_holiday(db_actor, ORDINARY_MONDAY, "임시공휴일")
    db_backend.calendar.make_working_day(db_actor, ORDINARY_MONDAY)
    assert db_backend.calendar.overrides() == [(ORDINARY_MONDAY, False, "")]
    assert db_backend.calendar.current().is_working_day(ORDINARY_MONDAY)


def test_calendar_changes_are_audited(db_backend: Backend, db_actor: Actor) -> None:
    db_backend.calendar.add_holiday(db_actor, ORDINARY_MONDAY, "임시공휴일")
    db_backend.calendar.make_working_day(db_actor, HANGUL_DAY)
    db_backend.calendar.clear(db_actor, ORDINARY_MONDAY)
    trail = list(reversed(db_backend.audit.recent(auditor(db_backend), entity="calendar_override")))
    assert [(e.action, e.detail) for e in trail] == [
        ("calendar.add_holiday", {"day": "2026-07-06", "name": "임시공휴일"}),
        ("calendar.make_working_day", {"day": "2026-10-09"}),
        ("calendar.clear", {"day": "2026-07-06"}),
    ]
    assert {(e.actor_id, e.desk) for e in trail} == {(db_actor.staff_id, db_actor.desk)}


def test_holiday_needs_a_name(db_backend: Backend, db_actor: Actor) -> None:
    seen = _changes(db_backend)
    with pytest.raises(ValidationError) as caught:
        db_backend.calendar.add_holiday(db_actor, ORDINARY_MONDAY, "  ")
    assert caught.value.field == "name"
    assert db_backend.calendar.overrides() == []
    assert db_backend.audit.recent(auditor(db_backend)) == []
    assert seen == []


def test_calendar_is_built_once_until_it_changes(db_backend: Backend, db_actor: Actor) -> None:
    first = db_backend.calendar.current()
    assert db_backend.calendar.current() is first
    db_backend.calendar.add_holiday(db_actor, ORDINARY_MONDAY, "임시공휴일")
    assert db_backend.calendar.current() is not first


def test_working_hours_come_from_the_charter(db_backend: Backend) -> None:
    assert db_backend.calendar.current().hours == db_backend.charter.working_hours
