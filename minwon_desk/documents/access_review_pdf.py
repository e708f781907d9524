"""The monthly access review (개인정보 접속기록 점검) as an A4 PDF: the same sections as
the page (domain.access_review_tables), each with how its rows were picked, and a box to
sign. Data in, PDF bytes out; fonts embedded."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from minwon_desk.documents.fonts import register_fonts
from minwon_desk.documents.grid_table import GridLook
from minwon_desk.documents.letter_page import (
    BOLD,
    FRAME_W,
    INK,
    MUTED,
    PLAIN,
    build_pdf,
)
from minwon_desk.domain.access_review_report import AccessReview
from minwon_desk.domain.access_review_tables import Section, period, sections, summary, title
from minwon_desk.domain.i18n import translate, untranslated
from minwon_desk.domain.timeutil import format_ko

SIZE = 7.5
LEADING = 10.0
PAD = 3.0
CHUNK = 40  # rows per table, about a page
MAX_ROWS = 300  # per section on paper; the workbook holds them all
_GRID = GridLook(SIZE, LEADING, PAD, lambda: _styles()["cell"])
# Relative widths per section: the frame is shared out by these.
_SHARES: dict[str, Sequence[float]] = {
    "accounts": (3, 3, 2.4, 1.2, 1.2, 1.4, 1.2, 1.2),
    "after_hours": (2, 2.6, 1.3, 1.4, 1.1, 2.6, 2.8, 1.8),
    "bulk": (2, 2.6, 1.3, 1.4, 1.1, 2.4, 2.4, 3),
    "heavy": (3, 3, 2.4, 1.3, 1.4, 3),
    "sign_ins": (2, 2.6, 1.8, 4, 1.8, 2.4),
    "role_changes": (2, 2.6, 1.8, 4, 1.8, 2.4),
    "reviews": (2.4, 2.6, 2, 7),
}


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "title": ParagraphStyle("a_title", fontName=BOLD, fontSize=16, leading=22,
                                alignment=TA_CENTER, textColor=INK, spaceAfter=4),
        "meta": ParagraphStyle("a_meta", fontName=PLAIN, fontSize=9, leading=13,
                               alignment=TA_CENTER, textColor=MUTED, spaceAfter=8),
        "section": ParagraphStyle("a_section", fontName=BOLD, fontSize=11, leading=15,
                                  textColor=INK, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "body": ParagraphStyle("a_body", fontName=PLAIN, fontSize=9.5, leading=14,
                               textColor=INK, spaceAfter=3),
        "note": ParagraphStyle("a_note", fontName=PLAIN, fontSize=8, leading=11,
                               textColor=MUTED, spaceAfter=3),
        "cell": ParagraphStyle("a_cell", fontName=PLAIN, fontSize=SIZE, leading=LEADING,
                               textColor=INK),
    }


def access_review_pdf(review: AccessReview) -> bytes:
    st = _styles()
    head = title(review, untranslated)
    story: list[Flowable] = [
        Paragraph(escape(head), st["title"]),
        Paragraph(escape(translate("AccessReview", "{agency} · 점검 기간 {period} · 작성 {at}").format(
            agency=review.agency, period=period(review, untranslated), at=format_ko(review.written_at)
        ).lstrip(" ·")), st["meta"]),
        Paragraph(escape(summary(review, untranslated)), st["body"]),
    ]
    for number, section in enumerate(sections(review, untranslated), start=1):
        story += _section(number, section)
    return build_pdf(story, title=head, author=review.agency or "민원 데스크",
                     subject=translate("AccessReview", "개인정보 접속기록 점검"),
                     document_no=translate("AccessReview", "접속기록 점검 {month}").format(
                         month=f"{review.month:%Y-%m}"))


def _section(number: int, section: Section) -> list[Flowable]:
    st = _styles()
    flow: list[Flowable] = [Paragraph(escape(f"{number}. {section.title}"), st["section"])]
    if section.note:
        flow.append(Paragraph(escape(section.note), st["note"]))
    if not section.rows:
        return [*flow, Paragraph(escape(section.empty), st["body"])]
    shares = _SHARES[section.key]
    widths = [FRAME_W * s / sum(shares) for s in shares]
    # Tables of at most CHUNK rows, each with its header: reportlab splits one long table
    # across pages by laying the rest out again each time (minutes for 10,000 rows).
    shown = section.rows[:MAX_ROWS]
    flow += [_GRID.table(section.header, shown[at:at + CHUNK], widths, right=section.numeric)
             for at in range(0, len(shown), CHUNK)]
    if len(section.rows) > len(shown):
        flow.append(Paragraph(escape(translate(
            "AccessReview", "앞의 {shown}건만 실었습니다. 모두 {total}건은 XLSX 파일에 있습니다 "
                            "(minwon-desk report access … -o 파일.xlsx).").format(
            shown=f"{len(shown):,}", total=f"{len(section.rows):,}")), st["note"]))
    return flow
