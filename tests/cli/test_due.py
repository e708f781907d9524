"""``minwon-desk due`` as an administrator or a telephone system would call it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from minwon_desk.cli import main


def due(capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["due", "--data-dir", str(tmp_path), *args])
    except SystemExit as exc:  # argparse refuses some values itself, also with status 2
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("start", "period", "expected"),
    [
        # The decree's example: 3 days = 24 working hours, Thursday afternoon → Tuesday.
        ("2026-07-02T15:00+09:00", "3d", "2026-07-07T15:00:00+09:00"),
        # 3 working hours from Friday 17:00: one hour Friday, two on Monday morning.
        ("2026-09-18T17:00+09:00", "3h", "2026-09-21T11:00:00+09:00"),
        # Minutes are wall clock, even over lunch.
        ("2026-07-02T11:58+09:00", "3m", "2026-07-02T12:01:00+09:00"),
        # Immediately = 3 working hours; received after hours starts next morning.
        ("2026-07-02T19:30+09:00", "immediate", "2026-07-03T12:00:00+09:00"),
        # 7 days counts working days with the day of receipt as day one, over Chuseok 2026.
        ("2026-09-22T10:00+09:00", "7d", "2026-10-02T18:00:00+09:00"),
        # A time in another zone is converted; the answer is always given in +09:00.
        ("2026-07-02T06:00+00:00", "3d", "2026-07-07T15:00:00+09:00"),
    ],
)
def test_the_deadline_the_law_gives(capsys, tmp_path, start, period, expected) -> None:
    code, out, err = due(capsys, tmp_path, "--from", start, "--period", period)
    assert (code, out, err) == (0, expected + "\n", "")


def test_an_extra_holiday_pushes_the_deadline(capsys, tmp_path) -> None:
    code, out, _ = due(
        capsys, tmp_path, "--from", "2026-07-02T15:00+09:00", "--period", "3d",
        "--extra-holiday", "2026-07-06",
    )
    assert code == 0
    assert out.strip() == "2026-07-08T15:00:00+09:00"


def test_a_charter_clock_name_is_a_period(capsys, tmp_path) -> None:
    code, out, _ = due(
        capsys, tmp_path, "--from", "2026-09-18T17:00+09:00", "--period", "callback",
        "--charter", "mss",
    )
    assert (code, out.strip()) == (0, "2026-09-21T11:00:00+09:00")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--from", "2026-13-40T10:00", "--period", "3d"], "2026-13-40"),
        (["--from", "어제", "--period", "3d"], "어제"),
        (["--from", "2026-07-02T15:00+09:00", "--period", "3x"], "3x"),
        (["--from", "2026-07-02T15:00+09:00", "--period", "0d"], "0d"),
        (["--from", "2026-07-02T15:00+09:00", "--period", "3d", "--extra-holiday", "7월6일"], "7월6일"),
    ],
)
def test_bad_input_exits_2_and_says_what_is_wrong(capsys, tmp_path, args, words) -> None:
    code, out, err = due(capsys, tmp_path, *args)
    assert code == 2
    assert out == ""
    assert words in err


def test_a_broken_charter_file_is_refused_with_its_line(capsys, tmp_path) -> None:
    bad = tmp_path / "ours.toml"
    bad.write_text('[charter]\nid = "ours"\nname = \n', encoding="utf-8")
    code, out, err = due(
        capsys, tmp_path, "--from", "2026-07-02T15:00+09:00", "--period", "3d",
        "--charter", str(bad),
    )
    assert code == 2 and out == ""
    assert "ours.toml" in err and "3" in err


def test_runs_as_an_installed_command() -> None:
    env = dict(os.environ)
    result = subprocess.run(
        [sys.executable, "-m", "minwon_desk", "due", "--from", "2026-07-02T15:00+09:00",
         "--period", "3d", "--charter", "mss"],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "2026-07-07T15:00:00+09:00\n"

