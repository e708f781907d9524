"""Reads never wait for another desk's write: on SQLite a list opens a plain read
transaction, which WAL runs beside a writer in another process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from minwon_desk.domain.errors import StorageError
from minwon_desk.services.dto import CheckInRequest, MemoRequest
from minwon_desk.services.live import ChangeReader
from tests.conftest import open_seeded
from tests.support.seed import actor_for, small_agency

# Holds the write lock until told to stop (a desk in the middle of a long write).
_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO audit_entry (at, desk, action, entity, detail) "
             "VALUES ('2026-07-02 01:00:00', 'other', 'x', 'x', '{}')")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def test_lists_and_the_change_reader_run_while_another_process_writes(
    tmp_path: Path, fake_clock, mss_charter
) -> None:
    path = tmp_path / "minwon.db"
    # A busy timeout of 50 ms: a read that queued for the write lock would fail at once.
    backend = open_seeded(f"sqlite:///{path}", fake_clock, mss_charter, busy_timeout_ms=50)
    agency = small_agency(backend)
    actor = actor_for(backend, agency.operator)
    memo = backend.memos.take(actor, MemoRequest(caller_name="홍길동", phone="010-1234-5678",
                                                 gist="보증 상담", asked_for_id=agency.officers[0].id))
    reader = ChangeReader(backend.db, since=0, skip_own=False)
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert [m.id for m in backend.memos.mine(agency.officers[0].id)] == [memo.id]
        assert [c.subject for c in reader.read()] == [memo.id]
        # A write still takes the lock, and here it cannot get it.
        with pytest.raises(StorageError):
            backend.visits.check_in(actor, CheckInRequest("김철수"))
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=10)
        if holder.stdout is not None:
            holder.stdout.close()
        backend.close()
