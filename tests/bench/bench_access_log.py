"""The access log and the tamper check.

- Opening a memo's detail (its read, as the page does it) with and without logging the
  view the way the window does (queued, committed by a thread): the difference is what
  logging adds to the detail view (target ≤ 2 ms). The same with the row committed at once
  (the command line's way) is shown for reference.
- Refreshing the memo list writes no row (the list is masked): the rows written by the
  refreshes are counted.
- ``audit verify`` over 1,000,000 audit rows (target ≤ 10 s), beside reading the same rows
  through sqlite3 alone. The rows are generated already chained and bulk-inserted.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import Row, median_of
from sqlalchemy import text

from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.log_chain import digest, link
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import MemoRequest
from tests.support.seed import actor_for, auditor, seed_small_agency

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=SEOUL)
ROWS = 1_000_000


def _open(path: Path) -> Backend:
    backend = Backend.open(f"sqlite:///{path}", charter=load_charter(charter_preset("mss")),
                           desk="벤치 창구", clock=lambda: NOW)
    seed_small_agency(backend)
    return backend


def bench_access_log(repeat: int = 200, rows: int = ROWS) -> list[Row]:
    out: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        backend = _open(Path(tmp) / "views.db")
        try:
            out.extend(_views(backend, repeat))
        finally:
            backend.close()
        backend = _open(Path(tmp) / "verify.db")
        try:
            out.extend(_verify(backend, Path(tmp) / "verify.db", rows))
        finally:
            backend.close()
    return out


def _access_rows(backend: Backend) -> int:
    with backend.db.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM access_log")).scalar_one())


def _views(backend: Backend, repeat: int) -> list[Row]:
    from tests.support.seed import small_agency

    agency = small_agency(backend)
    actor = actor_for(backend, agency.operator)
    ids = [backend.memos.take(actor, MemoRequest(f"홍길{i}", "010-1234-5678", "문의")).id
           for i in range(20)]
    memos = backend.memos
    log = backend.access_log
    turn = iter(range(10**9))

    def read() -> None:
        memos.get(ids[next(turn) % len(ids)])

    def read_and_log() -> None:
        memo_id = ids[next(turn) % len(ids)]
        memos.get(memo_id)
        log.viewed(actor, entity="memo", subjects=[memo_id], what="전화메모 상세")

    read_and_log()  # warm: the first write prepares its statements
    sync = median_of(read_and_log, repeat)
    bare = median_of(read, repeat)
    log.start_batching()
    queued = median_of(read_and_log, repeat)
    log.flush()
    bare_again = median_of(read, repeat)
    floor = min(bare, bare_again)

    before = _access_rows(backend)
    refresh_ms = median_of(lambda: (memos.open_memos(), memos.mine(agency.officers[0].id)), 50)
    log.flush()
    written = _access_rows(backend) - before
    rows = [
        Row("memo detail + view logged (window: queued)", queued, "the detail read alone", floor,
            "ms", "≤ +2 ms", queued - floor <= 2.0),
        Row("memo detail + view logged (command line)", sync, "the detail read alone", floor,
            "ms", "reference", None),
        Row("rows written by 50 list refreshes", float(written), "none", None, "", "0",
            written == 0),
    ]
    rows.append(Row("memo lists refreshed (all open + mine)", refresh_ms, "—", None, "ms",
                    "reference", None))
    return rows


def _verify(backend: Backend, path: Path, rows: int) -> list[Row]:
    _generate(path, rows)
    who = auditor(backend)
    start, cpu = time.perf_counter(), time.process_time()
    reports = backend.chains.verify(who)
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert all(r.ok for r in reports), [r.broken for r in reports]
    total = sum(r.rows for r in reports)
    conn = sqlite3.connect(path)
    start, floor_cpu = time.perf_counter(), time.process_time()
    cursor = conn.execute("SELECT * FROM audit_entry ORDER BY id")
    while cursor.fetchmany(20_000):
        pass
    floor, floor_cpu = time.perf_counter() - start, time.process_time() - floor_cpu
    conn.close()
    # The processor time too: on a shared machine the wall time is mostly waiting.
    return [Row(f"audit verify, {total:,} rows", took, "sqlite3 reading the rows", floor,
                "s", "≤ 10 s", took <= 10.0),
            Row(f"audit verify, {total:,} rows (CPU time)", cpu,
                "sqlite3 reading the rows (CPU time)", floor_cpu, "s", "≤ 10 s", cpu <= 10.0)]


def _generate(path: Path, rows: int) -> None:
    """``rows`` audit rows after the seeded ones, chained as the app chains them, written
    with sqlite3's executemany (the triggers refuse only UPDATE and DELETE)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    last_id, prev = conn.execute(
        "SELECT last_id, last_hash FROM log_chain WHERE name = 'audit_entry'").fetchone()
    start = datetime(2026, 1, 2, 0, 0, tzinfo=UTC)
    conn.execute("BEGIN")
    batch = []
    for i in range(rows):
        at = (start + timedelta(seconds=i * 30)).strftime("%Y-%m-%d %H:%M:%S.%f")
        detail = f'{{"number": "M-{i:07d}"}}'
        # The chain covers the detail's digest (domain.log_chain), stored beside it.
        cells = (at, 1, "1층 민원안내", "memo.take", "memo", i + 1, digest(detail), "memo",
                 f'{{"id": {i}}}', "bench")
        row_hash = link(prev, cells)
        batch.append((last_id + i + 1, *cells[:6], detail, *cells[6:], prev, row_hash))
        prev = row_hash
        if len(batch) == 50_000:
            _insert(conn, batch)
            batch = []
    _insert(conn, batch)
    conn.execute("UPDATE log_chain SET last_id = ?, last_hash = ? WHERE name = 'audit_entry'",
                 (last_id + rows, prev))
    conn.execute("COMMIT")
    conn.close()


def _insert(conn: sqlite3.Connection, batch: list[tuple[object, ...]]) -> None:
    conn.executemany(
        "INSERT INTO audit_entry (id, at, actor_id, desk, action, entity, entity_id, detail, "
        "detail_digest, change_kind, change_payload, change_process, prev_hash, row_hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
