"""Helpers for the backup tests: counting, confirming, and backups edited on purpose."""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select

from minwon_desk.services.backend import Backend
from minwon_desk.services.backup.fileformat import Manifest, extract, read_manifest, write_backup
from minwon_desk.services.backup.snapshot import read_facts
from minwon_desk.store.models import Memo


def yes(_manifest: Manifest) -> bool:
    return True


def memo_count(backend: Backend) -> int:
    with backend.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Memo)) or 0)


def rewrite_backup(
    source: Path, target: Path, sql: str, *, keep_counts: dict[str, int] | None = None
) -> Path:
    """``source``'s database changed by ``sql`` and written to ``target`` as a well-formed
    backup whose manifest says what the database now holds (its counts overridden by
    ``keep_counts``): a newer schema, another agency, or an edited file."""
    manifest, begin = read_manifest(source)
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "payload.db"
        plain.touch()
        extract(source, manifest, begin, plain, None)
        conn = sqlite3.connect(plain)
        conn.execute(sql)
        conn.commit()
        conn.close()
        facts = read_facts(plain)
        counts = {**facts.counts, **(keep_counts or {})}
        write_backup(target, plain, replace(manifest, schema=facts.schema or "",
                                            agency=facts.agency, counts=counts))
    return target
