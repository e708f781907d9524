"""The 민원 처리부 as an A4 landscape table (별지 제1호's columns), headings repeated on
every page."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from minwon_desk.documents.fonts import GOTHIC, GOTHIC_BOLD, register_fonts

# Relative widths of 별지 제1호's columns (the subject and the dates get the room).
_WIDTHS = (30, 27, 14, 24, 44, 24, 20, 13, 27, 9, 27, 13, 13, 18)


def register_pdf(agency: str, title: str, columns: Sequence[str],
                 rows: Sequence[Sequence[str]], *, printed: str) -> bytes:
    register_fonts()
    out = io.BytesIO()
    page = landscape(A4)
    doc = SimpleDocTemplate(out, pagesize=page, leftMargin=10 * mm, rightMargin=10 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, title=title,
                            author=agency)
    cell = ParagraphStyle("cell", fontName=GOTHIC, fontSize=6.5, leading=8)
    head = ParagraphStyle("head", fontName=GOTHIC_BOLD, fontSize=7, leading=8.5)
    heading = ParagraphStyle("title", fontName=GOTHIC_BOLD, fontSize=14, leading=18)
    small = ParagraphStyle("small", fontName=GOTHIC, fontSize=8, leading=10)
    scale = (page[0] - 20 * mm) / sum(_WIDTHS)
    data = [[Paragraph(_escape(c), head) for c in columns]]
    data += [[Paragraph(_escape(c), cell) for c in row] for row in rows]
    if not rows:
        data.append([Paragraph("이 기간에 접수한 민원이 없습니다.", cell)] + [""] * (len(columns) - 1))
    table = LongTable(data, colWidths=[w * scale for w in _WIDTHS], repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if not rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(style))
    story = [Paragraph(_escape(f"{agency} {title}"), heading),
             Paragraph(_escape(f"민원처리법 시행규칙 별지 제1호 · {len(rows):,}건 · 출력 {printed} · "
                               "민원인 정보는 가려서 적습니다"), small),
             Spacer(1, 4 * mm), table]
    doc.build(story)
    return out.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
