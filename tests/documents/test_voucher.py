"""The voucher certificate: what the recipient reads on it, read back from the PDF; two to
an A4 page with a cut line; fonts embedded; the QR code is the serial's."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pypdfium2
import pytest
import zxingcpp
from case_samples import (
    needs_poppler,
    page_sizes_mm,
    page_texts,
    pdffonts,
    squashed,
    text_of,
    words,
)

from minwon_desk.documents.voucher import (
    PAGE_H,
    QR_SIZE,
    SLOT_H,
    Cancelled,
    VoucherSheet,
    amount_in_words,
    amount_line,
    qr_matrix,
    qr_origin,
    render_vouchers,
)

WORDING = (
    "고객응대서비스 이행표준에 따라, 불편을 드린 데 대한 보상으로 10,000원 상당의 상품권을 "
    "드립니다. 불편을 드려 죄송합니다."
)
SHEET = VoucherSheet(
    serial="MSS-V2026-00012", title="상품권", amount=10_000, wording=WORDING,
    recipient_name="홍길동", reason="직원 잘못으로 재방문 (2026년 6월 30일 방문, 서류 안내 잘못)",
    issued_on=date(2026, 7, 2), agency_name="중소벤처기업부",
    issuer_department="혁신행정담당관", issuer_position="사무관", issuer_name="김민준",
)


def _sheet(sequence: int, **changes: object) -> VoucherSheet:
    return replace(SHEET, serial=f"MSS-V2026-{sequence:05d}", **changes)  # type: ignore[arg-type]


def test_the_voucher_reads_as_a_certificate() -> None:
    text = text_of(render_vouchers([SHEET]))
    flat = squashed(text)
    for expected in ("MSS-V2026-00012", "상 품 권", "금 일만 원정 (10,000원)", "홍길동 귀하",
                     "2026년 7월 2일", "중소벤처기업부", "(인)",
                     "혁신행정담당관 사무관 김민준"):
        assert expected in text, expected
    assert squashed(SHEET.reason) in flat
    assert squashed(WORDING) in flat


def test_a_transport_fee_voucher_carries_its_own_title_and_agency() -> None:
    text = text_of(render_vouchers([
        _sheet(1, title="교통비", agency_name="중소기업기술정보진흥원", amount=15_000)
    ]))
    assert "교 통 비" in text and "중소기업기술정보진흥원" in text
    assert "금 일만오천 원정 (15,000원)" in text


def test_two_vouchers_to_an_a4_page_with_a_cut_line_between() -> None:
    data = render_vouchers([_sheet(n) for n in (1, 2, 3)])
    assert page_sizes_mm(data) == [(210, 297), (210, 297)]
    first, second = page_texts(data)
    assert "MSS-V2026-00001" in first and "MSS-V2026-00002" in first
    assert "자르는 선" in first
    assert "MSS-V2026-00003" in second
    assert "자르는 선" not in second  # one voucher: nothing to cut it from


@needs_poppler
def test_the_fonts_are_embedded() -> None:
    fonts = pdffonts(render_vouchers([SHEET]))
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    assert all("Nanum" in name for name, _embedded in fonts), fonts


@needs_poppler
def test_long_text_stays_inside_the_voucher() -> None:
    long_sheet = _sheet(
        9, recipient_name="홍길동", reason="안내 없이 처리기간 경과 " * 12,
        wording="비고란에적은긴문장이띄어쓰기없이이어집니다" * 8,
        agency_name="중소벤처기업부 " * 4,
    )
    found, (width, _height) = words(render_vouchers([long_sheet]))
    top_slot = [w for w in found if w.y1 < SLOT_H]
    assert top_slot, "nothing printed in the first slot"
    for word in top_slot:
        assert word.x0 >= 9 * 2.834 and word.x1 <= width - 9 * 2.834, word
    assert "…" in "".join(w.text for w in top_slot)  # cut where it must, not spilled


def test_the_qr_code_printed_is_the_serials() -> None:
    """Read the printed modules off the rendered page and compare them with the serial's
    code; no QR decoder is needed (the next test uses one when it is installed)."""
    data = render_vouchers([SHEET])
    matrix = qr_matrix(SHEET.serial)
    scale = 4.0  # 288 dpi: about 11 pixels a module
    image = pypdfium2.PdfDocument(data)[0].render(scale=scale).to_pil().convert("L")
    x, y = qr_origin(PAGE_H - SLOT_H)
    unit = QR_SIZE / len(matrix)
    printed = [
        [
            image.getpixel((
                round((x + (c + 0.5) * unit) * scale),
                round((PAGE_H - (y + QR_SIZE - (r + 0.5) * unit)) * scale),
            )) < 128
            for c in range(len(matrix))
        ]
        for r in range(len(matrix))
    ]
    assert printed == matrix


def test_the_qr_code_decodes_to_the_serial() -> None:
    data = render_vouchers([SHEET])
    image = pypdfium2.PdfDocument(data)[0].render(scale=3).to_pil()
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [SHEET.serial]


def test_the_serial_is_encoded_compactly() -> None:
    # Upper-case letters, digits and '-' are QR's alphanumeric mode: the smallest symbol.
    assert len(qr_matrix("MSS-V2026-00012")) == 21


@pytest.mark.parametrize(
    ("amount", "words"),
    [(10_000, "일만"), (15_000, "일만오천"), (110_000, "일십일만"), (1_000_000, "일백만"),
     (100_005_000, "일억오천"), (1_234_567, "일백이십삼만사천오백육십칠"), (7, "칠")],
)
def test_amounts_in_words_name_every_digit(amount: int, words: str) -> None:
    assert amount_in_words(amount) == words


def test_the_amount_line_has_words_and_figures() -> None:
    assert amount_line(10_000) == "금 일만 원정 (10,000원)"
    with pytest.raises(ValueError):
        amount_in_words(0)


def test_progress_is_told_after_each_voucher_and_cancel_stops_between() -> None:
    seen: list[tuple[int, int]] = []
    render_vouchers([_sheet(n) for n in (1, 2, 3)], progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    seen.clear()
    with pytest.raises(Cancelled):
        render_vouchers(
            [_sheet(n) for n in (1, 2, 3)], progress=lambda d, t: seen.append((d, t)),
            cancelled=lambda: len(seen) == 1,
        )
    assert seen == [(1, 3)]


def test_nothing_to_print_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        render_vouchers([])


def test_the_file_says_what_it_holds() -> None:
    from pypdf import PdfReader

    meta = PdfReader(io.BytesIO(render_vouchers([_sheet(1), _sheet(2)]))).metadata
    assert meta is not None
    assert meta.title == "보상 증서 2매"
    assert meta.author == "중소벤처기업부"
    assert meta.subject == "MSS-V2026-00001 ~ MSS-V2026-00002"
