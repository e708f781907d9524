"""The end of an official letter (결문), as the 행정업무의 운영 및 혁신에 관한 규정 시행규칙
form (별지 제1호서식) lays it out:

- the sender (발신명의: "중소벤처기업부장관"), centred and large, with the place of the seal
  (직인) drawn where the stamp goes;
- 시행 — the document's number and the date it is issued;
- 우 postcode and address / the homepage;
- 전화 · 전송 (fax) / the officer's e-mail / 공개구분 (whether the letter may be disclosed).

Parts the charter leaves empty are left out rather than printed blank.
"""

from __future__ import annotations

from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, Paragraph

from minwon_desk.documents.case_data import Letterhead, Officer
from minwon_desk.documents.fonts import register_fonts
from minwon_desk.documents.letter_page import GRID, INK, MUTED, PLAIN
from minwon_desk.documents.textfit import fit_size
from minwon_desk.domain.timeutil import to_seoul

SEAL = 17 * mm  # the square a 직인 fills
SEAL_INK = HexColor("#C53030")


class SenderLine(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """발신명의 centred and large, and to its right the seal's place: a square of the
    stamp's size with "직인" faint inside, over which the agency stamps (or prints) its seal."""

    SIZE = 20.0

    def __init__(self, sender: str) -> None:
        super().__init__()
        self.text = sender.strip()
        self.size = self.SIZE

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        room = avail_width - 2 * (SEAL + 4 * mm)
        self.size = min(self.SIZE, fit_size(self.text, PLAIN, room, self.SIZE))
        return avail_width, max(self.size * 1.3, SEAL)

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        text_w = stringWidth(self.text, PLAIN, self.size)
        x = (self.width - text_w) / 2
        baseline = (max(self.size * 1.3, SEAL) - self.size) / 2 + self.size * 0.15
        text = canvas.beginText()
        text.setFont(PLAIN, self.size)
        text.setTextRenderMode(2)  # filled and outlined: heavier in the letter's own face
        canvas.setFillColor(INK)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(self.size * 0.035)
        text.setTextOrigin(x, baseline)
        text.textOut(self.text)
        canvas.drawText(text)
        # The seal overlaps the name's last letter, as a stamp is set on a Korean letter.
        seal_x = x + text_w - SEAL * 0.25
        canvas.setStrokeColor(SEAL_INK)
        canvas.setLineWidth(0.6)
        canvas.setDash(2, 2)
        canvas.rect(seal_x, 0, SEAL, SEAL)
        canvas.setDash()
        canvas.setFillColor(SEAL_INK)
        canvas.setFont(PLAIN, 8)
        canvas.drawCentredString(seal_x + SEAL / 2, SEAL / 2 - 3, "직인")
        canvas.restoreState()


def _style() -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle("closing", fontName=PLAIN, fontSize=8.5, leading=12.5,
                          textColor=MUTED)


def closing_lines(
    head: Letterhead, officer: Officer | None, document_no: str, issued_at: datetime
) -> list[str]:
    """The form's last lines as text: 시행, 우편번호·주소 / 홈페이지, 전화 · 전송 /
    전자우편 / 공개구분. The telephone and e-mail are the officer's when one is named."""
    issued = to_seoul(issued_at)
    lines = [f"시행  {document_no} ({issued.year}. {issued.month}. {issued.day}.)"]
    where = " ".join(p for p in (f"우 {head.postcode}" if head.postcode else "", head.address) if p)
    if head.homepage:
        where = f"{where} / {head.homepage}" if where else head.homepage
    if where:
        lines.append(where)
    phone = (officer.phone if officer is not None else "").strip() or head.phone
    email = (officer.email if officer is not None else "").strip() or head.email
    reach = " ".join(p for p in (f"전화 {phone}" if phone else "",
                                 f"전송 {head.fax}" if head.fax else "") if p)
    last = " / ".join(p for p in (reach, email, head.disclosure) if p)
    if last:
        lines.append(last)
    return lines


def issue_lines(
    head: Letterhead, officer: Officer | None, document_no: str, issued_at: datetime
) -> list[Flowable]:
    """:func:`closing_lines` under a thin rule, small and muted."""
    style = _style()
    lines = closing_lines(head, officer, document_no, issued_at)
    return [HRFlowable(width="100%", thickness=0.6, color=GRID, spaceBefore=8, spaceAfter=4),
            *(Paragraph(escape(line).replace("  ", "&nbsp;&nbsp;"), style) for line in lines)]


def sender_of(head: Letterhead) -> str:
    return head.sender.strip() or head.agency_name.strip()
