"""Putting a checked copy back in place of the database.

SQLite: the current database is first copied aside to a dated file beside it
(``minwon.before-restore.YYYYMMDD-HHMMSS.db``), then the copy's pages are written into the
live file with SQLite's backup API, in one write transaction: a desk still open sees the
restored database (it is the same file), and a restore killed midway leaves the database
as it was. (Moving the file away instead would leave a desk still open writing into the
file set aside.)

PostgreSQL: in one transaction, as the tables' owner: the append-only triggers of
``audit_entry``, ``access_log`` and ``access_review`` are disabled (ALTER TABLE … DISABLE TRIGGER USER: a
transactional change, undone by a rollback), every table is emptied (TRUNCATE), the copy
is loaded in dependency order, the id sequences are moved past the loaded ids, and the
triggers are enabled again before the commit. The current state is backed up first by the
caller.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from minwon_desk.domain.i18n import translate
from minwon_desk.services.backup.fileformat import BackupRefused
from minwon_desk.services.backup.snapshot import (
    APPEND_ONLY,
    copy_sqlite,
    discard,
    single_file,
    tables,
)
from minwon_desk.store.engine import (
    DEFAULT_BUSY_TIMEOUT_MS,
    create_private,
    make_engine,
    sqlite_file,
)


def upgrade_copy(copy: Path, scratch: Path) -> None:
    """Bring the checked copy to this version's schema with the app's own migrations
    (``scratch``: a folder for the migration's own safety copy, thrown away after)."""
    from minwon_desk.store.migrate import migrate

    engine = make_engine(f"sqlite:///{copy}")
    try:
        migrate(engine, backup_dir=scratch)
    finally:
        engine.dispose()
    for left in scratch.glob("*.db"):
        discard(left)
    single_file(copy)


def aside_name(live: Path, now: datetime) -> Path:
    return live.parent / f"{live.stem}.before-restore.{now.strftime('%Y%m%d-%H%M%S')}.db"


def writable_folder(folder: Path) -> None:
    """Refused before anything is done: a database folder the restore could not write
    the set-aside copy (or the restored pages) into."""
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BackupRefused(translate(
            "Backup", "데이터베이스 폴더 {folder}에 쓸 수 없어 복원하지 않았습니다(쓰기 권한이 없거나 "
            "읽기 전용 디스크입니다). 쓰기 권한이 있는 계정으로 실행하거나 관리자에게 문의해 주세요. "
            "아무것도 바꾸지 않았습니다.").format(folder=folder))


def restore_sqlite(engine: Engine, copy: Path, now: datetime) -> Path:
    """The copy written into the live SQLite database of ``engine``; returns where the
    database as it was has been set aside."""
    live = sqlite_file(engine.url)
    assert live is not None
    writable_folder(live.parent)
    aside = aside_name(live, now)
    try:
        create_private(aside)
        copy_sqlite(live, aside)
    except (OSError, sqlite3.Error) as exc:
        discard(aside)
        raise BackupRefused(translate(
            "Backup", "지금의 데이터베이스를 {aside}에 따로 보관하지 못해 복원하지 않았습니다({why}). "
            "여유 공간과 쓰기 권한을 확인해 주세요. 아무것도 바꾸지 않았습니다.").format(
            aside=aside, why=exc)) from exc
    src = sqlite3.connect(copy)
    try:
        dst = sqlite3.connect(live)
        try:
            dst.execute(f"PRAGMA busy_timeout={DEFAULT_BUSY_TIMEOUT_MS}")
            src.backup(dst, pages=-1)
        finally:
            dst.close()
    finally:
        src.close()
    return aside


def restore_postgresql(engine: Engine, copy: Path) -> None:
    """The copy loaded into the PostgreSQL database of ``engine`` (same schema revision),
    replacing every row, in one transaction."""
    ordered = tables()
    names = ", ".join(f'"{t.name}"' for t in ordered)
    src = sqlite3.connect(copy)
    try:
        with engine.begin() as pg:
            pg.execute(text("SET LOCAL statement_timeout = 0"))
            # The copy holds instants as naive UTC text: read them as UTC.
            pg.execute(text("SET LOCAL TimeZone = 'UTC'"))
            for name in APPEND_ONLY:
                pg.execute(text(f'ALTER TABLE "{name}" DISABLE TRIGGER USER'))
            pg.execute(text(f"TRUNCATE {names} RESTART IDENTITY"))
            # Foreign keys are checked once each over the loaded rows when they are added
            # back, rather than row by row while loading (several times faster).
            keys = pg.execute(_FOREIGN_KEYS).all()
            for table, name, _definition in keys:
                pg.execute(text(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"'))
            driver = pg.connection.driver_connection
            for table in ordered:
                _load(driver, src, table)
            for table, name, definition in keys:
                pg.execute(text(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}'))
            for table in ordered:
                _reset_sequence(pg, table)
            for name in APPEND_ONLY:
                pg.execute(text(f'ALTER TABLE "{name}" ENABLE TRIGGER USER'))
    finally:
        src.close()


# The foreign keys of the schema the connection works in: table, name, definition.
_FOREIGN_KEYS = text(
    "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) "
    "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
    "WHERE c.contype = 'f' AND t.relnamespace = "
    "(SELECT oid FROM pg_namespace WHERE nspname = current_schema()) ORDER BY 1, 2"
)


def _load(driver: Any, src: sqlite3.Connection, table: Any) -> None:
    """One table's rows COPY-ed in from the SQLite copy."""
    quoted = ", ".join(f'"{c.name}"' for c in table.columns)
    read = src.execute(f'SELECT {quoted} FROM "{table.name}"')
    with driver.cursor() as cursor, cursor.copy(
            f'COPY "{table.name}" ({quoted}) FROM STDIN') as stream:
        while rows := read.fetchmany(5000):
            for row in rows:
                stream.write_row(row)


def _reset_sequence(pg: Any, table: Any) -> None:
    columns = list(table.primary_key.columns)
    if len(columns) != 1 or not columns[0].autoincrement or columns[0].type.python_type is not int:
        return
    name = columns[0].name
    sequence = pg.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                          {"t": table.name, "c": name}).scalar()
    if sequence:
        pg.execute(text(f'SELECT setval(:s, COALESCE((SELECT MAX("{name}") FROM "{table.name}"), 0) + 1, false)'),
                   {"s": sequence})
