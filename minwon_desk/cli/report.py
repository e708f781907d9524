"""``minwon-desk report monthly YYYY-MM -o FILE.pdf``: the month's self-inspection report
(고객응대서비스 자체점검 결과) as a PDF file; ``report access YYYY-MM -o FILE.pdf|.xlsx``:
the month's review of the access log (개인정보 접속기록 점검) for the privacy officer.

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
    access = actions.add_parser(
        "access", parents=[common], help="한 달의 개인정보 접속기록 점검 (PDF 또는 XLSX)",
        description="계정별 조회·출력·다운로드, 근무시간 외 접근, 대량 조회·다운로드와 그 사유, "
                    "동료보다 훨씬 많이 조회한 계정, 로그인 실패와 잠금, 권한 변경, 점검 기록을 "
                    "PDF나 엑셀 파일로 만듭니다. 점검을 마쳤으면 'audit review'로 기록합니다. "
                    "개인정보 관리 권한이 필요합니다.",
    )
    access.add_argument("month", metavar="YYYY-MM", help="점검할 달, 예: 2026-11")
    access.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|.xlsx")
    access.set_defaults(handler=run_access)


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


def run_access(args: argparse.Namespace) -> int:
    from minwon_desk.domain.access_review import review_month
    from minwon_desk.domain.access_review_tables import summary, title
    from minwon_desk.domain.errors import ValidationError
    from minwon_desk.domain.i18n import translate
    from minwon_desk.domain.inspection import parse_month
    from minwon_desk.services.privacy.review_export import kind_of, render

    try:
        first = parse_month(args.month)  # a malformed month is refused before the database opens
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    try:
        kind = kind_of(args.output)
    except ValidationError as exc:
        raise UsageError(exc.message) from None
    output = checked_output(args.output, example=f"접속기록점검_{first:%Y-%m}{kind}",
                            kind="파일")
    with opened(args) as (_config, backend):
        try:
            month = review_month(args.month, backend.clock())
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        actor = signed_in(args, backend, Operation.PRIVACY_REVIEW)
        review = backend.access_review.month(actor, month)
    write_output(output, render(review, kind))
    print(settle(translate("AccessReview", "{title}을(를) 만들었습니다: {output}").format(
        title=title(review), output=output)))
    print(f"{summary(review)}.")
    if not review.reviewed:
        print(translate("AccessReview", "점검을 마쳤으면 기록해 주세요 ({month}월 {day}일까지): "
                                        "minwon-desk audit review {which} --finding \"점검 결과\"")
              .format(month=review.due.month, day=review.due.day, which=f"{month:%Y-%m}"))
    return EXIT_OK
