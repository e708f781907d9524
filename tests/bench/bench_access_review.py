"""The monthly access review over a busy month: 200,000 access-log rows (a desk year's
views fall on the month's working hours, with one in twenty at night or at the weekend),
read, counted and sorted as the page and ``report access`` do, and its PDF drawn. Beside
it, sqlite3 alone reading the same rows. No target in the issue: shown for reference (the
page reads it off the GUI thread)."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from common import Row

from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.services.privacy.review_export import render
from tests.support.seed import auditor, seed_small_agency

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=SEOUL)
MONTH = date(2026, 11, 1)


def bench_access_review(rows: int = 200_000) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "review.db"
        backend = Backend.open(f"sqlite:///{path}", charter=load_charter(charter_preset("mss")),
                               desk="벤치 창구", clock=lambda: NOW)
        try:
            seed_small_agency(backend)
            _generate(path, rows)
            who = auditor(backend)
            start = time.perf_counter()
            review = backend.access_review.month(who, MONTH)
            took = time.perf_counter() - start
            start = time.perf_counter()
            render(review, ".pdf")
            pdf = time.perf_counter() - start
        finally:
            backend.close()
        conn = sqlite3.connect(path)
        start = time.perf_counter()
        conn.execute("SELECT at, actor_id, operation, entity, count, what, reason, desk, host "
                     "FROM access_log ORDER BY id").fetchall()
        floor = time.perf_counter() - start
        conn.close()
    assert review.rows == rows, review.rows
    return [
        Row(f"access review of a month, {rows:,} rows", took, "sqlite3 reading the rows",
            floor, "s", "reference", None),
        Row(f"its PDF ({len(review.after_hours):,} out-of-hours lines)", pdf, "—", None, "s",
            "reference", None),
    ]


def _generate(path: Path, rows: int) -> None:
    """Rows spread over November's days; every 20th at 22:00 local. The hashes are not
    chained: the review does not read them."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    staff = [r[0] for r in conn.execute("SELECT id FROM staff WHERE active = 1")]
    start = datetime(2026, 11, 1, 0, 0, tzinfo=SEOUL)
    batch = []
    for i in range(rows):
        day = start + timedelta(days=i % 30)
        hour = 22 if i % 20 == 0 else 9 + i % 8
        at = (day + timedelta(hours=hour, seconds=i % 3600)).astimezone(UTC)
        batch.append((at.strftime("%Y-%m-%d %H:%M:%S.%f"), staff[i % len(staff)], None, "벤치",
                      "bench", "조회", "memo", str(i), 1, "메모 상세", "", "x", "y"))
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO access_log (at, actor_id, account_id, desk, host, operation, entity, "
        "subjects, count, what, reason, prev_hash, row_hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
    conn.execute("COMMIT")
    conn.close()
