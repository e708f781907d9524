"""A database from before the access log (revision 0007) with audit rows in it: the upgrade
chains those rows in id order, the chain verifies, and from then on the two logs refuse
UPDATE and DELETE — on SQLite and PostgreSQL. Downgrading takes it all away again."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from minwon_desk.domain.log_chain import GENESIS, link
from minwon_desk.store.engine import make_engine
from minwon_desk.store.migrate import alembic_config


def _rows(url: str) -> None:
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO audit_entry (at, actor_id, desk, action, entity, entity_id, detail) "
                "VALUES (:at, NULL, :desk, 'test.old', 'memo', :i, :detail)"
            ), [{"at": f"2026-07-01 00:00:0{i}+00" if engine.dialect.name != "sqlite"
                 else f"2026-07-01 00:00:0{i}.000000",
                 "desk": "1층 \"민원\" 안내", "i": i, "detail": f'{{"n": {i}}}'}
                for i in range(3)])
    finally:
        engine.dispose()


def test_existing_audit_rows_are_chained_and_then_protected(db_url: str) -> None:
    config = alembic_config()
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0007")
        _rows(db_url)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0008")
        with engine.connect() as conn:
            chained = conn.execute(text(
                "SELECT id, prev_hash, row_hash FROM audit_entry ORDER BY id")).all()
            head = conn.execute(text(
                "SELECT last_id, last_hash FROM log_chain WHERE name = 'audit_entry'")).one()
        assert len(chained) == 3 and chained[0][1] == GENESIS
        assert [r[1] for r in chained[1:]] == [r[2] for r in chained[:-1]]
        assert tuple(head) == (chained[-1][0], chained[-1][2])
        first_cells = ("2026-07-01 00:00:00.000000", None, '1층 "민원" 안내', "test.old", "memo",
                       0, '{"n": 0}', None, None, None)
        assert chained[0][2] == link(GENESIS, first_cells)  # the rule, recomputed by hand
        for statement in ("UPDATE audit_entry SET desk = 'x'", "DELETE FROM audit_entry"):
            with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
                conn.execute(text(statement))
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0007")
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_entry"))  # no trigger any more
    finally:
        engine.dispose()
