"""Backups beside other processes: one taken while another desk keeps writing restores to a
consistent database; one killed outright (SIGKILL) leaves no file that looks whole and the
database untouched; an older schema's backup is restored and upgraded."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.backup.copy import take_copy, verify
from minwon_desk.services.dto import Actor
from minwon_desk.store.engine import make_engine
from minwon_desk.store.migrate import RELEASED_HEAD, alembic_config, stored_revision
from minwon_desk.store.models import Agency, AuditEntry, Memo, Visit
from tests.support.backup_files import yes
from tests.support.seed import SEED_PASSWORD, SmallAgency, auditor

ROOT = Path(__file__).resolve().parents[3]
WAIT = 60.0


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["MINWON_PASSWORD"] = SEED_PASSWORD
    return env


def _consistent(backend: Backend) -> None:
    """Every memo has the audit row written in its transaction, and both hash chains hold."""
    with backend.db.read() as session:
        memos = session.scalar(select(func.count()).select_from(Memo))
        taken = session.scalar(select(func.count()).where(AuditEntry.action == "memo.take"))
    assert memos == taken
    assert all(report.ok for report in backend.chains.verify(auditor(backend)))


def test_a_backup_taken_while_another_process_writes_restores_to_a_consistent_database(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor, db_url: str, tmp_path: Path
) -> None:
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.support.memo_writer", db_url, str(stop)],
        cwd=ROOT, env=_env(), stdout=subprocess.PIPE, text=True,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        backups = [db_backend.backups.take(db_actor, tmp_path / f"during-{n}.mwbak")
                   for n in range(3)]
    finally:
        stop.touch()
        out, _ = writer.communicate(timeout=WAIT)
    written = int(out.split()[-1])
    assert writer.returncode == 0
    # The other desk went on writing while the copies were taken.
    assert backups[-1].manifest.counts["memo"] > backups[0].manifest.counts["memo"] > 0
    assert written > backups[-1].manifest.counts["memo"]
    for backup in backups:
        result = db_backend.backups.restore(db_actor, backup.path, passphrase=None, confirm=yes,
                                            work_dir=tmp_path, backup_dir=tmp_path / "aside")
        assert result is not None
        with db_backend.db.read() as session:
            assert session.scalar(select(func.count()).select_from(Memo)) == \
                backup.manifest.counts["memo"]
        _consistent(db_backend)


def _fill(backend: Backend, agency: SmallAgency, rows: int) -> None:
    """``rows`` visits with long purposes: a database that takes a moment to copy."""
    start = datetime(2026, 6, 1, 9, 0, tzinfo=SEOUL)
    batch = [{"desk": "1층 민원안내", "visitor_name": "방문객", "visitor_phone": "010-0000-0000",
              "purpose": "상담 " * 300, "checked_in_at": start + timedelta(minutes=i),
              "checked_in_by_id": agency.operator.id} for i in range(1000)]
    with backend.db.transaction() as session:
        for _ in range(rows // len(batch)):
            session.execute(insert(Visit), batch)


def test_a_backup_killed_midway_leaves_no_file_that_looks_whole(
    backend: Backend, agency: SmallAgency, tmp_path: Path
) -> None:
    _fill(backend, agency, 40_000)
    data_dir = Path(str(backend.db.engine.url.database)).parent
    before = _visits(data_dir / "minwon.db")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "killed.mwbak"
    caught = False
    for _ in range(5):
        backup = subprocess.Popen(
            [sys.executable, "-m", "minwon_desk", "--data-dir", str(data_dir), "backup",
             "--as", "T0001", "-o", str(target)], cwd=ROOT, env=_env(),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + WAIT
        while backup.poll() is None and time.monotonic() < deadline:
            if list(out_dir.glob(".*.part")):  # the copy is under way
                backup.send_signal(signal.SIGKILL)
                break
            time.sleep(0.001)
        backup.wait(timeout=WAIT)
        if backup.returncode == -signal.SIGKILL:
            caught = True
            break
        target.unlink(missing_ok=True)  # it finished first: try again
    assert caught, "the backup always finished before it could be killed"
    assert not target.exists()
    assert not list(out_dir.glob("*.mwbak"))
    leftovers = list(out_dir.glob(".*.part"))
    assert leftovers and all(p.stat().st_mode & 0o077 == 0 for p in leftovers)  # private
    assert _visits(data_dir / "minwon.db") == before
    check = sqlite3.connect(data_dir / "minwon.db")
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()
    # The next backup in that folder clears what the killed one left (once it is old
    # enough not to be another backup still under way) and is whole.
    for old in leftovers:
        os.utime(old, (time.time() - 7200, time.time() - 7200))
    manifest = backend.backups.take(None, target).manifest
    assert manifest.counts["visit"] == before
    assert not list(out_dir.glob(".*.part"))
    assert verify(target, None).counts["visit"] == before


def _visits(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM visit").fetchone()[0])
    finally:
        conn.close()


def test_a_backup_of_an_older_schema_is_restored_and_upgraded(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor, tmp_path: Path
) -> None:
    from alembic import command

    older = make_engine(f"sqlite:///{tmp_path / 'older.db'}")
    try:
        with older.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "0008")
            conn.execute(insert(Agency).values(code="TEST", name="테스트 중소기업청"))
        assert stored_revision(older) == "0008"
        take_copy(older, tmp_path / "older.mwbak", now=datetime.now(SEOUL), passphrase=None,
                  app_version="0.0.9")
    finally:
        older.dispose()
    result = db_backend.backups.restore(db_actor, tmp_path / "older.mwbak", passphrase=None,
                                        confirm=yes, work_dir=tmp_path,
                                        backup_dir=tmp_path / "aside")
    assert result is not None and result.upgraded_from == "0008"
    assert stored_revision(db_backend.db.engine) == RELEASED_HEAD
    with db_backend.db.read() as session:
        assert session.scalars(select(Agency.code)).all() == ["TEST"]


def test_on_a_shared_server_one_desk_makes_the_days_backup(
    db_backend: Backend, db_url: str, tmp_path: Path
) -> None:
    """Desks starting together each try the day's backup into their own folder: one makes it."""
    if db_backend.backups.backend_name != "postgresql":
        pytest.skip("a SQLite database is one desk's: its day's backup is checked by its file")
    desks = 3
    procs = [subprocess.Popen(
        [sys.executable, "-m", "tests.support.daily_desk", db_url, str(tmp_path / f"desk{n}")],
        cwd=ROOT, env=_env(), stdout=subprocess.PIPE, text=True) for n in range(desks)]
    said = [p.communicate(timeout=WAIT)[0].strip() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sorted(said).count("none") == desks - 1
    assert len(list(tmp_path.glob("desk*/minwon-auto-*.mwbak"))) == 1
