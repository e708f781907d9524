"""``minwon-desk staff export``: the homepage directory as CSV or one HTML page."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import run


@pytest.mark.parametrize("fmt", ["csv", "html"])
def test_export_writes_the_file_and_says_what_is_in_it(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"직원안내.{fmt}"
    code, out, err = run(capsys, "staff", "export", "--format", fmt, "-o", str(target), "--data-dir", str(data_dir))
    assert (code, err) == (0, "")
    assert out == f"직원 안내를 내보냈습니다: {target} ({fmt.upper()}, 부서 3곳, 직원 5명).\n"
    text = target.read_text(encoding="utf-8-sig")
    assert "김민준" in text and "정하늘" not in text


def test_an_empty_database_has_nothing_to_export(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "a.html"
    code, out, err = run(capsys, "staff", "export", "--format", "html", "-o", str(target), "--data-dir", str(tmp_path / "new"))
    assert (code, out) == (2, "")
    assert err == "minwon-desk: 내보낼 직원이 없습니다. 먼저 직원 명부를 가져와 주세요.\n"
    assert not target.exists()


def test_a_missing_folder_is_named(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "없는폴더" / "a.csv"
    code, out, err = run(capsys, "staff", "export", "--format", "csv", "-o", str(target), "--data-dir", str(data_dir))
    assert (code, out) == (2, "")
    assert f"폴더 {target.parent}가 없습니다" in err


def test_an_unknown_format_is_refused_by_the_parser(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    code, out, err = run(capsys, "staff", "export", "--format", "pdf", "-o", str(tmp_path / "a"), "--data-dir", str(data_dir))
    assert (code, out) == (2, "")
    assert "pdf" in err
