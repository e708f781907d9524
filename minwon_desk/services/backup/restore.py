"""Putting a checked copy back in place of the database.

SQLite: the current database is first copied aside to a dated file beside it
(``minwon.before-restore.YYYYMMDD-HHMMSS.db``), then the copy's pages are written into the
live file with SQLite's backup API, in one write transaction: a desk still open sees the
restored database (it is the same file), and a restore killed midway leaves the database
as it was. (Moving the file away instead would leave a desk still open writing into the
file set aside.)

PostgreSQL: in one transaction, as the tables' owner: the append-only triggers of
``audit_entry`` and ``access_log`` are disabled (ALTER TABLE … DISABLE TRIGGER USER: a
transactional change, undone by a rollback), every table is emptied (TRUNCATE), the copy
is loaded in dependency order, the id sequences are moved past the loaded ids, and the
triggers are enabled again before the commit. The current state is backed up first by the
caller.
"""

from __future__ import annotations

import os
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, insert, text, update

from minwon_desk.domain.i18n import translate
from minwon_desk.services.backup.fileformat import BackupRefused
from minwon_desk.services.backup.snapshot import (
    APPEND_ONLY,
    batches,
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
    from minwon_desk.services.backup.snapshot import _bulk_engine

    source = _bulk_engine(copy)
    ordered = tables()
    names = ", ".join(f'"{t.name}"' for t in ordered)
    try:
        with source.connect() as src, engine.begin() as pg:
            pg.execute(text("SET LOCAL statement_timeout = 0"))
            for name in APPEND_ONLY:
                pg.execute(text(f'ALTER TABLE "{name}" DISABLE TRIGGER USER'))
            pg.execute(text(f"TRUNCATE {names} RESTART IDENTITY"))
            later: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for table in ordered:
                deferred = _deferred_columns(table)
                for rows in batches(src, table):
                    if deferred:
                        rows = _hold_back(table, rows, deferred, later[table.name])
                    pg.execute(insert(table), rows)
            for table in ordered:
                _fill_in(pg, table, later.get(table.name, []))
            for table in ordered:
                _reset_sequence(pg, table)
            for name in APPEND_ONLY:
                pg.execute(text(f'ALTER TABLE "{name}" ENABLE TRIGGER USER'))
    finally:
        source.dispose()


def _deferred_columns(table: Any) -> list[str]:
    """Columns whose key points at a table loaded later (``use_alter``: a cycle such as a
    department's head, who is on the staff of a department)."""
    return [fk.parent.name for fk in table.foreign_keys if fk.use_alter or fk.constraint.use_alter]


def _hold_back(
    table: Any, rows: list[dict[str, Any]], columns: Sequence[str], later: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    key = _key(table)
    for row in rows:
        held = {c: row[c] for c in columns if row[c] is not None}
        if held:
            later.append({"_key": row[key], **{f"_{c}": v for c, v in held.items()}})
            for c in held:
                row[c] = None
    return rows


def _fill_in(pg: Any, table: Any, later: list[dict[str, Any]]) -> None:
    if not later:
        return
    key = _key(table)
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in later:
        by_columns[tuple(sorted(k[1:] for k in row if k != "_key"))].append(row)
    for columns, params in by_columns.items():
        statement = (update(table).where(table.c[key] == bindparam("_key"))
                     .values({c: bindparam(f"_{c}") for c in columns}))
        pg.execute(statement, params)


def _key(table: Any) -> str:
    (column,) = table.primary_key.columns
    return str(column.name)


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
