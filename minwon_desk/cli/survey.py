"""``minwon-desk survey export YEAR -o FILE.xlsx --reason TEXT``: the year's satisfaction
survey as a workbook (responses, summary per item, check-out ratings by month). The
responses' opinions are free text that may name people, so the export asks why; the reason
goes into the access log (접속기록).

A year with no survey still gives a valid workbook whose sheets say so (exit 0), with a
line on stderr; a year out of range or an unusable output path is bad input (exit 2).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from minwon_desk.cli._common import (
    EXIT_OK,
    UsageError,
    checked_output,
    command_group,
    opened,
    write_output,
    year_arg,
)
from minwon_desk.cli._signin import signed_in
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    actions = command_group(
        sub, common, "survey", translate("SurveyCommand", "고객만족도 조사"), dest="survey_command", metavar="ACTION"
    )
    export = actions.add_parser(
        "export", parents=[common], help=translate(
            "SurveyCommand",
            "한 해의 조사 결과를 엑셀(XLSX)로 내보내기",
        ),
        description=translate(
            "SurveyCommand",
            "시트 세 개: 응답(설문지 한 장에 한 행, 문항마다 한 열), 요약(문항별 응답 "
            "수·평균·점수 분포), 퇴실 만족도(월별). 자료가 없는 해도 그렇게 적힌 파일을 "
            "만듭니다.",
        ),
    )
    export.add_argument("year", type=year_arg, metavar="YEAR", help=translate(
        "SurveyCommand",
        "조사 연도, 예: 2026",
    ))
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    export.add_argument("--reason", default="", metavar="TEXT",
                        help="내려받는 사유 (필수: 응답의 의견에 개인정보가 있을 수 있어 "
                             "접속기록에 남깁니다)")
    export.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    from minwon_desk.domain.errors import ValidationError
    from minwon_desk.domain.i18n import translate
    from minwon_desk.services.privacy.access_log import require_reason

    try:
        reason = require_reason(args.reason)
    except ValidationError as exc:
        raise UsageError(f"--reason: {exc.message} " + translate(
            "SurveyExport", "예: --reason \"감사 자료 제출\"")) from None
    output = _checked_xlsx(args.output)
    with opened(args, build_demo=True) as (_config, backend):
        actor = signed_in(args, backend, Operation.REPORTS)
        from minwon_desk.services.supervision.survey_export import export_workbook

        book = export_workbook(backend.survey, backend.access_log, actor, args.year,
                               reason=reason)
    write_output(output, book.data)
    results = book.results
    print(
        translate(
            "SurveyCommand",
            "{year}년 고객만족도 조사 결과를 저장했습니다: {output} (문항 {count}개, 응답 "
            "{responses}건, 퇴실 만족도 {ratings}건).",
        ).format(year=results.year, output=output, count=len(results.items), responses=results.responses, ratings=results.ratings.count)
    )
    if results.empty:
        print(
            translate(
                "SurveyCommand",
                "minwon-desk: {year}년에는 조사 문항도 응답도 퇴실 만족도도 없습니다. 파일의 "
                "시트마다 그렇게 적었습니다.",
            ).format(year=results.year),
            file=sys.stderr,
        )
    return EXIT_OK


def _checked_xlsx(path: Path) -> Path:
    # A folder is said as a folder, before its name is judged.
    if not path.is_dir() and path.suffix.lower() != ".xlsx":
        raise UsageError(
            translate(
                "SurveyCommand",
                "{name}: 엑셀 파일 이름은 .xlsx로 끝나야 합니다 (예: 만족도조사-2026.xlsx).",
            ).format(name=path.name)
        )
    return checked_output(path, example="만족도조사.xlsx", kind="파일")
