"""Bring a database to this version's schema (Alembic), backing the file up first.

The Alembic scripts live inside the package and are configured here in code, so the
migration works from a source checkout, an installed wheel and a frozen bundle without
any ``alembic.ini``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from minwon_desk.domain.errors import MinwonError, StorageError
from minwon_desk.store.engine import create_private, sqlite_file
from minwon_desk.store.errors import storage_error

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision this version ships (a test keeps it equal to the scripts' head).
# Start-up compares it with the database and loads Alembic only when they differ:
# importing Alembic costs more than the rest of opening the database.
RELEASED_HEAD = "0014"
_PG_LOCK_KEY = 0x4D494E57  # "MINW": one number shared by every minwon_desk process


class DatabaseTooNewError(MinwonError):
    """The database was written by a newer minwon_desk; this version leaves it alone."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            f"이 데이터베이스는 더 새 버전의 민원 데스크가 만든 것입니다(스키마 {revision}). "
            "프로그램을 업데이트해 주세요. 데이터는 변경하지 않았습니다."
        )
        self.revision = revision


class DatabaseTooOldError(MinwonError):
    """A shared server's schema is older than this version's. Desks do not upgrade a
    shared database on their own: the others still running the older version would be
    locked out mid-day. The administrator upgrades it once, at a chosen time."""

    def __init__(self, revision: str, head: str) -> None:
        super().__init__(
            f"서버의 데이터베이스 스키마({revision})가 이 버전의 민원 데스크({head})보다 오래되었습니다. "
            "관리자가 모든 창구를 업데이트할 때 'minwon-desk db upgrade --db-url 주소'로 한 번 올려 주세요. "
            "데이터는 변경하지 않았습니다."
        )
        self.revision = revision
        self.head = head


@dataclass(frozen=True, slots=True)
class MigrationResult:
    from_revision: str | None  # None: an empty database
    to_revision: str
    backup_path: Path | None  # where the file was copied before upgrading, if it was

    @property
    def upgraded(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(extra_version_locations: Sequence[Path] = ()) -> Config:
    """The Alembic configuration, built in code. Extra version folders let a test add
    a future revision on top of the released ones."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    locations = [MIGRATIONS_DIR / "versions", *extra_version_locations]
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("version_locations", os.pathsep.join(str(p) for p in locations))
    return cfg


def head_revision(cfg: Config | None = None) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(cfg or alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(
    engine: Engine,
    *,
    backup_dir: Path | None = None,
    now: datetime | None = None,
    config: Config | None = None,
    upgrade_older: bool = True,
) -> MigrationResult:
    """Upgrade to head. A SQLite file holding data is copied aside first (into
    ``backup_dir``, or beside the file); a revision this version does not know raises
    DatabaseTooNewError and changes nothing. With ``upgrade_older`` False an older schema
    raises DatabaseTooOldError instead of being upgraded (an empty database is still
    given its schema)."""
    if config is None and _stored_revision(engine) == RELEASED_HEAD:
        return MigrationResult(RELEASED_HEAD, RELEASED_HEAD, None)
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    cfg = config or alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = head_revision(cfg)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            has_tables = bool(inspect(conn).get_table_names())
        if current is not None:
            try:
                script.get_revision(current)
            except CommandError:
                raise DatabaseTooNewError(current) from None
        if current == head:
            return MigrationResult(current, head, None)
        if current is not None and not upgrade_older:
            raise DatabaseTooOldError(current, head)

        backup = None
        path = sqlite_file(engine.url)
        if path is not None and has_tables:
            backup = backup_sqlite(path, backup_dir or path.parent, current, now)

        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # Several desks may start at once after an update: one upgrades, the
                # others wait here and then find nothing left to do. An upgrade may take
                # longer than a save is allowed to wait or run.
                conn.execute(text("SET LOCAL lock_timeout = 0"))
                conn.execute(text("SET LOCAL statement_timeout = 0"))
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return MigrationResult(current, head, backup)
    except DBAPIError as exc:
        raise storage_error(exc, opening=True) from exc


def known_revisions(config: Config | None = None) -> list[str]:
    """Every revision this version ships, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(config or alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def stored_revision(engine: Engine) -> str | None:
    """The database's schema revision; None when it has none (yet). Raises StorageError
    when it cannot be reached."""
    return _stored_revision(engine)


def _stored_revision(engine: Engine) -> str | None:
    """The database's schema revision by plain SQL; None when it has none (yet)."""
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except DBAPIError as exc:
        raise storage_error(exc, opening=True) from exc
    return rows[0] if len(rows) == 1 else None


def backup_sqlite(
    path: Path, folder: Path, revision: str | None, now: datetime | None = None
) -> Path:
    """Copy a live SQLite database (WAL included) with SQLite's own backup API."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}.before-upgrade.{revision or 'unversioned'}.{stamp}.db"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        create_private(target)
        src = sqlite3.connect(path)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as exc:
        raise StorageError(
            f"업그레이드 전에 데이터베이스를 백업하지 못했습니다({exc}). "
            f"백업 위치 {folder}의 쓰기 권한과 여유 공간을 확인해 주세요. 데이터는 변경하지 않았습니다."
        ) from exc
    return target
