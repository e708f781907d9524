"""Notices while a case is open: the extension notice tells the reason and the new date
(with the recorded consent for a second extension); the interim notice tells how far the
case has come. Both name the officer and the legal basis."""

from __future__ import annotations

from dataclasses import replace

import pytest
from case_samples import (
    OFFICER,
    extension,
    info,
    interim,
    needs_poppler,
    page_sizes_mm,
    pdffonts,
    squashed,
    text_of,
)

from minwon_desk.documents.case_notices import extension_notice_pdf, interim_notice_pdf


def test_the_extension_notice_tells_the_reason_and_the_new_date() -> None:
    data = extension_notice_pdf(extension())
    text = text_of(data)
    flat = squashed(text)
    assert "MSS-2026-000123-연장1" in text
    assert squashed("민원 처리기간 연장 통지 (1차, 접수번호 MSS-2026-000123)") in flat
    assert "홍길동 귀하" in text
    assert "당초 처리기한" in text and "2026년 7월 14일(화) 18:00" in text
    assert "2026년 7월 28일(화) 18:00까지" in text
    assert "1차 연장" in text
    assert squashed("관계 기관의 사실 확인 회신을 기다리고 있어") in flat
    assert "민원인 동의" not in text  # the first extension needs none
    assert squashed("시행령 제21조") in flat
    assert "김민원" in text and "044-204-7123" in text and "기업성장정책관 기업금융과" in text
    assert page_sizes_mm(data) == [(210, 297)]
    assert info(data)["/Author"] == "중소벤처기업부"


def test_a_second_extension_records_the_petitioners_consent() -> None:
    consent = "2026년 7월 13일 전화로 민원인 동의 (기록: 김민원)"
    text = text_of(extension_notice_pdf(extension(ordinal=2, consent=consent)))
    assert "2차 연장" in text
    assert "민원인 동의" in text
    assert squashed(consent) in squashed(text)


def test_a_second_extension_without_consent_is_not_printed() -> None:
    with pytest.raises(ValueError, match="consent"):
        extension_notice_pdf(extension(ordinal=2, consent=" "))


def test_the_interim_notice_tells_progress_and_expected_date() -> None:
    data = interim_notice_pdf(interim(ordinal=2, officer=replace(OFFICER, email="")))
    text = text_of(data)
    flat = squashed(text)
    assert "MSS-2026-000123-중간1" in text
    assert "2차 중간 통지" in text
    assert squashed("관계 부처에 법령 해석을 요청하였고, 회신을 검토하고 있습니다.") in flat
    lines = [line.strip() for line in text.splitlines()]
    assert "검토가 끝나는 대로 답변을 드리겠습니다." in lines  # its own line, as written
    assert "2026년 8월 14일(금) 18:00까지" in text
    assert squashed("시행령」 제23조") in flat
    assert "김민원" in text and "044-204-7123" in text
    assert "전자우편" not in text and "None" not in text


def test_long_reasons_flow_over_pages() -> None:
    reason = "\n".join(f"사유{i:02d} " + "관계 기관 확인이 늦어지고 있습니다. " * 25 for i in range(30))
    text = text_of(extension_notice_pdf(extension(reason=reason)))
    for i in range(30):
        assert f"사유{i:02d}" in text
    assert "김민원" in text


def test_markup_characters_print_as_written() -> None:
    text = text_of(interim_notice_pdf(interim(progress="검토 중 <1단계> & 회신 대기")))
    assert "검토 중 <1단계> & 회신 대기" in text


@needs_poppler
def test_fonts_are_embedded() -> None:
    for data in (extension_notice_pdf(extension()), interim_notice_pdf(interim())):
        fonts = pdffonts(data)
        assert fonts and all(embedded for _, embedded in fonts), fonts
