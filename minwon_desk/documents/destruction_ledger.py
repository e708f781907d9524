"""The destruction ledger (개인정보 파기 대장) as an A4 landscape PDF: one line per purge
and kind of record — 파기 번호, 기록 종류, 건수, 기간(가장 오래된 날 ~ 가장 최근 날),
파기 일시, 처리자, 보존기간과 근거, 파기 방법.

Data in (domain :class:`LedgerRow` lines), PDF bytes out; Nanum fonts embedded.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from minwon_desk.documents.fonts import GOTHIC, GOTHIC_BOLD, register_fonts
from minwon_desk.domain.retention import LedgerRow

TITLE = "개인정보 파기 대장"
HEADERS = ("번호", "기록 종류", "건수", "기간", "파기 일시", "처리자", "보존기간·근거", "파기 방법")
_WIDTHS = (14, 30, 16, 42, 30, 30, 60, 55)


def _day(at: datetime | None) -> str:
    return f"{at:%Y-%m-%d}" if at else ""


def period_text(row: LedgerRow) -> str:
    return f"{_day(row.oldest)} ~ {_day(row.newest)}"


def ledger_pdf(rows: Sequence[LedgerRow], *, agency: str, printed_at: datetime) -> bytes:
    register_fonts()
    cell = ParagraphStyle("cell", fontName=GOTHIC, fontSize=8, leading=10.5)
    head = ParagraphStyle("head", parent=cell, fontName=GOTHIC_BOLD)
    title = ParagraphStyle("title", fontName=GOTHIC_BOLD, fontSize=16, leading=20)
    note = ParagraphStyle("note", parent=cell, fontSize=8.5, textColor=colors.HexColor("#444444"))

    def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(escape(text), style)

    data = [[p(h, head) for h in HEADERS]]
    for row in rows:
        when = f"{row.destroyed_at:%Y-%m-%d %H:%M}" + ("" if row.finished else " (진행 중)")
        data.append([p(str(row.run_id)), p(row.kind.label_ko), p(f"{row.count:,}건"),
                     p(period_text(row)), p(when), p(row.by), p(row.retention), p(row.method)])
    if not rows:
        data.append([p("파기한 기록이 없습니다.")] + [p("")] * (len(HEADERS) - 1))
    table = Table(data, colWidths=[w * mm for w in _WIDTHS], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=14 * mm, bottomMargin=14 * mm, title=TITLE, author=agency,
                            creator="민원 데스크", invariant=1, lang="ko-KR",
                            initialFontName=GOTHIC)
    story = [
        p(f"{agency} {TITLE}", title), Spacer(1, 3 * mm),
        p(f"출력 {printed_at:%Y-%m-%d %H:%M} · 개인정보 보호법 제21조, 같은 법 시행령 제16조에 따라 "
          "보존기간이 지난 개인정보를 파기한 기록입니다. 건수와 처리 시각 등 통계에 쓰는 항목은 "
          "남기고 성명·연락처·주소·내용 등 개인정보 항목을 복구할 수 없게 지웠습니다.", note),
        Spacer(1, 4 * mm), table,
    ]
    doc.build(story)
    return out.getvalue()
