"""The monthly self-inspection report over a year of records (year_data: about 200,000
visits, 50,000 memos, 20,000 cases): figures and PDF for October 2026, a finished month,
and for November, the month under way.

- the whole report to PDF, as `minwon-desk report monthly` makes it: warm (median) and
  first in a fresh process (fonts registered, statements compiled);
- the figures alone (the service's GROUP BY queries over the month and the five before),
  beside a raw sqlite3 COUNT of the month's visits;
- the PDF alone from the figures, beside bare reportlab pages drawing the report's own
  text lines with the same embedded font.
"""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from common import Row, median_of
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from year_data import open_year, year_database

from minwon_desk.documents.fonts import MYEONGJO, register_fonts
from minwon_desk.documents.inspection_report import inspection_report_pdf
from minwon_desk.domain.inspection import month_bounds

TARGET_MS = 2000.0
_COLD = """
import sys, time
sys.path.insert(0, {bench!r})
start = time.perf_counter()
from year_data import open_year
backend = open_year(__import__("pathlib").Path({path!r}))
opened = time.perf_counter()
backend.inspection.monthly_pdf(2026, 10)
done = time.perf_counter()
print((opened - start) * 1000, (done - opened) * 1000)
"""
_COLD_FLOOR = """
import io, time
start = time.perf_counter()
from reportlab.pdfgen.canvas import Canvas
from minwon_desk.documents.fonts import MYEONGJO, register_fonts
register_fonts()
pdf = Canvas(io.BytesIO(), initialFontName=MYEONGJO)
pdf.setFont(MYEONGJO, 10)
pdf.drawString(56, 800, "고객응대서비스 자체점검 결과 (2026년 10월)")
pdf.showPage()
pdf.save()
print((time.perf_counter() - start) * 1000)
"""


def bare_pages(pages: list[list[str]]) -> bytes:
    """The report's text, line by line, on as many A4 pages, same font, no layout."""
    register_fonts()
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=A4, pageCompression=1, invariant=1, initialFontName=MYEONGJO)
    for lines in pages:
        pdf.setFont(MYEONGJO, 8.5)
        y = 800.0
        for line in lines:
            pdf.drawString(56, y, line)
            y -= 11.5
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _python(code: str) -> list[float]:
    """What a fresh interpreter prints, run twice: the first run fills a bytecode cache of
    its own (in the temporary folder), as an installed program has one."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "minwon-bench-pycache")
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                              text=True, env=env)
    return [float(x) for x in done.stdout.split()]


def bench_report(repeat: int = 5) -> list[Row]:
    path = year_database()
    backend = open_year(path)
    raw = sqlite3.connect(path)
    try:
        counts = {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("visit", "memo", "minwon_case", "voucher")}
        start, end = month_bounds(date(2026, 10, 1))
        bounds = (f"{start:%Y-%m-%d %H:%M:%S}", f"{end:%Y-%m-%d %H:%M:%S}")
        service = backend.inspection

        def raw_count() -> None:
            raw.execute("SELECT count(*) FROM visit WHERE checked_in_at >= ? AND checked_in_at < ?",
                        bounds).fetchone()

        def raw_grouped() -> None:
            raw.execute(
                "SELECT officer_id, count(*), sum(greeted_at <= greeting_due_at) FROM visit"
                " WHERE checked_in_at >= ? AND checked_in_at < ? AND greeting_due_at IS NOT NULL"
                " GROUP BY officer_id", bounds).fetchall()

        cold_open, cold_ms = _python(_COLD.format(bench=str(Path(__file__).parent),
                                                  path=str(path)))
        (cold_floor,) = _python(_COLD_FLOOR)
        report = service.monthly(2026, 10)
        pdf = inspection_report_pdf(report)
        pages = [p.extract_text().splitlines() for p in PdfReader(io.BytesIO(pdf)).pages]
        whole_ms = median_of(lambda: service.monthly_pdf(2026, 10), repeat)
        figures_ms = median_of(lambda: service.monthly(2026, 10), repeat)
        raw_ms = median_of(raw_count, repeat * 3)
        grouped_ms = median_of(raw_grouped, repeat * 3)
        render_ms = median_of(lambda: inspection_report_pdf(report), repeat)
        bare_ms = median_of(lambda: bare_pages(pages), repeat)
        november_ms = median_of(lambda: service.monthly_pdf(2026, 11), repeat)
    finally:
        raw.close()
        backend.close()
    data = (f"{counts['visit']:,} visits, {counts['memo']:,} memos, "
            f"{counts['minwon_case']:,} cases, {counts['voucher']:,} vouchers")
    month = (f"Oct: {report.greeting.total:,} greetings, {report.callback.total:,} callbacks, "
             f"{report.cases_on_time.total:,} cases, {len(report.by_officer)} officers")
    return [
        Row(f"monthly report to PDF ({len(pages)} pages, warm)", whole_ms,
            "raw COUNT of the month's visits + bare pages", raw_ms + bare_ms, "ms",
            "≤ 2 s", whole_ms <= TARGET_MS),
        Row("  first in a fresh process (after open)", cold_ms,
            "bare reportlab page, fresh process", cold_floor, "ms", "≤ 2 s",
            cold_ms <= TARGET_MS),
        Row("  opening the database (fresh process)", cold_open, "(for reference)", None, "ms",
            "—", None),
        Row("  the figures (6 months, per officer)", figures_ms,
            "raw sqlite3 GROUP BY officer, one month's greetings", grouped_ms, "ms", "—", None),
        Row("  the PDF from the figures", render_ms,
            f"bare reportlab pages, same {sum(map(len, pages))} lines", bare_ms, "ms", "—", None),
        Row("month under way (November) to PDF", november_ms, "same floor as October",
            raw_ms + bare_ms, "ms", "≤ 2 s", november_ms <= TARGET_MS),
        Row(f"  data: {data}", 0.0, month, None, "", "—", None),
    ]


if __name__ == "__main__":
    from common import print_table

    print_table(bench_report())
