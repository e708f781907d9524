"""Backup and restore of the benchmark year (200,000 visits, 50,000 memos, 20,000 cases).

- ``backup``: the whole command's work (SQLite's backup API, counts, checksum, the file
  written and renamed, the audit row), target ≤ 10 s; beside it, the floor: SQLite's backup
  API alone into a file (what any consistent copy costs), and a plain file copy.
- ``backup --encrypt``: the same sealed with a passphrase (scrypt + AES-GCM), for reference.
- ``restore``: checking the file (checksum, its pages, its counts), keeping the current
  database aside and writing the backup's pages into it, target ≤ 10 s; floor: two runs of
  the backup API (the set-aside copy and the restore are one each).
- With MINWON_TEST_PG_URL set, the same year restored into, and backed up from, a
  PostgreSQL schema; floor: reading every row of every table once through the driver
  (psycopg's own cursor, no conversion).

The year's file is copied first: the restore changes the database it runs on.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from common import Row
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from year_data import NOW, open_year, year_database

from minwon_desk.domain.roles import Role
from minwon_desk.services.backend import Backend
from minwon_desk.services.backup.fileformat import Manifest
from minwon_desk.services.backup.snapshot import tables
from minwon_desk.store.models import Staff
from tests.support.seed import signed_in_as

TARGET_S = 10.0
PASSPHRASE = "벤치마크 암호 2026"


def _yes(_manifest: Manifest) -> bool:
    return True


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _best(work: Callable[[], object], runs: int) -> float:
    return min(_seconds(work) for _ in range(runs))


def _sqlite_floor(source: Path, folder: Path) -> tuple[float, float]:
    def api() -> None:
        target = folder / "floor-api.db"
        target.unlink(missing_ok=True)
        src, dst = sqlite3.connect(source), sqlite3.connect(target)
        src.backup(dst, pages=-1)
        dst.close()
        src.close()

    return _best(api, 3), _best(lambda: shutil.copyfile(source, folder / "floor-copy.db"), 3)


def bench_backup(runs: int = 3) -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "minwon.db"
        shutil.copyfile(year_database(), path)
        api_floor, copy_floor = _sqlite_floor(path, folder)
        backend = open_year(path)
        try:
            admin = _admin(backend)
            plain = folder / "year.mwbak"
            sealed = folder / "year-sealed.mwbak"
            took = _best(lambda: backend.backups.take(admin, plain), runs)
            took_sealed = _best(lambda: backend.backups.take(admin, sealed, passphrase=PASSPHRASE), 1)
            restored = _best(lambda: backend.backups.restore(
                admin, plain, passphrase=None, confirm=_yes, work_dir=folder,
                backup_dir=folder / "aside"), runs)
            for aside in folder.glob("minwon.before-restore.*"):
                aside.unlink()
        finally:
            backend.close()
        rows += [
            Row("backup: a year (SQLite)", took, "sqlite3 backup API alone", api_floor, "s",
                f"≤ {TARGET_S:.0f} s", took <= TARGET_S),
            Row("backup --encrypt: a year (SQLite)", took_sealed, "plain file copy", copy_floor,
                "s", "(reference)", None),
            Row("restore: a year (SQLite)", restored, "sqlite3 backup API ×2", 2 * api_floor, "s",
                f"≤ {TARGET_S:.0f} s", restored <= TARGET_S),
        ]
        pg = os.environ.get("MINWON_TEST_PG_URL", "")
        if pg:
            rows += _postgresql(pg, plain, folder)
    return rows


def _admin(backend: Backend):  # type: ignore[no-untyped-def]
    with backend.db.read() as session:
        first = session.scalars(select(Staff.id).order_by(Staff.id).limit(1)).one()
    return signed_in_as(backend, first, frozenset({Role.ADMIN}))


def _postgresql(url: str, year: Path, folder: Path) -> list[Row]:
    from minwon_desk.domain.charter import load_charter
    from minwon_desk.resources import charter_preset

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin_engine = create_engine(url)
    with admin_engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        backend = Backend.open(scoped.render_as_string(hide_password=False),
                               charter=load_charter(charter_preset("mss")), desk="벤치 창구",
                               clock=lambda: NOW)
        try:
            # Into an empty database: no one to sign in as yet (a new server).
            loaded = _seconds(lambda: backend.backups.restore(
                None, year, passphrase=None, confirm=_yes, work_dir=folder,
                backup_dir=folder / "pg-aside"))
            admin = _admin(backend)
            took = _best(lambda: backend.backups.take(admin, folder / "pg.mwbak"), 1)
            restored = _seconds(lambda: backend.backups.restore(
                admin, folder / "pg.mwbak", passphrase=None, confirm=_yes, work_dir=folder,
                backup_dir=folder / "pg-aside"))

            def read_all() -> None:
                with backend.db.engine.connect() as conn:
                    driver = conn.connection.driver_connection
                    assert driver is not None
                    for table in tables():
                        with driver.cursor(name="floor") as cursor:
                            cursor.execute(f'SELECT * FROM "{table.name}"')
                            while cursor.fetchmany(5000):
                                pass
                    conn.rollback()

            floor = _best(read_all, 1)
        finally:
            backend.close()
    finally:
        with admin_engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin_engine.dispose()
    return [
        Row("backup: a year (PostgreSQL)", took, "every row read once", floor, "s",
            f"≤ {TARGET_S:.0f} s", took <= TARGET_S),
        Row("restore: a year (PostgreSQL, after a backup)", restored, "every row read once",
            floor, "s", f"≤ {TARGET_S:.0f} s", restored <= TARGET_S),
        Row("restore: a year into an empty server", loaded, "every row read once", floor, "s",
            "(reference)", None),
    ]
