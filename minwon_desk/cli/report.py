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
    date_arg,
    opened,
    signed_in,
    write_output,
)
from minwon_desk.domain.particles import settle
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    actions = command_group(
        sub, common, "report", "자체점검 결과 보고서", dest="report_command", metavar="WHAT"
    )
    monthly = actions.add_parser(
        "monthly", parents=[common], help="한 달의 고객응대서비스 자체점검 결과 (PDF)",
        description="경청 시작·답신전화·처리기간·연장 통지 지표를 부서별·담당자별로, 최근 6개월 "
                    "추이, 오래 기다린 방문, 기한을 넘긴 건, 보상과 시정조치를 A4 PDF로 만듭니다. "
                    "기록이 없는 달도 그렇게 적힌 한 쪽짜리 보고서를 만듭니다.",
    )
    monthly.add_argument("month", metavar="YYYY-MM", help="점검할 달, 예: 2026-10")
    monthly.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    monthly.set_defaults(handler=run_monthly)
    register_ = actions.add_parser(
        "register", parents=[common], help="민원 처리부 (시행규칙 별지 제1호, XLSX·PDF)",
        description="기간 안에 접수한 민원을 접수 순서대로, 별지 제1호의 칸(접수번호·일시, 민원인과 "
                    "가린 연락처, 내용, 처리 부서·담당자, 처리기간·기한, 연장, 처리 일시, 통지 방법, "
                    "이송)으로 만듭니다. 내려받는 까닭은 접속기록에 남습니다.",
    )
    register_.add_argument("--from", dest="start", type=date_arg, required=True,
                           metavar="YYYY-MM-DD", help="첫날")
    register_.add_argument("--to", dest="end", type=date_arg, required=True,
                           metavar="YYYY-MM-DD", help="마지막 날 (포함)")
    register_.add_argument("--department", metavar="NAME", help="이 부서(와 그 아래)의 민원만")
    register_.add_argument("--reason", required=True, metavar="TEXT",
                           help="내려받는 까닭 (접속기록에 남음)")
    register_.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx|.pdf")
    register_.set_defaults(handler=run_register)


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
        print(settle(f"{rendered.title}을(를) 만들었습니다: {output} (이 달에는 기록이 없어 수치가 없습니다)."))
    else:
        figures = ", ".join(f"{h.label} {h.measure.text}" for h in report.headlines)
        print(settle(f"{rendered.title}을(를) 만들었습니다: {output}\n{figures}."))
    return EXIT_OK


def run_register(args: argparse.Namespace) -> int:
    fmt = args.output.suffix.lower().lstrip(".")
    if fmt not in ("xlsx", "pdf"):
        raise UsageError(f"-o {args.output}: 민원 처리부는 .xlsx 또는 .pdf 파일로 만듭니다.")
    output = checked_output(args.output, example=f"민원처리부.{fmt}",
                            kind="XLSX 파일" if fmt == "xlsx" else "PDF 파일")
    with opened(args, options={"to": "--to", "reason": "--reason", "output": "-o"}) as (
        _config, backend,
    ):
        actor = signed_in(args, backend, Operation.RECORDS_READ)
        department_id = None
        if args.department:
            found = [d for d in backend.roster.departments() if d.name == args.department.strip()]
            if not found:
                raise UsageError(settle(f"--department: 부서 '{args.department}'을(를) 찾을 수 없습니다."))
            department_id = found[0].id
        result = backend.case_register.export(actor, args.start, args.end, fmt, args.reason,
                                              department_id)
    write_output(output, result.data)
    print(f"{result.title}: {result.rows:,}건 → {output}")
    return EXIT_OK
