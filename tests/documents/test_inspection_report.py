"""The printed self-inspection report, read back: the figures a supervisor looks for, the
page numbers, the embedded fonts, and the one-page report of an empty month."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from pypdf import PdfReader

from minwon_desk.documents.inspection_report import inspection_report_pdf
from minwon_desk.domain.inspection import (
    CorrectiveLine,
    LongWait,
    Measure,
    MonthlyReport,
    Overdue,
    Promises,
    TrendPoint,
    UnitFigures,
    VoucherLine,
    months_back,
)
from minwon_desk.domain.timeutil import SEOUL

OCTOBER = date(2026, 10, 1)
EMPTY = Measure()


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 10, day, hour, minute, tzinfo=SEOUL)


def _officer(name: str, department: str, greeting: Measure) -> UnitFigures:
    return UnitFigures(name, greeting, Measure(10, 9), Measure(4, 4), EMPTY, department=department)


def report(**changes: object) -> MonthlyReport:
    trend = tuple(
        TrendPoint(m, Measure(100, 90 + i) if i >= 2 else EMPTY, Measure(50, 45), Measure(20, 19),
                   Measure(2, 1) if i == 5 else EMPTY)
        for i, m in enumerate(months_back(OCTOBER, 6))
    )
    base = MonthlyReport(
        month=OCTOBER,
        agency_name="중소벤처기업부",
        charter_name="중소벤처기업부 고객응대서비스 이행표준",
        generated_at=datetime(2026, 11, 2, 9, 0, tzinfo=SEOUL),
        promises=Promises(greeting="3분 이내", callback="3시간 이내"),
        greeting=Measure(130, 120),
        callback=Measure(50, 45),
        cases_on_time=Measure(20, 19),
        extensions_in_time=Measure(2, 1),
        by_department=(
            UnitFigures("혁신행정담당관", Measure(70, 65), Measure(30, 27), Measure(12, 12), EMPTY),
            UnitFigures("R&D<지원>과", Measure(60, 55), Measure(20, 18), Measure(8, 7),
                        Measure(2, 1)),
        ),
        by_officer=(
            _officer("김민준 사무관", "혁신행정담당관", Measure(70, 65)),
            _officer("이서연 주무관", "R&D<지원>과", Measure(60, 55)),
        ),
        trend=trend,
        longest_waits=(
            LongWait(1, _at(5, 10), "홍*동", "김민준 사무관", "혁신행정담당관",
                     timedelta(minutes=14, seconds=30), True),
            LongWait(2, _at(6, 15), "박*", "", "", timedelta(minutes=40), False),
        ),
        worst_overdue=(
            Overdue("case", "MSS-2026-000123", "최*희", "이서연 주무관", "R&D<지원>과",
                    _at(7, 18), None, timedelta(days=3, hours=4)),
            Overdue("memo", "M2026-000456", "김*수", "김민준 사무관", "혁신행정담당관",
                    _at(8, 14), _at(8, 16, 5), timedelta(hours=2, minutes=5)),
        ),
        vouchers=(
            VoucherLine("MSS-V2026-00012", _at(12, 11), "직원 잘못으로 재방문", 10_000, "홍*동",
                        "박지호 서기관", False),
            VoucherLine("MSS-V2026-00013", _at(13, 11), "안내 없이 처리기간 경과", 10_000, "최*희",
                        "박지호 서기관", True),
        ),
        voucher_total=10_000,
        corrective_actions=(
            CorrectiveLine("MSS-C2026-0003", _at(14, 9), "재교육", "이서연 주무관", "R&D<지원>과",
                           "최유진 주무관"),
        ),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def _fonts(data: bytes) -> dict[str, bool]:
    """Every font the pages use, and whether its file is in the PDF."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            found[str(font["/BaseFont"])] = (
                descriptor is not None and "/FontFile2" in descriptor.get_object()
            )
    return found


def test_the_report_shows_the_headline_figures_against_the_promise() -> None:
    text = "\n".join(_pages(inspection_report_pdf(report())))
    assert "고객응대서비스 자체점검 결과 (2026년 10월)" in text
    assert "점검 기간 2026. 10. 1. ~ 10. 31." in text
    for words in ("방문객 경청 시작", "3분 이내", "92.3%", "120 / 130", "10건",
                  "답신전화", "3시간 이내", "90.0%", "45 / 50",
                  "처리기간 내 답변", "95.0%", "연장 사전 통지", "50.0%", "1 / 2"):
        assert words in text, words


def test_the_trend_months_without_a_figure_say_so_rather_than_zero() -> None:
    text = "\n".join(_pages(inspection_report_pdf(report())))
    assert "최근 6개월 추이" in text
    for month in ("5월", "6월", "7월", "8월", "9월", "10월"):
        assert month in text
    assert "자료 없음" in text
    assert not re.search(r"(?<![\d.])0\.0%", text)  # a month with nothing due is no 0%


def test_departments_officers_and_the_lists_are_printed() -> None:
    text = "\n".join(_pages(inspection_report_pdf(report())))
    for words in ("혁신행정담당관", "R&D<지원>과", "김민준 사무관", "이서연 주무관", "92.9% (65/70)",
                  "14분", "40분", "응대 기록 없음", "MSS-2026-000123", "3일 4시간",
                  "아직 처리 안 됨", "2시간 5분", "MSS-V2026-00013", "무효", "10,000원",
                  "발급 2건 · 무효 1건", "MSS-C2026-0003", "재교육", "최유진 주무관"):
        assert words in text, words


def test_the_counting_rules_are_printed_under_the_report() -> None:
    text = re.sub(r"\s+", "", "\n".join(_pages(inspection_report_pdf(report()))))
    assert "집계기준" in text
    assert re.sub(r"\s+", "", "시한이 없는 방문은 세지 않습니다") in text
    assert re.sub(r"\s+", "", "기한 전에 연장을 기록(통지)했으면 지킴입니다") in text


def test_every_page_is_numbered_n_of_m_over_many_officers() -> None:
    officers = tuple(
        _officer(f"직원{i:03d} 주무관", f"부서{i % 20:02d}과", Measure(30, 29)) for i in range(300)
    )
    pages = _pages(inspection_report_pdf(report(by_officer=officers)))
    assert len(pages) > 3
    for number, text in enumerate(pages, start=1):
        assert f"{number} / {len(pages)}" in text
    assert "직원299 주무관" in pages[-1] or any("직원299 주무관" in p for p in pages)
    # The column heads repeat on every page the table runs over.
    assert sum("담당자" in p and "경청 시작" in p for p in pages) >= 3


def test_every_font_is_embedded() -> None:
    fonts = _fonts(inspection_report_pdf(report()))
    assert fonts and all(fonts.values()), fonts


def test_an_empty_month_is_one_page_that_says_there_was_no_record() -> None:
    empty = report(
        greeting=EMPTY, callback=EMPTY, cases_on_time=EMPTY, extensions_in_time=EMPTY,
        by_department=(), by_officer=(), longest_waits=(), worst_overdue=(), vouchers=(),
        voucher_total=0, corrective_actions=(),
        trend=tuple(TrendPoint(m, EMPTY, EMPTY, EMPTY, EMPTY) for m in months_back(OCTOBER, 6)),
    )
    assert empty.is_empty
    data = inspection_report_pdf(empty)
    pages = _pages(data)
    assert len(pages) == 1
    flat = re.sub(r"\s+", "", pages[0])
    assert re.sub(r"\s+", "", "2026년 10월에는 점검할 기록이 없습니다") in flat
    assert "%" not in pages[0].replace("0%가", "")  # no figure, not even 0%
    assert "1 / 1" in pages[0]
    assert all(_fonts(data).values())


def test_a_month_under_way_says_up_to_when_it_counts() -> None:
    december = date(2026, 12, 1)
    written = datetime(2026, 12, 7, 11, 15, tzinfo=SEOUL)
    text = "\n".join(_pages(inspection_report_pdf(report(month=december, generated_at=written))))
    assert "점검 기간 2026. 12. 1. ~ 12. 7. 11:15 (이달은 작성 시각까지)" in text
    assert "12. 31." not in text
