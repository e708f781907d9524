"""``minwon-desk calendar``: an administrator adds a temporary holiday and deadlines move."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from minwon_desk.domain.charter import load_charter
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from tests.support.seed import SMALL_OPERATOR_NO, auditor, seed_small_agency

from .helpers import open_data, run


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    backend = open_data(tmp_path)
    seed_small_agency(backend)
    backend.close()
    return tmp_path


def test_a_temporary_holiday_is_listed_and_audited(capsys, data_dir: Path) -> None:
    code, out, _ = run(capsys, "calendar", "add-holiday", "2026-10-02", "--name", "임시공휴일",
                       "--as", SMALL_OPERATOR_NO, "--data-dir", str(data_dir))
    assert code == 0
    assert out == "2026-10-02\t임시공휴일\t기관 지정 휴일\n"
    code, out, _ = run(capsys, "calendar", "list", "2026", "--data-dir", str(data_dir))
    assert "2026-10-02\t임시공휴일\t기관 지정 휴일" in out.splitlines()
    assert "2026-09-25\t추석\t공휴일" in out.splitlines()

    backend = Backend.open(f"sqlite:///{data_dir / 'minwon.db'}",
                           charter=load_charter(charter_preset("mss")), desk="x")
    try:
        assert not backend.calendar.current().is_working_day(date(2026, 10, 2))
        operator = backend.staff.by_employee_no(SMALL_OPERATOR_NO)
        entries = backend.audit.recent(auditor(backend), entity="calendar_override")
        assert [(e.actor_id, e.desk) for e in entries] == [(operator.id, "1층 민원안내")]
    finally:
        backend.close()


def test_a_holiday_kept_as_a_working_day_keeps_its_name(capsys, data_dir: Path) -> None:
    code, out, _ = run(capsys, "calendar", "make-working", "2026-10-09",
                       "--as", SMALL_OPERATOR_NO, "--data-dir", str(data_dir))
    assert code == 0
    assert out == "2026-10-09\t한글날\t기관 근무일 (공휴일이지만 근무)\n"
    code, out, _ = run(capsys, "calendar", "clear", "2026-10-09",
                       "--as", SMALL_OPERATOR_NO, "--data-dir", str(data_dir))
    assert out == "2026-10-09\t한글날\t공휴일\n"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["add-holiday", "2026-10-32", "--name", "x", "--as", SMALL_OPERATOR_NO], "2026-10-32"),
    ],
)
def test_bad_input_exits_2(capsys, data_dir: Path, args: list[str], words: str) -> None:
    code, out, err = run(capsys, "calendar", *args, "--data-dir", str(data_dir))
    assert code == 2 and out == ""
    assert words in err


@pytest.mark.parametrize(
    ("who", "words"),
    [
        ("NOPE", "계정 또는 비밀번호가 맞지 않습니다"),
        (None, "--as"),
        ("T0002", "근무일 달력 관리"),  # an officer: not the administrator
    ],
)
def test_changing_the_calendar_needs_an_administrator(
    capsys, data_dir: Path, who: str | None, words: str
) -> None:
    code, out, err = run(capsys, "calendar", "make-working", "2026-10-09",
                         "--data-dir", str(data_dir), who=who)
    assert code == 3 and out == ""
    assert words in err
