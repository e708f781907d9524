"""The server goes away and comes back: the change stream says so, reconnects by itself and
catches up with what was committed meanwhile, in order, none lost or doubled. On a private
throw-away PostgreSQL cluster (the shared test server is never restarted)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from minwon_desk.services import live
from minwon_desk.services.live import Change, ChangeReader, ChangeStream, Link
from tests.conftest import PG_URL, open_seeded
from tests.support.private_pg import PrivateDatabase

ROOT = Path(__file__).resolve().parents[2]
WAIT = 60.0


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _check_in(url: str, count: int) -> list[int]:
    """``count`` check-ins by another process (another desk)."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.live_desk", "check-in", url, str(count)],
        cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=WAIT,
    )
    assert done.returncode == 0, done.stderr
    return [int(x) for x in done.stdout.split()]


async def _until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        await asyncio.sleep(0.02)


def _follow_a_cut(
    cluster: PrivateDatabase, fake_clock, charter, cut: Callable[[], object]
) -> tuple[list[int], list[Change], list[Link]]:
    backend = open_seeded(cluster.url, fake_clock, charter)
    links: list[Link] = []
    got: list[Change] = []

    async def scenario() -> list[int]:
        stream = ChangeStream(backend.db, on_link=links.append)
        task = asyncio.create_task(stream.run(got.extend))
        try:
            await _until(lambda: bool(links) and links[-1].connected)
            before = await asyncio.to_thread(_check_in, cluster.url, 5)
            await _until(lambda: len(got) >= 5)
            await asyncio.to_thread(cut)
            await _until(lambda: not links[-1].connected)
            # Committed while the stream is away (it waits out its back-off).
            meanwhile = await asyncio.to_thread(_check_in, cluster.url, 5)
            await _until(lambda: links[-1].connected and len(got) >= 10)
            after = await asyncio.to_thread(_check_in, cluster.url, 2)
            await _until(lambda: len(got) >= 12)
            await asyncio.sleep(0.3)  # nothing more (no doubles) arrives
            return before + meanwhile + after
        finally:
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    try:
        written = asyncio.run(scenario())
    finally:
        backend.close()
    return written, got, links


def _assert_caught_up(written: list[int], got: list[Change], links: list[Link]) -> None:
    assert [c.subject for c in got] == written
    assert [c.seq for c in got] == sorted({c.seq for c in got})
    assert [link.connected for link in links] == [True, False, True]
    lost = links[1]
    assert lost.retry_in == 4.0
    assert lost.message == "서버와 연결이 끊겼습니다 — 다시 연결하는 중 (4초 뒤)"


def test_a_server_restart_is_reported_and_caught_up(
    private_pg: PrivateDatabase, fake_clock, mss_charter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(live, "BACKOFF", (4.0,))
    _assert_caught_up(*_follow_a_cut(private_pg, fake_clock, mss_charter, private_pg.restart))


def test_a_cut_listener_connection_is_reported_and_caught_up(
    private_pg: PrivateDatabase, fake_clock, mss_charter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(live, "BACKOFF", (4.0,))

    def cut() -> None:
        assert private_pg.terminate(f"application_name = '{live.LISTENER_NAME}'") == 1

    _assert_caught_up(*_follow_a_cut(private_pg, fake_clock, mss_charter, cut))


# Opens a transaction that writes a change row, holds it until told, then commits: a
# desk whose write takes an id first and commits after a later one.
_SLOW_WRITER = """
import sys, psycopg
conn = psycopg.connect(sys.argv[1])
conn.execute("SET search_path TO " + sys.argv[2])
conn.execute(
    "INSERT INTO audit_entry (at, desk, action, entity, entity_id, detail, change_kind, "
    "change_payload, change_process) VALUES (now(), '느린 창구', 'visit.greet', 'visit', 1, "
    "'{}', 'visit', '{\\"change\\": \\"greeted\\", \\"visit_id\\": 1}', 'slow')")
print("inserted", flush=True)
sys.stdin.readline()
conn.commit()
print("committed", flush=True)
"""


@pytest.mark.skipif(not PG_URL, reason="needs MINWON_TEST_PG_URL")
def test_a_row_that_commits_after_a_later_one_is_not_skipped(
    fake_clock, mss_charter
) -> None:
    from tests.conftest import _pg_schema_url

    urls = _pg_schema_url()
    url = next(urls)
    try:
        backend = open_seeded(url, fake_clock, mss_charter)
        try:
            reader = ChangeReader(backend.db)
            schema = url.split("search_path%3D")[-1].split("&")[0]
            conninfo = PG_URL.replace("postgresql+psycopg://", "postgresql://")
            slow = subprocess.Popen([sys.executable, "-c", _SLOW_WRITER, conninfo, schema],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            assert slow.stdout is not None and slow.stdin is not None
            assert slow.stdout.readline().strip() == "inserted"
            [later] = _check_in(url, 1)
            first = reader.read()
            slow.stdin.write("\n")
            slow.stdin.flush()
            assert slow.stdout.readline().strip() == "committed"
            slow.communicate(timeout=WAIT)
            second = reader.read()
            assert reader.read() == []
        finally:
            backend.close()
    finally:
        urls.close()
    assert [(c.kind, c.change, c.subject) for c in first] == [("visit", "checked_in", later)]
    assert [(c.desk, c.change) for c in second] == [("느린 창구", "greeted")]
    assert second[0].seq < first[0].seq


def test_watch_keeps_printing_across_a_server_restart(
    private_pg: PrivateDatabase, fake_clock, mss_charter, tmp_path: Path
) -> None:
    from tests.services.test_live_processes import _Lines, as_at_a_terminal

    open_seeded(private_pg.url, fake_clock, mss_charter).close()
    watch = subprocess.Popen(
        [sys.executable, "-m", "minwon_desk", "watch", "--db-url", private_pg.url,
         "--since", "0", "--kinds", "visit", "--data-dir", str(tmp_path)],
        cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=as_at_a_terminal,
    )
    lines = _Lines(watch)
    try:
        [before] = _check_in(private_pg.url, 1)
        printed = lines.take(1)
        private_pg.restart()
        [after] = _check_in(private_pg.url, 1)
        printed += lines.take(1)
    finally:
        watch.send_signal(signal.SIGINT)
        _out, err = watch.communicate(timeout=WAIT)
    assert [line.split("\t")[3] for line in printed] == [str(before), str(after)]
    assert "서버와 연결이 끊겼습니다 — 다시 연결하는 중 (1초 뒤)" in err
    assert "서버에 다시 연결했습니다" in err
    assert watch.returncode == 0
