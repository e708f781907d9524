"""``minwon-desk report monthly YYYY-MM -o FILE.pdf``: the month's self-inspection report
(고객응대서비스 자체점검 결과) as a PDF file.

The file is written whole or not at all. A month with nothing recorded still gives a
report, one page that says so.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from minwon_desk.cli._common import (
    EXIT_OK,
    UsageError,
    checked_output,
    command_group,
    opened,
    signed_in,
    write_output,
)
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.particles import settle
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    actions = command_group(
        sub, common, "report", translate("ReportCommand", "자체점검 결과 보고서"), dest="report_command", metavar="WHAT"
    )
    monthly = actions.add_parser(
        "monthly", parents=[common], help=translate(
            "ReportCommand",
            "한 달의 고객응대서비스 자체점검 결과 (PDF)",
        ),
        description=translate(
            "ReportCommand",
            "경청 시작·답신전화·처리기간·연장 통지 지표를 부서별·담당자별로, 최근 6개월 "
            "추이, 오래 기다린 방문, 기한을 넘긴 건, 보상과 시정조치를 A4 PDF로 만듭니다. "
            "기록이 없는 달도 그렇게 적힌 한 쪽짜리 보고서를 만듭니다.",
        ),
    )
    monthly.add_argument("month", metavar="YYYY-MM", help=translate(
        "ReportCommand",
        "점검할 달, 예: 2026-10",
    ))
    monthly.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    monthly.set_defaults(handler=run_monthly)


def run_monthly(args: argparse.Namespace) -> int:
    from minwon_desk.domain.inspection import parse_month

    try:
        month = parse_month(args.month)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    output = checked_output(args.output, example=f"자체점검_{month:%Y-%m}.pdf")
    with opened(args, build_demo=True) as (_config, backend):
        signed_in(args, backend, Operation.INSPECTION)
        rendered = backend.inspection.monthly_pdf(month.year, month.month)
    write_output(output, rendered.pdf)
    report = rendered.report
    if report.is_empty:
        print(settle(translate(
            "ReportCommand",
            "{title}을(를) 만들었습니다: {output} (이 달에는 기록이 없어 수치가 없습니다).",
        ).format(title=rendered.title, output=output)))
    else:
        figures = ", ".join(f"{h.label} {h.measure.text}" for h in report.headlines)
        print(settle(translate("ReportCommand", "{title}을(를) 만들었습니다: {output}\n{figures}.").format(title=rendered.title, output=output, figures=figures)))
    return EXIT_OK
