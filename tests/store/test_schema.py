"""The schema the migrations build is the schema the models describe, on every backend."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from minwon_desk.domain.errors import StorageError
from minwon_desk.store.base import Base
from minwon_desk.store.engine import database_label, make_engine
from minwon_desk.store.migrate import current_revision, head_revision, migrate
from minwon_desk.store.models import Agency, AuditEntry

TABLES = {"agency", "department", "staff", "visit", "audit_entry", "calendar_override"}


def test_empty_database_is_migrated_to_head(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        result = migrate(engine)
        assert result.from_revision is None
        assert result.to_revision == head_revision()
        assert result.backup_path is None  # nothing to lose in an empty database
        assert set(inspect(engine).get_table_names()) >= TABLES
        assert current_revision(engine) == head_revision()

        again = migrate(engine)
        assert not again.upgraded and again.backup_path is None
    finally:
        engine.dispose()


def test_migrated_schema_matches_the_models(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        migrate(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = compare_metadata(context, Base.metadata)
        assert diffs == []
    finally:
        engine.dispose()


def test_timestamps_come_back_aware_and_in_utc(db_url: str) -> None:
    engine = make_engine(db_url)
    seoul_ten = datetime(2026, 7, 2, 10, 0, tzinfo=timezone(timedelta(hours=9)))
    try:
        migrate(engine)
        with engine.begin() as conn:
            conn.execute(
                AuditEntry.__table__.insert(),
                {"at": seoul_ten, "desk": "d", "action": "a", "entity": "e", "detail": "{}"},
            )
            stored = conn.execute(select(AuditEntry.at)).scalar_one()
        assert stored == seoul_ten
        assert stored.tzinfo is not None and stored.utcoffset() == timedelta(0)
        assert stored == datetime(2026, 7, 2, 1, 0, tzinfo=UTC)
    finally:
        engine.dispose()


def test_naive_timestamps_are_refused(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        migrate(engine)
        with pytest.raises(Exception, match="naive"), engine.begin() as conn:
            conn.execute(
                AuditEntry.__table__.insert(),
                {"at": datetime(2026, 7, 2, 10), "desk": "d", "action": "a",
                 "entity": "e", "detail": "{}"},
            )
    finally:
        engine.dispose()


def test_sqlite_runs_the_recipe(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}", busy_timeout_ms=1234)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL: survives power loss
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 1234
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        migrate(engine)
        with pytest.raises(Exception, match=r"(?i)foreign key"), engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO department (agency_id, name, kind, sort_order) "
                    "VALUES (999, '없는 기관의 과', '과', 0)"
                )
            )
        with engine.connect() as conn:
            assert conn.execute(select(Agency)).all() == []
    finally:
        engine.dispose()


def test_missing_folder_is_refused_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "unplugged-drive" / "minwon"
    with pytest.raises(StorageError, match="폴더가 없습니다"):
        make_engine(f"sqlite:///{missing / 'minwon.db'}")
    assert not missing.exists()


def test_unsupported_url_is_refused() -> None:
    with pytest.raises(StorageError, match="지원하지 않는"):
        make_engine("mysql://localhost/minwon")


def test_database_label_names_the_place_without_password(tmp_path: Path) -> None:
    assert database_label(f"sqlite:///{tmp_path / 'minwon.db'}") == (
        f"SQLite · {(tmp_path / 'minwon.db').resolve()}"
    )
    label = database_label("postgresql+psycopg://desk:secret@db.agency.local:5433/minwon")
    assert label == "PostgreSQL · db.agency.local:5433/minwon"
