"""The check-in write path (validate, insert, audit row, commit, event) vs a raw sqlite3 insert.

Each operation is timed on its own and the median reported, for the app and the floor alike:
sub-millisecond figures on a shared machine are otherwise dominated by stray pauses.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from common import Row

from minwon_desk.domain.charter import load_charter
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import CheckInRequest
from tests.support.seed import actor_for, seed_small_agency


def _raw_floor(path: Path, count: int, synchronous: str) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", f"synchronous={synchronous}", "busy_timeout=5000"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute(
        "CREATE TABLE visit (id INTEGER PRIMARY KEY, desk TEXT, visitor_name TEXT,"
        " visitor_phone TEXT, purpose TEXT, officer_id INTEGER, checked_in_at TEXT,"
        " checked_in_by_id INTEGER, greeting_due_at TEXT, greeting_warn_at TEXT)"
    )
    samples = []
    for i in range(count):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO visit (desk, visitor_name, visitor_phone, purpose, officer_id,"
            " checked_in_at, checked_in_by_id, greeting_due_at, greeting_warn_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ("1층 민원안내", f"방문객{i}", "010-1234-5678", "사업 신청 문의", 2,
             "2026-07-02 01:00:00", 1, "2026-07-02 01:03:00", "2026-07-02 01:02:00"),
        )
        conn.execute("COMMIT")
        samples.append((time.perf_counter() - start) * 1000)
    conn.close()
    return statistics.median(samples)


def bench_check_in(count: int) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        # The app commits with synchronous=FULL (durable through a power cut): the floor
        # uses the same pragmas. NORMAL is shown too, for what the pure CPU path costs.
        floor = _raw_floor(Path(tmp) / "raw.db", count, "FULL")
        floor_normal = _raw_floor(Path(tmp) / "raw-normal.db", count, "NORMAL")
        backend = Backend.open(
            f"sqlite:///{Path(tmp) / 'minwon.db'}",
            charter=load_charter(charter_preset("mss")), desk="1층 민원안내",
        )
        agency = seed_small_agency(backend)
        actor = actor_for(backend, agency.operator)
        officer = agency.officers[0].id
        for i in range(20):  # warm caches and statements
            backend.visits.check_in(actor, CheckInRequest(f"예열{i}", "", "", officer))
        samples = []
        for i in range(count):
            # A different visitor and number each time, as at a real desk.
            req = CheckInRequest(f"방문객{i}", f"010-{2000 + i % 8000:04d}-{i % 10000:04d}",
                                 "사업 신청 문의", officer)
            start = time.perf_counter()
            backend.visits.check_in(actor, req)
            samples.append((time.perf_counter() - start) * 1000)
        figure = statistics.median(samples)
        backend.close()
    return [
        Row("check-in write path (per visit)", figure,
            "raw sqlite3 INSERT + COMMIT, same pragmas (WAL, FULL)", floor, "ms",
            "≤ 3× floor", figure <= 3 * floor),
        Row("  same, against a non-durable commit", figure,
            "(for reference: raw INSERT + COMMIT with synchronous=NORMAL)", floor_normal, "ms",
            "—", None),
    ]
