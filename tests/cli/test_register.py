"""``report register``: the 민원 처리부 (별지 제1호) of a span of days as XLSX or PDF, in the
order received, contacts masked, the reason for the download in the access log."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from minwon_desk.domain.case_register import COLUMNS
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.store.models import AccessLog
from tests.support.seed import actor_for

from .helpers import open_data, run


def _seed(data_dir: Path) -> None:
    backend = open_data(data_dir)
    try:
        operator = backend.staff.by_employee_no("T0001")
        kim = backend.staff.by_employee_no("T0002")
        lee = backend.staff.by_employee_no("T0004")
        actor = actor_for(backend, operator)
        for day, officer, name, contact, subject in (
            (3, lee, "이영희", "010-2222-3333", "둘째 날 접수"),
            (2, kim, "홍길동", "hong@example.com", "첫날 접수"),
            (9, kim, "박민수", "", "범위 밖"),
        ):
            backend.cases.open(actor, CaseRequest(
                case_type="고충", channel="방문", subject=subject, petitioner_name=name,
                petitioner_contact=contact, officer_id=officer.id,
                received_at=datetime(2026, 7, day, 10, tzinfo=SEOUL), back_date_reason="기록 정리"))
    finally:
        backend.close()


def test_the_register_lists_the_span_in_receipt_order_with_contacts_masked(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    _seed(data_dir)
    out_file = tmp_path / "처리부.xlsx"
    code, out, err = run(capsys, "report", "register", "--from", "2026-07-01", "--to", "2026-07-05",
                         "--reason", "월간 점검", "-o", str(out_file), "--data-dir", str(data_dir))
    assert code == 0, err
    assert "2건" in out
    sheet = openpyxl.load_workbook(out_file).active
    rows = [[c or "" for c in row] for row in sheet.iter_rows(values_only=True)]
    assert tuple(rows[1]) == COLUMNS
    assert [r[4] for r in rows[2:]] == ["첫날 접수", "둘째 날 접수"]
    first = rows[2]
    assert first[2] == "홍*동" and first[3] == "ho***@example.com"
    assert rows[3][3] == "010-****-3333"
    assert first[5] == "혁신행정담당관" and first[6].startswith("김민준")
    backend = open_data(data_dir)
    try:
        with backend.db.read() as session:
            log = session.scalars(select(AccessLog).order_by(AccessLog.id.desc())).first()
            assert log is not None and log.reason == "월간 점검" and log.count == 2
    finally:
        backend.close()


def test_a_pdf_for_one_department_and_a_download_needs_its_reason(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    _seed(data_dir)
    pdf = tmp_path / "처리부.pdf"
    code, _out, err = run(capsys, "report", "register", "--from", "2026-07-01", "--to", "2026-07-31",
                         "--department", "혁신행정담당관", "--reason", "감사 자료", "-o", str(pdf),
                         "--data-dir", str(data_dir))
    assert code == 0, err
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "민원 처리부" in text and "별지 제1호" in text and "첫날 접수" in text
    assert "둘째 날 접수" not in text  # another department's
    code, _out, err = run(capsys, "report", "register", "--from", "2026-07-01", "--to",
                          "2026-07-31", "--reason", " ", "-o", str(pdf), "--data-dir", str(data_dir))
    assert code == 2 and "까닭" in err
    code, _out, err = run(capsys, "report", "register", "--from", "2026-07-01", "--to",
                          "2026-07-31", "--reason", "x", "-o", str(tmp_path / "a.hwpx"),
                          "--data-dir", str(data_dir))
    assert code == 2 and ".xlsx 또는 .pdf" in err
