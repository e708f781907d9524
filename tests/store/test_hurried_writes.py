"""A save tried while a person waits at the counter gives up on another desk's lock after a
moment, so the form can say so at once and try again in the background; every other write
keeps the full wait."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from minwon_desk.domain.errors import LockedError
from minwon_desk.store.engine import DEFAULT_BUSY_TIMEOUT_MS, HURRIED_WAIT_MS, hurried, make_engine
from minwon_desk.store.errors import storage_error

pytestmark = pytest.mark.pg

_WAIT_SQL = {"sqlite": "PRAGMA busy_timeout", "postgresql": "SHOW lock_timeout"}


def _wait_ms(shown: object) -> int:
    """SQLite answers in ms; PostgreSQL as "300ms" or "5s"."""
    value = str(shown)
    if value.endswith("ms"):
        return int(value[:-2])
    if value.endswith("s"):
        return int(value[:-1]) * 1000
    return int(value)


def test_a_hurried_write_waits_a_moment_and_any_other_the_full_time(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        query = text(_WAIT_SQL[engine.dialect.name])
        with hurried(), engine.begin() as conn:
            assert _wait_ms(conn.execute(query).scalar()) == HURRIED_WAIT_MS
        with engine.begin() as conn:  # the same pooled connection, no longer hurried
            assert _wait_ms(conn.execute(query).scalar()) == DEFAULT_BUSY_TIMEOUT_MS
    finally:
        engine.dispose()


def test_a_hurried_write_behind_another_desks_lock_is_refused_as_locked(tmp_path: Path) -> None:
    path = tmp_path / "minwon.db"
    # A wait far longer than any test: only the hurry can end it.
    engine = make_engine(f"sqlite:///{path}", busy_timeout_ms=600_000)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
    other_desk = sqlite3.connect(path, isolation_level=None)
    try:
        other_desk.execute("BEGIN IMMEDIATE")
        with pytest.raises(OperationalError) as refused, hurried(), engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (1)"))
        assert isinstance(storage_error(refused.value), LockedError)
    finally:
        other_desk.execute("ROLLBACK")
        other_desk.close()
        engine.dispose()
