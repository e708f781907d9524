"""Retention and destruction: the destruction ledger, when each record was purged, and an
audit chain that survives the destruction of a row's detail.

The audit chain is recomputed here over ``detail_digest`` (SHA-256 of the detail) instead
of the detail itself (domain.log_chain), and the append-only trigger of ``audit_entry`` now
lets exactly one change through: the detail replaced by the redaction mark, every other
column as it was.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence
from hashlib import sha256

import sqlalchemy as sa
from alembic import op

from minwon_desk.domain.log_chain import GENESIS, REDACTED_DETAIL, link

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UTC = sa.DateTime(timezone=True)
_PURGEABLE = ("visit", "memo", "minwon_case", "survey_response", "voucher")
_PG_TIME = "to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
_BEFORE = "actor_id, desk, action, entity, entity_id"
_AFTER = "change_kind, change_payload, change_process"
_KEPT = ("id", "at", "actor_id", "desk", "action", "entity", "entity_id", "detail_digest",
         "change_kind", "change_payload", "change_process", "prev_hash", "row_hash")
_BATCH = 5000
# Quoted for SQL, its colon escaped from text()'s bind parameters.
_MARK = REDACTED_DETAIL.replace("'", "''").replace(":", "\\:")


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    for table in _PURGEABLE:
        if sqlite:  # in place: Alembic would rebuild the table otherwise
            op.execute(f"ALTER TABLE {table} ADD COLUMN purged_at DATETIME")
        else:
            op.add_column(table, sa.Column("purged_at", _UTC, nullable=True))
    if sqlite:
        op.execute("ALTER TABLE audit_entry ADD COLUMN detail_digest VARCHAR(64) NOT NULL "
                   "DEFAULT ''")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    else:
        op.add_column("audit_entry", sa.Column("detail_digest", sa.String(64), nullable=False,
                                               server_default=""))
        op.execute("DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry")
    _rechain(bind, sqlite, digests=True)
    _guard(sqlite)
    op.create_table(
        "purge_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", _UTC, nullable=False),
        sa.Column("finished_at", _UTC, nullable=True),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("desk", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_purge_run"),
        sa.ForeignKeyConstraint(["actor_id"], ["staff.id"], name="fk_purge_run_actor_id_staff"),
    )
    op.create_table(
        "destruction_ledger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("oldest_at", _UTC, nullable=True),
        sa.Column("newest_at", _UTC, nullable=True),
        sa.Column("destroyed_at", _UTC, nullable=False),
        sa.Column("retention", sa.Text(), nullable=False),
        sa.Column("method", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_destruction_ledger"),
        sa.ForeignKeyConstraint(["run_id"], ["purge_run.id"],
                                name="fk_destruction_ledger_run_id_purge_run"),
        sa.UniqueConstraint("run_id", "kind", name="uq_destruction_ledger_run_kind"),
    )
    op.create_index("ix_destruction_ledger_run_id", "destruction_ledger", ["run_id"])


def _rechain(bind: sa.Connection, sqlite: bool, *, digests: bool) -> None:
    """Hash every audit row again, in id order: over the detail's digest (``digests``) or,
    going back down, over the detail itself."""
    at = "at" if sqlite else _PG_TIME
    select = sa.text(f"SELECT id, {at}, {_BEFORE}, detail, {_AFTER} FROM audit_entry "
                     "WHERE id > :after ORDER BY id LIMIT :n")
    update = sa.text("UPDATE audit_entry SET detail_digest = :d, prev_hash = :p, "
                     "row_hash = :h WHERE id = :i")
    prev, last_id = GENESIS, 0
    while True:
        rows = bind.execute(select, {"after": last_id, "n": _BATCH}).all()
        if not rows:
            break
        params = []
        for row in rows:
            detail = str(row[7])
            digest = sha256(detail.encode()).hexdigest()
            cells = (*row[1:7], digest if digests else detail, *row[8:])
            row_hash = link(prev, cells)
            params.append({"d": digest, "p": prev, "h": row_hash, "i": row[0]})
            prev, last_id = row_hash, row[0]
        bind.execute(update, params)
    bind.execute(sa.text("UPDATE log_chain SET last_id = :i, last_hash = :h "
                         "WHERE name = 'audit_entry'"), {"i": last_id, "h": prev})


def _guard(sqlite: bool) -> None:
    """The audit log's UPDATE trigger: refused, except the detail's redaction alone."""
    if sqlite:
        same = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in _KEPT)
        op.execute(
            "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
            f"WHEN NOT (NEW.detail = '{_MARK}' AND {same}) "
            "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END"
        )
        return
    op.execute(
        "CREATE OR REPLACE FUNCTION minwon_audit_redact_only() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP = 'UPDATE' AND NEW.detail = '{_MARK}' "
        "AND (to_jsonb(NEW) - 'detail') = (to_jsonb(OLD) - 'detail') THEN RETURN NEW; END IF; "
        "RAISE EXCEPTION '% is append-only', TG_TABLE_NAME "
        "USING ERRCODE = 'insufficient_privilege'; END $$"
    )
    op.execute("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
               "FOR EACH ROW EXECUTE FUNCTION minwon_audit_redact_only()")


def downgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    op.drop_index("ix_destruction_ledger_run_id", "destruction_ledger")
    op.drop_table("destruction_ledger")
    op.drop_table("purge_run")
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry")
    _rechain(bind, sqlite, digests=False)
    if sqlite:
        op.execute("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
                   "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END")
    else:
        op.execute("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON "
                   "audit_entry FOR EACH ROW EXECUTE FUNCTION minwon_append_only()")
        op.execute("DROP FUNCTION IF EXISTS minwon_audit_redact_only()")
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_column("detail_digest")
    for table in _PURGEABLE:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("purged_at")
