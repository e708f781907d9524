"""``minwon-desk print vouchers``: a month's vouchers or one voucher, as a PDF file."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.store.models import Voucher
from tests.support.seed import actor_for, small_agency
from tests.support.voucher_rows import VoucherRow, add_vouchers

from .helpers import open_data, run

JULY = datetime(2026, 7, 1, 9, 30, tzinfo=SEOUL)


@pytest.fixture
def desk(data_dir: Path) -> Path:
    """Three July vouchers, the second voided; the desk's operator is T0001."""
    backend = open_data(data_dir)
    actor = actor_for(backend, small_agency(backend).operator)
    add_vouchers(backend, actor, [
        VoucherRow(1, JULY, recipient_name="홍길동"),
        VoucherRow(2, JULY + timedelta(days=1), recipient_name="김철수", void_reason="중복 발급"),
        VoucherRow(3, JULY + timedelta(days=2), recipient_name="이영희"),
    ])
    backend.close()
    (data_dir / "settings.toml").write_text('desk_operator = "T0001"\n', encoding="utf-8")
    return data_dir


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages).split())


def _print_counts(folder: Path) -> dict[str, int]:
    backend = open_data(folder)
    try:
        with backend.db.read() as session:
            return {v.serial: v.print_count for v in session.query(Voucher)}
    finally:
        backend.close()


def test_a_month_is_saved_in_serial_order_without_the_voided_one(
    capsys: pytest.CaptureFixture[str], desk: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "july.pdf"
    code, out, err = run(capsys, "print", "vouchers", "--month", "2026-07", "-o", str(out_file),
                         "--data-dir", str(desk))
    assert (code, err) == (0, "")
    assert str(out_file) in out and "2026년 7월 보상 증서 2매" in out
    assert "MSS-V2026-00001 ~ MSS-V2026-00003" in out
    text = _text(out_file)
    assert text.index("MSS-V2026-00001") < text.index("MSS-V2026-00003")
    assert "홍길동 귀하" in text and "이영희 귀하" in text and "김철수" not in text
    assert "금 일만 원정 (10,000원)" in text
    assert _print_counts(desk) == {"MSS-V2026-00001": 1, "MSS-V2026-00002": 0,
                                   "MSS-V2026-00003": 1}


def test_one_voucher_by_its_serial(
    capsys: pytest.CaptureFixture[str], desk: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "one.pdf"
    code, out, _err = run(capsys, "print", "vouchers", "--serial", "MSS-V2026-00003",
                          "-o", str(out_file), "--data-dir", str(desk), "--as", "T0001")
    assert code == 0 and "MSS-V2026-00003" in out
    text = _text(out_file)
    assert "이영희 귀하" in text and "홍길동" not in text


def test_a_month_that_cannot_be_read_is_bad_input(
    capsys: pytest.CaptureFixture[str], desk: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "x.pdf"
    code, _out, err = run(capsys, "print", "vouchers", "--month", "2026-13", "-o", str(out_file),
                          "--data-dir", str(desk))
    assert code == 2
    assert "--month" in err and "2026-10처럼 연도-월로 적어 주세요" in err
    assert not out_file.exists()


def test_an_empty_month_prints_nothing_and_says_so(
    capsys: pytest.CaptureFixture[str], desk: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "aug.pdf"
    code, out, err = run(capsys, "print", "vouchers", "--month", "2026-08", "-o", str(out_file),
                         "--data-dir", str(desk))
    assert (code, out) == (1, "")
    assert "2026년 8월에 발급된 보상 증서가 없습니다" in err
    assert not out_file.exists()


def test_a_voided_voucher_is_refused(
    capsys: pytest.CaptureFixture[str], desk: Path, tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "print", "vouchers", "--serial", "MSS-V2026-00002",
                          "-o", str(tmp_path / "v.pdf"), "--data-dir", str(desk))
    assert code == 1
    assert "무효 처리되어" in err and "중복 발급" in err


def test_an_unknown_serial_is_bad_input(
    capsys: pytest.CaptureFixture[str], desk: Path, tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "print", "vouchers", "--serial", "MSS-V2026-00099",
                          "-o", str(tmp_path / "v.pdf"), "--data-dir", str(desk))
    assert code == 2 and "--serial" in err and "MSS-V2026-00099" in err


def test_someone_must_be_named_as_the_printer(
    capsys: pytest.CaptureFixture[str], desk: Path, tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "print", "vouchers", "--month", "2026-07",
                          "-o", str(tmp_path / "v.pdf"), "--data-dir", str(desk), who=None)
    assert code == 3 and "--as" in err
    assert _print_counts(desk)["MSS-V2026-00001"] == 0
    # An officer is not a supervisor: the vouchers are not theirs to print.
    code, _out, err = run(capsys, "print", "vouchers", "--month", "2026-07",
                          "-o", str(tmp_path / "v.pdf"), "--data-dir", str(desk), who="T0002")
    assert code == 3 and "감독" in err
    assert _print_counts(desk)["MSS-V2026-00001"] == 0


def test_the_demo_prints_as_its_supervisor(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MINWON_PASSWORD")  # the demo's passwords are known
    month = datetime.now(SEOUL).strftime("%Y-%m")  # the demo's supervisor issued them today
    out = tmp_path / "demo.pdf"
    code, out_text, err = run(capsys, "print", "vouchers", "--demo", "--month", month,
                              "-o", str(out), "--data-dir", str(tmp_path / "data"),
                              "--as", "supervisor")
    assert code == 0, err
    assert "DEMO-V" in out_text and "DEMO-V" in _text(out)
