"""``minwon-desk db upgrade|check``, and a shared server with another version's schema
refused where the desks open it."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from minwon_desk.domain.particles import attach
from minwon_desk.services.backend import Backend
from minwon_desk.store.engine import make_engine
from minwon_desk.store.migrate import (
    RELEASED_HEAD,
    DatabaseTooNewError,
    DatabaseTooOldError,
    alembic_config,
    known_revisions,
)
from tests.cli.helpers import run

PREVIOUS = known_revisions()[-2]


def test_upgrade_creates_the_schema_then_finds_nothing_to_do(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "db", "upgrade", "--data-dir", str(tmp_path))
    assert code == 0, err
    assert f"빈 데이터베이스에 스키마 {attach(RELEASED_HEAD, '을')} 만들었습니다." in out
    code, out, _ = run(capsys, "db", "upgrade", "--data-dir", str(tmp_path))
    assert code == 0 and f"이미 이 버전의 스키마({RELEASED_HEAD})입니다" in out

    code, out, err = run(capsys, "db", "check", "--data-dir", str(tmp_path))
    assert code == 0, err
    assert "연결: 됨 (왕복 " in out and " ms" in out
    assert f"스키마: {RELEASED_HEAD} (이 버전과 같습니다)" in out


def test_check_says_why_it_cannot_use_the_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "db", "check", "--data-dir", str(tmp_path))
    assert code == 2
    assert "데이터베이스 파일" in err and "없습니다" in err and "db upgrade" in err

    code, out, err = run(capsys, "db", "check", "--data-dir", str(tmp_path),
                         "--db-url", "postgresql://nobody@127.0.0.1:1/minwon")
    assert code == 2
    assert "연결되지 않습니다" in err and "서버" in err
    assert "PostgreSQL · 127.0.0.1:1/minwon" in out


def _older_schema(url: str) -> None:
    """The schema as the previous release left it."""
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, PREVIOUS)
    finally:
        engine.dispose()


def _stamp(url: str, revision: str) -> None:
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    finally:
        engine.dispose()


def test_a_shared_server_with_an_older_schema_is_refused_until_upgraded(
    db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, fake_clock, mss_charter
) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("a shared server is PostgreSQL; a desk's own SQLite file upgrades itself")
    _older_schema(db_url)
    with pytest.raises(DatabaseTooOldError) as refused:
        Backend.open(db_url, charter=mss_charter, desk="1층", clock=fake_clock)
    assert "minwon-desk db upgrade --db-url" in refused.value.message
    assert "데이터는 변경하지 않았습니다" in refused.value.message

    code, _out, err = run(capsys, "db", "check", "--data-dir", str(tmp_path), "--db-url", db_url)
    assert code == 2
    assert f"스키마 {attach(PREVIOUS, '이')} 이 버전({RELEASED_HEAD})보다 오래되었습니다" in err

    code, out, err = run(capsys, "db", "upgrade", "--data-dir", str(tmp_path), "--db-url", db_url)
    assert code == 0, err
    assert f"스키마를 {PREVIOUS}에서 {attach(RELEASED_HEAD, '으로')} 올렸습니다." in out
    Backend.open(db_url, charter=mss_charter, desk="1층", clock=fake_clock).close()


def test_a_newer_schema_is_refused_by_check_and_by_the_desk(
    db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, fake_clock, mss_charter
) -> None:
    Backend.open(db_url, charter=mss_charter, desk="1층", clock=fake_clock).close()
    _stamp(db_url, "9001")
    code, _out, err = run(capsys, "db", "check", "--data-dir", str(tmp_path), "--db-url", db_url)
    assert code == 2
    assert f"스키마 9001은 이 버전({RELEASED_HEAD})보다 새 버전의 것입니다" in err
    assert "업데이트해 주세요" in err
    with pytest.raises(DatabaseTooNewError):
        Backend.open(db_url, charter=mss_charter, desk="1층", clock=fake_clock)
    code, _out, err = run(capsys, "db", "upgrade", "--data-dir", str(tmp_path), "--db-url", db_url)
    assert code == 2 and "더 새 버전" in err
