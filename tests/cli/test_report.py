"""``minwon-desk report monthly``: the month's self-inspection report written as a PDF."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import CheckInRequest
from tests.support.seed import actor_for, small_agency

from .helpers import DESK, run


def _pdf_text(path: Path) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.fixture
def june_visits(data_dir: Path) -> Path:
    """Three visits to 김민준 in June 2026: greeted in 1 and 2 minutes, and after 6."""
    moments = iter([
        datetime(2026, 6, 8, 10, 0, tzinfo=SEOUL), datetime(2026, 6, 8, 10, 1, tzinfo=SEOUL),
        datetime(2026, 6, 8, 11, 0, tzinfo=SEOUL), datetime(2026, 6, 8, 11, 2, tzinfo=SEOUL),
        datetime(2026, 6, 9, 14, 0, tzinfo=SEOUL), datetime(2026, 6, 9, 14, 6, tzinfo=SEOUL),
    ])
    now = [next(moments)]
    backend = Backend.open(f"sqlite:///{data_dir / 'minwon.db'}",
                           charter=load_charter(charter_preset("mss")), desk=DESK,
                           clock=lambda: now[0])
    try:
        agency = small_agency(backend)
        actor = actor_for(backend, agency.operator)
        for _ in range(3):
            visit = backend.visits.check_in(
                actor, CheckInRequest("홍길동", officer_id=agency.officers[0].id))
            now[0] = next(moments)
            backend.visits.greet(actor, visit.id)
            now[0] = next(moments, now[0])
    finally:
        backend.close()
    return data_dir


def test_the_months_report_is_written_with_its_figures(capsys, june_visits: Path) -> None:
    output = june_visits / "자체점검.pdf"
    code, out, err = run(capsys, "report", "monthly", "2026-06", "-o", str(output),
                         "--data-dir", str(june_visits))
    assert code == 0, err
    assert out.startswith(f"고객응대서비스 자체점검 결과 (2026년 6월)을 만들었습니다: {output}\n")
    assert "방문객 경청 시작 66.7% (2/3)" in out
    assert "답신전화 자료 없음" in out
    text = _pdf_text(output)
    for words in ("고객응대서비스 자체점검 결과 (2026년 6월)", "66.7%", "2 / 3", "김민준 사무관",
                  "6분", "1 / 2"):
        assert words in text, words


def test_a_month_with_no_record_gives_a_one_page_report(capsys, data_dir: Path) -> None:
    output = data_dir / "empty.pdf"
    code, out, err = run(capsys, "report", "monthly", "2026-03", "-o", str(output),
                         "--data-dir", str(data_dir))
    assert code == 0, err
    assert "기록이 없어 수치가 없습니다" in out
    reader = PdfReader(output)
    assert len(reader.pages) == 1
    assert "점검할 기록이 없습니다" in reader.pages[0].extract_text()


@pytest.mark.parametrize("month", ["2026-13", "2026/06", "June", "26-6"])
def test_a_month_in_another_shape_is_refused_in_korean(capsys, data_dir: Path, month: str) -> None:
    output = data_dir / "bad.pdf"
    code, out, err = run(capsys, "report", "monthly", month, "-o", str(output),
                         "--data-dir", str(data_dir))
    assert code == 2
    assert out == ""
    assert "2026-10처럼 연도-월로 적어 주세요" in err
    assert not output.exists()


def test_a_month_not_begun_is_refused(capsys, data_dir: Path) -> None:
    output = data_dir / "future.pdf"
    code, _out, err = run(capsys, "report", "monthly", "2999-01", "-o", str(output),
                          "--data-dir", str(data_dir))
    assert code == 2
    assert "아직 시작하지 않아" in err
    assert not output.exists()


def test_a_folder_given_as_the_file_is_refused(capsys, data_dir: Path) -> None:
    code, _out, err = run(capsys, "report", "monthly", "2026-06", "-o", str(data_dir),
                          "--data-dir", str(data_dir))
    assert code == 2
    assert "폴더입니다" in err and "자체점검_2026-06.pdf" in err


# --- the 민원 처리부 --------------------------------------------------------------------------


@pytest.fixture
def two_cases(data_dir: Path) -> Path:
    """Two cases received in July 2026, one for 혁신행정담당관 and one for 창업정책과."""
    from minwon_desk.services.cases.dto import CaseRequest

    from .helpers import open_data

    backend = open_data(data_dir)
    try:
        agency = small_agency(backend)
        desk = actor_for(backend, agency.operator)
        for name, officer in (("홍길동", agency.officers[0]), ("김영희", agency.officers[1])):
            backend.cases.open(desk, CaseRequest(
                case_type="질의-제도", channel="우편", subject="지원사업 신청 자격",
                petitioner_name=name, petitioner_contact="010-1234-5678", officer_id=officer.id,
                received_at=datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)))
    finally:
        backend.close()
    return data_dir


def test_the_register_is_written_with_a_reason_and_logged(capsys, two_cases: Path) -> None:
    from openpyxl import load_workbook
    from sqlalchemy import text

    from .helpers import open_data

    output = two_cases / "민원처리부.xlsx"
    code, out, err = run(capsys, "report", "register", "--from", "2026-07-01", "--to",
                         "2026-07-31", "-o", str(output), "--reason", "7월 처리 현황 점검",
                         "--data-dir", str(two_cases))
    assert code == 0, err
    assert out == f"민원 처리부를 만들었습니다: {output} (2건)\n"
    sheet = load_workbook(output).active
    assert sheet is not None
    names = [row[5] for row in sheet.iter_rows(min_row=3, values_only=True)]
    assert names == ["홍*동", "김*희"]
    backend = open_data(two_cases)
    try:
        with backend.db.engine.connect() as conn:
            last = conn.execute(text("SELECT operation, count, reason FROM access_log "
                                     "ORDER BY id DESC")).first()
    finally:
        backend.close()
    assert last is not None and tuple(last) == ("다운로드", 2, "7월 처리 현황 점검")


def test_the_register_of_one_department_as_pdf(capsys, two_cases: Path) -> None:
    output = two_cases / "처리부.pdf"
    code, out, err = run(capsys, "report", "register", "--from", "2026-07-01", "--to",
                         "2026-07-31", "--department", "창업정책과", "-o", str(output),
                         "--reason", "부서 점검", "--data-dir", str(two_cases))
    assert code == 0, err
    assert out.endswith("(1건)\n")
    text = _pdf_text(output)
    assert "김*희" in text and "홍*동" not in text and "창업정책과" in text


@pytest.mark.parametrize(("extra", "message"), [
    (("-o", "x.xlsx"), "사유를 --reason으로"),
    (("-o", "x.docx", "--reason", "점검"), "민원 처리부는 .xlsx, .pdf 또는 .hwpx 파일로 저장합니다"),
    (("-o", "x.xlsx", "--reason", "점검", "--department", "없는과"), "부서 '없는과'를 찾을 수 없습니다"),
])
def test_the_register_refuses_bad_input_with_a_sentence(
    capsys, two_cases: Path, extra: tuple[str, ...], message: str
) -> None:
    args = [a if not a.startswith("x.") else str(two_cases / a) for a in extra]
    code, out, err = run(capsys, "report", "register", "--from", "2026-07-01", "--to",
                         "2026-07-31", *args, "--data-dir", str(two_cases))
    assert code == 2 and out == "" and message in err
    assert not list(two_cases.glob("x.*"))


def test_the_register_refuses_a_period_that_ends_before_it_starts(
    capsys, two_cases: Path
) -> None:
    code, _out, err = run(capsys, "report", "register", "--from", "2026-07-31", "--to",
                          "2026-07-01", "-o", str(two_cases / "r.xlsx"), "--reason", "점검",
                          "--data-dir", str(two_cases))
    assert code == 2 and "앞섭니다" in err


def test_the_register_as_hwpx_for_hangul(capsys, two_cases: Path) -> None:
    import io

    from hwpx import HwpxDocument

    output = two_cases / "민원처리부.hwpx"
    code, _out, err = run(capsys, "report", "register", "--from", "2026-07-01", "--to",
                         "2026-07-31", "-o", str(output), "--reason", "한글 보관",
                         "--data-dir", str(two_cases))
    assert code == 0, err
    text = HwpxDocument.open(io.BytesIO(output.read_bytes())).text.plain()
    assert "민원 처리부" in text and "홍*동" in text and "김*희" in text and "홍길동" not in text
