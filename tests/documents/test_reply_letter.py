"""The reply letter: a public letter that names its officer, and whose answer of any
length flows over pages without losing a word."""

from __future__ import annotations

from dataclasses import replace

import pytest
from case_samples import (
    HEADER,
    OFFICER,
    info,
    needs_poppler,
    page_sizes_mm,
    page_texts,
    pdffonts,
    poppler_text,
    reply,
    squashed,
    text_of,
    words,
)

from minwon_desk.documents.reply_letter import reply_letter_pdf


def _long_answer(paragraphs: int) -> tuple[str, list[tuple[str, str]]]:
    """An answer of numbered paragraphs; each starts and ends with a word of its own."""
    body = (
        "정책자금의 신청 자격과 절차는 해마다 공고로 정하며 업력, 매출, 고용 규모와 "
        "업종에 따라 지원 한도와 금리가 달라지므로 공고문과 함께 확인하여 주시기 바랍니다. "
    )
    marks = [(f"시작{i:03d}번", f"마침{i:03d}번") for i in range(paragraphs)]
    text = "\n".join(f"{first} {body * 3}{last}" for first, last in marks)
    return text, marks


def test_the_letter_says_who_answers_about_which_case_and_when() -> None:
    text = text_of(reply_letter_pdf(reply()))
    flat = squashed(text)
    assert "중소벤처기업부" in text
    assert "MSS-2026-000123-회신" in text  # the document number
    assert "시행일" in text and "2026년 7월 2일(목)" in text
    assert "수신" in text and "홍길동 귀하" in text
    assert "(경유)" in text
    assert squashed("제목 민원 회신 (접수번호 MSS-2026-000123)") in flat
    assert squashed("2026년 6월 30일(화) 신청하신 「정책자금 신청 자격 문의」") in flat
    assert squashed("업력 7년이 지난 기업도 창업기반지원자금을 받을 수 있는지") in flat
    assert squashed("자세한 요건은 공단 누리집의 공고문을 확인하여 주시기 바랍니다.") in flat
    for label, value in (
        ("담당 부서", "기업성장정책관 기업금융과"),
        ("직위", "주무관"),
        ("성명", "김민원"),
        ("전화", "044-204-7123"),
        ("전자우편", "minwon.kim@korea.kr"),
    ):
        assert label in text and value in text, label
    assert "끝." in text


def test_the_agency_signs_after_the_answer_and_the_officer_block_follows() -> None:
    text = text_of(reply_letter_pdf(reply()))
    end = text.index("끝.")
    sender = text.index("중소벤처기업부", end)
    assert text.index("김민원", end) > sender


def test_the_letter_is_a4_portrait_with_title_and_author() -> None:
    data = reply_letter_pdf(reply())
    assert page_sizes_mm(data) == [(210, 297)]
    meta = info(data)
    assert meta["/Title"] == "민원 회신 (접수번호 MSS-2026-000123)"
    assert meta["/Author"] == "중소벤처기업부"


def test_the_officers_line_breaks_stay() -> None:
    text = text_of(reply_letter_pdf(reply()))
    lines = [line.strip() for line in text.splitlines()]
    assert "가. 업력 7년 미만 기업: 창업기반지원자금" in lines
    assert "나. 업력 7년 이상 기업: 신성장기반자금" in lines


def test_thirty_pages_of_answer_flow_over_pages_and_nothing_is_cut() -> None:
    answer, marks = _long_answer(195)  # about thirty pages
    pages = page_texts(reply_letter_pdf(reply(answer=answer)))
    assert len(pages) >= 25
    text = "\n".join(pages)
    position = 0
    for first, last in marks:  # every paragraph whole, in order
        start = text.index(first, position)
        position = text.index(last, start)
    assert text.index("마침194번") < text.rindex("끝.")
    # The officer block closes the letter, on its last page.
    assert "김민원" in pages[-1] and "044-204-7123" in pages[-1]


def test_every_page_carries_the_document_number_and_page_n_of_m() -> None:
    answer, _ = _long_answer(40)
    pages = page_texts(reply_letter_pdf(reply(answer=answer)))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"{number} / {len(pages)}" in page
        assert "MSS-2026-000123-회신" in page


def test_one_paragraph_longer_than_a_page_is_split_across_pages() -> None:
    sentence = "한 문단이 여러 쪽에 걸쳐 이어지는 긴 답변입니다. "
    words_in = [f"낱말{i:04d}" for i in range(1500)]
    answer = sentence + " ".join(words_in) + " 마지막 문장입니다."
    pages = page_texts(reply_letter_pdf(reply(answer=answer)))
    assert len(pages) >= 3
    text = "\n".join(pages)
    position = 0
    for word in words_in:
        position = text.index(word, position)
    assert "마지막 문장입니다." in text


def test_markup_characters_in_what_people_wrote_print_as_written() -> None:
    written = "<b>굵게</b> 아님 & 1 < 2 > 0 &amp; <br/> 그대로"
    data = reply_letter_pdf(
        reply(
            header=replace(HEADER, subject="<긴급> 자금 & 보증 문의"),
            content=written,
            answer=f"답변: {written}",
        )
    )
    text = text_of(data)
    assert written in text
    assert f"답변: {written}" in text
    assert "<긴급> 자금 & 보증 문의" in text


def test_an_officer_without_e_mail_prints_cleanly() -> None:
    text = text_of(reply_letter_pdf(reply(officer=replace(OFFICER, email=""))))
    assert "전자우편" not in text
    assert "None" not in text
    assert "김민원" in text and "044-204-7123" in text


def test_a_petitioner_who_gave_no_name_is_addressed_as_the_petitioner() -> None:
    text = text_of(
        reply_letter_pdf(reply(header=replace(HEADER, petitioner_name="", petitioner_contact="")))
    )
    assert "민원인 귀하" in text
    assert "None" not in text


@needs_poppler
def test_fonts_are_embedded() -> None:
    fonts = pdffonts(reply_letter_pdf(reply()))
    assert fonts
    assert all(embedded for _, embedded in fonts), fonts
    assert all("Nanum" in name for name, _ in fonts), fonts


@needs_poppler
def test_long_subject_names_department_and_e_mail_wrap_inside_the_page() -> None:
    subject = "소상공인 정책자금 " * 25 + "문의"
    agency = "중소벤처기업부 서울지방중소벤처기업청 소상공인시장진흥공단 서울중부센터 현장애로해소반"
    officer = replace(
        OFFICER,
        department="중소벤처기업부 기업성장정책관 기업금융과 정책자금운용팀 현장애로해소반 " * 2,
        name="남궁황보선우제갈독고사공서문",
        email="very.long.mailbox.name.for.policy.funds.inquiries.2026@mss-regional-office.go.kr",
    )
    header = replace(
        HEADER, subject=subject, letterhead=replace(HEADER.letterhead, agency_name=agency)
    )
    data = reply_letter_pdf(reply(header=header, officer=officer))
    flat = squashed(poppler_text(data))
    for value in (subject, agency, officer.department, officer.name, officer.email):
        assert squashed(value) in flat, value
    found, (width, height) = words(data)
    margin = 10 * 72 / 25.4  # no word closer than 10 mm to the paper's edge
    outside = [w for w in found if w.x0 < margin or w.x1 > width - margin or w.y0 < margin
               or w.y1 > height - margin]
    assert not outside, outside[:5]


@pytest.mark.parametrize("answer", ["", "\n\n", "한 줄"])
def test_short_or_empty_answers_still_make_a_letter(answer: str) -> None:
    text = text_of(reply_letter_pdf(reply(answer=answer)))
    assert "김민원" in text and "끝." in text
