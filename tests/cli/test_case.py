"""``minwon-desk case open|answer|list``: cases from the shell."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.store.models import Case
from tests.support.seed import actor_for, small_agency

from .helpers import open_data, run


@pytest.fixture
def desk(data_dir: Path) -> Path:
    """The seeded folder; 김민준 (T0002) away Thursday and Friday, 이서연 (T0003) acting."""
    backend = open_data(data_dir)
    agency = small_agency(backend)
    backend.absences.add(
        actor_for(backend, agency.operator), staff_id=agency.officers[0].id,
        kind=AbsenceKind.TRIP, starts_at=datetime(2026, 7, 2, 9, tzinfo=SEOUL),
        ends_at=datetime(2026, 7, 3, 18, tzinfo=SEOUL), deputy_id=agency.officers[1].id,
    )
    backend.close()
    return data_dir


def _open(capsys: pytest.CaptureFixture[str], folder: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "case", "open", "--subject", "창업 지원사업 신청 자격 문의",
               "--data-dir", str(folder), *extra)


def _cases(folder: Path) -> int:
    backend = open_data(folder)
    try:
        with backend.db.read() as session:
            return session.scalar(select(func.count()).select_from(Case)) or 0
    finally:
        backend.close()


def test_open_prints_receipt_number_officer_and_the_legal_deadline(
    capsys: pytest.CaptureFixture[str], desk: Path
) -> None:
    code, out, err = _open(capsys, desk, "--type", "질의-법령", "--channel", "우편",
                           "--officer", "T0004", "--petitioner", "홍길동",
                           "--at", "2026-07-02T10:00+09:00")
    assert (code, err) == (0, "")
    # 14 working days counting the day of receipt; Fri 17 July (제헌절) is a holiday.
    assert out.splitlines() == ["TEST-2026-000001\tT0004\t2026-07-22T18:00:00+09:00"]


def test_open_for_an_officer_away_names_the_deputy(
    capsys: pytest.CaptureFixture[str], desk: Path
) -> None:
    code, out, err = _open(capsys, desk, "--type", "고충", "--channel", "전화",
                           "--officer", "T0002", "--at", "2026-07-02T10:00+09:00")
    assert code == 0
    assert out.split("\t")[1] == "T0003"
    assert out.strip().endswith("2026-07-07T10:00:00+09:00")  # MSS: complaints in 3 days
    assert "이서연" in err


def test_answer_and_list_by_state(capsys: pytest.CaptureFixture[str], desk: Path) -> None:
    _open(capsys, desk, "--type", "기타", "--channel", "방문", "--officer", "T0004",
          "--at", "2026-07-02T10:00+09:00")
    _open(capsys, desk, "--type", "1357", "--channel", "1357", "--officer", "T0005",
          "--at", "2026-07-02T11:00+09:00")
    code, out, _ = run(capsys, "case", "answer", "TEST-2026-000002", "--text",
                       "현장기동반이 방문해 해소했습니다.", "--data-dir", str(desk))
    assert (code, out.strip()) == (0, "TEST-2026-000002-회신")
    code, out, _ = run(capsys, "case", "list", "--data-dir", str(desk))
    lines = [line.split("\t") for line in out.splitlines()]
    # The open case (long overdue by now) first, the answered one after.
    assert [(f[0], f[1], f[2], f[3]) for f in lines] == [
        ("TEST-2026-000001", "T0004", "기타", "overdue"),
        ("TEST-2026-000002", "T0005", "1357", "done"),
    ]
    code, out, _ = run(capsys, "case", "list", "--state", "done", "--data-dir", str(desk))
    assert [line.split("\t")[0] for line in out.splitlines()] == ["TEST-2026-000002"]
    code, out, _ = run(capsys, "case", "list", "--officer", "T0004", "--data-dir", str(desk))
    assert [line.split("\t")[0] for line in out.splitlines()] == ["TEST-2026-000001"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--type", "민원", "--channel", "우편", "--officer", "T0004"), "--type"),
        (("--type", "건의", "--channel", "카톡", "--officer", "T0004"), "--channel"),
        (("--type", "건의", "--channel", "우편", "--officer", "X9999"), "--officer"),
        (("--type", "건의", "--channel", "우편", "--officer", "T0004",
          "--petitioner", "홍길동 900101-1234567"), "주민등록번호"),
        (("--type", "건의", "--channel", "우편", "--officer", "T0004", "--at", "어제"), "--at"),
    ],
)
def test_bad_input_exits_2_and_registers_nothing(
    capsys: pytest.CaptureFixture[str], desk: Path, args: tuple[str, ...], says: str
) -> None:
    code, out, err = _open(capsys, desk, *args)
    assert (code, out) == (2, "")
    assert says in err
    assert _cases(desk) == 0


def test_unknown_case_numbers_exit_2(capsys: pytest.CaptureFixture[str], desk: Path) -> None:
    code, _out, err = run(capsys, "case", "answer", "TEST-2026-000404", "--text", "답",
                          "--data-dir", str(desk))
    assert code == 2 and "TEST-2026-000404" in err
    code, _out, err = run(capsys, "print", "receipt", "TEST-2026-000404", "-o",
                          str(desk / "x.pdf"), "--data-dir", str(desk))
    assert code == 2 and "TEST-2026-000404" in err
    code, _out, err = run(capsys, "case", "list", "--state", "someday", "--data-dir", str(desk))
    assert code == 2 and "--state" in err


def _open_in_process(folder: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "minwon_desk", "--as", "T0001", "case", "open",
         "--type", "고충", "--channel", "방문", "--officer", "T0004",
         "--subject", "창업 지원사업 신청 자격 문의", "--petitioner", "홍길동",
         "--data-dir", str(folder), *extra],
        capture_output=True, text=True, env=env, timeout=120,
    )


def test_open_twice_warns_of_the_duplicate_and_registers_nothing(desk: Path) -> None:
    first = _open_in_process(desk, "--at", "2026-07-02T10:00+09:00")
    assert first.returncode == 0, first.stderr
    again = _open_in_process(desk, "--at", "2026-07-02T10:01+09:00")
    assert again.returncode == 2
    assert again.stdout == ""
    assert "TEST-2026-000001" in again.stderr and "홍*동" in again.stderr
    assert "이미 접수되어 있습니다" in again.stderr and "--proceed" in again.stderr
    assert "Traceback" not in again.stderr
    assert _cases(desk) == 1


def test_open_again_with_link_or_proceed_registers_it(desk: Path) -> None:
    assert _open_in_process(desk, "--at", "2026-07-02T10:00+09:00").returncode == 0
    linked = _open_in_process(desk, "--at", "2026-07-02T10:01+09:00",
                              "--link", "TEST-2026-000001")
    assert linked.returncode == 0, linked.stderr
    assert linked.stdout.startswith("TEST-2026-000002\t")
    apart = _open_in_process(desk, "--at", "2026-07-02T10:02+09:00", "--proceed")
    assert apart.returncode == 0, apart.stderr
    assert apart.stdout.startswith("TEST-2026-000003\t")
    backend = open_data(desk)
    try:
        history = backend.cases.detail(backend.cases.id_of("TEST-2026-000002"))
    finally:
        backend.close()
    assert any("TEST-2026-000001" in event.note for event in history.events)


def test_open_with_link_to_an_unknown_case_says_so(desk: Path) -> None:
    result = _open_in_process(desk, "--link", "TEST-2026-000099")
    assert result.returncode == 2
    assert "--link" in result.stderr and "Traceback" not in result.stderr
    assert _cases(desk) == 0


def test_transfer_sends_the_case_to_another_agency_and_prints_the_notice(
    capsys: pytest.CaptureFixture[str], desk: Path
) -> None:
    code, out, err = _open(capsys, desk, "--type", "고충", "--channel", "우편",
                           "--officer", "T0004")
    assert code == 0, err
    number = out.split("\t")[0]
    code, out, err = run(capsys, "case", "transfer", number, "--to-agency", "고용노동부",
                         "--reason", "임금 체불은 근로감독 소관", "--data-dir", str(desk))
    assert (code, out) == (0, f"{number}-이송\n"), err
    code, _out, err = run(capsys, "case", "transfer", number, "--to-agency", "환경부",
                          "--reason", "x", "--data-dir", str(desk))
    assert code == 2 and "이송했습니다" in err
    code, out, _err = run(capsys, "case", "list", "--state", "done", "--data-dir", str(desk))
    assert number in out and "\tdone\t" in out  # closed here: it is the other agency's now


def test_transfer_without_an_agency_is_refused_naming_the_option(
    capsys: pytest.CaptureFixture[str], desk: Path
) -> None:
    code, out, err = _open(capsys, desk, "--type", "고충", "--channel", "우편",
                           "--officer", "T0004")
    assert code == 0, err
    number = out.split("\t")[0]
    code, _out, err = run(capsys, "case", "transfer", number, "--to-agency", " ",
                          "--reason", "소관 아님", "--data-dir", str(desk))
    assert code == 2 and "--to-agency" in err and "기관의 이름" in err
