"""Following what the other desks and processes commit: the change feed read back as typed
events, as it happens.

:class:`ChangeReader` reads the change rows after the last one it has seen (synchronous;
safe against PostgreSQL committing ids out of order). :class:`ChangeStream` drives it from
asyncio: on PostgreSQL one LISTEN connection wakes it at each commit, on SQLite a cheap
``PRAGMA data_version`` poll does; it reports the server going away and coming back
(:class:`Link`) and catches up in order after a reconnect. No Qt here: the window runs
the stream under qasync, ``minwon-desk watch`` under plain ``asyncio.run``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, bindparam, func, or_, select

from minwon_desk.domain.errors import StorageError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.services import changes
from minwon_desk.services._tx import Database
from minwon_desk.services.audit import CHANNEL
from minwon_desk.services.dto import Origin
from minwon_desk.services.events import Event
from minwon_desk.store.engine import sqlite_file
from minwon_desk.store.models import AuditEntry

log = logging.getLogger(__name__)

# How long an id missing below the highest one seen is waited for (PostgreSQL hands out
# ids at insert and a transaction may commit after a later one; a rolled-back write, or a
# server restart, leaves an id that never comes).
GAP_SECONDS = 60.0
# Missing ids tracked at most (the oldest are given up first).
MAX_GAPS = 5000
# Reconnect back-off, seconds; the last one repeats.
BACKOFF = (1.0, 2.0, 3.0, 5.0, 5.0, 10.0)
_BATCH = 1000
# How the listening session shows in pg_stat_activity (for an administrator, and tests).
LISTENER_NAME = "minwon-desk changes"

_AUDIT = AuditEntry.__table__
_COLUMNS = (
    _AUDIT.c.id,
    _AUDIT.c.at,
    _AUDIT.c.desk,
    _AUDIT.c.change_kind,
    _AUDIT.c.change_payload,
    _AUDIT.c.change_process,
)


@dataclass(frozen=True, slots=True)
class Change:
    """One change another desk (or process) committed."""

    seq: int
    at: datetime  # Seoul time
    kind: str
    subject: int | None
    change: str
    desk: str
    process: str
    event: Event  # the decoded typed event (origin=Origin(desk))


@dataclass(frozen=True, slots=True)
class Link:
    """Whether the stream reaches the server."""

    connected: bool
    retry_in: float | None = None  # seconds until the next reconnect attempt
    message: str = ""


def lost_message(retry_in: float) -> str:
    return translate("Live", "서버와 연결이 끊겼습니다 — 다시 연결하는 중 ({retry_in:.0f}초 뒤)").format(retry_in=retry_in)


class ChangeReader:
    """Reads the change rows after the last one seen, in order, each once.

    Rows that announce no change (plain audit entries) only move the position. On
    PostgreSQL an id below the highest seen may still be in an open transaction: it is
    kept as a gap and looked for again on each read for :data:`GAP_SECONDS`.
    """

    def __init__(self, db: Database, *, since: int | None = None, skip_own: bool = True) -> None:
        self._db = db
        self._skip_own = skip_own
        self._track_gaps = db.engine.dialect.name == "postgresql"
        self._gaps: dict[int, float] = {}  # missing id -> when first missed (monotonic)
        self._clock: Callable[[], float] = time.monotonic
        self._last = self._current_last() if since is None else since
        self._more = False  # the last read stopped at its limit: more rows are waiting

    @property
    def last_seq(self) -> int:
        return self._last

    def read(self, limit: int = 1000) -> list[Change]:
        """The new changes in order (at most ``limit`` rows looked at). Raises
        StorageError when the database cannot be reached."""
        self._expire_gaps()
        stmt = select(*_COLUMNS).order_by(_AUDIT.c.id).limit(limit)
        if self._gaps:
            stmt = stmt.where(
                or_(_AUDIT.c.id > self._last, _AUDIT.c.id.in_(bindparam("gaps", expanding=True)))
            )
            params: dict[str, Any] = {"gaps": list(self._gaps)}
        else:
            stmt = stmt.where(_AUDIT.c.id > self._last)
            params = {}
        with self._db.read() as session:
            rows = session.execute(stmt, params).all()
        self._more = len(rows) >= limit
        out: list[Change] = []
        now = self._clock()
        for row in rows:
            seq = row.id
            if seq > self._last:
                if self._track_gaps:
                    for missing in range(self._last + 1, seq):
                        self._gaps[missing] = now
                self._last = seq
            else:
                self._gaps.pop(seq, None)
            change = self._change(row)
            if change is not None:
                out.append(change)
        if len(self._gaps) > MAX_GAPS:
            for seq in sorted(self._gaps)[: len(self._gaps) - MAX_GAPS]:
                del self._gaps[seq]
        return out

    def _change(self, row: Row[Any]) -> Change | None:
        if row.change_kind is None:
            return None
        if self._skip_own and row.change_process == self._db.process:
            return None
        try:
            event = changes.decode(row.change_kind, row.change_payload or "", Origin(row.desk))
        except changes.UnreadableChange as exc:
            log.warning("change %d skipped, it cannot be read: %s", row.id, exc)
            return None
        return Change(
            seq=row.id,
            at=to_seoul(row.at),
            kind=row.change_kind,
            subject=changes.subject_of(event),
            change=changes.change_of(event),
            desk=row.desk,
            process=row.change_process or "",
            event=event,
        )

    def _expire_gaps(self) -> None:
        if not self._gaps:
            return
        oldest = self._clock() - GAP_SECONDS
        for seq in [s for s, since in self._gaps.items() if since < oldest]:
            del self._gaps[seq]

    def _current_last(self) -> int:
        with self._db.read() as session:
            return int(session.execute(select(func.max(_AUDIT.c.id))).scalar() or 0)


Deliver = Callable[[list[Change]], None]


class ChangeStream:
    """Runs a :class:`ChangeReader` as changes are committed, until cancelled.

    ``deliver`` is called on the loop's thread (the GUI thread under qasync) with the new
    changes, in order. ``on_link`` hears the connection come and go (PostgreSQL; a SQLite
    file is always "connected"). ``poll_seconds``: on PostgreSQL the slow poll that backs
    the notifications up; on SQLite how often ``data_version`` is looked at.
    """

    def __init__(
        self,
        db: Database,
        *,
        reader: ChangeReader | None = None,
        on_link: Callable[[Link], None] | None = None,
        poll_seconds: float | None = None,
    ) -> None:
        self._db = db
        self._reader = reader
        self._on_link = on_link or (lambda _link: None)
        self._postgres = db.engine.dialect.name == "postgresql"
        self._poll = poll_seconds if poll_seconds is not None else (5.0 if self._postgres else 0.2)
        self._connected: bool | None = None

    @property
    def reader(self) -> ChangeReader | None:
        return self._reader

    async def run(self, deliver: Deliver) -> None:
        if self._postgres:
            await self._run_postgres(deliver)
        else:
            await self._run_sqlite(deliver)

    # --- PostgreSQL ---------------------------------------------------------------------

    async def _run_postgres(self, deliver: Deliver) -> None:
        import psycopg

        conninfo = self._db.engine.url.set(drivername="postgresql").render_as_string(
            hide_password=False
        )
        failures = 0
        while True:
            try:
                # On Windows qasync's loop is a Proactor loop, which psycopg's async
                # connection refuses: the app runs qasync.QSelectorEventLoop there.
                conn = await psycopg.AsyncConnection.connect(
                    conninfo, autocommit=True, connect_timeout=3, application_name=LISTENER_NAME
                )
            except (psycopg.Error, OSError) as exc:
                failures += 1
                await self._lost(exc, failures)
                continue
            try:
                async with conn:
                    # Listen first, then read: a commit between the two is read, not missed.
                    await conn.execute(f"LISTEN {CHANNEL}")
                    await self._catch_up(deliver)
                    failures = 0
                    self._link(Link(True))
                    await self._listen(conn, deliver)
            except (psycopg.Error, OSError, StorageError) as exc:
                failures += 1
                await self._lost(exc, failures)

    async def _listen(self, conn: Any, deliver: Deliver) -> None:
        # Wake at most every second: a notification, or a ping that notices a dead server
        # (a cut cable raises nothing by itself) within two seconds.
        since_read = 0.0
        while True:
            woke = False
            async for _note in conn.notifies(timeout=1.0, stop_after=1):
                woke = True
            if woke:
                await self._catch_up(deliver)
                since_read = 0.0
                continue
            await asyncio.wait_for(conn.execute("SELECT 1"), timeout=1.0)
            since_read += 1.0
            if since_read >= self._poll:
                await self._catch_up(deliver)
                since_read = 0.0

    async def _lost(self, exc: BaseException, failures: int) -> None:
        delay = BACKOFF[min(failures - 1, len(BACKOFF) - 1)]
        log.info("change stream lost the server (%s); retrying in %.0f s", exc, delay)
        self._link(Link(False, delay, lost_message(delay)))
        await asyncio.sleep(delay)

    # --- SQLite -------------------------------------------------------------------------

    async def _run_sqlite(self, deliver: Deliver) -> None:
        path = sqlite_file(self._db.engine.url)
        # One held connection, polled: data_version changes when another connection
        # commits, and reading it costs about two microseconds.
        watcher = sqlite3.connect(path, isolation_level=None) if path is not None else None
        failures = 0
        try:
            while True:
                try:
                    version = _data_version(watcher)
                    await self._catch_up(deliver)
                    failures = 0
                    self._link(Link(True))
                    while True:
                        await asyncio.sleep(self._poll)
                        now = _data_version(watcher)
                        if now != version or watcher is None:
                            version = now
                            await self._catch_up(deliver)
                except (sqlite3.Error, StorageError) as exc:  # a file on a share went away
                    failures += 1
                    await self._lost(exc, failures)
        finally:
            if watcher is not None:
                watcher.close()

    # --- both ---------------------------------------------------------------------------

    async def _catch_up(self, deliver: Deliver) -> None:
        """Read until nothing is left (a long absence comes back in batches)."""
        if self._reader is None:
            self._reader = await asyncio.to_thread(ChangeReader, self._db)
        reader = self._reader
        while True:
            batch = await asyncio.to_thread(reader.read, _BATCH)
            if batch:
                try:
                    deliver(batch)
                except Exception:  # a faulty consumer must not stop the stream
                    log.exception("delivering changes %d–%d failed", batch[0].seq, batch[-1].seq)
            if not reader._more:
                return

    def _link(self, link: Link) -> None:
        if link.connected and self._connected:
            return
        self._connected = link.connected
        try:
            self._on_link(link)
        except Exception:  # a faulty listener must not stop the stream
            log.exception("on_link failed")


def _data_version(conn: sqlite3.Connection | None) -> int:
    if conn is None:
        return 0
    with contextlib.closing(conn.execute("PRAGMA data_version")) as cur:
        row = cur.fetchone()
    return int(row[0]) if row else 0
