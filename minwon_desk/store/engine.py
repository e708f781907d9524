"""Engines for SQLite (one desk, local file) and PostgreSQL (a shared agency server)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from minwon_desk.domain.errors import StorageError

DEFAULT_BUSY_TIMEOUT_MS = 5000
# An execution option on the engine that reads use: their transactions take no write lock.
READ_ONLY_OPTION = "minwon_read_only"


def sqlite_file(url: str | URL) -> Path | None:
    """The database file of a SQLite URL; None for other backends and in-memory DBs."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
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


def make_engine(url: str, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    """Create the engine for ``url``.

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
        return create_engine(u, pool_pre_ping=True, connect_args=connect_args)
    raise StorageError(
        f"지원하지 않는 데이터베이스 주소입니다({backend}). "
        "SQLite 파일 또는 PostgreSQL 서버 주소를 설정해 주세요."
    )


def _sqlite_engine(u: URL, busy_timeout_ms: int) -> Engine:
    path = sqlite_file(u)
    if path is not None and not path.parent.is_dir():
        raise StorageError(
            f"데이터베이스 폴더가 없습니다: {path.parent}. "
            "폴더가 옮겨졌거나 외장 드라이브가 분리되었는지 확인하고, "
            "설정에서 데이터베이스 위치를 다시 지정해 주세요."
        )
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
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
