"""Desk nameplates (명패): two tent cards per A4 portrait page.

Each card is half a page (210 × 148.5 mm) folded along its middle into a tent that
stands on the desk: the lower half faces the visitor, the upper half is printed upside
down so that, once folded, it reads upright from the officer's side too. A dashed line
between the cards shows where to cut, a dotted one where to fold.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from minwon_desk.documents.fonts import GOTHIC, GOTHIC_BOLD, register_fonts
from minwon_desk.documents.people import NameplatePerson
from minwon_desk.documents.textfit import ellipsize, fit_size, width_at

PER_PAGE = 2
INK = HexColor("#1A202C")
SECONDARY = HexColor("#4A5568")
ACCENT = HexColor("#1F3A5F")
GUIDE = HexColor("#9AA3AF")
NAME_LARGEST = 54.0
# Korean nameplates space the syllables of a name; a few points, not real spaces, so
# the name still reads back (and searches) as one word.
NAME_TRACKING = 0.12
MARGIN = 14 * mm


def nameplates_pdf(people: Sequence[NameplatePerson], *, agency: str) -> bytes:
    """Two folding nameplates per page, in the order given."""
    if not people:
        raise ValueError("no nameplates to print")
    register_fonts()
    width, height = A4
    out = BytesIO()
    pdf = Canvas(out, pagesize=A4, pageCompression=1)
    pdf.setTitle("명패")
    pdf.setAuthor(agency)
    slot = height / PER_PAGE
    for start in range(0, len(people), PER_PAGE):
        page = people[start : start + PER_PAGE]
        for index, person in enumerate(page):
            bottom = height - (index + 1) * slot
            _nameplate(pdf, person, agency, bottom, width, slot)
        _guides(pdf, width, height, slot, len(page))
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _nameplate(
    pdf: Canvas, person: NameplatePerson, agency: str, bottom: float, width: float, slot: float
) -> None:
    panel = slot / 2
    # Front: the lower half, upright.
    _panel(pdf, person, agency, 0.0, bottom, width, panel)
    # Back: the upper half, turned half a circle about its own centre.
    pdf.saveState()
    pdf.translate(width, bottom + slot)
    pdf.rotate(180)
    _panel(pdf, person, agency, 0.0, 0.0, width, panel)
    pdf.restoreState()


def _panel(
    pdf: Canvas, person: NameplatePerson, agency: str, x: float, y: float, w: float, h: float
) -> None:
    """One face of the tent, drawn upright in the box (x, y, w, h); the fold is its top."""
    inner = w - 2 * MARGIN
    # The agency on a band near the desk edge (the bottom of the face), kept clear of the
    # sheet's edge where most printers cannot print.
    lift, band = 6 * mm, 9 * mm
    pdf.setFillColor(ACCENT)
    pdf.rect(x, y + lift, w, band, stroke=0, fill=1)
    agency_size = min(11.0, fit_size(agency, GOTHIC_BOLD, inner, 11.0))
    pdf.setFillColor(HexColor("#FFFFFF"))
    pdf.setFont(GOTHIC_BOLD, agency_size)
    pdf.drawCentredString(x + w / 2, y + lift + band / 2 - agency_size * 0.36, agency)
    band += lift
    # The department above the name.
    dept_size = 15.0
    department = ellipsize(person.department, GOTHIC, dept_size, inner)
    pdf.setFillColor(SECONDARY)
    pdf.setFont(GOTHIC, dept_size)
    pdf.drawCentredString(x + w / 2, y + h - 9 * mm - dept_size, department)
    # Position and name on one baseline, centred together: "주무관  홍 길 동".
    position_size = fit_size(person.position, GOTHIC, inner * 0.4, 22.0)
    gap = 5 * mm if person.position else 0.0
    position_width = width_at(person.position, GOTHIC, position_size)
    name_room = inner - position_width - gap
    name_size = _name_size(person.name, name_room)
    tracking = NAME_TRACKING * name_size if len(person.name) <= 4 else 0.0
    name_width = width_at(person.name, GOTHIC_BOLD, name_size) + tracking * (len(person.name) - 1)
    left = x + (w - position_width - gap - name_width) / 2
    baseline = y + band + (h - band - 9 * mm - dept_size) / 2 - name_size * 0.36
    pdf.setFillColor(SECONDARY)
    pdf.setFont(GOTHIC, position_size)
    pdf.drawString(left, baseline, person.position)
    text = pdf.beginText(left + position_width + gap, baseline)
    text.setFont(GOTHIC_BOLD, name_size)
    text.setCharSpace(tracking)
    text.setFillColor(INK)
    text.textOut(person.name)
    text.setCharSpace(0)  # the spacing is text state: it would carry over to the next card
    pdf.drawText(text)


def _name_size(name: str, room: float) -> float:
    size = fit_size(name, GOTHIC_BOLD, room, NAME_LARGEST)
    if len(name) <= 4:
        # Leave room for the spacing between syllables as well.
        unit = width_at(name, GOTHIC_BOLD, 1.0) + NAME_TRACKING * (len(name) - 1)
        size = min(size, room / unit if unit else size)
    return size


def _guides(pdf: Canvas, width: float, height: float, slot: float, cards: int) -> None:
    """Cut between the cards, fold across the middle of each; labelled at the margin."""
    pdf.saveState()
    pdf.setStrokeColor(GUIDE)
    pdf.setFillColor(GUIDE)
    pdf.setFont(GOTHIC, 7)
    pdf.setLineWidth(0.5)
    for index in range(cards):
        fold = height - index * slot - slot / 2
        pdf.setDash(1, 2)
        pdf.line(0, fold, width, fold)
        pdf.drawString(4 * mm, fold + 1.5 * mm, "접는 선")
    pdf.setDash(4, 3)
    for index in range(1, cards):
        cut = height - index * slot
        pdf.line(0, cut, width, cut)
        pdf.drawString(4 * mm, cut + 1.5 * mm, "자르는 선")
    pdf.restoreState()
