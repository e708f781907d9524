"""``minwon-desk purge``: what is due, the destruction itself (asked to confirm), the
ledger as a PDF — and a purge killed half-way that the next run finishes."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import insert, text

from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.store.models import Visit
from tests.support.seed import seed_small_agency

from .helpers import DESK, open_data, run

NAME = "홍길동"


def _open(where: Path | str) -> Backend:
    """The database of a data folder, or at a URL."""
    if isinstance(where, Path):
        return open_data(where)
    return Backend.open(where, charter=load_charter(charter_preset("mss")), desk=DESK)


def _old_visits(data_dir: Path | str, n: int) -> None:
    """``n`` visits checked in over March 2024 (past the 1-year period today)."""
    backend = _open(data_dir)
    try:
        with backend.db.engine.begin() as conn:
            operator = conn.execute(text("SELECT id FROM staff WHERE employee_no='T0001'")).scalar_one()
            start = datetime(2024, 3, 4, 9, 0, tzinfo=SEOUL)
            conn.execute(insert(Visit), [
                {"desk": "1층 민원안내", "visitor_name": f"{NAME}{i}",
                 "visitor_phone": f"010-5{i:03d}-{i % 10000:04d}"[:13], "purpose": "사업자 등록",
                 "checked_in_at": start + timedelta(minutes=i), "checked_in_by_id": operator,
                 "checked_out_at": start + timedelta(minutes=i + 5)}
                for i in range(n)
            ])
    finally:
        backend.close()


def _state(data_dir: Path | str) -> tuple[int, int, int, int, int | None]:
    """(visits purged, purged ones still holding a name, unpurged ones without a name,
    ledger count, unfinished runs)."""
    backend = _open(data_dir)
    try:
        with backend.db.engine.connect() as conn:
            purged = conn.execute(text("SELECT count(*) FROM visit WHERE purged_at IS NOT NULL")).scalar_one()
            half = conn.execute(text("SELECT count(*) FROM visit WHERE purged_at IS NOT NULL "
                                     "AND (visitor_name <> '' OR visitor_phone <> '')")).scalar_one()
            blank = conn.execute(text("SELECT count(*) FROM visit WHERE purged_at IS NULL "
                                      "AND visitor_name = ''")).scalar_one()
            ledger = conn.execute(text("SELECT coalesce(sum(count), 0) FROM destruction_ledger")).scalar_one()
            open_runs = conn.execute(text("SELECT count(*) FROM purge_run WHERE finished_at IS NULL")).scalar_one()
    finally:
        backend.close()
    return purged, half, blank, ledger, open_runs


def _files_hold(folder: Path, needle: str) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


def test_dry_run_lists_what_is_due_and_changes_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _old_visits(data_dir, 3)
    code, out, _err = run(capsys, "--data-dir", str(data_dir), "purge", "--dry-run")
    assert code == 0
    assert "방문 기록: 3건, 가장 오래된 것 2024-03-04 (보존 1년" in out
    assert "공공기록물 관리에 관한 법률 시행령" in out
    assert "접속기록: 0건" in out and "모두 3건" in out
    assert _state(data_dir)[0] == 0


def test_purge_asks_to_confirm_and_then_destroys(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _old_visits(data_dir, 3)
    monkeypatch.setattr(sys, "stdin", io.StringIO("아니요\n"))
    code, _out, err = run(capsys, "--data-dir", str(data_dir), "purge")
    assert code == 2 and "--yes" in err
    code, out, _err = run(capsys, "--data-dir", str(data_dir), "purge", "--yes")
    assert code == 0 and "방문 기록 3건" in out and "파기 대장 1번" in out
    assert _state(data_dir)[:4] == (3, 0, 0, 3)
    assert _files_hold(data_dir, NAME) == []
    code, out, _err = run(capsys, "--data-dir", str(data_dir), "purge", "--yes")
    assert code == 0 and "파기할 기록이 없습니다" in out
    code, out, _err = run(capsys, "--data-dir", str(data_dir), "audit", "verify")
    assert code == 0 and "이상 없음" in out


def test_the_ledger_prints_as_a_pdf(
    data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _old_visits(data_dir, 2)
    run(capsys, "--data-dir", str(data_dir), "purge", "--yes")
    target = tmp_path / "파기대장.pdf"
    code, out, _err = run(capsys, "--data-dir", str(data_dir), "purge", "ledger", "-o", str(target))
    assert code == 0 and "1줄" in out
    pdf = PdfReader(io.BytesIO(target.read_bytes()))
    words = "".join(page.extract_text() for page in pdf.pages)
    assert "개인정보 파기 대장" in words and "방문 기록" in words and "2건" in words
    assert "2024-03-04 ~ 2024-03-04" in words and "안내원 (T0001)" in words
    assert "secure_delete" in words


def test_an_officer_may_not_purge(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.support.seed import SEED_PASSWORD  # noqa: F401 (the same password for all)

    code, _out, err = run(capsys, "--data-dir", str(data_dir), "purge", "--dry-run", who="T0002")
    assert code == 3 and "보존기간 경과 기록 파기" in err


def test_a_purge_killed_half_way_is_finished_by_the_next(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On SQLite and PostgreSQL: the child purging is killed with SIGKILL mid-way."""
    folder = tmp_path / "data"
    folder.mkdir()
    seeded = _open(db_url)
    seed_small_agency(seeded)
    seeded.close()
    total = 6000
    _old_visits(db_url, total)
    where = ["--data-dir", str(folder), "--db-url", db_url]
    # Small batches: many commits, so the kill lands between two of them, whatever the speed.
    env = {**os.environ, "MINWON_PURGE_BATCH": "5", "QT_QPA_PLATFORM": "offscreen"}
    log = tmp_path / "purge.err"
    with log.open("wb") as err, subprocess.Popen(
        [sys.executable, "-m", "minwon_desk", *where, "--as", "T0001", "purge", "--yes"],
        env=env, stdout=subprocess.DEVNULL, stderr=err,
    ) as child:
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:  # wait for part of the work, then kill it
                if child.poll() is not None:
                    pytest.fail(f"the purge ended before it was killed: {log.read_text()!r}")
                if _state(db_url)[3] >= 100:
                    break
                time.sleep(0.05)
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
    purged, half, blank, ledger, open_runs = _state(db_url)
    assert 0 < purged < total, "killed in the middle"
    assert (half, blank) == (0, 0), "no record half destroyed"
    assert ledger == purged and open_runs == 1

    code, out, _err = run(capsys, *where, "purge", "--yes")
    assert code == 0 and "멈췄던 파기를 마저 끝냈습니다" in out
    assert _state(db_url) == (total, 0, 0, total, 0)
    assert _files_hold(tmp_path, NAME) == []
    code, out, _err = run(capsys, *where, "audit", "verify")
    assert code == 0
