"""Odd and hostile input on the command line, each tried in a process of its own as a person
probing the program would: a Korean sentence and exit status 2, no traceback, and nothing
written to the database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.timeutil import system_clock
from tests.conftest import open_seeded
from tests.support.seed import SEED_PASSWORD, actor_for, small_agency

from .probe import ROOT, cli, file_state, has_korean, table_state


@dataclass(frozen=True)
class Case:
    """``args(tmp)`` for the command (the database and data folder are given before them);
    ``says`` must be in the message. ``database``: the case reaches the database, so it is
    tried on every kind under test; else on SQLite only."""

    args: Callable[[Path], list[str]]
    says: str
    database: bool = True


def _fixed(*args: str) -> Callable[[Path], list[str]]:
    return lambda _tmp: list(args)


def _other_programs_file(tmp: Path) -> list[str]:
    path = tmp / "contacts.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    return ["--db-url", f"sqlite:///{path}", "memo", "list"]


def _settings(content: bytes | None) -> Callable[[Path], list[str]]:
    def args(tmp: Path) -> list[str]:
        path = tmp / "data" / "settings.toml"
        if content is None:
            path.mkdir()
        else:
            path.write_bytes(content)
        return ["memo", "list"]

    return args


def _charter(content: bytes) -> Callable[[Path], list[str]]:
    def args(tmp: Path) -> list[str]:
        (tmp / "charter.toml").write_bytes(content)
        return ["--charter", str(tmp / "charter.toml"), "memo", "list"]

    return args


def _data_dir_is_a_file(below: str) -> Callable[[Path], list[str]]:
    def args(tmp: Path) -> list[str]:
        (tmp / "a-file").write_text("x")
        return ["--data-dir", str(tmp / "a-file" / below), "memo", "list"]

    return args


_NESTED = b"a = " + b"[" * 5000 + b"]" * 5000 + b"\n"
_HUGE = "9" * 25

CASES: dict[str, Case] = {
    # The database is ours or refused.
    "another-programs-sqlite-file": Case(_other_programs_file, "다른 프로그램의 데이터베이스", False),
    "in-memory-url": Case(_fixed("--db-url", "sqlite:///:memory:", "memo", "list"), "메모리 데이터베이스", False),
    "in-memory-url-bare": Case(_fixed("staff", "find", "홍", "--db-url", "sqlite://"), "메모리 데이터베이스", False),
    "db-url-not-a-url": Case(_fixed("--db-url", "그냥 글자", "memo", "list"), "데이터베이스 주소", False),
    "db-url-not-a-url-upgrade": Case(_fixed("db", "upgrade", "--db-url", "::"), "데이터베이스 주소", False),
    # Years outside 1900–2999 in dates, months and moments.
    "calendar-year-99999": Case(_fixed("calendar", "list", "99999"), "연도"),
    "calendar-year-0": Case(_fixed("calendar", "list", "0"), "연도"),
    "holiday-in-9999": Case(_fixed("calendar", "add-holiday", "9999-12-31", "--name", "휴일"), "연도"),
    "working-day-in-year-1": Case(_fixed("calendar", "make-working", "0001-01-01"), "연도"),
    "report-month-9999-12": Case(lambda t: ["report", "monthly", "9999-12", "-o", str(t / "r.pdf")], "연도"),
    "vouchers-month-9999-12": Case(
        lambda t: ["print", "vouchers", "--month", "9999-12", "-o", str(t / "v.pdf")], "--month"
    ),
    "memo-list-overdue-in-year-1": Case(_fixed("memo", "list", "--overdue-at", "0001-01-01T00:00"), "--overdue-at"),
    "memo-taken-in-year-1": Case(
        _fixed("memo", "take", "--caller", "김철수", "--phone", "010-1234-5678", "--gist", "문의",
               "--for", "T0002", "--at", "0001-01-01T00:00"), "--at"),
    "case-opened-in-9999": Case(
        _fixed("case", "open", "--type", "질의", "--channel", "방문", "--subject", "문의", "--officer", "T0002",
               "--at", "9999-12-31T23:59:59-09:00"), "--at"),
    "staff-in-office-in-year-1": Case(_fixed("staff", "find", "홍", "--at", "0001-01-01T00:00"), "--at"),
    "due-from-9999": Case(_fixed("due", "--from", "9999-12-31T10:00", "--period", "5d"), "연도", False),
    # Numbers past any row id.
    "watch-since-overflow": Case(_fixed("watch", "--since", _HUGE), "--since"),
    "notice-ordinal-overflow": Case(
        lambda t: ["print", "interim-notice", "MSS-2026-000001", "--ordinal", _HUGE, "-o", str(t / "n.pdf")],
        "1부터",
    ),
    "token-id-overflow": Case(_fixed("account", "token", "revoke", _HUGE), "1부터"),
    # Settings and charter files that cannot be read.
    "settings-wrong-type": Case(_settings(b"idle_lock_minutes = \"ten\"\n"), "정수", False),
    "settings-not-utf8": Case(_settings(b'desk_name = "\xff\xfe"\n'), "UTF-8", False),
    "settings-an-image": Case(_settings(b"\x89PNG\r\n\x1a\n\x00\x00"), "UTF-8", False),
    "settings-not-toml": Case(_settings(b"desk_name: 1\n"), "TOML", False),
    "settings-nested-deep": Case(_settings(_NESTED), "깊게", False),
    "settings-a-folder": Case(_settings(None), "설정 파일", False),
    "charter-nested-deep": Case(_charter(_NESTED), "깊게", False),
    # A desk name that is not a name: the same refusal on both databases.
    "desk-name-150-characters": Case(_fixed("--desk", "가" * 150, "memo", "list"), "100자까지"),
    "desk-name-clears-the-screen": Case(_fixed("--desk", "창구\x1b[2J", "memo", "list"), "제어 문자"),
    "desk-name-holds-a-resident-number": Case(_fixed("--desk", "900101 1234567", "memo", "list"), "주민등록번호"),
    # A data folder that cannot be one.
    "data-dir-a-file": Case(_data_dir_is_a_file(""), "파일입니다", False),
    "data-dir-below-a-file": Case(_data_dir_is_a_file("sub"), "데이터 폴더", False),
}


@pytest.fixture
def seeded(db_url: str, mss_charter: Charter) -> str:
    """The small agency in a fresh database of each kind under test; its URL."""
    open_seeded(db_url, system_clock, mss_charter).close()
    return db_url


@pytest.mark.parametrize("name", list(CASES))
def test_odd_input_is_refused_in_korean_with_nothing_written(
    name: str, tmp_path: Path, seeded: str, request: pytest.FixtureRequest
) -> None:
    case = CASES[name]
    if not case.database and "pg" in request.node.callspec.id:
        pytest.skip("the database is not reached: tried once, on SQLite")
    (tmp_path / "data").mkdir()
    args = case.args(tmp_path)
    before, files = table_state(seeded), _names(tmp_path)
    ran = cli("--data-dir", str(tmp_path / "data"), "--db-url", seeded, "--as", "T0001", *args)
    assert ran.code == 2, ran
    assert "Traceback" not in ran.err, ran.err
    assert case.says in ran.err and has_korean(ran.err), ran.err
    assert table_state(seeded) == before
    assert _names(tmp_path) == files  # no output, backup or database file left behind


def _names(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if not p.name.endswith(("-wal", "-shm"))}


def test_another_programs_file_is_not_written_to(tmp_path: Path) -> None:
    args = _other_programs_file(tmp_path)
    before = file_state(tmp_path)
    ran = cli("--data-dir", str(tmp_path / "data"), "--as", "T0001", *args)
    assert ran.code == 2 and "다른 프로그램" in ran.err
    assert file_state(tmp_path) == before


def test_a_closed_pipe_ends_the_listing_quietly(
    seeded: str, mss_charter: Charter, tmp_path: Path
) -> None:
    """``minwon-desk memo list | head -1`` with more memos than a pipe holds: exit 0, no
    traceback."""
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.dto import MemoRequest

    with Backend.open(seeded, charter=mss_charter, desk="1층 민원안내") as backend:
        agency = small_agency(backend)
        actor = actor_for(backend, agency.operator)
        start = system_clock() - timedelta(hours=3)
        for i in range(600):
            backend.memos.take(actor, MemoRequest(
                "김철수", "010-1234-5678", f"회신 바랍니다 {i} " + "가" * 60,
                taken_at=start + timedelta(seconds=i),
            ))
    env = {**os.environ, "MINWON_PASSWORD": SEED_PASSWORD}
    env.pop("MINWON_TOKEN", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "minwon_desk", "--data-dir", str(tmp_path), "--db-url", seeded,
         "--as", "T0001", "memo", "list"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # as ``head -1`` does once it has its line
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 0, err
    assert first.startswith(b"M") and err == ""


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder on a read-only file system (a tmpfs mounted read-only), holding a data
    folder with a database; skipped where mounting is not allowed."""
    mount = tmp_path / "ro"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("mounting a file system needs root")
    try:
        (mount / "data").mkdir()
        backend = open_seeded(f"sqlite:///{mount / 'data' / 'minwon.db'}", system_clock, _mss())
        backend.close()
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def _mss() -> Charter:
    from minwon_desk.domain.charter import load_charter
    from minwon_desk.resources import charter_preset

    return load_charter(charter_preset("mss"))


@pytest.mark.parametrize("where", ["data", "new"])
def test_a_read_only_disk_is_named_as_such(read_only_folder: Path, where: str) -> None:
    ran = cli("--data-dir", str(read_only_folder / where), "--as", "T0001", "memo", "list")
    assert ran.code == 2 and "Traceback" not in ran.err
    assert "읽기 전용" in ran.err and "옮겨졌" not in ran.err, ran.err
