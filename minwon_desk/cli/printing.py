"""``minwon-desk print seating-chart|nameplates``: the office-entrance poster and the desk
nameplates as PDF files, ready for the printer.

The file is written whole or not at all: a run that fails leaves any earlier file as it
was. With ``--demo``, the demo agency is built first if it is not there yet.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from minwon_desk.cli._common import EXIT_OK, checked_output, opened, write_output
from minwon_desk.domain.i18n import translate

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers


def register(actions: Subparsers, common: argparse.ArgumentParser) -> None:
    """``seating-chart`` and ``nameplates`` under ``print`` (``actions``)."""
    chart = actions.add_parser("seating-chart", parents=[common], help=translate(
        "PrintCommand",
        "사무실 입구용 좌석배치도",
    ))
    chart.add_argument("office", metavar="OFFICE", help=translate(
        "PrintCommand",
        "사무실 이름 (또는 번호)",
    ))
    chart.add_argument("--paper", choices=("A4", "A3"), default="A4", help=translate(
        "PrintCommand",
        "용지 (가로)",
    ))
    chart.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    chart.set_defaults(handler=run_seating_chart)
    plates = actions.add_parser("nameplates", parents=[common], help=translate(
        "PrintCommand",
        "부서 직원의 명패",
    ))
    plates.add_argument("department", metavar="DEPARTMENT", help=translate(
        "PrintCommand",
        "부서 이름 또는 경로",
    ))
    plates.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    plates.set_defaults(handler=run_nameplates)


def run_seating_chart(args: argparse.Namespace) -> int:
    output = checked_output(args.output)
    with opened(args, build_demo=True) as (_config, backend):
        plan = backend.offices.find_office(args.office)
        data = backend.directory_print.seating_chart_pdf(plan, paper=args.paper)
        shown = len(backend.directory_print.poster_people(plan))
    write_output(output, data)
    print(
        translate(
            "PrintCommand",
            "좌석배치도를 만들었습니다: {output} ({name}, {paper} 가로, 좌석 {count}석에 "
            "{shown}명).",
        ).format(output=output, name=plan.name, paper=args.paper, count=len(plan.seats), shown=shown)
    )
    return EXIT_OK


def run_nameplates(args: argparse.Namespace) -> int:
    output = checked_output(args.output)
    with opened(args, build_demo=True) as (_config, backend):
        people = backend.directory_print.nameplate_people(args.department)
        data = backend.directory_print.nameplates_pdf(args.department)
    write_output(output, data)
    pages = (len(people) + 1) // 2
    print(translate(
        "PrintCommand",
        "명패를 만들었습니다: {output} ({count}명, A4 {pages}쪽, 한 쪽에 2장).",
    ).format(output=output, count=len(people), pages=pages))
    return EXIT_OK
