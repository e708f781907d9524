"""The other process of the change-feed benchmarks (bench_live.py).

    stream URL COUNT          follow the change stream; print "ready", then, after COUNT
                              changes, one JSON line {visit id: arrival time}
    notify CONNINFO COUNT     floor: a bare LISTEN; {payload: arrival time} for COUNT NOTIFYs
    sqlite-raw PATH COUNT S   floor: poll PRAGMA data_version every S seconds with sqlite3
                              and read the new rows of table t; {id: arrival time}
    idle URL SECONDS          the stream with nothing to read: CPU seconds used
    idle-floor SECONDS        an asyncio loop that only sleeps: CPU seconds used
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
import time


def _backend(url: str):  # type: ignore[no-untyped-def]
    from minwon_desk.domain.charter import load_charter
    from minwon_desk.resources import charter_preset
    from minwon_desk.services.backend import Backend

    return Backend.open(url, charter=load_charter(charter_preset("mss")), desk="2층 민원실")


async def _stream(url: str, count: int) -> dict[int, float]:
    from minwon_desk.services.live import Change, ChangeStream, Link

    backend = _backend(url)
    arrived: dict[int, float] = {}
    done = asyncio.Event()

    def deliver(changes: list[Change]) -> None:
        now = time.time()
        for change in changes:
            if change.subject is not None:
                arrived[change.subject] = now
        if len(arrived) >= count:
            done.set()

    def on_link(link: Link) -> None:
        if link.connected:
            print("ready", flush=True)

    task = asyncio.create_task(ChangeStream(backend.db, on_link=on_link).run(deliver))
    await done.wait()
    task.cancel()
    backend.close()
    return arrived


async def _notify(conninfo: str, count: int) -> dict[int, float]:
    import psycopg

    arrived: dict[int, float] = {}
    async with await psycopg.AsyncConnection.connect(conninfo, autocommit=True) as conn:
        await conn.execute("LISTEN bench")
        print("ready", flush=True)
        async for note in conn.notifies():
            arrived[int(note.payload)] = time.time()
            if len(arrived) >= count:
                break
    return arrived


async def _sqlite_raw(path: str, count: int, every: float) -> dict[int, float]:
    conn = sqlite3.connect(path, isolation_level=None)
    arrived: dict[int, float] = {}
    last = conn.execute("SELECT coalesce(max(id), 0) FROM t").fetchone()[0]
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    print("ready", flush=True)
    while len(arrived) < count:
        await asyncio.sleep(every)
        now_version = conn.execute("PRAGMA data_version").fetchone()[0]
        if now_version != version:
            version = now_version
            now = time.time()
            for (row_id,) in conn.execute("SELECT id FROM t WHERE id > ?", (last,)):
                arrived[row_id] = now
                last = row_id
    return arrived


async def _idle(url: str, seconds: float) -> float:
    from minwon_desk.services.live import ChangeStream

    backend = _backend(url)
    task = asyncio.create_task(ChangeStream(backend.db).run(lambda _c: None))
    await asyncio.sleep(2.0)  # connected and caught up
    start = time.process_time()
    await asyncio.sleep(seconds)
    used = time.process_time() - start
    task.cancel()
    backend.close()
    return used


async def _idle_floor(seconds: float) -> float:
    start = time.process_time()
    await asyncio.sleep(seconds)
    return time.process_time() - start


def main(argv: list[str]) -> None:
    mode, *rest = argv
    if mode == "stream":
        print(json.dumps(asyncio.run(_stream(rest[0], int(rest[1])))), flush=True)
    elif mode == "notify":
        print(json.dumps(asyncio.run(_notify(rest[0], int(rest[1])))), flush=True)
    elif mode == "sqlite-raw":
        result = asyncio.run(_sqlite_raw(rest[0], int(rest[1]), float(rest[2])))
        print(json.dumps(result), flush=True)
    elif mode == "idle":
        print(asyncio.run(_idle(rest[0], float(rest[1]))), flush=True)
    elif mode == "idle-floor":
        print(asyncio.run(_idle_floor(float(rest[0]))), flush=True)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1:])
