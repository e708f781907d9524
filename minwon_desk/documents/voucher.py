"""Compensation vouchers (보상 증서): two certificates per A4 portrait page.

Each voucher is half a page (210 × 148.5 mm, the size of a gift certificate handed over
the counter) with a dashed line between the two to cut along; a single voucher takes the
top half. Half pages also halve the pages of a monthly batch, and a page costs more than
its text. The certificate: the charter's title spaced out, the amount in words and in
figures ("금 일만 원정 (10,000원)"), the recipient, the reason, the charter's wording,
the date, the agency with a seal mark, who issued it, and a QR code of the serial so
that a voucher handed back can be checked against the ledger.

Drawn straight on the canvas, not through platypus: a batch of a thousand vouchers must
take seconds. The QR code comes from reportlab's own encoder and is drawn as one path,
one rectangle per run of dark modules; reportlab's QR widget drew the same code through a
Drawing at about 15 ms a voucher against about 4 ms this way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from minwon_desk.documents.fonts import MYEONGJO, MYEONGJO_BOLD, register_fonts
from minwon_desk.documents.textfit import ELLIPSIS, ellipsize, fit_size, width_at

PER_PAGE = 2
PAGE_W, PAGE_H = A4
SLOT_H = PAGE_H / PER_PAGE
BORDER = 9 * mm  # from the slot's edge to the outer frame (clear of the printer's margin)
PAD = 9 * mm  # from the inner frame to the text
QR_SIZE = 21 * mm

PLAIN = MYEONGJO
BOLD = MYEONGJO_BOLD
INK = HexColor("#1A202C")
MUTED = HexColor("#4A5568")
FRAME = HexColor("#1F3A5F")
SEAL = HexColor("#B22222")
GUIDE = HexColor("#9AA3AF")


class Cancelled(Exception):
    """The batch was cancelled between two vouchers; nothing was produced."""


@dataclass(frozen=True, slots=True)
class VoucherSheet:
    """What one voucher prints, handed in by the voucher service."""

    serial: str  # "MSS-V2026-00012", also in the QR code
    title: str  # the charter's voucher title: "상품권", "교통비"
    amount: int  # KRW, positive
    wording: str  # the charter's wording when it was issued
    recipient_name: str
    reason: str  # the rule's label and its evidence
    issued_on: date
    agency_name: str
    issuer_department: str  # the supervisor who approved it
    issuer_position: str
    issuer_name: str


ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


def render_vouchers(
    sheets: Sequence[VoucherSheet],
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> bytes:
    """The vouchers in the order given, two to a page. ``progress(done, total)`` is
    called after each voucher; ``cancelled()`` is asked before each and raises
    ``Cancelled`` when it says so."""
    if not sheets:
        raise ValueError("no vouchers to print")
    register_fonts()
    out = BytesIO()
    pdf = Canvas(
        out, pagesize=A4, pageCompression=1, invariant=1, lang="ko-KR",
        # The canvas otherwise names Helvetica on every page, a font nobody embeds.
        initialFontName=PLAIN, initialFontSize=11,
    )
    first = sheets[0]
    pdf.setTitle(f"{first.title} 증서" if len(sheets) == 1 else f"보상 증서 {len(sheets)}매")
    pdf.setAuthor(first.agency_name)
    pdf.setSubject(first.serial if len(sheets) == 1 else f"{first.serial} ~ {sheets[-1].serial}")
    pdf.setCreator("민원 데스크")
    total = len(sheets)
    for index, sheet in enumerate(sheets):
        if cancelled is not None and cancelled():
            raise Cancelled
        slot = index % PER_PAGE
        _voucher(pdf, sheet, PAGE_H - (slot + 1) * SLOT_H)
        if slot == PER_PAGE - 1 or index == total - 1:
            _cut_line(pdf, slot + 1)
            pdf.showPage()
        if progress is not None:
            progress(index + 1, total)
    if cancelled is not None and cancelled():
        raise Cancelled
    pdf.save()
    return out.getvalue()


def amount_in_words(amount: int) -> str:
    """The amount as a cheque writes it, every digit named so that nothing can be added:
    10000 → "일만", 15000 → "일만오천", 110000 → "일십일만"."""
    if amount <= 0:
        raise ValueError(f"amount must be positive: {amount}")
    words: list[str] = []
    group_index = 0
    while amount:
        amount, group = divmod(amount, 10_000)
        if group:
            words.append(_four_digits(group) + _BIG[group_index])
        group_index += 1
    return "".join(reversed(words))


_DIGITS = "영일이삼사오육칠팔구"
_SMALL = ("", "십", "백", "천")
_BIG = ("", "만", "억", "조", "경")


def _four_digits(group: int) -> str:
    text = ""
    for place in range(3, -1, -1):
        digit = group // 10**place % 10
        if digit:
            text += _DIGITS[digit] + _SMALL[place]
    return text


def amount_line(amount: int) -> str:
    """"금 일만 원정 (10,000원)"."""
    return f"금 {amount_in_words(amount)} 원정 ({amount:,}원)"


def qr_matrix(serial: str) -> list[list[bool]]:
    """The QR code of ``serial`` (error correction M), row by row, dark = True."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(serial)
    code.make()
    return [[bool(cell) for cell in row] for row in code.modules]


# --- one voucher ----------------------------------------------------------------------------


def _voucher(pdf: Canvas, sheet: VoucherSheet, bottom: float) -> None:
    left, right = BORDER, PAGE_W - BORDER
    low, top = bottom + BORDER, bottom + SLOT_H - BORDER
    _frame(pdf, left, low, right, top)
    inner_left, inner_right = left + PAD, right - PAD
    width = inner_right - inner_left
    centre = PAGE_W / 2

    # The serial, where a clerk looks for it first.
    pdf.setFillColor(MUTED)
    pdf.setFont(PLAIN, 8.5)
    y = top - PAD + 1 * mm
    pdf.drawString(inner_left, y, f"증서번호  {sheet.serial}")
    pdf.drawRightString(inner_right, y, "고객응대서비스 이행표준에 따른 보상")

    # The title, its syllables spaced out as on a certificate.
    spaced = " ".join(sheet.title.strip())
    size = min(30.0, fit_size(spaced, BOLD, width * 0.8, 30.0))
    y -= 15 * mm
    pdf.setFillColor(FRAME)
    pdf.setFont(BOLD, size)
    pdf.drawCentredString(centre, y, spaced)

    # The amount, in words and in figures.
    amount = amount_line(sheet.amount)
    size = min(17.0, fit_size(amount, BOLD, width, 17.0))
    y -= 12 * mm
    pdf.setFillColor(INK)
    pdf.setFont(BOLD, size)
    pdf.drawCentredString(centre, y, amount)
    half = width_at(amount, BOLD, size) / 2
    pdf.setStrokeColor(FRAME)
    pdf.setLineWidth(0.6)
    pdf.line(centre - half, y - 2.2 * mm, centre + half, y - 2.2 * mm)

    # Who receives it and why.
    label_w = 24 * mm
    y -= 11 * mm
    name = sheet.recipient_name.strip() or "(성명 미기재)"
    _row(pdf, inner_left, y, label_w, "받으시는 분", [f"{name} 귀하"], bold=True)
    value_w = width - label_w - QR_SIZE - 4 * mm
    reason = wrap(sheet.reason, PLAIN, 10.5, value_w, max_lines=2)
    y -= 6.5 * mm
    _row(pdf, inner_left, y, label_w, "보상 사유", reason)
    y -= 5.2 * mm * len(reason) + 3.5 * mm

    # The charter's wording.
    pdf.setFillColor(INK)
    pdf.setFont(PLAIN, 10.5)
    for line in wrap(sheet.wording, PLAIN, 10.5, value_w + label_w, max_lines=4):
        y -= 5.2 * mm
        pdf.drawString(inner_left, y, line)

    # Date, agency and seal, who issued it: from the foot up.
    foot = low + PAD - 2 * mm
    pdf.setFillColor(MUTED)
    pdf.setFont(PLAIN, 8.5)
    issuer = " ".join(
        part for part in (sheet.issuer_department, sheet.issuer_position, sheet.issuer_name)
        if part.strip()
    )
    pdf.drawString(inner_left, foot, ellipsize(f"발급  {issuer}", PLAIN, 8.5, width * 0.6))
    _agency_and_seal(pdf, sheet.agency_name, centre, foot + 9 * mm, width * 0.6)
    pdf.setFillColor(INK)
    pdf.setFont(PLAIN, 11.5)
    d = sheet.issued_on
    pdf.drawCentredString(centre, foot + 21 * mm, f"{d.year}년 {d.month}월 {d.day}일")

    _qr(pdf, sheet.serial, *qr_origin(bottom))


def qr_origin(bottom: float) -> tuple[float, float]:
    """The lower left corner of the QR code on the voucher whose slot starts at ``bottom``."""
    return PAGE_W - BORDER - PAD - QR_SIZE, bottom + BORDER + PAD + 1 * mm


def _frame(pdf: Canvas, left: float, low: float, right: float, top: float) -> None:
    """A heavy outer rule and a fine inner one, with small squares at the corners."""
    pdf.setStrokeColor(FRAME)
    pdf.setLineWidth(1.8)
    pdf.rect(left, low, right - left, top - low, stroke=1, fill=0)
    gap = 1.8 * mm
    pdf.setLineWidth(0.5)
    pdf.rect(left + gap, low + gap, right - left - 2 * gap, top - low - 2 * gap, stroke=1, fill=0)
    pdf.setFillColor(FRAME)
    corner = 2.4 * mm
    for x in (left + gap - corner / 2, right - gap - corner / 2):
        for y in (low + gap - corner / 2, top - gap - corner / 2):
            pdf.rect(x, y, corner, corner, stroke=0, fill=1)


def _row(
    pdf: Canvas, x: float, y: float, label_w: float, label: str, lines: list[str],
    *, bold: bool = False,
) -> None:
    pdf.setFillColor(MUTED)
    pdf.setFont(PLAIN, 10)
    pdf.drawString(x, y, label)
    pdf.setFillColor(INK)
    pdf.setFont(BOLD if bold else PLAIN, 12 if bold else 10.5)
    for index, line in enumerate(lines):
        pdf.drawString(x + label_w, y - index * 5.2 * mm, line)


def _agency_and_seal(pdf: Canvas, agency: str, centre: float, y: float, room: float) -> None:
    """The agency's name, and beside it the square where the official seal is stamped."""
    size = min(16.0, fit_size(agency, BOLD, room - 14 * mm, 16.0))
    text_w = width_at(agency, BOLD, size)
    seal = 11 * mm
    left = centre - (text_w + 3 * mm + seal) / 2
    pdf.setFillColor(INK)
    pdf.setFont(BOLD, size)
    pdf.drawString(left, y, agency)
    sx, sy = left + text_w + 3 * mm, y - seal / 2 + size * 0.35
    pdf.setStrokeColor(SEAL)
    pdf.setFillColor(SEAL)
    pdf.setLineWidth(0.8)
    pdf.rect(sx, sy, seal, seal, stroke=1, fill=0)
    pdf.setFont(PLAIN, 9)
    pdf.drawCentredString(sx + seal / 2, sy + seal / 2 - 3, "(인)")


def _qr(pdf: Canvas, serial: str, x: float, y: float) -> None:
    """The serial's QR code, with the serial under it for eyes."""
    matrix = qr_matrix(serial)
    count = len(matrix)
    unit = QR_SIZE / count
    path = pdf.beginPath()
    for r, row in enumerate(matrix):
        top = y + QR_SIZE - (r + 1) * unit
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                path.rect(x + start * unit, top, (c - start) * unit, unit)
            else:
                c += 1
    pdf.setFillColor(INK)
    pdf.drawPath(path, stroke=0, fill=1)
    pdf.setFillColor(MUTED)
    pdf.setFont(PLAIN, 6.5)
    pdf.drawCentredString(x + QR_SIZE / 2, y - 3 * mm, serial)


def _cut_line(pdf: Canvas, vouchers: int) -> None:
    """A dashed line between the two vouchers of a page, labelled at the margin."""
    if vouchers < 2:
        return
    pdf.saveState()
    pdf.setStrokeColor(GUIDE)
    pdf.setFillColor(GUIDE)
    pdf.setLineWidth(0.5)
    pdf.setDash(4, 3)
    pdf.line(0, SLOT_H, PAGE_W, SLOT_H)
    pdf.setFont(PLAIN, 7)
    pdf.drawString(4 * mm, SLOT_H + 1.5 * mm, "자르는 선")
    pdf.restoreState()


# --- text ------------------------------------------------------------------------------------


def wrap(text: str, font: str, size: float, width: float, *, max_lines: int) -> list[str]:
    """``text`` in lines no wider than ``width``: broken between words, inside a word only
    when it is wider than a line; past ``max_lines`` the last line ends in "…"."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if width_at(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while width_at(line, font, size) > width:
                cut = _longest_fit(line, font, size, width)
                lines.append(line[:cut])
                line = line[cut:]
        if line:
            lines.append(line)
    if len(lines) > max_lines:
        last = ellipsize(lines[max_lines - 1] + ELLIPSIS, font, size, width)
        lines = [*lines[: max_lines - 1], last]
    return lines or [""]


def _longest_fit(text: str, font: str, size: float, width: float) -> int:
    lo, hi = 1, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width_at(text[:mid], font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo
