"""Upgrading never risks the data: a copy is made first, and a newer schema is left alone.

An older database is made the realistic way: the released migrations build it, then a
test-only revision is added on top (as the next release would add one) and the same
``migrate`` call that runs at start-up upgrades it.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.store.engine import make_engine
from minwon_desk.store.migrate import (
    DatabaseTooNewError,
    alembic_config,
    current_revision,
    head_revision,
    migrate,
)
from minwon_desk.store.models import Agency

NOW = datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)

FUTURE_REVISION = '''
import sqlalchemy as sa
from alembic import op

revision = "0002_test_future"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("test_note", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade():
    op.drop_table("test_note")
'''


def _next_release(tmp_path: Path) -> Path:
    folder = tmp_path / "next_release_versions"
    folder.mkdir()
    (folder / "0002_test_future.py").write_text(FUTURE_REVISION.format(head=head_revision()))
    return folder


def _released_db(url: str) -> None:
    engine = make_engine(url)
    try:
        migrate(engine)
        with engine.begin() as conn:
            conn.execute(Agency.__table__.insert(), {"code": "MSS", "name": "중소벤처기업부"})
    finally:
        engine.dispose()


def test_sqlite_file_is_copied_aside_before_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "minwon.db"
    url = f"sqlite:///{db}"
    _released_db(url)
    config = alembic_config([_next_release(tmp_path)])

    engine = make_engine(url)
    try:
        result = migrate(engine, backup_dir=tmp_path / "backups", now=NOW, config=config)
        assert result.from_revision == head_revision()
        assert result.to_revision == "0002_test_future"
        assert "test_note" in inspect(engine).get_table_names()
        with engine.connect() as conn:
            assert conn.execute(select(Agency.name)).scalar_one() == "중소벤처기업부"
    finally:
        engine.dispose()

    backup = result.backup_path
    assert backup is not None and backup.parent == tmp_path / "backups"
    assert backup.name == f"minwon.before-upgrade.{head_revision()}.20260702-100000.db"
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)
        ]
        assert copy.execute("SELECT name FROM agency").fetchall() == [("중소벤처기업부",)]
        tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
        assert "test_note" not in tables
    finally:
        copy.close()


def test_backup_goes_beside_the_file_without_a_backup_folder(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'minwon.db'}"
    _released_db(url)
    engine = make_engine(url)
    try:
        result = migrate(engine, now=NOW, config=alembic_config([_next_release(tmp_path)]))
    finally:
        engine.dispose()
    assert result.backup_path is not None
    assert result.backup_path.parent == tmp_path
    assert result.backup_path.exists()


def test_database_from_a_newer_version_is_refused_and_untouched(
    db_url: str, tmp_path: Path
) -> None:
    _released_db(db_url)
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_future'"))
        before = sorted(inspect(engine).get_table_names())

        with pytest.raises(DatabaseTooNewError) as caught:
            migrate(engine, backup_dir=tmp_path / "backups", now=NOW)
        assert caught.value.message == (
            "이 데이터베이스는 더 새 버전의 민원 데스크가 만든 것입니다(스키마 0099_from_future). "
            "프로그램을 업데이트해 주세요. 데이터는 변경하지 않았습니다."
        )

        assert current_revision(engine) == "0099_from_future"
        assert sorted(inspect(engine).get_table_names()) == before
        with engine.connect() as conn:
            assert conn.execute(select(Agency.code)).scalars().all() == ["MSS"]
        assert not (tmp_path / "backups").exists()
    finally:
        engine.dispose()
