"""``minwon-desk absence import``: absences with their deputies from the HR file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from minwon_desk.store.models import Absence, Staff
from tests.support.seed import SMALL_OPERATOR_NO

from .helpers import open_data, run

HEADER = "사번,구분,시작,종료,대행자사번"


def absences(data_dir: Path) -> list[tuple[str, str, str]]:
    """(officer, kind, deputy) of every stored absence."""
    backend = open_data(data_dir)
    try:
        with backend.db.read() as session:
            names = dict(session.execute(select(Staff.id, Staff.name)).tuples().all())
            return [
                (names[a.staff_id], a.kind, names[a.deputy_id] if a.deputy_id else "")
                for a in session.scalars(select(Absence).order_by(Absence.id))
            ]
    finally:
        backend.close()


def test_import_dry_run_and_again(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "부재.csv"
    path.write_text(
        f"{HEADER}\nT0002,출장,2026-07-06,2026-07-07,T0005\nT0003,휴가,2026-07-06 13:00,2026-07-06 18:00,\n",
        encoding="cp949",
    )
    base = ["absence", "import", str(path), "--as", SMALL_OPERATOR_NO, "--data-dir", str(data_dir)]
    code, out, err = run(capsys, *base, "--dry-run")
    assert (code, err) == (0, "")
    assert out == "가져오면 새 부재 2건, 대행자 변경 0건, 이미 있음 0건 (부재.csv, CP949). 검사만 했고 저장하지 않았습니다.\n"
    assert absences(data_dir) == []

    code, out, err = run(capsys, *base)
    assert (code, err) == (0, "")
    assert out == "부재 일정을 가져왔습니다: 새 부재 2건, 대행자 변경 0건, 이미 있음 0건 (부재.csv, CP949).\n"
    assert absences(data_dir) == [("김민준", "출장", "최유진"), ("이서연", "휴가", "")]

    code, out, _ = run(capsys, *base)
    assert (code, out) == (0, "부재 일정을 가져왔습니다: 새 부재 0건, 대행자 변경 0건, 이미 있음 2건 (부재.csv, CP949).\n")
    assert len(absences(data_dir)) == 2


def test_bad_rows_go_to_stderr_and_nothing_is_imported(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        f"{HEADER}\n"
        "T0002,출장,2026-07-06,2026-07-07,T0005\n"
        "T0003,병가,2026-07-06,2026-07-06,\n"
        "T0004,교육,2026-07-08 14:00,2026-07-08 10:00,\n"
        "T0005,회의,내일,2026-07-06 11:00,\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "absence", "import", str(path), "--as", SMALL_OPERATOR_NO, "--data-dir", str(data_dir))
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "3행 구분: '병가'는 부재 구분이 아닙니다. 출장, 휴가, 교육, 회의, 외근 중 하나로 적어 주세요.",
        "4행 종료: 종료(2026-07-08 10:00)가 시작(2026-07-08 14:00)보다 빠릅니다. 날짜와 시각을 확인해 주세요.",
        "5행 시작: '내일'을 날짜로 읽을 수 없습니다. 2026-07-06 09:00처럼 적거나, 하루 전체이면 "
        "2026-07-06처럼 날짜만 적어 주세요.",
        "minwon-desk: a.csv에 고칠 곳이 3군데 있어 아무것도 가져오지 않았습니다. 고친 뒤 다시 가져와 주세요.",
    ]
    assert absences(data_dir) == []


def test_someone_must_be_recorded_as_importing(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(f"{HEADER}\nT0002,출장,2026-07-06,2026-07-07,\n", encoding="utf-8")
    code, out, err = run(capsys, "absence", "import", str(path), "--data-dir", str(data_dir),
                         who=None)
    assert (code, out) == (3, "")
    assert "--as" in err and "MINWON_TOKEN" in err
    assert absences(data_dir) == []
