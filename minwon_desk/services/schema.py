"""Setting up and checking the agency's database from one PC: create or upgrade the schema,
and tell whether this PC reaches the server, its schema version against this version's,
and the round-trip time."""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from minwon_desk.domain.errors import StorageError
from minwon_desk.store.engine import database_label, make_engine, sqlite_file
from minwon_desk.store.errors import storage_error
from minwon_desk.store.migrate import (
    RELEASED_HEAD,
    MigrationResult,
    known_revisions,
    migrate,
    stored_revision,
)

_PINGS = 5


class SchemaState(StrEnum):
    SAME = "same"
    EMPTY = "empty"  # no schema yet
    OLDER = "older"
    NEWER = "newer"


@dataclass(frozen=True, slots=True)
class SchemaCheck:
    label: str  # "PostgreSQL · host:port/db" (no password)
    round_trip_ms: float  # median of a few ``SELECT 1``
    fastest_ms: float
    revision: str | None
    ours: str
    state: SchemaState


def label_of(db_url: str) -> str:
    return database_label(db_url)


def upgrade(db_url: str, *, backup_dir: Path | None = None) -> MigrationResult:
    """Create the schema in an empty database or bring an older one to this version (a
    SQLite file is copied aside first). Raises StorageError, DatabaseTooNewError."""
    engine = make_engine(db_url)
    try:
        return migrate(engine, backup_dir=backup_dir)
    finally:
        engine.dispose()


def check(db_url: str) -> SchemaCheck:
    """Reach the database and compare its schema with this version's. Raises StorageError
    when it cannot be reached (a SQLite file that does not exist is not created)."""
    path = sqlite_file(db_url)
    if path is not None and not path.is_file():
        raise StorageError(
            f"데이터베이스 파일 {path}이(가) 없습니다. 주소를 확인하거나 "
            "'minwon-desk db upgrade'로 만들어 주세요."
        )
    engine = make_engine(db_url)
    try:
        try:
            with engine.connect() as conn:
                rtts = []
                for _ in range(_PINGS):
                    start = time.perf_counter()
                    conn.execute(text("SELECT 1")).scalar_one()
                    rtts.append((time.perf_counter() - start) * 1000)
        except DBAPIError as exc:
            raise storage_error(exc, opening=True) from exc
        revision = stored_revision(engine)
    finally:
        engine.dispose()
    rtts.sort()
    if revision is None:
        state = SchemaState.EMPTY
    elif revision == RELEASED_HEAD:
        state = SchemaState.SAME
    elif revision in known_revisions():
        state = SchemaState.OLDER
    else:
        state = SchemaState.NEWER
    return SchemaCheck(database_label(db_url), rtts[len(rtts) // 2], rtts[0], revision,
                       RELEASED_HEAD, state)
