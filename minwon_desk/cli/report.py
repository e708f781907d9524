"""``minwon-desk report monthly YYYY-MM -o FILE.pdf``: the month's self-inspection report
(고객응대서비스 자체점검 결과) as a PDF file.

The file is written whole or not at all. A month with nothing recorded still gives a
report, one page that says so.
"""

from __future__ import annotations

import argparse

from minwon_desk.cli import EXIT_OK, UsageError
from minwon_desk.cli.printing import checked_output, open_with_demo, write_pdf
from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.inspection import parse_month


def run_monthly(args: argparse.Namespace) -> int:
    try:
        month = parse_month(args.month)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.output.is_dir():
        raise UsageError(
            f"{args.output}은(는) 폴더입니다. 저장할 PDF 파일 이름을 적어 주세요 "
            f"(예: {args.output / f'자체점검_{month:%Y-%m}.pdf'})."
        )
    output = checked_output(args.output)
    backend = open_with_demo(args)
    try:
        rendered = backend.inspection.monthly_pdf(month.year, month.month)
    except MinwonError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        backend.close()
    write_pdf(output, rendered.pdf)
    report = rendered.report
    if report.is_empty:
        print(f"{rendered.title}을(를) 만들었습니다: {output} (이 달에는 기록이 없어 수치가 없습니다).")
    else:
        figures = ", ".join(f"{h.label} {h.measure.text}" for h in report.headlines)
        print(f"{rendered.title}을(를) 만들었습니다: {output}\n{figures}.")
    return EXIT_OK
