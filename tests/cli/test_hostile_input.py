"""Odd and hostile input on the command line, each tried in a process of its own as a person
probing the program would: a Korean sentence and exit status 2, no traceback, and nothing
written to the database."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from .probe import cli, file_state, has_korean


@dataclass(frozen=True)
class Case:
    """``args`` for the command, made in a tmp folder beside the seeded data folder;
    ``says`` must be in the message."""

    args: Callable[[Path, Path], list[str]]
    says: str


def _other_programs_file(tmp: Path, _data: Path) -> list[str]:
    path = tmp / "contacts.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    return ["--db-url", f"sqlite:///{path}", "--as", "T0001", "memo", "list"]


CASES: dict[str, Case] = {
    "another-programs-sqlite-file": Case(_other_programs_file, "다른 프로그램의 데이터베이스"),
    "in-memory-url": Case(
        lambda _t, _d: ["--db-url", "sqlite:///:memory:", "--as", "T0001", "memo", "list"],
        "메모리 데이터베이스",
    ),
    "in-memory-url-bare": Case(
        lambda _t, _d: ["staff", "find", "홍", "--db-url", "sqlite://"], "메모리 데이터베이스"
    ),
    "db-url-not-a-url": Case(
        lambda _t, _d: ["--db-url", "그냥 글자", "--as", "T0001", "memo", "list"], "데이터베이스 주소"
    ),
    "db-url-not-a-url-upgrade": Case(
        lambda _t, _d: ["db", "upgrade", "--db-url", "::"], "데이터베이스 주소"
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_odd_input_is_refused_in_korean_with_nothing_written(
    name: str, tmp_path: Path, data_dir: Path
) -> None:
    case = CASES[name]
    args = case.args(tmp_path, data_dir)
    before = file_state(tmp_path)
    ran = cli("--data-dir", str(data_dir), *args)
    assert ran.code == 2, ran
    assert "Traceback" not in ran.err, ran.err
    assert case.says in ran.err and has_korean(ran.err), ran.err
    assert file_state(tmp_path) == before
