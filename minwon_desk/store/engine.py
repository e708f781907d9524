"""Engines for SQLite (one desk, local file) and PostgreSQL (a shared agency server)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.engine import make_url as _sa_make_url
from sqlalchemy.exc import ArgumentError

from minwon_desk.domain.errors import StorageError
from minwon_desk.store.errors import storage_error_text

# How long a save waits for another desk's lock before it gives up and says so (SQLite's
# busy timeout, PostgreSQL's lock_timeout): longer than any save at a busy agency takes
# (measured worst: 4.6 s with six desks writing at once on SQLite, far less on a server),
# short enough that a person at the counter is not left looking at a frozen form.
DEFAULT_BUSY_TIMEOUT_MS = 5000
# The longest one statement may run on a server (PostgreSQL's statement_timeout): the
# slowest report reads in well under a second, so this only ends something gone wrong.
DEFAULT_STATEMENT_TIMEOUT_MS = 30_000
# A save tried on the spot while a person waits (the form's first try, on the GUI thread)
# waits only this long for another desk's lock: the form can then say "다른 창구가 저장하는
# 중입니다 — 다시 시도합니다" at once and try again in the background with the full wait,
# instead of freezing for the whole busy timeout first.
HURRIED_WAIT_MS = 300
_hurried: ContextVar[bool] = ContextVar("minwon_hurried", default=False)


@contextmanager
def hurried() -> Iterator[None]:
    """Writes begun inside this block (on this thread) wait only ``HURRIED_WAIT_MS`` for
    another desk's lock before they fail as locked."""
    token = _hurried.set(True)
    try:
        yield
    finally:
        _hurried.reset(token)


# SQLite's header field for the application that owns a file (``PRAGMA application_id``):
# "MWDK" as a 32-bit number. A file with tables and another number (or none and no
# minwon_desk tables) belongs to another program and is never touched.
APPLICATION_ID = 0x4D57444B
# Tables every minwon_desk schema since the first revision has: a file with these and no
# application id was made before the id was set, and is ours.
_OUR_TABLES = frozenset({"alembic_version", "agency", "staff", "audit_entry"})
# An execution option on the engine that reads use: their transactions take no write lock.
READ_ONLY_OPTION = "minwon_read_only"


def make_url(url: str | URL) -> URL:
    """``url`` parsed; a text that is not a database address is refused in words."""
    try:
        return _sa_make_url(url)
    except (ArgumentError, ValueError, TypeError):
        raise StorageError(
            f"데이터베이스 주소 '{url}'을(를) 읽을 수 없습니다. SQLite 파일은 "
            "sqlite:///경로/minwon.db, 공유 서버는 postgresql+psycopg://사용자@서버/데이터베이스 "
            "형식으로 적어 주세요 (--db-url, MINWON_DB_URL 또는 설정 파일의 db_url)."
        ) from None


def _in_memory(u: URL) -> bool:
    database = u.database or ""
    return not database or database == ":memory:" or database.startswith("file::memory:") or (
        "mode=memory" in database
    )


def sqlite_file(url: str | URL) -> Path | None:
    """The database file of a SQLite URL; None for other backends and in-memory DBs."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or _in_memory(u) or u.database is None:
        return None
    return Path(u.database)


def database_label(url: str | URL) -> str:
    """"SQLite · /path/minwon.db" or "PostgreSQL · host:port/db" (no password)."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        path = sqlite_file(u)
        return f"SQLite · {path.resolve() if path else '(메모리)'}"
    if u.get_backend_name() == "postgresql":
        return f"PostgreSQL · {u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"
    return f"{u.get_backend_name()} · {u.render_as_string(hide_password=True)}"


def make_engine(
    url: str, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    statement_timeout_ms: int = DEFAULT_STATEMENT_TIMEOUT_MS,
) -> Engine:
    """Create the engine for ``url``.

    ``busy_timeout_ms`` bounds the wait for another desk's lock on both databases;
    ``statement_timeout_ms`` one statement on PostgreSQL (which by default waits forever).

    A SQLite file whose folder does not exist is refused: the app creates its own data
    folder, and a URL pointing elsewhere is most likely a typo or an unplugged drive —
    creating folders there would hide the mistake behind an empty database.
    """
    u = make_url(url)
    backend = u.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(u, busy_timeout_ms)
    if backend == "postgresql":
        if u.drivername != "postgresql+psycopg":
            u = u.set(drivername="postgresql+psycopg")
        # pre_ping: a desk PC left open overnight finds the server connection gone.
        # connect_timeout: a server behind a cut cable is reported in seconds, not minutes.
        connect_args = {} if "connect_timeout" in u.query else {"connect_timeout": 10}
        engine = create_engine(u, pool_pre_ping=True, connect_args=connect_args)
        settings = pg_timeouts(u, busy_timeout_ms, statement_timeout_ms)

        # Set on each new connection rather than in the address's ``options``: SQLAlchemy
        # writes the spaces there as "+", which the server does not read back.
        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            with dbapi_conn.cursor() as cursor:
                for name, ms in settings:
                    cursor.execute(f"SET {name} = {int(ms)}")
            dbapi_conn.commit()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            if _hurried.get():
                conn.exec_driver_sql(f"SET LOCAL lock_timeout = {HURRIED_WAIT_MS}")

        return engine
    raise StorageError(
        f"지원하지 않는 데이터베이스 주소입니다({backend}). "
        "SQLite 파일 또는 PostgreSQL 서버 주소를 설정해 주세요."
    )


def pg_timeouts(u: URL, lock_ms: int, statement_ms: int) -> list[tuple[str, int]]:
    """The server's lock and statement timeouts each connection sets; one an administrator
    put in the address's ``options`` themselves is left to theirs."""
    given = u.query.get("options", "")
    options = " ".join(given) if isinstance(given, tuple) else given
    return [
        (name, ms)
        for name, ms in (("lock_timeout", lock_ms), ("statement_timeout", statement_ms))
        if name not in options
    ]


def _sqlite_engine(u: URL, busy_timeout_ms: int) -> Engine:
    path = sqlite_file(u)
    if path is None:
        # Every record would vanish when the command ends, while it reports success.
        raise StorageError(
            "메모리 데이터베이스(sqlite:///:memory:)에는 아무것도 남지 않아 쓸 수 없습니다. "
            "데이터베이스 파일 경로(sqlite:///경로/minwon.db)나 서버 주소를 적어 주세요."
        )
    if not path.parent.is_dir():
        raise StorageError(
            f"데이터베이스 폴더가 없습니다: {path.parent}. "
            "폴더가 옮겨졌거나 외장 드라이브가 분리되었는지 확인하고, "
            "설정에서 데이터베이스 위치를 다시 지정해 주세요."
        )
    claim_sqlite(path, busy_timeout_ms)
    engine = create_engine(u)

    # Autocommit at the driver level so that SQLAlchemy's own BEGIN IMMEDIATE is the only
    # transaction control: deferred transactions, measured with two writing processes,
    # either lost updates or failed at once with "database is locked".
    # synchronous=FULL: a commit is on disk before the desk is told it is saved, so a
    # power cut at the counter loses no check-in. It costs ~0.3 ms a commit, nothing at
    # a desk's pace; NORMAL would only protect against the app crashing, not the PC.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.execute("PRAGMA foreign_keys=ON")
        finally:
            cursor.close()

    # Reads (lists, the change reader) open a plain transaction: in WAL it runs beside
    # another desk's write instead of queueing behind it for the write lock.
    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(READ_ONLY_OPTION):
            conn.exec_driver_sql("BEGIN")
        else:
            wait = HURRIED_WAIT_MS if _hurried.get() else busy_timeout_ms
            conn.exec_driver_sql(f"PRAGMA busy_timeout={int(wait)}")
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def claim_sqlite(path: Path, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> None:
    """Make sure ``path`` is minwon_desk's database before anything else opens it.

    Looked at with the bare driver, before the engine's own connection sets WAL mode (which
    would rewrite another program's file header). A new or empty file, and one of ours
    made before the application id existed, get the id; a file with tables of another
    program is refused with StorageError and not written to.
    """
    if path.is_dir():
        raise StorageError(
            f"데이터베이스 위치 {path}은(는) 폴더입니다. 데이터베이스 파일 경로를 적어 주세요."
        )
    try:
        create_private(path)
        conn = sqlite3.connect(path, isolation_level=None)
    except (sqlite3.Error, OSError) as exc:
        raise _claim_error(path, exc) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id == APPLICATION_ID:
            return
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if app_id != 0 or (tables and not _OUR_TABLES.issubset(tables)):
            raise StorageError(
                f"{path}은(는) 다른 프로그램의 데이터베이스 파일이라 열지 않았습니다. 파일은 "
                "바꾸지 않았습니다. 민원 데스크의 데이터베이스 파일(minwon.db) 경로를 적어 주세요."
            )
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    except sqlite3.Error as exc:
        raise _claim_error(path, exc) from exc
    finally:
        conn.close()


PRIVATE_MODE = 0o600


def create_private(path: Path) -> None:
    """A new database file readable by its owner alone (it holds citizens' records; SQLite
    gives its WAL and shared-memory files the same mode). An existing file is left as it
    is: an administrator may have shared it on purpose."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError:
        return
    os.close(fd)


def _claim_error(path: Path, exc: sqlite3.Error | OSError) -> StorageError:
    # SQLite says "unable to open" for a folder it may not write its journal in: say so,
    # rather than suggest the file was moved.
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return StorageError(
            f"데이터베이스 폴더 {path.parent}이(가) 읽기 전용이라 데이터베이스를 열지 못했습니다. "
            "읽기 전용 디스크인지, 쓰기 권한이 있는지 확인하거나 관리자에게 문의해 주세요."
        )
    return StorageError(storage_error_text(str(exc), opening=True))
