"""Desk nameplates: two folding tent cards per A4 page, each name printed on both faces."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from minwon_desk.documents.nameplates import nameplates_pdf
from minwon_desk.documents.people import NameplatePerson

AGENCY = "중소벤처기업부"
PEOPLE = [
    NameplatePerson("김종윤", "주무관", "혁신행정담당관"),
    NameplatePerson("남궁민수", "정책기획관 겸 대변인", "창업정책과"),
    NameplatePerson("Christopher Johnson-Smith", "사무관", "운영지원과"),
]


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_two_nameplates_to_an_a4_portrait_page() -> None:
    data = nameplates_pdf(PEOPLE, agency=AGENCY)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_each_nameplate_reads_from_both_sides() -> None:
    first, second = _pages(nameplates_pdf(PEOPLE, agency=AGENCY))
    for person, page in zip(PEOPLE, (first, first, second), strict=True):
        # Front and (upside-down) back: the name, position and department twice each.
        assert page.count(person.name) == 2, person.name
        assert page.count(person.department) == 2
        assert person.position in page
    assert first.count(AGENCY) == 4
    assert "김종윤" not in second


def test_cut_and_fold_lines_are_marked() -> None:
    first, second = _pages(nameplates_pdf(PEOPLE, agency=AGENCY))
    assert first.count("접는 선") == 2 and first.count("자르는 선") == 1
    # The last page holds one card: nothing to cut it from.
    assert second.count("접는 선") == 1 and "자르는 선" not in second


def test_the_fonts_are_embedded() -> None:
    reader = PdfReader(io.BytesIO(nameplates_pdf(PEOPLE[:1], agency=AGENCY)))
    fonts = set()
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        font = font.get_object()
        descriptor = font.get("/FontDescriptor")
        if descriptor is not None and "/FontFile2" in descriptor.get_object():
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert fonts and all(name.startswith("NanumGothic") for name in fonts), fonts


def test_nothing_to_print_is_an_error() -> None:
    with pytest.raises(ValueError):
        nameplates_pdf([], agency=AGENCY)
