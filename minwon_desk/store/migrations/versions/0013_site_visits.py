"""Site visits (현장 방문) planned with the customer, who goes, and what came of them.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "site_visit",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("minwon_case.id"), nullable=False),
        sa.Column("company", sa.String(200), nullable=False),
        sa.Column("customer", sa.String(100), nullable=False),
        sa.Column("visit_at", _UTC, nullable=False),
        sa.Column("place", sa.String(300), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("agreed_how", sa.Text(), nullable=False),
        sa.Column("planned_by_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("planned_at", _UTC, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("closed_at", _UTC, nullable=True),
        sa.Column("closed_by_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=True),
    )
    op.create_index("ix_site_visit_case", "site_visit", ["case_id"])
    op.create_index("ix_site_visit_at", "site_visit", ["state", "visit_at"])
    op.create_table(
        "site_visit_member",
        sa.Column("visit_id", sa.Integer(), sa.ForeignKey("site_visit.id"), primary_key=True),
        sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff.id"), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("site_visit_member")
    op.drop_index("ix_site_visit_at", "site_visit")
    op.drop_index("ix_site_visit_case", "site_visit")
    op.drop_table("site_visit")
