"""The day's automatic backup: one a day, the newest N kept, the ones a person made left
alone, each recorded in the audit trail."""

from __future__ import annotations

import stat
from pathlib import Path

from sqlalchemy import select

from minwon_desk.services.backend import Backend
from minwon_desk.services.backup.copy import verify
from minwon_desk.services.backup.service import AUTO_BACKUP
from minwon_desk.services.dto import Actor
from minwon_desk.settings import resolve_config
from minwon_desk.store.models import AuditEntry
from tests.conftest import FakeClock


def test_one_backup_a_day_and_the_newest_kept(
    db_backend: Backend, db_actor: Actor, fake_clock: FakeClock, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    first = db_backend.backups.daily(folder, keep=2)
    assert first is not None and first.name == "minwon-auto-20260702-100000.mwbak"
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert verify(first, None).counts["staff"] == 6
    fake_clock.advance(hours=3)
    assert db_backend.backups.daily(folder, keep=2) is None  # already made today
    # A person's own backup in the same folder is theirs: never pruned.
    mine = db_backend.backups.take(db_actor, folder / "minwon-before-the-move.mwbak").path
    for _ in range(3):
        fake_clock.advance(days=1)
        assert db_backend.backups.daily(folder, keep=2) is not None
    autos = sorted(p.name for p in folder.glob("minwon-auto-*.mwbak"))
    assert autos == ["minwon-auto-20260704-130000.mwbak", "minwon-auto-20260705-130000.mwbak"]
    assert mine.exists()
    with db_backend.db.read() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == AUTO_BACKUP)).all()
    assert len(rows) == 4 and all(row.actor_id is None for row in rows)


def test_the_days_backup_made_elsewhere_is_not_made_again(
    db_backend: Backend, tmp_path: Path
) -> None:
    """The trail says today's backup is made (by another desk, into its own folder)."""
    assert db_backend.backups.daily(tmp_path / "desk-a", keep=14) is not None
    assert db_backend.backups.daily(tmp_path / "desk-b", keep=14) is None
    assert not list((tmp_path / "desk-b").glob("*.mwbak"))


def test_the_backup_settings_have_their_defaults(tmp_path: Path) -> None:
    config = resolve_config(data_dir=tmp_path, environ={})
    assert config.settings.get("auto_backup") is True
    assert config.settings.get("backup_keep") == 14
    assert config.backup_folder == tmp_path / "backups"
    config.settings.update({"backup_folder": str(tmp_path / "elsewhere")})
    assert config.backup_folder == tmp_path / "elsewhere"
