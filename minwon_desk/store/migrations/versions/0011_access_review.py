"""The record of each monthly review of the access log (접속기록 점검): append-only.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLE = "access_review"


def upgrade() -> None:
    op.create_table(
        _TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("desk", sa.String(100), nullable=False),
        sa.Column("finding", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_access_review"),
        sa.ForeignKeyConstraint(["reviewer_id"], ["staff.id"],
                                name="fk_access_review_reviewer_id_staff"),
    )
    op.create_index("ix_access_review_month", _TABLE, ["month"])
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {_TABLE}_no_{verb.lower()} BEFORE {verb} ON {_TABLE} "
                f"BEGIN SELECT RAISE(ABORT, '{_TABLE} is append-only'); END"
            )
        return
    # minwon_append_only() was created with the logs' triggers (0008).
    op.execute(f"CREATE TRIGGER {_TABLE}_append_only BEFORE UPDATE OR DELETE ON {_TABLE} "
               "FOR EACH ROW EXECUTE FUNCTION minwon_append_only()")
    op.execute(f"CREATE TRIGGER {_TABLE}_no_truncate BEFORE TRUNCATE ON {_TABLE} "
               "FOR EACH STATEMENT EXECUTE FUNCTION minwon_append_only()")


def downgrade() -> None:
    op.drop_table(_TABLE)  # its triggers go with it
