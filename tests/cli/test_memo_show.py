"""``memo show``: one phone memo with its history and the messages to its caller, masked
as the memo list masks (no access-log row), or whole with ``--whole`` (one row, written
before anything is printed); in English with ``--lang en``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from minwon_desk.domain.memos import Outcome
from minwon_desk.services.dto import MemoRequest
from tests.support.seed import actor_for, small_agency

from .helpers import open_data, run


@pytest.fixture
def desk(data_dir: Path) -> tuple[Path, str]:
    """A memo from 홍길동 who wants a text, tried once with no answer."""
    backend = open_data(data_dir)
    try:
        agency = small_agency(backend)
        actor = actor_for(backend, agency.operator)
        memo = backend.memos.take(actor, MemoRequest(
            "홍길동", "010-2345-6789", "사업비 정산 서류 문의", asked_for_id=agency.officers[0].id,
            channel="sms"))
        officer = actor_for(backend, agency.officers[0])
        backend.memos.record_attempt(officer, memo.id, Outcome.NO_ANSWER, "점심 뒤 다시")
        return data_dir, memo.number
    finally:
        backend.close()


def _access(folder: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(folder / "minwon.db")
    try:
        return conn.execute("SELECT operation, entity, what FROM access_log ORDER BY id").fetchall()
    finally:
        conn.close()


def test_a_memo_is_shown_masked_with_its_history_and_notices_and_nothing_is_logged(
    capsys: pytest.CaptureFixture[str], desk: tuple[Path, str]
) -> None:
    folder, number = desk
    code, out, err = run(capsys, "memo", "show", number, "--data-dir", str(folder))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert f"메모 번호: {number}" in lines and "전화하신 분: 홍*동" in lines
    assert "전화번호: 010-****-6789" in lines
    assert "홍길동" not in out and "2345" not in out
    assert "사업비 정산" not in out and "점심 뒤" not in out  # what people typed: --whole only
    history = lines.index("처리 이력:")
    notices = lines.index("전화하신 분께 보낸 알림:")
    assert [line.split(" · ", 1)[1] for line in lines[history + 1:notices]] == ["접수 → 김민준 사무관", "받지 않음"]
    [notice] = lines[notices + 1:]
    assert " · 문자 메모 전달 안내 → 010-****-6789 · " in notice
    assert _access(folder) == []


def test_the_whole_memo_is_logged_first(
    capsys: pytest.CaptureFixture[str], desk: tuple[Path, str]
) -> None:
    folder, number = desk
    code, out, err = run(capsys, "memo", "show", number, "--whole", "--data-dir", str(folder))
    assert (code, err) == (0, "")
    assert "전화하신 분: 홍길동" in out and "전화번호: 010-2345-6789" in out
    assert "요지: 사업비 정산 서류 문의" in out and "받지 않음 — 점심 뒤 다시" in out
    assert _access(folder) == [("조회", "memo", "전화메모 보기 (명령줄)")]


def test_a_memo_is_not_printed_whole_when_its_view_cannot_be_logged(
    capsys: pytest.CaptureFixture[str], desk: tuple[Path, str]
) -> None:
    folder, number = desk
    conn = sqlite3.connect(folder / "minwon.db")
    conn.execute("ALTER TABLE access_log RENAME TO access_log_away")
    conn.commit()
    conn.close()
    code, out, _err = run(capsys, "memo", "show", number, "--whole", "--data-dir", str(folder))
    assert code != 0 and "홍길동" not in out and "2345-6789" not in out


def test_an_unknown_number_is_refused_and_english_reads_english(
    capsys: pytest.CaptureFixture[str], desk: tuple[Path, str]
) -> None:
    folder, number = desk
    code, _out, err = run(capsys, "memo", "show", "M2026-999999", "--data-dir", str(folder))
    assert code != 0 and "M2026-999999" in err and "찾을 수 없습니다" in err
    code, out, err = run(capsys, "--lang", "en", "memo", "show", number, "--data-dir", str(folder))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert f"Memo no.: {number}" in lines and "History:" in lines
    assert [line for line in lines if line.endswith(" · no answer")]
    assert "Messages to the caller:" in lines and "Caller: 홍*동" in lines
