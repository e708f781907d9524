"""Changes between desks: latency from one process's commit to another process's stream
delivering it (PostgreSQL LISTEN/NOTIFY, SQLite polling), catching up 10,000 missed changes,
the check-in write path with its change row, and what an idle stream costs.

PostgreSQL runs on a private throw-away cluster when the binaries are installed (else on
MINWON_TEST_PG_URL, else those rows are left out).
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from common import Row
from sqlalchemy import insert
from sqlalchemy.orm import Session

from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.timeutil import system_clock
from minwon_desk.resources import charter_preset
from minwon_desk.services import audit, changes
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, CheckInRequest
from minwon_desk.services.events import VisitChange, VisitChanged
from minwon_desk.services.live import ChangeReader, ChangeStream
from minwon_desk.store.models import AuditEntry
from tests.support.private_pg import PrivateCluster, pg_bin
from tests.support.seed import seed_small_agency

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).resolve().parent / "live_child.py"
PACE = 0.005  # seconds between two changes: a busy agency, not a bulk load


@contextmanager
def _postgres() -> Iterator[Callable[[], str] | None]:
    """A maker of fresh, empty PostgreSQL databases (None: no PostgreSQL here)."""
    bindir = pg_bin()
    if bindir is not None:
        cluster = PrivateCluster(bindir)
        made = 0

        def fresh() -> str:
            nonlocal made
            made += 1
            with psycopg.connect(cluster.conninfo, autocommit=True) as conn:
                conn.execute(f"CREATE DATABASE bench{made}")
            return cluster.url.rsplit("/", 1)[0] + f"/bench{made}"

        try:
            cluster.start()
            yield fresh
        finally:
            cluster.remove()
        return
    if os.environ.get("MINWON_TEST_PG_URL"):
        sys.path.insert(0, str(ROOT))
        from tests.conftest import _pg_schema_url

        schemas: list[Iterator[str]] = []

        def fresh_schema() -> str:
            schemas.append(_pg_schema_url())
            return next(schemas[-1])

        try:
            yield fresh_schema
        finally:
            for urls in schemas:
                urls.close()
        return
    yield None


def _child(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, str(CHILD), *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if line != "ready":
        raise RuntimeError(f"the other process did not start ({line!r})")
    return proc


def _arrivals(proc: subprocess.Popen[str]) -> dict[int, float]:
    out, _ = proc.communicate(timeout=120)
    return {int(k): v for k, v in json.loads(out.strip().splitlines()[-1]).items()}


def _percentiles(sent: dict[int, float], arrived: dict[int, float]) -> tuple[float, float]:
    delays = sorted((arrived[k] - sent[k]) * 1000 for k in sent)
    return statistics.median(delays), delays[int(len(delays) * 0.95) - 1]


def _open(url: str) -> tuple[Backend, Actor, int]:
    backend = Backend.open(url, charter=load_charter(charter_preset("mss")), desk="1층 민원안내")
    agency = seed_small_agency(backend)
    return backend, Actor(agency.operator.id, agency.operator.name, backend.desk), agency.officers[0].id


def _desk_to_desk(url: str, count: int) -> tuple[float, float]:
    backend, actor, officer = _open(url)
    try:
        reader = _child("stream", url, str(count))
        sent: dict[int, float] = {}
        for i in range(count):
            view = backend.visits.check_in(actor, CheckInRequest(f"방문객{i}", "", "", officer))
            sent[view.id] = time.time()
            time.sleep(PACE)
        return _percentiles(sent, _arrivals(reader))
    finally:
        backend.close()


def _notify_floor(url: str, count: int) -> tuple[float, float]:
    import psycopg
    from sqlalchemy.engine import make_url

    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    listener = _child("notify", conninfo, str(count))
    sent: dict[int, float] = {}
    with psycopg.connect(conninfo, autocommit=True) as conn:
        for i in range(count):
            conn.execute(f"NOTIFY bench, '{i}'")
            sent[i] = time.time()
            time.sleep(PACE)
    return _percentiles(sent, _arrivals(listener))


def _sqlite_floor(path: Path, count: int, every: float) -> tuple[float, float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)")
    poller = _child("sqlite-raw", str(path), str(count), str(every))
    sent: dict[int, float] = {}
    for i in range(count):
        row_id = conn.execute("INSERT INTO t (x) VALUES (?)", (str(i),)).lastrowid
        assert row_id is not None
        sent[row_id] = time.time()
        time.sleep(PACE)
    conn.close()
    return _percentiles(sent, _arrivals(poller))


def _catch_up(url: str, count: int) -> tuple[float, float]:
    """(ms for a stream to deliver ``count`` missed changes, ms to merely SELECT them)."""
    backend, _actor, _officer = _open(url)
    try:
        start = ChangeReader(backend.db).last_seq
        now = system_clock()
        rows = [
            {"at": now, "actor_id": None, "desk": "2층 민원실", "action": "visit.check_in",
             "entity": "visit", "entity_id": i, "detail": "{}", "change_kind": "visit",
             "change_payload": changes.encode(VisitChanged(i, VisitChange.CHECKED_IN)),
             "change_process": "elsewhere"}
            for i in range(1, count + 1)
        ]
        with backend.db.transaction() as session:
            session.execute(insert(AuditEntry), rows)

        def select_all() -> int:
            from sqlalchemy import select

            cols = AuditEntry.__table__.c
            with backend.db.read() as session:
                return len(session.execute(
                    select(cols.id, cols.at, cols.desk, cols.change_kind, cols.change_payload,
                           cols.change_process).where(cols.id > start).order_by(cols.id)
                ).all())

        select_all()  # warm
        t0 = time.perf_counter()
        assert select_all() == count
        floor = (time.perf_counter() - t0) * 1000

        async def follow() -> float:
            got = 0
            done = asyncio.Event()

            def deliver(batch: list[object]) -> None:
                nonlocal got
                got += len(batch)
                if got >= count:
                    done.set()

            t0 = time.perf_counter()
            stream = ChangeStream(backend.db, reader=ChangeReader(backend.db, since=start))
            task = asyncio.create_task(stream.run(deliver))
            await done.wait()
            took = (time.perf_counter() - t0) * 1000
            task.cancel()
            return took

        return asyncio.run(follow()), floor
    finally:
        backend.close()


def _write_path(url: str, count: int) -> tuple[float, float]:
    """Median ms of a check-in with its change row, and of the same write with
    announce=None (no change row, no event), measured in alternating blocks."""
    backend, actor, officer = _open(url)
    original = audit.record

    def without_change(target: object, *, announce: object = None, **kwargs: object) -> None:
        # Today's path before the change feed: the audit row as a Core insert on the
        # write's connection, no change columns, no NOTIFY, no event.
        if isinstance(target, Session):
            target = target.connection()
        original(target, **kwargs)  # type: ignore[arg-type]

    samples: dict[bool, list[float]] = {True: [], False: []}
    try:
        # Warm caches, statements and the WAL file (a growing WAL costs the first writes
        # more); then short alternating blocks, so that drift hits both alike.
        for i in range(300):
            backend.visits.check_in(actor, CheckInRequest(f"예열{i}", "", "", officer))
        block = 10
        for b in range(max(2, count // block)):
            announce = b % 2 == 0
            audit.record = original if announce else without_change  # type: ignore[assignment]
            for i in range(block):
                req = CheckInRequest(f"방문객{b}-{i}", "010-2000-1000", "사업 신청 문의", officer)
                t0 = time.perf_counter()
                backend.visits.check_in(actor, req)
                samples[announce].append((time.perf_counter() - t0) * 1000)
    finally:
        audit.record = original  # type: ignore[assignment]
        backend.close()
    return statistics.median(samples[True]), statistics.median(samples[False])


def _idle_cpu(url: str, seconds: float) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    args = ["idle", url, str(seconds)] if url else ["idle-floor", str(seconds)]
    out = subprocess.run([sys.executable, str(CHILD), *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=seconds + 60, check=True)
    return float(out.stdout.strip().splitlines()[-1]) / seconds * 100


def bench_live(count: int, catch_up: int, idle_seconds: float) -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        sqlite_url = f"sqlite:///{Path(tmp) / 'minwon.db'}"
        p50, p95 = _desk_to_desk(sqlite_url, count)
        f50, f95 = _sqlite_floor(Path(tmp) / "raw.db", count, 0.2)
        rows += [
            Row(f"desk to desk, SQLite, p50 ({count} changes)", p50,
                "sqlite3 insert seen by a data_version poll (0.2 s), p50", f50, "ms", "—", None),
            Row(f"desk to desk, SQLite, p95 ({count} changes)", p95,
                "sqlite3 insert seen by a data_version poll (0.2 s), p95", f95, "ms",
                "≤ 500 ms", p95 <= 500),
        ]
        took, floor = _catch_up(f"sqlite:///{Path(tmp) / 'catch.db'}", catch_up)
        rows.append(Row(f"catch up {catch_up} missed changes, SQLite", took,
                        "SELECT of those rows", floor, "ms", "≤ 2000 ms", took <= 2000))
        figure, floor = _write_path(f"sqlite:///{Path(tmp) / 'write.db'}", count)
        rows.append(Row("check-in with its change row, SQLite", figure,
                        "the same check-in with announce=None", floor, "ms", "≤ 1.1× floor",
                        figure <= 1.1 * floor))
        idle_floor = _idle_cpu("", idle_seconds)
        idle = _idle_cpu(sqlite_url, idle_seconds)
        rows.append(Row(f"idle stream CPU, SQLite ({idle_seconds:.0f} s)", idle,
                        "an asyncio loop that only sleeps", idle_floor, "%",
                        "< 1 % of a core", idle < 1))
    with _postgres() as fresh:
        if fresh is None:
            print("PostgreSQL rows left out: no binaries and no MINWON_TEST_PG_URL")
            return rows
        pg_url = fresh()
        p50, p95 = _desk_to_desk(pg_url, count)
        f50, f95 = _notify_floor(pg_url, count)
        rows += [
            Row(f"desk to desk, PostgreSQL, p50 ({count} changes)", p50,
                "bare NOTIFY → LISTEN between processes, p50", f50, "ms", "—", None),
            Row(f"desk to desk, PostgreSQL, p95 ({count} changes)", p95,
                "bare NOTIFY → LISTEN between processes, p95", f95, "ms", "≤ 50 ms", p95 <= 50),
        ]
        took, floor = _catch_up(fresh(), catch_up)
        rows.append(Row(f"catch up {catch_up} missed changes, PostgreSQL", took,
                        "SELECT of those rows", floor, "ms", "≤ 2000 ms", took <= 2000))
        figure, floor = _write_path(fresh(), count)
        rows.append(Row("check-in with its change row, PostgreSQL", figure,
                        "the same check-in with announce=None", floor, "ms", "≤ 1.1× floor",
                        figure <= 1.1 * floor))
        idle = _idle_cpu(fresh(), idle_seconds)
        rows.append(Row(f"idle stream CPU, PostgreSQL ({idle_seconds:.0f} s)", idle,
                        "an asyncio loop that only sleeps", idle_floor, "%",
                        "< 1 % of a core", idle < 1))
    return rows
