"""``minwon-desk calendar``: the agency's own holidays and working days.

Public holidays come from the law's calendar; an administrator adds temporary holidays
(임시공휴일, election days declared at short notice) or keeps a holiday as a working day.
Every change is audited under the administrator's employee number.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from minwon_desk.cli._common import EXIT_OK, command_group, date_arg, opened, year_arg
from minwon_desk.cli._signin import signed_in
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.plaintext import visible
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers
    from minwon_desk.services.backend import Backend


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    actions = command_group(
        sub, common, "calendar", translate("CalendarCommand", "기관 휴일·근무일 관리"), dest="calendar_command", metavar="ACTION"
    )
    listing = actions.add_parser("list", parents=[common], help=translate(
        "CalendarCommand",
        "휴일 목록 (공휴일과 기관 지정일)",
    ))
    listing.add_argument("year", type=year_arg, nargs="?", help=translate(
        "CalendarCommand",
        "연도 (기본: 올해)",
    ))
    listing.set_defaults(handler=run_list)
    for name, text in (
        ("add-holiday", translate("CalendarCommand", "임시공휴일 등 쉬는 날 추가")),
        ("make-working", translate("CalendarCommand", "공휴일을 이 기관의 근무일로 지정")),
        ("clear", translate("CalendarCommand", "기관 지정을 지우고 법정 달력으로 되돌림")),
    ):
        action = actions.add_parser(name, parents=[common], help=text)
        action.add_argument("day", type=date_arg, metavar="YYYY-MM-DD")
        if name == "add-holiday":
            action.add_argument("--name", required=True, help=translate(
                "CalendarCommand",
                "휴일 이름, 예: 임시공휴일",
            ))
        action.set_defaults(handler=run_change)


def run_list(args: argparse.Namespace) -> int:
    from minwon_desk.domain.timeutil import system_clock

    with opened(args) as (_config, backend):
        _print_year(backend, system_clock().year if args.year is None else args.year)
    return EXIT_OK


def run_change(args: argparse.Namespace) -> int:
    """``add-holiday``, ``make-working`` or ``clear``, then the day as it now stands."""
    with opened(args) as (_config, backend):
        actor = signed_in(args, backend, Operation.CALENDAR_ADMIN)
        if args.calendar_command == "add-holiday":
            backend.calendar.add_holiday(actor, args.day, args.name)
        elif args.calendar_command == "make-working":
            backend.calendar.make_working_day(actor, args.day)
        else:
            backend.calendar.clear(actor, args.day)
        print(_describe(backend, args.day))
    return EXIT_OK


def _describe(backend: Backend, day: date) -> str:
    from minwon_desk.domain.calendar import korean_public_holidays

    calendar = backend.calendar.current()
    overrides = {d: (is_holiday, name) for d, is_holiday, name in backend.calendar.overrides()}
    if day in overrides:
        is_holiday, name = overrides[day]
        kind = translate("CalendarCommand", "기관 지정 휴일") if is_holiday else translate(
            "CalendarCommand",
            "기관 근무일 (공휴일이지만 근무)",
        )
        public = korean_public_holidays(day.year).get(day, "")
        return f"{day.isoformat()}\t{visible(name or public)}\t{kind}"
    holiday = calendar.holiday_name(day)
    kind = translate("CalendarCommand", "공휴일") if holiday else (translate("CalendarCommand", "근무일") if calendar.is_working_day(day) else translate(
        "CalendarCommand",
        "주말",
    ))
    return f"{day.isoformat()}\t{holiday or ''}\t{kind}"


def _print_year(backend: Backend, year: int) -> None:
    calendar = backend.calendar.current()
    overridden = {d for d, _, _ in backend.calendar.overrides()}
    day = date(year, 1, 1)
    while day.year == year:
        if day in overridden or calendar.holiday_name(day):
            print(_describe(backend, day))
        day += timedelta(days=1)
