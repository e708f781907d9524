"""The access review's PDF read back: its sections in Korean, a long finding and reason
wrapped whole, fonts embedded, and an empty month that says so in every section."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from minwon_desk.documents.access_review_pdf import access_review_pdf
from minwon_desk.domain import i18n
from minwon_desk.domain.access_review_report import (
    AccessLine,
    AccessReview,
    AccountUse,
    Person,
    ReviewRecord,
)
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.translations import lookup_for

KIM = Person("T0002", "김민준", "혁신행정담당관")
AT = datetime(2026, 11, 11, 22, 0, tzinfo=SEOUL)
LONG = "감사원 자료 요구에 따라 2026년 상반기 고객만족도 조사 응답 전체를 제출하기 위해 " * 3


def review(**changes: object) -> AccessReview:
    base = AccessReview(
        month=date(2026, 11, 1), written_at=datetime(2026, 12, 3, 10, 0, tzinfo=SEOUL),
        until=datetime(2026, 12, 1, 0, 0, tzinfo=SEOUL), due=date(2026, 12, 5),
        accounts=(AccountUse(KIM, "담당자", 25, 0, 250, 26, 1),),
        after_hours=(AccessLine(AT, KIM, "조회", "case", 1, "민원 상세", "", "2층", "pc-7",
                                "근무시간 외"),),
        bulk=(AccessLine(AT, KIM, "다운로드", "survey_response", 250, "XLSX", LONG, "2층", "pc-7"),),
        heavy=(), sign_ins=(), role_changes=(),
        reviews=(ReviewRecord(AT, Person("T0001", "안내원", "민원안내팀"), LONG, "1층"),),
        agency="테스트 중소기업청",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _text(data: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_the_sections_are_there_with_the_long_reason_whole() -> None:
    data = access_review_pdf(review())
    text = _text(data)
    for words in ("2026년 11월 개인정보 접속기록 점검", "2026-11-01 ~ 2026-11-30",
                  "1. 계정별 개인정보 처리", "김민준(T0002)", "만족도 조사 응답",
                  "동료보다 훨씬 많이 조회한 계정이 없습니다.", "7. 점검 기록"):
        assert words in text
    assert "".join(text.split()).count("".join(LONG.split())) == 2  # reason and finding
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object()


def test_an_empty_month_says_so_in_each_section() -> None:
    text = _text(access_review_pdf(review(accounts=(), after_hours=(), bulk=(), reviews=())))
    assert "이 달에 개인정보를 조회·출력·다운로드한 기록이 없습니다." in text
    assert "아직 점검 기록이 없습니다. 12월 5일까지 점검하고 기록해 주세요." in text


def test_a_long_section_prints_its_first_300_lines_and_points_to_the_workbook() -> None:
    many = tuple(AccessLine(AT, KIM, "조회", "memo", 1, "메모 상세", "", "2층", "pc-7", "토요일")
                 for _ in range(301))
    text = _text(access_review_pdf(review(after_hours=many)))
    assert "앞의 300건만 실었습니다. 모두 301건은 XLSX 파일에 있습니다" in text


def test_typed_text_that_looks_like_a_formula_stays_text_in_the_workbook() -> None:
    import openpyxl

    from minwon_desk.services.privacy.review_export import workbook

    finding = "=HYPERLINK(\"http://x\")"
    record = ReviewRecord(AT, Person("T0001", "안내원", "민원안내팀"), finding, "1층")
    book = openpyxl.load_workbook(io.BytesIO(workbook(review(reviews=(record,)))))
    [row] = list(book["점검 기록"].iter_rows(min_row=2, values_only=True))
    assert row[-1] == finding
    assert book["점검 기록"].cell(2, 4).data_type == "s"


@pytest.fixture
def english_desk() -> Iterator[None]:
    before = i18n.installed()
    i18n.install(lookup_for("en"))
    yield
    i18n.install(before)


def test_on_an_english_desk_the_pdf_stays_korean_and_the_workbook_is_english(
    english_desk: None,
) -> None:
    from minwon_desk.domain.access_review_tables import sections, summary
    from minwon_desk.services.privacy.review_export import workbook

    text = _text(access_review_pdf(review(accounts=(), after_hours=(), bulk=(), reviews=())))
    assert "담당자" in _text(access_review_pdf(review()))
    for words in ("2026년 11월 개인정보 접속기록 점검", "1. 계정별 개인정보 처리",
                  "아직 점검 기록이 없습니다. 12월 5일까지 점검하고 기록해 주세요.",
                  "접속기록 0건 · 근무시간 외 0건"):
        assert words in text
    assert "Review records" not in text

    # The page and the workbook say the same sections in the desk's language.
    shown = sections(review(reviews=()))
    assert shown[0].rows[0][:3] == ("김민준(T0002)", "혁신행정담당관", "officer")
    assert shown[-1].title == "Review records"
    assert shown[-1].empty == "No review recorded yet. Please review the log and record it by 12/5."
    assert summary(review()).startswith("Access log 26 rows · outside hours 1 · bulk and downloads 1")
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(workbook(review())))
    assert "Review records" in book.sheetnames
    assert book["Summary"]["A1"].value == "Personal data access log review, Nov 2026"
