"""The access log and the tamper check from the command line, each command in its own
process as at a terminal: a command that prints a petitioner whole leaves one row, a
masked list none; ``audit verify`` says "이상 없음" with the counts, or names the row an
owner of the database edited (with the trigger turned off, as only an owner could)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.dto import MemoRequest
from tests.support.seed import actor_for, small_agency

from .helpers import open_data
from .probe import cli


@pytest.fixture
def desk(data_dir: Path) -> tuple[Path, str]:
    """The seeded folder with a memo and a case from 홍길동; the case's number."""
    backend = open_data(data_dir)
    try:
        actor = actor_for(backend, small_agency(backend).operator)
        backend.memos.take(actor, MemoRequest("홍길동", "010-2345-6789", "서류 문의"))
        case = backend.cases.open(actor, CaseRequest(
            case_type="질의-제도", channel="방문", subject="창업 지원 자격", content="자격 문의",
            petitioner_name="홍길동", petitioner_contact="010-2345-6789"))
        return data_dir, case.number
    finally:
        backend.close()


def _access(folder: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(folder / "minwon.db")
    try:
        return conn.execute("SELECT operation, entity, what FROM access_log ORDER BY id").fetchall()
    finally:
        conn.close()


def test_showing_a_case_logs_one_view_and_a_masked_list_none(desk: tuple[Path, str]) -> None:
    folder, number = desk
    listed = cli("--as", "T0001", "memo", "list", "--data-dir", str(folder))
    assert listed.code == 0 and "홍*동" in listed.out and "홍길동" not in listed.out
    listed = cli("--as", "T0001", "case", "list", "--data-dir", str(folder))
    assert listed.code == 0
    assert _access(folder) == []
    shown = cli("--as", "T0001", "case", "show", number, "--data-dir", str(folder))
    assert shown.code == 0, shown.err
    assert "민원인: 홍길동" in shown.out and "010-2345-6789" in shown.out
    assert _access(folder) == [("조회", "case", "민원 보기 (명령줄)")]


def test_a_case_is_not_printed_when_its_view_cannot_be_logged(desk: tuple[Path, str]) -> None:
    folder, number = desk
    conn = sqlite3.connect(folder / "minwon.db")
    conn.execute("ALTER TABLE access_log RENAME TO access_log_away")
    conn.commit()
    conn.close()
    shown = cli("--as", "T0001", "case", "show", number, "--data-dir", str(folder))
    assert shown.code != 0
    assert "홍길동" not in shown.out and "010-2345-6789" not in shown.out


def test_verify_says_all_is_well_then_names_the_edited_row(desk: tuple[Path, str]) -> None:
    folder, number = desk
    assert cli("--as", "T0001", "case", "show", number, "--data-dir", str(folder)).code == 0
    ok = cli("--as", "T0001", "audit", "verify", "--data-dir", str(folder))
    assert ok.code == 0, ok.err
    assert "감사 기록: 이상 없음 — " in ok.out and "접속기록: 이상 없음 — 1건" in ok.out
    # What someone with the database file in hand could do: drop the trigger, edit a row.
    conn = sqlite3.connect(folder / "minwon.db")
    conn.execute("DROP TRIGGER audit_entry_no_update")
    victim = conn.execute("SELECT min(id) FROM audit_entry WHERE action LIKE 'memo.%'").fetchone()[0]
    conn.execute("UPDATE audit_entry SET actor_id = NULL WHERE id = ?", (victim,))
    conn.commit()
    conn.close()
    bad = cli("--as", "T0001", "audit", "verify", "--data-dir", str(folder))
    assert bad.code == 1
    assert f"{victim}번 행의 내용이" in bad.out and "접속기록: 이상 없음" in bad.out


def test_only_the_privacy_role_runs_the_check(desk: tuple[Path, str]) -> None:
    folder, _number = desk
    refused = cli("--as", "T0002", "audit", "verify", "--data-dir", str(folder))
    assert refused.code == 3
    assert "개인정보 관리" in refused.err
