"""The change feed: audit rows that announce a change carry the typed event, so every
desk and process can follow what the others commit.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(sa.Column("change_kind", sa.String(20), nullable=True))
        batch.add_column(sa.Column("change_payload", sa.Text(), nullable=True))
        batch.add_column(sa.Column("change_process", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_column("change_process")
        batch.drop_column("change_payload")
        batch.drop_column("change_kind")
