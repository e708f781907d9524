"""``minwon-desk site``: a visit to a company planned with the customer, done, listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import run


@pytest.fixture
def case_no(capsys: pytest.CaptureFixture[str], data_dir: Path) -> str:
    code, out, err = run(capsys, "case", "open", "--type", "1357", "--channel", "1357",
                         "--subject", "공장 인허가 지연", "--petitioner", "(주)한빛정밀",
                         "--officer", "T0002", "--data-dir", str(data_dir))
    assert code == 0, err
    return out.split("\t")[0]


def _plan(capsys: pytest.CaptureFixture[str], data_dir: Path, case_no: str,
          *extra: str) -> tuple[int, str, str]:
    return run(capsys, "site", "plan", case_no, "--at", "2026-12-30T14:00",
               "--place", "안산 공장", "--agenda", "보완 서류 확인",
               "--agreed", "전화로 대표와 협의", *extra, "--data-dir", str(data_dir),
               who="T0002")


def test_a_visit_is_planned_listed_and_done(
    capsys: pytest.CaptureFixture[str], data_dir: Path, case_no: str
) -> None:
    code, out, err = _plan(capsys, data_dir, case_no, "--member", "T0002")
    assert code == 0, err
    visit = out.strip()
    code, out, err = run(capsys, "site", "list", case_no, "--data-dir", str(data_dir))
    assert code == 0, err
    assert out == f"{visit}\tplanned\t2026-12-30T14:00:00+09:00\t안산 공장\t김민준 사무관\n"
    code, _out, err = run(capsys, "site", "done", visit, "--outcome", "확인함",
                          "--data-dir", str(data_dir), who="T0002")
    assert code == 2 and "다녀온 뒤에" in err  # the visit is still ahead
    code, _out, err = run(capsys, "site", "cancel", visit, "--reason", "전화로 해결",
                          "--data-dir", str(data_dir), who="T0002")
    assert code == 0, err


def test_three_people_need_many_and_the_refusal_names_the_option(
    capsys: pytest.CaptureFixture[str], data_dir: Path, case_no: str
) -> None:
    members = ("--member", "T0002", "--member", "T0003", "--member", "T0004")
    code, out, err = _plan(capsys, data_dir, case_no, *members)
    assert code == 2 and out == "" and err.startswith("minwon-desk: --member: 방문 인원이 3명")
    code, out, err = _plan(capsys, data_dir, case_no, *members, "--many")
    assert code == 0, err
