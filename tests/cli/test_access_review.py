"""``report access YYYY-MM -o FILE`` writes the month's access review, ``audit review``
records it, and ``survey export`` asks why and leaves the reason in the access log."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.store.models import AccessLog
from tests.conftest import FakeClock
from tests.support.access_rows import write_month
from tests.support.seed import small_agency

from .helpers import DESK, open_data, run


@pytest.fixture
def november(data_dir: Path) -> Path:
    clock = FakeClock(datetime(2026, 11, 2, 9, 0, tzinfo=SEOUL))
    backend = Backend.open(f"sqlite:///{data_dir / 'minwon.db'}",
                           charter=load_charter(charter_preset("mss")), desk=DESK, clock=clock)
    try:
        write_month(backend, small_agency(backend), clock)
    finally:
        backend.close()
    return data_dir


def test_the_pdf_holds_the_months_findings(capsys, november: Path) -> None:
    output = november / "점검.pdf"
    code, out, err = run(capsys, "report", "access", "2026-11", "-o", str(output),
                         "--data-dir", str(november))
    assert code == 0, err
    assert out.startswith(f"2026년 11월 개인정보 접속기록 점검을 만들었습니다: {output}\n")
    assert "근무시간 외 2건 · 대량·다운로드 1건 · 과다 조회 1계정" in out
    assert "minwon-desk audit review 2026-11 --finding" in out
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(output.read_bytes())).pages)
    for words in ("김민준(T0002)", "감사원 자료 요구", "토요일", "계정 잠금", "권한 부여"):
        assert words in text


def test_the_workbook_has_a_sheet_per_section(capsys, november: Path) -> None:
    output = november / "점검.xlsx"
    code, _out, err = run(capsys, "report", "access", "2026-11", "-o", str(output),
                          "--data-dir", str(november))
    assert code == 0, err
    book = openpyxl.load_workbook(output)
    assert book.sheetnames[0] == "요약"
    accounts = list(book["계정별 개인정보 처리"].iter_rows(values_only=True))
    assert accounts[2][0] == "김민준(T0002)" and accounts[2][3] == 25  # a number, not text
    bulk = list(book["대량 조회 다운로드와 사유"].iter_rows(values_only=True))
    assert bulk[2][-1] == "감사원 자료 요구"


def test_recording_the_review_shows_in_the_next_report(capsys, november: Path) -> None:
    code, out, err = run(capsys, "audit", "review", "2026-11", "--finding", "22시 조회 소명 받음",
                         "--data-dir", str(november))
    assert code == 0, err
    assert out.startswith("2026년 11월 접속기록 점검을 기록했습니다: 안내원(T0001), ")
    output = november / "점검.xlsx"
    run(capsys, "report", "access", "2026-11", "-o", str(output), "--data-dir", str(november))
    rows = list(openpyxl.load_workbook(output)["점검 기록"].iter_rows(values_only=True))
    assert rows[1][1:] == ("안내원(T0001)", DESK, "22시 조회 소명 받음")


@pytest.mark.parametrize(("month", "words"), [
    ("2099-01", "2099년 1월은 아직 오지 않은 달입니다"),
    ("2026-13", "월 '2026-13'을 알아볼 수 없습니다"),
    ("11월", "2026-10처럼 연도-월로"),
])
def test_a_bad_month_exits_2_in_korean(capsys, data_dir: Path, month: str, words: str) -> None:
    output = data_dir / "점검.pdf"
    for args in (("report", "access", month, "-o", str(output)),
                 ("audit", "review", month, "--finding", "이상 없음")):
        code, out, err = run(capsys, *args, "--data-dir", str(data_dir))
        assert (code, out) == (2, "") and words in err
    assert not output.exists()


def test_an_empty_finding_and_a_wrong_file_kind_are_refused(capsys, data_dir: Path) -> None:
    code, _out, err = run(capsys, "audit", "review", "2026-11", "--finding", " ",
                          "--data-dir", str(data_dir))
    assert code == 2 and "점검 결과를 적어 주세요" in err
    code, _out, err = run(capsys, "report", "access", "2026-11", "-o", str(data_dir / "a.csv"),
                          "--data-dir", str(data_dir))
    assert code == 2 and ".pdf 또는 .xlsx" in err


def test_an_officer_may_not_review(capsys, data_dir: Path) -> None:
    code, _out, err = run(capsys, "report", "access", "2026-11", "-o", str(data_dir / "a.pdf"),
                          "--data-dir", str(data_dir), who="T0002")
    assert code == 3 and "접속기록 점검" in err


def test_survey_export_without_a_reason_exits_2_and_writes_nothing(
    capsys, data_dir: Path
) -> None:
    target = data_dir / "만족도.xlsx"
    code, out, err = run(capsys, "survey", "export", "2026", "-o", str(target),
                         "--data-dir", str(data_dir))
    assert (code, out) == (2, "")
    assert "--reason: 개인정보가 담긴 목록을 내려받으려면 그 사유를 적어야 합니다" in err
    assert not target.exists()


def test_survey_export_writes_its_reason_to_the_access_log(capsys, data_dir: Path) -> None:
    target = data_dir / "만족도.xlsx"
    code, _out, err = run(capsys, "survey", "export", "2026", "-o", str(target),
                          "--data-dir", str(data_dir), "--reason", "  감사원   자료 요구 ")
    assert code == 0, err
    backend = open_data(data_dir)
    try:
        with backend.db.read() as session:
            [row] = session.scalars(select(AccessLog)).all()
    finally:
        backend.close()
    assert (row.operation, row.entity, row.reason, row.what) == (
        "다운로드", "survey_response", "감사원 자료 요구", "고객만족도 조사 2026년 XLSX")


def test_in_english_the_messages_and_workbook_are_english_and_the_pdf_stays_korean(
    capsys, november: Path
) -> None:
    output = november / "review.pdf"
    code, out, err = run(capsys, "--lang", "en", "report", "access", "2026-11", "-o", str(output),
                         "--data-dir", str(november))
    assert code == 0, err
    assert out.startswith(f"Wrote Personal data access log review, Nov 2026: {output}\n")
    assert "outside hours 2 · bulk and downloads 1 · excessive viewing 1 accounts" in out
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(output.read_bytes())).pages)
    assert "2026년 11월 개인정보 접속기록 점검" in text and "1. 계정별 개인정보 처리" in text

    book = november / "review.xlsx"
    code, _out, err = run(capsys, "--lang", "en", "report", "access", "2026-11", "-o", str(book),
                          "--data-dir", str(november))
    assert code == 0, err
    sheets = openpyxl.load_workbook(book).sheetnames
    assert sheets == ["Summary", "Handling by account", "Access outside working hours",
                      "Bulk views and downloads", "Excessive viewing",
                      "Failed sign-ins and lockouts", "Account and permission changes",
                      "Review records"]

    code, out, err = run(capsys, "--lang", "en", "audit", "review", "2026-11", "--finding", "ok",
                         "--data-dir", str(november))
    assert code == 0, err
    assert out.startswith("Recorded the access log review for Nov 2026: 안내원(T0001), ")
