"""The database, its WAL and every file the app saves are its owner's alone (0600)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from minwon_desk.files import write_atomically
from minwon_desk.services.backend import Backend
from minwon_desk.store.migrate import backup_sqlite


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_and_its_wal_are_private(backend: Backend, tmp_path: Path) -> None:
    path = Path(str(backend.db.engine.url.database))
    assert _mode(path) == 0o600
    wal = Path(f"{path}-wal")
    assert wal.exists() and _mode(wal) == 0o600
    copy = backup_sqlite(path, tmp_path / "upgrade-copies", "0009")
    assert _mode(copy) == 0o600


def test_an_existing_database_keeps_the_mode_it_was_given(tmp_path: Path, mss_charter: object) -> None:
    """An administrator who shared the file on purpose is not overruled."""
    from minwon_desk.domain.charter import Charter

    assert isinstance(mss_charter, Charter)
    path = tmp_path / "shared.db"
    path.touch()
    os.chmod(path, 0o660)
    Backend.open(f"sqlite:///{path}", charter=mss_charter, desk="창구").close()
    assert _mode(path) == 0o660


def test_saved_files_are_private(tmp_path: Path) -> None:
    target = tmp_path / "명단.xlsx"
    write_atomically(target, b"data")
    assert _mode(target) == 0o600
