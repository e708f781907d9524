"""A consistent copy of the database as a SQLite file, and what such a file holds.

SQLite: the online backup API, in one step, so the copy is the database as of one moment
while other desks go on writing (in WAL mode their writes run beside the copy's read).
PostgreSQL: one REPEATABLE READ, read-only transaction (one snapshot of every table) read
in dependency order into a SQLite file given the same schema by the app's migrations: one
format for both databases, which ``backup verify`` and a restore on either can open.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, Engine, Table, text

from minwon_desk.domain.errors import StorageError
from minwon_desk.domain.i18n import translate
from minwon_desk.store import models as _models  # noqa: F401  (every table in the metadata)
from minwon_desk.store.base import Base, UtcDateTime
from minwon_desk.store.engine import DEFAULT_BUSY_TIMEOUT_MS, make_engine

# The append-only logs: their triggers refuse DELETE, and a fresh schema has no rows there.
APPEND_ONLY = ("audit_entry", "access_log", "access_review")
_BATCH = 5000


@dataclass(frozen=True, slots=True)
class Facts:
    """What a SQLite copy holds: its schema revision, its agency and its rows per table."""

    schema: str | None
    agency: tuple[tuple[str, str], ...]
    counts: dict[str, int]


def tables() -> list[Table]:
    """Every table of the schema, parents before the tables that point at them."""
    return list(Base.metadata.sorted_tables)


def copy_sqlite(source: Path, target: Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> None:
    """``source`` copied to ``target`` (an existing, empty, private file) as of one moment,
    as a single file (no WAL beside it)."""
    src = sqlite3.connect(source)
    try:
        src.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        dst = sqlite3.connect(target)
        try:
            # All pages in one step: a step-wise copy starts over whenever another desk
            # writes, and might never end on a busy morning.
            src.backup(dst, pages=-1)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def single_file(path: Path) -> None:
    """``path`` left as one self-contained file (its WAL folded in)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def dump_postgresql(engine: Engine, target: Path, revision: str) -> None:
    """Every row of the PostgreSQL database of ``engine`` into ``target`` (an empty private
    file), read in one snapshot. The server's schema must be ``revision``, this version's
    (the desks refuse to open any other)."""
    from minwon_desk.store.migrate import migrate

    shaped = make_engine(f"sqlite:///{target}")
    try:
        migrate(shaped)
    finally:
        shaped.dispose()
    out = sqlite3.connect(target)
    try:
        out.execute("PRAGMA foreign_keys=OFF")
        # A failed copy is thrown away: no journal, no sync until the end. Indexes are
        # built once over the loaded rows rather than kept up row by row.
        out.execute("PRAGMA journal_mode=OFF")
        out.execute("PRAGMA synchronous=OFF")
        indexes = [sql for (sql,) in out.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")]
        for (name,) in out.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall():
            out.execute(f'DROP INDEX "{name}"')
        source = engine.connect().execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with source, source.begin():
            source.execute(text("SET LOCAL statement_timeout = 0"))
            stored = source.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if stored != revision:
                raise StorageError(translate(
                    "Backup", "서버의 스키마({stored})가 이 버전({ours})과 달라 백업하지 않았습니다. "
                    "'minwon-desk db upgrade'로 맞춘 뒤 다시 해 주세요.").format(
                    stored=stored, ours=revision))
            driver = source.connection.driver_connection
            for table in reversed(tables()):
                if table.name not in APPEND_ONLY:
                    out.execute(f'DELETE FROM "{table.name}"')  # what the migrations seeded
            for table in tables():
                _copy_table(driver, out, table)
        for sql in indexes:
            out.execute(sql)
        out.commit()
    finally:
        out.close()
    single_file(target)


def _copy_table(driver: Any, out: sqlite3.Connection, table: Table) -> None:
    """One table's rows from the server into the SQLite copy, as SQLite stores them (the
    server formats instants as naive UTC text, as the app's SQLite columns hold them)."""
    names = [c.name for c in table.columns]
    wanted = ", ".join(_as_sqlite(c) for c in table.columns)
    quoted = ", ".join(f'"{n}"' for n in names)
    insert_sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" * len(names))})'
    # A plain cursor: the server sends the table in one go and the driver's C loaders turn
    # its rows into values batch by batch (a server-side cursor's round trips and COPY's
    # row parsing in Python were each several times slower).
    with driver.cursor() as cursor:
        cursor.execute(f'SELECT {wanted} FROM "{table.name}"')
        while rows := cursor.fetchmany(_BATCH):
            out.executemany(insert_sql, rows)


def _as_sqlite(column: Any) -> str:
    name = f'"{column.name}"'
    if isinstance(column.type, UtcDateTime):
        return f"to_char({name} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
    if isinstance(column.type, Date):
        return f"to_char({name}, 'YYYY-MM-DD')"
    if isinstance(column.type, Boolean):
        return f"{name}::int"
    return name


def read_facts(path: Path) -> Facts:
    """The revision, agency and row counts of the SQLite file ``path``; sqlite3.Error for
    a file that is not a database, or is damaged."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        schema = None
        if "alembic_version" in names:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            schema = rows[0][0] if len(rows) == 1 else None
        agency: tuple[tuple[str, str], ...] = ()
        if "agency" in names:
            agency = tuple((str(c), str(n)) for c, n in conn.execute(
                "SELECT code, name FROM agency ORDER BY id"))
        counts = {
            name: int(conn.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0])
            for name in names if name != "alembic_version"
        }
        return Facts(schema, agency, counts)
    finally:
        conn.close()


def is_whole(path: Path) -> bool:
    """SQLite's own check of the file's pages and indexes."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("PRAGMA quick_check")] == ["ok"]
    finally:
        conn.close()


def discard(path: Path) -> None:
    """A scratch SQLite file and whatever SQLite left beside it."""
    for extra in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{extra}").unlink(missing_ok=True)
