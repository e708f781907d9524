"""``minwon-desk calendar``: the agency's own holidays and working days.

Public holidays come from the law's calendar; an administrator adds temporary holidays
(임시공휴일, election days declared at short notice) or keeps a holiday as a working day.
Every change is audited under the administrator's employee number.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from minwon_desk.bootstrap import open_backend
from minwon_desk.cli import EXIT_OK, UsageError
from minwon_desk.domain.calendar import korean_public_holidays
from minwon_desk.domain.charter import CharterError
from minwon_desk.domain.errors import MinwonError, NotFoundError
from minwon_desk.domain.timeutil import system_clock
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.settings import resolve_config


def run_calendar(args: argparse.Namespace) -> int:
    config = resolve_config(
        data_dir=args.data_dir, db_url=args.db_url, charter=args.charter,
        desk_name=args.desk, demo=args.demo,
    )
    try:
        backend = open_backend(config)
    except (CharterError, MinwonError) as exc:
        raise UsageError(str(exc)) from exc
    try:
        if args.calendar_command == "list":
            _print_year(backend, args.year or system_clock().year)
            return EXIT_OK
        actor = _actor(backend, args.actor)
        if args.calendar_command == "add-holiday":
            backend.calendar.add_holiday(actor, args.day, args.name)
        elif args.calendar_command == "make-working":
            backend.calendar.make_working_day(actor, args.day)
        else:
            backend.calendar.clear(actor, args.day)
        _print_day(backend, args.day)
        return EXIT_OK
    except MinwonError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        backend.close()


def _actor(backend: Backend, employee_no: str) -> Actor:
    try:
        staff = backend.staff.by_employee_no(employee_no)
    except NotFoundError:
        raise UsageError(f"사번 {employee_no}인 직원이 없습니다.") from None
    return Actor(staff_id=staff.id, name=staff.name, desk=backend.desk)


def _describe(backend: Backend, day: date) -> str:
    calendar = backend.calendar.current()
    overrides = {d: (is_holiday, name) for d, is_holiday, name in backend.calendar.overrides()}
    if day in overrides:
        is_holiday, name = overrides[day]
        kind = "기관 지정 휴일" if is_holiday else "기관 근무일 (공휴일이지만 근무)"
        public = korean_public_holidays(day.year).get(day, "")
        return f"{day.isoformat()}\t{name or public}\t{kind}"
    name = calendar.holiday_name(day)
    return f"{day.isoformat()}\t{name or ''}\t{'공휴일' if name else ('근무일' if calendar.is_working_day(day) else '주말')}"


def _print_day(backend: Backend, day: date) -> None:
    print(_describe(backend, day))


def _print_year(backend: Backend, year: int) -> None:
    calendar = backend.calendar.current()
    overridden = {d for d, _, _ in backend.calendar.overrides()}
    day = date(year, 1, 1)
    while day.year == year:
        if day in overridden or calendar.holiday_name(day):
            print(_describe(backend, day))
        day += timedelta(days=1)
