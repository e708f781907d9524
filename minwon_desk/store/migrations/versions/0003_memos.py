"""Phone memos and their history.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "memo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("taken_at", _UTC, nullable=False),
        sa.Column("taken_by_id", sa.Integer(), nullable=False),
        sa.Column("desk", sa.String(100), nullable=False),
        sa.Column("caller_name", sa.String(100), nullable=False),
        sa.Column("caller_phone", sa.String(32), nullable=False),
        sa.Column("caller_org", sa.String(200), nullable=False),
        sa.Column("gist", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("address", sa.String(200), nullable=False),
        sa.Column("asked_for_id", sa.Integer(), nullable=True),
        sa.Column("holder_id", sa.Integer(), nullable=False),
        sa.Column("routed_note", sa.Text(), nullable=False),
        sa.Column("due_at", _UTC, nullable=True),
        sa.Column("warn_at", _UTC, nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("met_at", _UTC, nullable=True),
        sa.Column("closed_at", _UTC, nullable=True),
        sa.Column("close_reason", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_memo"),
        sa.UniqueConstraint("number", name="uq_memo_number"),
        sa.ForeignKeyConstraint(["taken_by_id"], ["staff.id"], name="fk_memo_taken_by_id_staff"),
        sa.ForeignKeyConstraint(["asked_for_id"], ["staff.id"], name="fk_memo_asked_for_id_staff"),
        sa.ForeignKeyConstraint(["holder_id"], ["staff.id"], name="fk_memo_holder_id_staff"),
    )
    op.create_index("ix_memo_open", "memo", ["state", "holder_id", "due_at"])
    op.create_index("ix_memo_taken_at", "memo", ["taken_at"])
    op.create_index("ix_memo_caller_phone", "memo", ["caller_phone"])
    op.create_table(
        "memo_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("memo_id", sa.Integer(), nullable=False),
        sa.Column("at", _UTC, nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("outcome", sa.String(24), nullable=False),
        sa.Column("from_id", sa.Integer(), nullable=True),
        sa.Column("to_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_memo_event"),
        sa.ForeignKeyConstraint(["memo_id"], ["memo.id"], name="fk_memo_event_memo_id_memo"),
        sa.ForeignKeyConstraint(["actor_id"], ["staff.id"], name="fk_memo_event_actor_id_staff"),
        sa.ForeignKeyConstraint(["from_id"], ["staff.id"], name="fk_memo_event_from_id_staff"),
        sa.ForeignKeyConstraint(["to_id"], ["staff.id"], name="fk_memo_event_to_id_staff"),
    )
    op.create_index("ix_memo_event_memo", "memo_event", ["memo_id", "at"])


def downgrade() -> None:
    op.drop_table("memo_event")
    op.drop_table("memo")
