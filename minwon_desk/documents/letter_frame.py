"""What every case document shares: the letterhead, the document number and date, the
A4 page frame with its "N / M" footer, the case summary table and the officer block.

Everything is built from platypus flowables so that text of any length flows over pages:
a line of the officer's text is one paragraph (split across pages when it must), table
rows split inside themselves, and long words without spaces (e-mail addresses, codes)
are broken rather than pushed past the margin.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from io import BytesIO
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from minwon_desk.documents.case_data import CaseHeader, Letterhead, Officer
from minwon_desk.documents.fonts import (
    GOTHIC,
    GOTHIC_BOLD,
    MYEONGJO,
    MYEONGJO_BOLD,
    register_fonts,
)
from minwon_desk.documents.textfit import fit_size
from minwon_desk.domain.timeutil import format_date_ko, format_ko, to_seoul

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X
FOOTER_Y = 11 * mm
LABEL_W = 32 * mm

INK = HexColor("#1A202C")
MUTED = HexColor("#4A5568")
RULE = HexColor("#1F3A5F")
GRID = HexColor("#9AA3AF")
LABEL_FILL = HexColor("#EEF1F5")

# A table row taller than what is left of the page is split inside itself, but no piece
# is made shorter than this (a sliver of a row at a page's foot reads as a glitch).
ROW_SPLIT_MIN = 28.0


@dataclass(frozen=True, slots=True)
class Styles:
    agency: ParagraphStyle  # the agency's name atop the letter and as its sender
    letterhead: ParagraphStyle  # the address or telephone under the name
    title: ParagraphStyle  # "민원 접수증"
    body: ParagraphStyle  # the letter's own sentences
    item: ParagraphStyle  # "1. …", the number given as the paragraph's bullet
    text: ParagraphStyle  # the petitioner's or officer's text, indented under an item
    head: ParagraphStyle  # 수신 / 제목 lines
    section: ParagraphStyle  # a heading over a table ("처리 안내")
    cell: ParagraphStyle  # a table value
    cell_strong: ParagraphStyle  # a value the reader looks for (the deadline)
    label: ParagraphStyle  # a table label
    meta_left: ParagraphStyle
    meta_right: ParagraphStyle
    note: ParagraphStyle  # the legal basis, the contact line


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The paragraph styles, made once: parsing a style is not free and never changes."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=MYEONGJO, fontSize=11, leading=18, textColor=INK, spaceAfter=4
    )
    cell = ParagraphStyle("cell", fontName=GOTHIC, fontSize=9.5, leading=14, textColor=INK)
    meta = ParagraphStyle("meta", parent=cell, fontSize=9, leading=13, textColor=MUTED)
    return Styles(
        agency=ParagraphStyle(
            "agency", fontName=MYEONGJO_BOLD, fontSize=20, leading=26, alignment=TA_CENTER,
            textColor=INK,
        ),
        letterhead=ParagraphStyle(
            "letterhead", parent=meta, alignment=TA_CENTER, spaceBefore=2
        ),
        title=ParagraphStyle(
            "title", fontName=GOTHIC_BOLD, fontSize=17, leading=24, alignment=TA_CENTER,
            textColor=INK, spaceBefore=6, spaceAfter=10,
        ),
        body=body,
        item=ParagraphStyle(
            "item", parent=body, leftIndent=16, bulletIndent=0, bulletFontName=MYEONGJO,
            bulletFontSize=11, spaceBefore=4,
        ),
        text=ParagraphStyle("text", parent=body, leftIndent=16, spaceAfter=2),
        head=ParagraphStyle(
            "head", parent=body, leftIndent=11 * mm, firstLineIndent=-11 * mm, spaceAfter=2
        ),
        section=ParagraphStyle(
            "section", fontName=GOTHIC_BOLD, fontSize=10.5, leading=15, textColor=INK,
            spaceBefore=10, spaceAfter=4, keepWithNext=1,
        ),
        cell=cell,
        cell_strong=ParagraphStyle("cell_strong", parent=cell, fontName=GOTHIC_BOLD),
        label=ParagraphStyle("label", parent=cell, fontName=GOTHIC_BOLD, textColor=MUTED),
        meta_left=ParagraphStyle("meta_left", parent=meta, alignment=TA_LEFT),
        meta_right=ParagraphStyle("meta_right", parent=meta, alignment=TA_RIGHT),
        note=ParagraphStyle("note", parent=meta, spaceBefore=4),
    )


# --- user text --------------------------------------------------------------------------


def markup(text: str) -> str:
    """``text`` as Paragraph markup that prints literally: ``<``, ``>`` and ``&`` are
    escaped, newlines become line breaks, and a line's leading spaces (indentation the
    writer meant) are kept instead of collapsed."""
    return "<br/>".join(_line_markup(line) for line in text.splitlines() or [""])


def _line_markup(line: str) -> str:
    line = line.replace("\t", "    ").rstrip()
    stripped = line.lstrip(" ")
    return "&nbsp;" * (len(line) - len(stripped)) + escape(stripped)


def text_flow(text: str, style: ParagraphStyle) -> list[Flowable]:
    """The writer's text as flowing paragraphs, one per line so that a long text breaks
    between lines and a long line breaks inside itself; blank lines stay as gaps."""
    flow: list[Flowable] = []
    gap = style.leading * 0.5
    for line in text.strip("\n").splitlines():
        if line.strip():
            flow.append(Paragraph(_line_markup(line), style))
        elif flow and not isinstance(flow[-1], Spacer):
            flow.append(Spacer(1, gap))
    return flow


def cell_flow(text: str, style: ParagraphStyle | None = None) -> list[Flowable]:
    """Text for a table cell: one paragraph per line, so the row can split between them."""
    st = style or styles().cell
    flow = [Paragraph(_line_markup(line), st) for line in text.strip().splitlines() if line.strip()]
    return flow or [Paragraph("", st)]


# --- the parts of a letter ----------------------------------------------------------------


def letterhead_flow(head: Letterhead) -> list[Flowable]:
    """The agency's name large and centred, then the rest of the letterhead (address,
    telephone) small under it, and a rule."""
    st = styles()
    flow: list[Flowable] = [Paragraph(escape(head.agency_name), st.agency)]
    rest = head.letterhead.strip()
    if rest.startswith(head.agency_name):
        rest = rest[len(head.agency_name) :].strip()
    if rest:
        flow.append(Paragraph(markup(rest), st.letterhead))
    flow.append(HRFlowable(width="100%", thickness=1.6, color=RULE, spaceBefore=6, spaceAfter=6))
    return flow


def meta_row(left: str, right: str) -> Table:
    """One line with a left and a right part (document number, date)."""
    st = styles()
    table = Table(
        [[Paragraph(left, st.meta_left), Paragraph(right, st.meta_right)]],
        colWidths=[FRAME_W * 0.6, FRAME_W * 0.4],
    )
    table.setStyle(_PLAIN)
    return table


def document_meta(header: CaseHeader, *, with_time: bool = False) -> Table:
    """"문서번호 …" on the left, the date of issue on the right."""
    issued = format_ko(header.issued_at) if with_time else format_date_ko(
        to_seoul(header.issued_at).date()
    )
    label = "발급일시" if with_time else "시행일"
    return meta_row(
        f"문서번호&nbsp;&nbsp;{escape(header.document_no)}", f"{label}&nbsp;&nbsp;{issued}"
    )


def addressee(header: CaseHeader) -> str:
    """"홍길동 귀하", or "민원인 귀하" when no name was given."""
    name = header.petitioner_name.strip()
    return f"{name} 귀하" if name else "민원인 귀하"


def heading_lines(header: CaseHeader, title: str) -> list[Flowable]:
    """수신, (경유) and 제목 as a Korean public letter sets them, and a rule."""
    st = styles()
    receiver = escape(addressee(header))
    contact = header.petitioner_contact.strip()
    if contact:
        receiver += f" ({escape(contact)})"
    return [
        Paragraph(f"<b>수신</b>&nbsp;&nbsp;&nbsp;{receiver}", st.head),
        Paragraph("<b>(경유)</b>", st.head),
        Paragraph(f"<b>제목</b>&nbsp;&nbsp;&nbsp;{escape(title)}", st.head),
        HRFlowable(width="100%", thickness=0.6, color=GRID, spaceBefore=6, spaceAfter=10),
    ]


def petitioner_label(header: CaseHeader) -> str:
    return header.petitioner_name.strip() or "(성명을 밝히지 않음)"


Cell: TypeAlias = str | Flowable | Sequence[Flowable]  # a string is the writer's text


def label_table(rows: Sequence[tuple[str, Cell]]) -> Table:
    """Label | value rows over the frame's width; a plain string value is user text."""
    st = styles()
    data = [
        [Paragraph(escape(label), st.label), cell_flow(value) if isinstance(value, str) else value]
        for label, value in rows
    ]
    table = Table(
        data, colWidths=[LABEL_W, FRAME_W - LABEL_W], splitInRow=ROW_SPLIT_MIN, hAlign="LEFT"
    )
    table.setStyle(_LABELLED)
    return table


def case_rows(header: CaseHeader) -> list[tuple[str, Cell]]:
    """The rows that say which case a document is about."""
    st = styles()
    return [
        ("접수번호", Paragraph(escape(header.receipt_no), st.cell_strong)),
        ("접수일시", Paragraph(format_ko(header.received_at), st.cell)),
        ("민원 종류", header.type_label),
        ("제목", header.subject),
    ]


def officer_block(officer: Officer) -> Table:
    """담당 부서 · 직위 · 성명 · 전화 · 전자우편, as the charter promises every reply names
    them. A missing e-mail leaves no empty box: the telephone takes the whole row."""
    st = styles()

    def label(text: str) -> Paragraph:
        return Paragraph(text, st.label)

    def value(text: str) -> list[Flowable]:
        return cell_flow(text.strip() or "—")

    half = (FRAME_W - 2 * 22 * mm) / 2
    widths = [22 * mm, half, 22 * mm, half]
    rows: list[list[Any]] = [
        [label("담당 부서"), value(officer.department), "", ""],
        [label("직위"), value(officer.position), label("성명"), value(officer.name)],
    ]
    extra: list[tuple[Any, ...]] = [("SPAN", (1, 0), (3, 0))]
    if officer.email.strip():
        rows.append([label("전화"), value(officer.phone), label("전자우편"), value(officer.email)])
        extra.append(("BACKGROUND", (2, 2), (2, 2), LABEL_FILL))
    else:
        rows.append([label("전화"), value(officer.phone), "", ""])
        extra.append(("SPAN", (1, 2), (3, 2)))
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(_OFFICER)
    table.setStyle(TableStyle(extra))
    return table


def closing_block(head: Letterhead, officer: Officer | None) -> KeepTogether:
    """The sender (the agency's name) and the officer block, kept on one page."""
    st = styles()
    flow: list[Flowable] = [Spacer(1, 14), Paragraph(escape(head.agency_name), st.agency)]
    flow.append(Spacer(1, 14))
    if officer is not None:
        flow.append(officer_block(officer))
    if head.contact_line.strip():
        flow.append(Paragraph(markup(head.contact_line), st.note))
    return KeepTogether(flow)


def basis_line(text: str) -> Paragraph:
    return Paragraph(f"근거: {escape(text)}", styles().note)


# Tables name a font of their own for plain-string cells (Helvetica unless told): ours
# hold paragraphs, but the name would still land in the PDF unembedded.
_PLAIN = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), GOTHIC),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]
)
_GRID_CMDS: list[tuple[Any, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), GOTHIC),
    ("GRID", (0, 0), (-1, -1), 0.5, GRID),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ("TOPPADDING", (0, 0), (-1, -1), 4),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
]
_LABELLED = TableStyle([*_GRID_CMDS, ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL)])
_OFFICER = TableStyle(
    [
        *_GRID_CMDS,
        ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
        ("BACKGROUND", (2, 1), (2, 1), LABEL_FILL),
    ]
)


# --- the page and the file ---------------------------------------------------------------


class _NumberedCanvas(Canvas):
    """Holds the pages back until the end so that each footer can say "N / M"."""

    def __init__(self, *args: Any, footer_left: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer_left = footer_left
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(number, total)
            super().showPage()
        super().save()

    def _footer(self, number: int, total: int) -> None:
        self.saveState()
        self.setStrokeColor(GRID)
        self.setLineWidth(0.4)
        self.line(MARGIN_X, FOOTER_Y + 10, PAGE_W - MARGIN_X, FOOTER_Y + 10)
        self.setFillColor(MUTED)
        size = min(8.0, fit_size(self._footer_left, GOTHIC, FRAME_W * 0.4, 8.0))
        self.setFont(GOTHIC, size)
        self.drawString(MARGIN_X, FOOTER_Y, self._footer_left)
        self.setFont(GOTHIC, 8.5)
        self.drawCentredString(PAGE_W / 2, FOOTER_Y, f"{number} / {total}")
        self.restoreState()


def build_pdf(
    story: list[Flowable], *, title: str, author: str, subject: str, document_no: str
) -> bytes:
    """Lay ``story`` out on A4 portrait pages and return the PDF: fonts embedded,
    compressed, with the document number and "N / M" at the foot of every page.

    The output is invariant (no creation timestamp): the same case printed twice gives
    the same bytes."""
    out = BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator="민원 데스크",
        pageCompression=1,
        invariant=1,
        lang="ko-KR",
        # The canvas otherwise names Helvetica on every page, a font no PDF here embeds.
        initialFontName=MYEONGJO,
        initialFontSize=11,
    )
    frame = Frame(
        MARGIN_X, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=partial(_NumberedCanvas, footer_left=document_no))
    return out.getvalue()
