"""Visits left open when their day ended: closed as "퇴실 미기록" (check-out time unknown).

The check-out time stays empty (nobody knows it); the flag takes the visit off the board
until a supervisor enters the real time.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Added in place: Alembic would rebuild the table (a year of visits) otherwise.
        op.execute("ALTER TABLE visit ADD COLUMN checkout_unrecorded BOOLEAN NOT NULL DEFAULT 0")
    else:
        op.add_column(
            "visit",
            sa.Column("checkout_unrecorded", sa.Boolean(), nullable=False,
                      server_default=sa.false()),
        )
    op.create_index("ix_visit_checkout_unrecorded", "visit", ["checkout_unrecorded"])


def downgrade() -> None:
    op.drop_index("ix_visit_checkout_unrecorded", "visit")
    with op.batch_alter_table("visit") as visit:
        visit.drop_column("checkout_unrecorded")
