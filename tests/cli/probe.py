"""Running ``python -m minwon_desk`` as a separate process, as a person at a terminal would,
and telling whether a database changed."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


def cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> Ran:
    """``minwon-desk ARGS`` in its own process (the password of the seeded accounts in the
    environment unless ``env`` says otherwise)."""
    from tests.support.seed import SEED_PASSWORD

    full = {**os.environ, "MINWON_PASSWORD": SEED_PASSWORD, **(env or {})}
    full.pop("MINWON_TOKEN", None)
    full.pop("MINWON_DB_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "minwon_desk", *args], cwd=ROOT, env=full,
        capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL,
    )
    return Ran(done.returncode, done.stdout, done.stderr)


def has_korean(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def file_state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with a digest of its bytes (a SQLite database and its
    WAL included): equal before and after means nothing was written."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith("-shm")
    }


def table_state(url: str) -> dict[str, list[str]]:
    """Every row of every table, as text, in a stable order: equal before and after means
    nothing was written. Read with a bare engine, so the looking changes nothing."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                name: sorted(repr(tuple(row)) for row in conn.execute(text(f'SELECT * FROM "{name}"')))
                for name in sorted(inspect(conn).get_table_names())
            }
    finally:
        engine.dispose()
