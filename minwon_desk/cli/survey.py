"""``minwon-desk survey export YEAR -o FILE.xlsx``: the year's satisfaction survey as a
workbook (responses, summary per item, check-out ratings by month).

A year with no survey still gives a valid workbook whose sheets say so (exit 0), with a
line on stderr; a year out of range or an unusable output path is bad input (exit 2).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from minwon_desk.cli import EXIT_OK, UsageError
from minwon_desk.cli.printing import open_with_demo, write_pdf
from minwon_desk.domain.errors import MinwonError


def run_export(args: argparse.Namespace) -> int:
    output = _checked_xlsx(args.output)
    backend = open_with_demo(args)
    try:
        from minwon_desk.services.supervision.survey_export import survey_workbook

        book = survey_workbook(backend.survey, args.year)
    except MinwonError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        backend.close()
    write_pdf(output, book.data)  # writes any bytes whole or not at all
    results = book.results
    print(
        f"{results.year}년 고객만족도 조사 결과를 저장했습니다: {output} "
        f"(문항 {len(results.items)}개, 응답 {results.responses}건, "
        f"퇴실 만족도 {results.ratings.count}건)."
    )
    if results.empty:
        print(
            f"minwon-desk: {results.year}년에는 조사 문항도 응답도 퇴실 만족도도 없습니다. "
            "파일의 시트마다 그렇게 적었습니다.",
            file=sys.stderr,
        )
    return EXIT_OK


def _checked_xlsx(path: Path) -> Path:
    if path.is_dir():
        raise UsageError(
            f"{path}은(는) 폴더입니다. 저장할 파일 이름을 적어 주세요 (예: {path / '만족도조사.xlsx'})."
        )
    if path.suffix.lower() != ".xlsx":
        raise UsageError(
            f"{path.name}: 엑셀 파일 이름은 .xlsx로 끝나야 합니다 (예: 만족도조사-2026.xlsx)."
        )
    if not path.parent.is_dir():
        raise UsageError(f"폴더 {path.parent}이(가) 없습니다. 저장할 위치를 확인해 주세요.")
    return path
