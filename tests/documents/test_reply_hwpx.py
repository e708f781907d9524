"""The reply letter as a Hangul document holds the same letter: the case, the answer
line by line, the agency as sender and the officer block."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace

from case_samples import ANSWER, OFFICER, reply
from hwpx import HwpxDocument

from minwon_desk.documents.reply_hwpx import reply_letter_hwpx


def _section_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("Contents/section0.xml").decode("utf-8")
    return xml


def _plain(data: bytes) -> str:
    return HwpxDocument.open(io.BytesIO(data)).text.plain()


def test_the_hwpx_letter_holds_the_case_the_answer_and_the_officer() -> None:
    data = reply_letter_hwpx(reply())
    text = _plain(data)
    lines = [line.strip() for line in text.splitlines()]
    assert lines[0] == "중소벤처기업부"  # the letterhead opens the document
    assert "MSS-2026-000123-회신" in text and "2026년 7월 2일(목)" in text
    assert "홍길동 귀하" in text
    assert "민원 회신 (접수번호 MSS-2026-000123)" in text
    for line in ANSWER.splitlines():
        if line.strip():
            assert line.strip() in lines, line  # one paragraph per line, as written
    for label, value in (
        ("담당 부서", "기업성장정책관 기업금융과"),
        ("직위", "주무관"),
        ("성명", "김민원"),
        ("전화", "044-204-7123"),
        ("전자우편", "minwon.kim@korea.kr"),
    ):
        assert f"{label}\t{value}" in text, label  # the officer block is a table
    assert text.index("끝.") < text.rindex("중소벤처기업부") < text.index("김민원")


def test_the_archive_is_a_valid_a4_document_with_page_numbers() -> None:
    data = reply_letter_hwpx(reply())
    assert not HwpxDocument.open(io.BytesIO(data)).validate().issues
    xml = _section_text(data)
    page = re.search(r'<hp:pagePr [^>]*width="(\d+)" height="(\d+)"', xml)
    assert page is not None
    width, height = page.groups()
    assert (round(int(width) / 283.465), round(int(height) / 283.465)) == (210, 297)
    assert 'numType="TOTAL_PAGE"' in xml  # "N/M" at the foot of each page


def test_markup_characters_and_an_officer_without_e_mail() -> None:
    written = "<b>굵게</b> & 1 < 2"
    data = reply_letter_hwpx(
        reply(answer=written, officer=replace(OFFICER, email=""))
    )
    text = _plain(data)
    assert written in text
    assert "전자우편" not in text and "None" not in text
    assert "성명\t김민원" in text and "전화\t044-204-7123" in text
    assert "김민원" in _section_text(data)
