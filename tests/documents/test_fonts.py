"""PDFs carry the Nanum fonts: Korean text is embedded and reads back as typed."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from minwon_desk.documents.fonts import GOTHIC, GOTHIC_BOLD, register_fonts


def _page_with(text: str, font: str) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    pdf.setFont(font, 12)
    pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _embedded_fonts(data: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]))
    return names


def test_korean_text_reads_back_from_the_pdf() -> None:
    data = _page_with("담당자 혁신행정담당관 주무관 홍길동 (044-204-1234)", GOTHIC)
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "주무관 홍길동" in text
    assert "044-204-1234" in text


def test_the_font_is_embedded_not_referenced() -> None:
    fonts = _embedded_fonts(_page_with("민원 데스크", GOTHIC_BOLD))
    assert fonts, "no embedded TrueType font found"
    assert all(name.split("+")[-1].startswith("NanumGothic") for name in fonts), fonts


def test_registering_twice_is_harmless() -> None:
    register_fonts()
    register_fonts()
    assert "주무관" in PdfReader(io.BytesIO(_page_with("주무관", GOTHIC))).pages[0].extract_text()
