"""What every case document shares: the letterhead, the document number and date, the
수신 · (경유) · 제목 lines, the case summary table, the officer block and the closing (the
page itself and the file are in letter_page).

Everything is built from platypus flowables so that text of any length flows over pages:
a line of the officer's text is one paragraph (split across pages when it must), table
rows split inside themselves, and long words without spaces (e-mail addresses, codes)
are broken rather than pushed past the margin.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from minwon_desk.documents.case_data import CaseHeader, Letterhead, Officer
from minwon_desk.documents.closing import SenderLine, issue_lines, sender_of
from minwon_desk.documents.fonts import register_fonts
from minwon_desk.documents.letter_page import (
    BOLD,
    CELL_LEADING,
    CELL_PAD,
    CELL_SIZE,
    FRAME_W,
    GRID,
    INK,
    LABEL_FILL,
    LABEL_W,
    MUTED,
    PLAIN,
    RULE,
)
from minwon_desk.documents.textfit import fit_size
from minwon_desk.domain.timeutil import format_date_ko, format_ko, to_seoul

# A table row taller than what is left of the page is split inside itself, but no piece
# is made shorter than this (a sliver of a row at a page's foot reads as a glitch).
ROW_SPLIT_MIN = 28.0


@dataclass(frozen=True, slots=True)
class Styles:
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
    note: ParagraphStyle  # the legal basis, the contact line


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The paragraph styles, made once: parsing a style is not free and never changes."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=PLAIN, fontSize=11, leading=18, textColor=INK, spaceAfter=4
    )
    cell = ParagraphStyle(
        "cell", fontName=PLAIN, fontSize=CELL_SIZE, leading=CELL_LEADING, textColor=INK
    )
    meta = ParagraphStyle("meta", parent=cell, fontSize=9, leading=13, textColor=MUTED)
    item = ParagraphStyle(
        "item", parent=body, leftIndent=16, bulletIndent=0, bulletFontName=PLAIN,
        bulletFontSize=11, spaceBefore=4,
    )
    return Styles(
        letterhead=ParagraphStyle(
            "letterhead", parent=meta, alignment=TA_CENTER, spaceBefore=2
        ),
        title=ParagraphStyle(
            "title", fontName=BOLD, fontSize=17, leading=24, alignment=TA_CENTER,
            textColor=INK, spaceBefore=6, spaceAfter=10,
        ),
        body=body,
        item=item,
        text=ParagraphStyle("text", parent=body, leftIndent=16, spaceAfter=2),
        head=ParagraphStyle(
            "head", parent=body, leftIndent=11 * mm, firstLineIndent=-11 * mm, spaceAfter=2
        ),
        section=ParagraphStyle(
            "section", fontName=BOLD, fontSize=10.5, leading=15, textColor=INK,
            spaceBefore=10, spaceAfter=4, keepWithNext=1,
        ),
        cell=cell,
        cell_strong=ParagraphStyle("cell_strong", parent=cell, fontName=BOLD),
        label=ParagraphStyle("label", parent=cell, textColor=MUTED),
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
    flow: list[Flowable] = [
        Paragraph(_line_markup(line), st) for line in text.strip().splitlines() if line.strip()
    ]
    return flow or [Paragraph("", st)]


# --- the parts of a letter ----------------------------------------------------------------


class AgencyName(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """The agency's name, centred and large, drawn heavier (filled and outlined) in the
    letter's own face; shrunk to the line when a long name would not fit."""

    SIZE = 20.0

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text.strip()
        self.size = self.SIZE

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.size = min(self.SIZE, fit_size(self.text, PLAIN, avail_width * 0.98, self.SIZE))
        return avail_width, self.SIZE * 1.3

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()  # the outline's render mode must not outlive the name
        canvas.setFillColor(INK)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(self.size * 0.035)
        text = canvas.beginText()
        text.setFont(PLAIN, self.size)
        text.setTextRenderMode(2)
        x = (self.width - stringWidth(self.text, PLAIN, self.size)) / 2
        text.setTextOrigin(x, self.SIZE * 0.3)
        text.textOut(self.text)
        canvas.drawText(text)
        canvas.restoreState()



def letterhead_flow(head: Letterhead) -> list[Flowable]:
    """The agency's name large and centred, then the rest of the letterhead (address,
    telephone) small under it, and a rule."""
    st = styles()
    flow: list[Flowable] = [AgencyName(head.agency_name)]
    rest = head.letterhead.strip()
    if rest.startswith(head.agency_name):
        rest = rest[len(head.agency_name) :].strip()
    if rest:
        flow.append(Paragraph(markup(rest), st.letterhead))
    flow.append(HRFlowable(width="100%", thickness=1.6, color=RULE, spaceBefore=6, spaceAfter=6))
    return flow


class MetaLine(Flowable):  # type: ignore[misc]
    """Two short texts on one line, one flush left and one flush right (the document
    number and the date); stacked on two lines when together they would not fit, and a
    text longer than the line shrinks to it."""

    SIZE = 9.0
    LEADING = 13.0

    def __init__(self, left: str, right: str) -> None:
        super().__init__()
        self.left, self.right = left, right
        self.sizes = (self.SIZE, self.SIZE)
        self.stacked = False

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.sizes = (
            min(self.SIZE, fit_size(self.left, PLAIN, avail_width, self.SIZE)),
            min(self.SIZE, fit_size(self.right, PLAIN, avail_width, self.SIZE)),
        )
        together = stringWidth(f"{self.left}    {self.right}", PLAIN, self.SIZE)
        self.stacked = together > avail_width
        self.height = self.LEADING * (2 if self.stacked else 1) + 4
        return avail_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(MUTED)
        first = self.height - self.SIZE
        canvas.setFont(PLAIN, self.sizes[0])
        canvas.drawString(0, first, self.left)
        canvas.setFont(PLAIN, self.sizes[1])
        right_y = first - self.LEADING if self.stacked else first
        canvas.drawRightString(self.width, right_y, self.right)


def document_meta(header: CaseHeader, *, with_time: bool = False) -> MetaLine:
    """"문서번호 …" on the left, the date of issue on the right."""
    issued = format_ko(header.issued_at) if with_time else format_date_ko(
        to_seoul(header.issued_at).date()
    )
    label = "발급일시" if with_time else "시행일"
    return MetaLine(f"문서번호  {header.document_no}", f"{label}  {issued}")


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
        Paragraph(f"수신&nbsp;&nbsp;&nbsp;{receiver}", st.head),
        Paragraph("(경유)", st.head),
        Paragraph(f"제목&nbsp;&nbsp;&nbsp;{escape(title)}", st.head),
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
    label_w = 22 * mm
    half = (FRAME_W - 2 * label_w) / 2
    whole = FRAME_W - label_w
    rows: list[list[Any]] = [
        ["담당 부서", _value(officer.department, whole), "", ""],
        ["직위", _value(officer.position, half), "성명", _value(officer.name, half)],
    ]
    extra: list[tuple[Any, ...]] = [("SPAN", (1, 0), (3, 0))]
    if officer.email.strip():
        rows.append(["전화", _value(officer.phone, half), "전자우편", _value(officer.email, half)])
        extra += [("BACKGROUND", (2, 2), (2, 2), LABEL_FILL), ("TEXTCOLOR", (2, 2), (2, 2), MUTED)]
    else:
        rows.append(["전화", _value(officer.phone, whole), "", ""])
        extra.append(("SPAN", (1, 2), (3, 2)))
    table = Table(rows, colWidths=[label_w, half, label_w, half], hAlign="LEFT")
    table.setStyle(_OFFICER)
    table.setStyle(TableStyle(extra))
    return table


def _value(text: str, width: float) -> str | list[Flowable]:
    """A cell's value as a plain string when it fits on one line (a table draws that
    without a paragraph's layout work), as wrapping paragraphs when it does not."""
    text = text.strip() or "—"
    room = width - 2 * CELL_PAD
    if "\n" not in text and stringWidth(text, PLAIN, CELL_SIZE) <= room:
        return text
    return cell_flow(text)


def closing_block(
    head: Letterhead, officer: Officer | None, lead: Sequence[Flowable] = (), *,
    document_no: str, issued_at: datetime,
) -> KeepTogether:
    """The sender with the seal's place (발신명의), the officer block and the form's 결문
    lines, kept on one page together with ``lead`` (the letter's last sentence), so the
    signature never stands alone."""
    st = styles()
    flow: list[Flowable] = [*lead, Spacer(1, 14), SenderLine(sender_of(head)), Spacer(1, 12)]
    if officer is not None:
        flow.append(officer_block(officer))
    if head.contact_line.strip():
        flow.append(Paragraph(markup(head.contact_line), st.note))
    flow += issue_lines(head, officer, document_no, issued_at)
    return KeepTogether(flow)


def basis_line(text: str) -> Paragraph:
    return Paragraph(f"근거: {escape(text)}", styles().note)


# Tables name a font of their own for plain-string cells (Helvetica unless told), which
# would land in the PDF unembedded.
_GRID_CMDS: list[tuple[Any, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), PLAIN),
    ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
    ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("GRID", (0, 0), (-1, -1), 0.5, GRID),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ("TOPPADDING", (0, 0), (-1, -1), 4),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
]
_LABELLED = TableStyle([*_GRID_CMDS, ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL)])
_OFFICER = TableStyle(
    [
        *_GRID_CMDS,
        ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("BACKGROUND", (2, 1), (2, 1), LABEL_FILL),
        ("TEXTCOLOR", (2, 1), (2, 1), MUTED),
    ]
)
