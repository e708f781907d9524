"""``minwon-desk backup``, ``backup verify`` and ``restore`` as an administrator types them."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest

from minwon_desk.services.dto import MemoRequest
from tests.support.backup_files import memo_count, rewrite_backup

from .helpers import open_data, run

PASS = "봉투에 넣어 둔 암호 2026"


def _take_memo(data_dir: Path, gist: str) -> None:
    backend = open_data(data_dir)
    try:
        operator = backend.staff.by_employee_no("T0001")
        officer = backend.staff.by_employee_no("T0002")
        from tests.support.seed import actor_for

        backend.memos.take(actor_for(backend, operator),
                           MemoRequest("홍길동", "010-1234-5678", gist, asked_for_id=officer.id))
    finally:
        backend.close()


def _memos(data_dir: Path) -> int:
    backend = open_data(data_dir)
    try:
        return memo_count(backend)
    finally:
        backend.close()


def test_backup_verify_and_restore(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    _take_memo(data_dir, "백업 전")
    target = tmp_path / "minwon-20260702.mwbak"
    code, out, err = run(capsys, "--data-dir", str(data_dir), "backup", "-o", str(target))
    assert code == 0, err
    assert f"백업했습니다: {target}" in out
    assert "전화메모 1건" in out and "스키마" in out and "테스트 중소기업청 (TEST)" in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    code, out, err = run(capsys, "backup", "verify", str(target), who=None)
    assert code == 0, err
    assert out.startswith("이상 없음")
    for kind in ("방문 0건", "전화메모 1건", "민원 0건", "직원 6건"):
        assert kind in out

    _take_memo(data_dir, "백업 뒤")
    assert _memos(data_dir) == 2
    code, out, err = run(capsys, "--data-dir", str(data_dir), "restore", str(target), "--yes")
    assert code == 0, err
    assert "복원했습니다" in out and "따로 두었습니다" in out
    assert _memos(data_dir) == 1
    assert list(data_dir.glob("minwon.before-restore.*.db"))


def test_a_backup_without_a_file_name_goes_to_the_backup_folder(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "backup")
    assert code == 0, err
    made = list((data_dir / "backups").glob("minwon-*.mwbak"))
    assert len(made) == 1 and str(made[0]) in out


def test_an_encrypted_backup_asks_for_its_passphrase(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "sealed.mwbak"
    monkeypatch.setenv("MINWON_BACKUP_PASSPHRASE", PASS)
    code, out, err = run(capsys, "--data-dir", str(data_dir), "backup", "--encrypt",
                         "-o", str(target))
    assert code == 0, err
    assert "암호화됨" in out
    monkeypatch.delenv("MINWON_BACKUP_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO("틀린 암호입니다\n"))
    code, out, err = run(capsys, "backup", "verify", str(target), who=None)
    assert code == 1
    assert "암호가 맞지 않습니다" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASS}\n"))
    code, out, err = run(capsys, "backup", "verify", str(target), who=None)
    assert code == 0, err
    monkeypatch.setattr("sys.stdin", io.StringIO("짧은암호\n"))
    code, out, err = run(capsys, "--data-dir", str(data_dir), "backup", "--encrypt",
                         "-o", str(tmp_path / "short.mwbak"))
    assert code == 2 and "8자 이상" in err
    assert not (tmp_path / "short.mwbak").exists()


def test_a_damaged_file_fails_verification(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "b.mwbak"
    assert run(capsys, "--data-dir", str(data_dir), "backup", "-o", str(target))[0] == 0
    cut = tmp_path / "cut.mwbak"
    cut.write_bytes(target.read_bytes()[:5000])
    code, _out, err = run(capsys, "backup", "verify", str(cut), who=None)
    assert code == 1 and "잘려 있습니다" in err
    code, _out, err = run(capsys, "backup", "verify", str(data_dir / "minwon.db"), who=None)
    assert code == 1 and "백업 파일이 아닙니다" in err


def test_a_restore_not_confirmed_changes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "b.mwbak"
    assert run(capsys, "--data-dir", str(data_dir), "backup", "-o", str(target))[0] == 0
    _take_memo(data_dir, "지켜질 메모")
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    code, out, err = run(capsys, "--data-dir", str(data_dir), "restore", str(target))
    assert code == 1
    assert "계속할까요" in out and "복원하지 않았습니다" in err
    assert _memos(data_dir) == 1
    assert not list(data_dir.glob("minwon.before-restore.*"))


@pytest.mark.parametrize(("sql", "said"), [
    ("UPDATE alembic_version SET version_num = '0999'", "더 새 버전"),
    ("UPDATE agency SET code = 'OTHER', name = '다른 기관'", "다른 기관의 것입니다"),
])
def test_a_restore_of_a_newer_schema_or_another_agency_is_refused(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, sql: str, said: str
) -> None:
    good = tmp_path / "b.mwbak"
    assert run(capsys, "--data-dir", str(data_dir), "backup", "-o", str(good))[0] == 0
    bad = rewrite_backup(good, tmp_path / "bad.mwbak", sql)
    _take_memo(data_dir, "지켜질 메모")
    code, _out, err = run(capsys, "--data-dir", str(data_dir), "restore", str(bad), "--yes")
    assert code == 2
    assert said in err and "아무것도 바꾸지 않았습니다" in err
    assert _memos(data_dir) == 1


def test_only_an_administrator_backs_up_and_restores(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "b.mwbak"
    code, _out, err = run(capsys, "--data-dir", str(data_dir), "backup", "-o", str(target),
                         who="T0002")
    assert code == 3 and "백업·복원" in err and "관리자" in err
    assert not target.exists()
    assert run(capsys, "--data-dir", str(data_dir), "backup", "-o", str(target))[0] == 0
    code, _out, err = run(capsys, "--data-dir", str(data_dir), "restore", str(target), "--yes",
                         who="T0002")
    assert code == 3


def test_a_backup_into_a_folder_that_is_not_there_is_refused(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "--data-dir", str(data_dir), "backup", "-o",
                         str(tmp_path / "없는 폴더" / "b.mwbak"))
    assert code == 2 and "없습니다" in err
