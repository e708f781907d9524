"""``minwon-desk staff find``: the directory from the shell, deputies included."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.timeutil import SEOUL
from tests.support.seed import actor_for, seed_small_agency

from .helpers import open_data, run


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    backend = open_data(tmp_path)
    agency = seed_small_agency(backend)
    kim, lee = agency.officers[0], agency.officers[1]
    backend.absences.add(
        actor_for(backend, agency.operator), staff_id=kim.id, kind=AbsenceKind.TRIP,
        starts_at=datetime(2026, 11, 23, 9, tzinfo=SEOUL),
        ends_at=datetime(2026, 11, 25, 18, tzinfo=SEOUL), deputy_id=lee.id,
    )
    backend.close()
    return tmp_path


def test_initials_find_the_officer_and_who_acts_during_the_trip(capsys, data_dir: Path) -> None:
    code, out, _ = run(capsys, "staff", "find", "ㄱㅁㅈ", "--at", "2026-11-24T10:00+09:00",
                       "--data-dir", str(data_dir))
    assert code == 0
    assert out.splitlines() == ["T0002\t김민준\t사무관\t혁신행정담당관\t1201\t\t출장\tT0003\t이서연"]


def test_present_officer_has_empty_deputy_fields(capsys, data_dir: Path) -> None:
    code, out, _ = run(capsys, "staff", "find", "김민준", "--at", "2026-11-26T10:00",
                       "--data-dir", str(data_dir))
    assert code == 0
    assert out.splitlines() == ["T0002\t김민준\t사무관\t혁신행정담당관\t1201\t\t재실\t\t"]


def test_department_lists_members_best_first(capsys, data_dir: Path) -> None:
    code, out, _ = run(capsys, "staff", "find", "창업정책과", "--data-dir", str(data_dir))
    assert code == 0
    assert [line.split("\t")[1] for line in out.splitlines()] == ["박지호", "이서연"]


def test_bad_moment_exits_2_and_says_why(capsys, data_dir: Path) -> None:
    code, out, err = run(capsys, "staff", "find", "김", "--at", "내일", "--data-dir", str(data_dir))
    assert code == 2 and out == ""
    assert "--at 시각 '내일'" in err
