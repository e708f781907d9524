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
