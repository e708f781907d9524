"""Accounts and roles: one account per person, the grant history, service tokens.

A database upgraded to this revision has no account: the first person to open it creates
the administrator, and nothing else can be done until then.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UTC = sa.DateTime(timezone=True)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}"
    )


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(64), nullable=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("roles", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("failed_count", sa.Integer(), nullable=False),
        sa.Column("locked_until", _UTC, nullable=True),
        sa.Column("last_sign_in_at", _UTC, nullable=True),
        sa.Column("created_at", _UTC, nullable=False),
        sa.Column("password_changed_at", _UTC, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_account"),
        sa.UniqueConstraint("staff_id", name="uq_account_staff_id"),
        sa.UniqueConstraint("login", name="uq_account_login"),
        _fk("account", "staff_id", "staff"),
    )
    op.create_table(
        "service_token",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(200), nullable=False),
        sa.Column("secret_hash", sa.String(64), nullable=False),
        sa.Column("roles", sa.String(200), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("created_at", _UTC, nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("revoked_at", _UTC, nullable=True),
        sa.Column("last_used_at", _UTC, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_service_token"),
        sa.UniqueConstraint("secret_hash", name="uq_service_token_secret_hash"),
        _fk("service_token", "staff_id", "staff"),
        _fk("service_token", "created_by_id", "staff"),
    )
    op.create_table(
        "account_grant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", _UTC, nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("token_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("role", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("by_staff_id", sa.Integer(), nullable=True),
        sa.Column("desk", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_account_grant"),
        _fk("account_grant", "account_id", "account"),
        _fk("account_grant", "token_id", "service_token"),
        _fk("account_grant", "by_staff_id", "staff"),
    )
    op.create_index("ix_account_grant_at", "account_grant", ["at"])
    op.create_index("ix_account_grant_account_id", "account_grant", ["account_id"])


def downgrade() -> None:
    op.drop_table("account_grant")
    op.drop_table("service_token")
    op.drop_table("account")
