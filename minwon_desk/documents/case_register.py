"""The 민원 처리부 printed: A4 landscape, the columns of 별지 제1호, the header row
repeated on every page, data masked as on screen."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from minwon_desk.documents.fonts import register_fonts
from minwon_desk.documents.letter_page import BOLD, GRID, INK, LABEL_FILL, MUTED, PLAIN, build_pdf

HEADERS = ("순번", "접수번호·일시·경로", "민원인(연락처)", "민원 요지", "처리 부서·담당자",
           "처리기간·기한", "연장", "처리 결과", "이송")
_WIDTHS_MM = (10, 36, 30, 56, 34, 30, 22, 0, 15)  # 처리 결과 takes the rest
_SIZE = 7.5
_LEADING = 9.5


def case_register_pdf(
    period: str, rows: Sequence[Sequence[str]], *, agency: str = ""
) -> bytes:
    """``rows``: one tuple of cell texts per case, in ``HEADERS``' order; ``period``
    as the page heading names it ("2026-11-01 ~ 2026-11-30 · 민원실")."""
    register_fonts()
    page_w, _page_h = landscape(A4)
    frame_w = page_w - 2 * 14 * mm
    widths = [w * mm for w in _WIDTHS_MM]
    widths[7] = frame_w - sum(widths)
    title_style = ParagraphStyle("cr_title", fontName=BOLD, fontSize=15, leading=20,
                                 alignment=TA_CENTER, textColor=INK, spaceAfter=2)
    meta_style = ParagraphStyle("cr_meta", fontName=PLAIN, fontSize=9, leading=13,
                                alignment=TA_CENTER, textColor=MUTED, spaceAfter=6)
    cell = ParagraphStyle("cr_cell", fontName=PLAIN, fontSize=_SIZE, leading=_LEADING,
                          textColor=INK)
    title = "민원 처리부"
    story: list[Flowable] = [
        Paragraph(title, title_style),
        Paragraph(escape(f"{agency} · {period} · {len(rows)}건".lstrip(" ·")), meta_style),
    ]
    data: list[list[Any]] = [list(HEADERS)]
    for row in rows:
        data.append([Paragraph(escape(text).replace("\n", "<br/>"), cell) for text in row])
    if not rows:
        data.append(["", Paragraph("이 기간에 접수된 민원이 없습니다.", cell)] + [""] * 7)
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), PLAIN),
        ("FONTSIZE", (0, 0), (-1, -1), _SIZE),
        ("LEADING", (0, 0), (-1, -1), _LEADING),
        ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(table)
    return build_pdf(story, title=title, author=agency, subject=f"{title} {period}",
                     document_no=f"{agency} {title} {period}".strip(),
                     pagesize=landscape(A4), margin_x=14 * mm)
