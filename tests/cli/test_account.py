"""``minwon-desk account …`` end to end, signing in from the command line (exit status 3
when refused), the failed-attempt lock shared between processes, and the common options
before or after the command word."""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from minwon_desk.cli import build_parser

from .helpers import open_data, run

ROOT = Path(__file__).resolve().parents[2]


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_an_account_from_creation_to_first_sign_in(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(capsys, "account", "reset", "T0003", "--data-dir", str(data_dir))
    assert code == 0, err
    otp = out.splitlines()[-1]
    assert len(otp) == 12
    # The one-time password signs in, but nothing can be done before it is changed.
    monkeypatch.setenv("MINWON_PASSWORD", otp)
    code, out, err = run(capsys, "memo", "list", "--data-dir", str(data_dir), who="T0003")
    assert (code, out) == (3, "") and "처음 받은 비밀번호" in err
    # A new password that breaks the rule is refused, saying which part.
    _stdin(monkeypatch, "짧은암호\n")
    code, out, err = run(capsys, "account", "password", "--data-dir", str(data_dir), who="T0003")
    assert code == 2 and "8자 이상" in err
    _stdin(monkeypatch, "새비밀번호2026\n")
    code, out, err = run(capsys, "account", "password", "--data-dir", str(data_dir), who="T0003")
    assert (code, err) == (0, "")
    monkeypatch.setenv("MINWON_PASSWORD", "새비밀번호2026")
    code, out, err = run(capsys, "memo", "list", "--data-dir", str(data_dir), who="T0003")
    assert (code, err) == (0, "")


def test_add_prints_the_one_time_password_alone_on_its_last_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    backend = open_data(data_dir)
    try:
        from sqlalchemy import delete, select

        from minwon_desk.store.models import Account, Staff

        with backend.db.transaction() as session:  # 박지호 has no account yet
            staff_id = session.scalars(select(Staff.id).where(Staff.employee_no == "T0004")).one()
            session.execute(delete(Account).where(Account.staff_id == staff_id))
    finally:
        backend.close()
    code, out, err = run(capsys, "account", "add", "--staff", "T0004", "--role", "담당자,부서장",
                         "--login", "park", "--data-dir", str(data_dir))
    assert (code, err) == (0, "")
    *said, otp = out.splitlines()
    assert "박지호" in said[0] and otp.isalnum() and len(otp) == 12
    code, out, err = run(capsys, "account", "list", "--data-dir", str(data_dir))
    line = next(x for x in out.splitlines() if x.startswith("T0004"))
    assert line.split("\t")[1:6] == ["park", "박지호", "창업정책과", "담당자,부서장", "사용"]
    assert "비밀번호 변경 필요" in line
    # The account name is taken now.
    code, out, err = run(capsys, "account", "add", "--staff", "T0002", "--role", "안내",
                         "--login", "park", "--data-dir", str(data_dir))
    assert code == 2 and out == ""


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["grant", "T0006", "안내", "--reason", "복직 예정"], "비활성(퇴직)"),
        (["grant", "T0002", "사장", "--reason", "x"], "없는 역할"),
        (["grant", "T0002", "담당자", "--reason", "x"], "이미 담당자 권한"),
        (["revoke", "T0001", "관리자", "--reason", "교체"], "마지막 관리자"),
        (["disable", "T0001"], "마지막 관리자"),
        (["unlock", "T0002"], "잠겨 있지 않습니다"),
    ],
)
def test_refused_changes_say_why_and_change_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, args: list[str], says: str
) -> None:
    code, out, err = run(capsys, "account", *args, "--data-dir", str(data_dir))
    assert code == 2 and out == ""
    assert says in err
    code, out, _ = run(capsys, "account", "list", "--data-dir", str(data_dir))
    lines = {line.split("\t")[0]: line.split("\t") for line in out.splitlines()}
    assert lines["T0001"][4:6] == ["안내,담당자,부서장,감독,개인정보,관리자", "사용"]
    assert lines["T0002"][4] == lines["T0006"][4] == "담당자"


def test_grants_and_revocations_are_kept_with_who_and_why(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert run(capsys, "account", "grant", "T0002", "부서장", "--reason", "과장 승진",
               "--data-dir", str(data_dir))[0] == 0
    assert run(capsys, "account", "revoke", "T0002", "부서장", "--reason", "전보",
               "--data-dir", str(data_dir))[0] == 0
    backend = open_data(data_dir)
    try:
        from tests.support.seed import actor_for, small_agency

        admin = actor_for(backend, small_agency(backend).operator)
        history = backend.accounts.grant_history(admin)
    finally:
        backend.close()
    revoked, granted = history[0], history[1]
    assert (revoked.action, revoked.role, revoked.reason, revoked.by, revoked.staff_no) == (
        "revoked", "부서장", "전보", "안내원", "T0002")
    assert (granted.action, granted.reason) == ("granted", "과장 승진")


def test_a_token_acts_for_its_purpose_until_revoked(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(capsys, "account", "token", "create", "--purpose", "전화연동",
                         "--role", "안내", "--data-dir", str(data_dir))
    assert (code, err) == (0, "")
    secret = out.splitlines()[-1]
    monkeypatch.setenv("MINWON_TOKEN", secret)
    take = ("memo", "take", "--caller", "홍길동", "--phone", "010-1234-5678", "--gist", "문의",
            "--for", "T0004", "--data-dir", str(data_dir))
    code, out, err = run(capsys, *take, who=None)
    assert code == 0, err
    # The token's role is 안내 alone: no vouchers.
    code, out, err = run(capsys, "print", "vouchers", "--month", "2026-07", "-o",
                         str(data_dir / "v.pdf"), "--data-dir", str(data_dir), who=None)
    assert code == 3 and "감독" in err
    monkeypatch.delenv("MINWON_TOKEN")
    code, out, _ = run(capsys, "account", "token", "list", "--data-dir", str(data_dir))
    assert out.split("\t")[:3] == ["1", "전화연동", "안내"]
    assert run(capsys, "account", "token", "revoke", "1", "--data-dir", str(data_dir))[0] == 0
    monkeypatch.setenv("MINWON_TOKEN", secret)
    code, out, err = run(capsys, *take, who=None)
    assert (code, out) == (3, "") and "폐기된 토큰" in err


def test_a_wrong_password_exits_3_and_counts(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MINWON_PASSWORD", "틀린비밀번호")
    code, out, err = run(capsys, "memo", "list", "--data-dir", str(data_dir), who="T0002")
    assert (code, out) == (3, "") and "4번 더 틀리면" in err
    monkeypatch.setenv("MINWON_PASSWORD", "")
    code, out, err = run(capsys, "memo", "list", "--data-dir", str(data_dir), who="T0002")
    assert code == 3 and "비밀번호를 입력해 주세요" in err


def _cli(data_dir: Path, password: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "MINWON_PASSWORD": password}
    env.pop("MINWON_TOKEN", None)
    return subprocess.Popen(
        [sys.executable, "-m", "minwon_desk", "--data-dir", str(data_dir), "--as", "T0002", *args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_the_failed_attempt_lock_is_shared_by_separate_processes(data_dir: Path) -> None:
    """Five wrong passwords from two processes at a time lock the account for every
    process: the count is in the database."""
    results: list[tuple[int, str]] = []
    for batch in ((2, "틀림1234"), (2, "틀림1234"), (1, "틀림1234")):
        running = [_cli(data_dir, batch[1], "memo", "list") for _ in range(batch[0])]
        for proc in running:
            _out, err = proc.communicate(timeout=60)
            results.append((proc.returncode, err))
    assert [code for code, _ in results] == [3] * 5
    assert sum("잠겼습니다" in err for _, err in results) == 1
    proc = _cli(data_dir, "test-pass-1", "memo", "list")  # the right password, too late
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 3 and "잠겼습니다" in err and "다시 로그인할 수 있습니다" in err


# --- the common options, before or after the command word --------------------------------

COMMON = ("data_dir", "db_url", "charter", "desk", "demo", "actor")


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for action in subs:
        for name, child in action.choices.items():
            yield from _leaves(child, (*path, name))


def test_every_command_leaves_options_given_before_it_alone() -> None:
    """The commands' copies of the common options have no default, so one given before
    the command word is not overwritten (the argparse parents trap)."""
    leaves = list(_leaves(build_parser()))
    assert len(leaves) > 20
    for path, parser in leaves:
        for action in parser._actions:
            if action.dest in COMMON:
                assert action.default is argparse.SUPPRESS, (path, action.dest)


def test_options_before_and_after_the_command_word_both_count(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    other = tmp_path / "empty"
    other.mkdir()
    before = run(capsys, "--data-dir", str(data_dir), "memo", "list")
    after = run(capsys, "memo", "list", "--data-dir", str(data_dir))
    assert before[0] == after[0] == 0
    # The empty folder has no accounts: given after, it wins over the one given before.
    code, _out, err = run(capsys, "--data-dir", str(data_dir), "memo", "list", "--data-dir", str(other))
    assert code == 3 and "account init" in err
    parsed = build_parser().parse_args(
        ["--as", "T0002", "--desk", "2층", "--demo", "--charter", "tipa", "--db-url", "sqlite://",
         "memo", "list"]
    )
    assert (parsed.actor, parsed.desk, parsed.demo, parsed.charter, parsed.db_url) == (
        "T0002", "2층", True, "tipa", "sqlite://")
