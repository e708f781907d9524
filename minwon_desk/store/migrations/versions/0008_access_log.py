"""The access log (접속기록) and tamper evidence: both logs append-only and hash-chained.

Existing audit rows are chained here, in id order, before the triggers that refuse UPDATE
and DELETE on the two logs are created.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from minwon_desk.domain.log_chain import GENESIS, link

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UTC = sa.DateTime(timezone=True)
_LOGS = ("audit_entry", "access_log")
# The driver's text of a stored instant, the same on both backends (domain.log_chain).
_PG_TIME = "to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
_AUDIT_CELLS = ("actor_id, desk, action, entity, entity_id, detail, change_kind, "
                "change_payload, change_process")
_BATCH = 5000


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        # In place: Alembic's batch mode would rebuild the table (years of rows).
        for column in ("prev_hash", "row_hash"):
            op.execute(f"ALTER TABLE audit_entry ADD COLUMN {column} "
                       "VARCHAR(64) NOT NULL DEFAULT ''")
    else:
        for column in ("prev_hash", "row_hash"):
            op.add_column("audit_entry", sa.Column(column, sa.String(64), nullable=False,
                                                   server_default=""))
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", _UTC, nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("desk", sa.String(100), nullable=False),
        sa.Column("host", sa.String(100), nullable=False),
        sa.Column("operation", sa.String(10), nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("subjects", sa.Text(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("what", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("row_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_access_log"),
        sa.ForeignKeyConstraint(["actor_id"], ["staff.id"], name="fk_access_log_actor_id_staff"),
    )
    op.create_index("ix_access_log_at", "access_log", ["at"])
    op.create_index("ix_access_log_actor_at", "access_log", ["actor_id", "at"])
    op.create_table(
        "log_chain",
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_log_chain"),
    )
    last_id, last_hash = _chain_existing(bind, sqlite)
    op.execute(sa.text("INSERT INTO log_chain (name, last_id, last_hash) VALUES "
                       "('audit_entry', :i, :h), ('access_log', 0, :g)")
               .bindparams(i=last_id, h=last_hash, g=GENESIS))
    for table in _LOGS:
        _forbid_changes(table, sqlite)


def _chain_existing(bind: sa.Connection, sqlite: bool) -> tuple[int, str]:
    at = "at" if sqlite else _PG_TIME
    select = sa.text(f"SELECT id, {at}, {_AUDIT_CELLS} FROM audit_entry "
                     "WHERE id > :after ORDER BY id LIMIT :n")
    update = sa.text("UPDATE audit_entry SET prev_hash = :p, row_hash = :h WHERE id = :i")
    prev, last_id = GENESIS, 0
    while True:
        rows = bind.execute(select, {"after": last_id, "n": _BATCH}).all()
        if not rows:
            return last_id, prev
        params = []
        for row in rows:
            row_hash = link(prev, row[1:])
            params.append({"p": prev, "h": row_hash, "i": row[0]})
            prev, last_id = row_hash, row[0]
        bind.execute(update, params)


def _forbid_changes(table: str, sqlite: bool) -> None:
    if sqlite:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
        return
    op.execute(
        "CREATE OR REPLACE FUNCTION minwon_append_only() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        "RAISE EXCEPTION '% is append-only', TG_TABLE_NAME "
        "USING ERRCODE = 'insufficient_privilege'; END $$"
    )
    op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
               "FOR EACH ROW EXECUTE FUNCTION minwon_append_only()")
    op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
               "FOR EACH STATEMENT EXECUTE FUNCTION minwon_append_only()")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in _LOGS:
        if sqlite:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
    if not sqlite:
        op.execute("DROP FUNCTION IF EXISTS minwon_append_only()")
    op.drop_table("log_chain")
    op.drop_table("access_log")
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_column("row_hash")
        batch.drop_column("prev_hash")
