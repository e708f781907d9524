"""The receipt tells the petitioner what was taken in, by when it will be answered and
how that date is counted, and who handles it."""

from __future__ import annotations

from dataclasses import replace

from case_samples import (
    info,
    needs_poppler,
    page_sizes_mm,
    page_texts,
    pdffonts,
    receipt,
    squashed,
    text_of,
)

from minwon_desk.documents.case_receipt import receipt_pdf


def test_the_receipt_shows_the_case_and_its_expected_completion_date() -> None:
    data = receipt_pdf(receipt())
    text = text_of(data)
    flat = squashed(text)
    assert "민원 접수증" in text
    assert "MSS-2026-000123" in text
    assert "MSS-2026-000123-접수" in text  # the document number
    assert "2026년 7월 2일(목) 09:40" in text  # received at
    assert "질의(법령)" in text and "방문" in text
    assert "홍길동" in text
    assert "정책자금 신청 자격 문의" in text
    assert squashed("사업자등록은 2019년에 하였습니다.") in flat
    assert "사업자등록증 사본.pdf" in text and "재무제표(2025).xlsx" in text
    assert "처리예정일" in text and "2026년 7월 22일(수) 18:00까지" in text
    assert "14일" in text
    assert squashed("접수한 날을 첫날로 하고 토요일·일요일과 공휴일은 빼며") in flat
    assert "김민원" in text and "044-204-7123" in text and "minwon.kim@korea.kr" in text
    assert "이접수 주무관" in text
    assert squashed("중소기업종합상담센터 (국번 없이) 1357") in flat


def test_a_normal_receipt_is_one_a4_page_with_title_and_author() -> None:
    data = receipt_pdf(receipt())
    assert page_sizes_mm(data) == [(210, 297)]
    meta = info(data)
    assert meta["/Title"] == "민원 접수증 (접수번호 MSS-2026-000123)"
    assert meta["/Author"] == "중소벤처기업부"


def test_before_an_officer_is_assigned_the_receipt_says_so() -> None:
    text = text_of(receipt_pdf(receipt(officer=None)))
    assert "담당자 지정 전" in text
    assert "None" not in text


def test_no_attachments_and_no_name_read_as_such() -> None:
    data = receipt(attachments=())
    data = replace(data, header=replace(data.header, petitioner_name=""))
    text = text_of(receipt_pdf(data))
    assert "없음" in text
    assert "성명을 밝히지 않음" in text


def test_a_long_petition_flows_over_pages_and_the_deadline_stays_on_the_first() -> None:
    content = "\n".join(f"문단{i:03d} " + "민원 내용을 길게 적었습니다. " * 30 + f"끝{i:03d}"
                        for i in range(40))
    pages = page_texts(receipt_pdf(receipt(content=content)))
    assert len(pages) > 1
    assert "2026년 7월 22일(수) 18:00까지" in pages[0]
    text = "\n".join(pages)
    for i in range(40):
        assert f"문단{i:03d}" in text and f"끝{i:03d}" in text
    for number, page in enumerate(pages, start=1):
        assert f"{number} / {len(pages)}" in page


def test_markup_characters_print_as_written() -> None:
    text = text_of(receipt_pdf(receipt(content="a<b>c & d</b> <script> &lt;")))
    assert "a<b>c & d</b> <script> &lt;" in text


@needs_poppler
def test_fonts_are_embedded() -> None:
    for data in (receipt_pdf(receipt()), receipt_pdf(receipt(officer=None))):
        fonts = pdffonts(data)
        assert fonts and all(embedded for _, embedded in fonts), fonts
