"""Notices to petitioners: how a case's petitioner wants to hear, and the outbox.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UTC = sa.DateTime(timezone=True)

_CASE_COLUMNS = (
    ("notify", "VARCHAR(8) NOT NULL DEFAULT 'phone'", sa.String(8), "phone"),
    ("notify_email", "VARCHAR(200) NOT NULL DEFAULT ''", sa.String(200), ""),
    ("notify_mobile", "VARCHAR(32) NOT NULL DEFAULT ''", sa.String(32), ""),
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name, ddl, kind, default in _CASE_COLUMNS:
        if sqlite:
            # Added in place: Alembic would rebuild the table (a year of cases) otherwise.
            op.execute(f"ALTER TABLE minwon_case ADD COLUMN {name} {ddl}")
        else:
            op.add_column("minwon_case", sa.Column(name, kind, nullable=False,
                                                   server_default=default))
    op.create_table(
        "notice_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("recipient", sa.String(200), nullable=False),
        sa.Column("subject", sa.String(300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("attach", sa.String(16), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_try_at", _UTC, nullable=True),
        sa.Column("created_at", _UTC, nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("claimed_at", _UTC, nullable=True),
        sa.Column("claimed_by", sa.String(64), nullable=False),
        sa.Column("sent_at", _UTC, nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["minwon_case.id"],
                                name="fk_notice_outbox_case_id_minwon_case"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"],
                                name="fk_notice_outbox_created_by_id_staff"),
        sa.PrimaryKeyConstraint("id", name="pk_notice_outbox"),
        sa.UniqueConstraint("key", name="uq_notice_outbox_key"),
    )
    op.create_index("ix_notice_outbox_due", "notice_outbox", ["state", "next_try_at"])
    op.create_index("ix_notice_outbox_case", "notice_outbox", ["case_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_notice_outbox_case", "notice_outbox")
    op.drop_index("ix_notice_outbox_due", "notice_outbox")
    op.drop_table("notice_outbox")
    with op.batch_alter_table("minwon_case") as case:
        for name, *_rest in _CASE_COLUMNS:
            case.drop_column(name)
