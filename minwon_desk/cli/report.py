"""``minwon-desk report monthly YYYY-MM -o FILE.pdf``: the month's self-inspection report
(고객응대서비스 자체점검 결과) as a PDF file; ``report register --from DATE --to DATE -o
FILE.xlsx|.pdf|.hwpx --reason TEXT``: the 민원 처리부 of a period; ``report access YYYY-MM
-o FILE.pdf|.xlsx``: the month's review of the access log (개인정보 접속기록 점검) for the
privacy officer.

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
    write_output,
)
from minwon_desk.cli._signin import signed_in
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.particles import settle
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers
    from minwon_desk.services.backend import Backend


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
    book = actions.add_parser(
        "register", parents=[common], help=translate("ReportCommand", "민원 처리부 (XLSX, PDF 또는 HWPX)"),
        description=translate("ReportCommand", "기간 안에 접수된 민원을 접수 순서대로, 민원처리법 시행규칙 별지 제1호의 칸 "
                    "(접수번호·일시, 민원인과 가린 연락처, 요지, 처리 부서·담당자, 처리기간·기한, "
                    "연장, 처리 일시와 방법)으로 뽑습니다. 개인정보가 담긴 목록이라 내려받는 "
                    "사유를 적어야 하며, 접속기록에 남습니다."),
    )
    book.add_argument("--from", dest="first", type=date_arg, required=True, metavar="YYYY-MM-DD",
                      help=translate("ReportCommand", "이날 접수된 민원부터"))
    book.add_argument("--to", dest="last", type=date_arg, required=True, metavar="YYYY-MM-DD",
                      help=translate("ReportCommand", "이날 접수된 민원까지 (이날 포함)"))
    book.add_argument("--department", metavar="NAME",
                      help=translate("ReportCommand", "이 부서와 그 아래 부서의 민원만 (부서 이름)"))
    book.add_argument("--reason", default="", metavar="TEXT",
                      help=translate("ReportCommand", "내려받는 사유 (필수; 접속기록에 남습니다)"))
    book.add_argument("-o", "--output", type=Path, required=True,
                      metavar="FILE.xlsx|FILE.pdf|FILE.hwpx")
    book.set_defaults(handler=run_register)
    access = actions.add_parser(
        "access", parents=[common], help=translate("ReportCommand", "한 달의 개인정보 접속기록 점검 (PDF 또는 XLSX)"),
        description=translate("ReportCommand", "계정별 조회·출력·다운로드, 근무시간 외 접근, 대량 조회·다운로드와 그 사유, "
                    "동료보다 훨씬 많이 조회한 계정, 로그인 실패와 잠금, 권한 변경, 점검 기록을 "
                    "PDF나 엑셀 파일로 만듭니다. 점검을 마쳤으면 'audit review'로 기록합니다. "
                    "개인정보 관리 권한이 필요합니다."),
    )
    access.add_argument("month", metavar="YYYY-MM", help=translate("ReportCommand", "점검할 달, 예: 2026-11"))
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
        print(settle(translate(
            "ReportCommand",
            "{title}을(를) 만들었습니다: {output} (이 달에는 기록이 없어 수치가 없습니다).",
        ).format(title=rendered.title, output=output)))
    else:
        figures = ", ".join(f"{h.label} {h.measure.text}" for h in report.headlines)
        print(settle(translate("ReportCommand", "{title}을(를) 만들었습니다: {output}\n{figures}.").format(title=rendered.title, output=output, figures=figures)))
    return EXIT_OK


def run_register(args: argparse.Namespace) -> int:
    from minwon_desk.domain.errors import ValidationError
    from minwon_desk.services.cases.register import check_period

    kind = args.output.suffix.lower().lstrip(".")
    if kind not in ("xlsx", "pdf", "hwpx"):
        raise UsageError(translate("ReportCommand", "{name}: 민원 처리부는 .xlsx, .pdf 또는 .hwpx 파일로 "
                                   "저장합니다 (예: -o 민원처리부.xlsx).").format(name=args.output.name))
    if not " ".join(args.reason.split()):
        raise UsageError(translate("ReportCommand", "민원 처리부는 개인정보가 담긴 목록입니다. 내려받는 사유를 "
                                   "--reason으로 적어 주세요 (예: --reason \"11월 처리 현황 점검\")."))
    try:
        check_period(args.first, args.last)
    except ValidationError as exc:
        raise UsageError(str(exc)) from None
    output = checked_output(args.output, example=translate("ReportCommand", "민원처리부.{kind}").format(kind=kind),
                            kind=translate("ReportCommand", "{kind} 파일").format(kind=kind.upper()))
    with opened(args, build_demo=True) as (_config, backend):
        actor = signed_in(args, backend, Operation.RECORDS_READ)
        department_id = None
        if args.department:
            department_id = _department_id(backend, args.department)
        data, count = backend.case_register.export(
            actor, args.first, args.last, kind=kind, reason=args.reason,
            department_id=department_id, agency=backend.charter.documents.agency_name,
        )
    write_output(output, data)
    print(translate("ReportCommand", "민원 처리부를 만들었습니다: {output} ({count}건)").format(
        output=output, count=count))
    return EXIT_OK


def _department_id(backend: Backend, name: str) -> int:
    wanted = " ".join(name.split())
    units = backend.roster.departments()
    found = [d for d in units if d.name == wanted] or [
        d for d in units if d.path.endswith(wanted)
    ]
    if len(found) == 1:
        return found[0].id
    if not found:
        names = ", ".join(d.name for d in units[:8])
        raise UsageError(settle(translate(
            "ReportCommand", "부서 '{wanted}'을(를) 찾을 수 없습니다. 있는 부서: {names} …",
        ).format(wanted=wanted, names=names)))
    paths = "; ".join(d.path for d in found)
    raise UsageError(translate(
        "ReportCommand", "'{wanted}'라는 부서가 여럿입니다: {paths}. 상위 부서까지 적어 주세요.",
    ).format(wanted=wanted, paths=paths))
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
    output = checked_output(args.output, example=translate("AccessReview", "접속기록점검_{month}{kind}").format(
                                month=f"{first:%Y-%m}", kind=kind),
                            kind=translate("AccessReview", "파일"))
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
