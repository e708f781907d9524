"""Cases, their stages, history and issued documents; register numbering.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UTC = sa.DateTime(timezone=True)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}"
    )


def upgrade() -> None:
    op.create_table(
        "register_counter",
        sa.Column("register", sa.String(16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("register", "year", name="pk_register_counter"),
    )
    op.create_table(
        "minwon_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("received_at", _UTC, nullable=False),
        sa.Column("registered_by_id", sa.Integer(), nullable=False),
        sa.Column("desk", sa.String(100), nullable=False),
        sa.Column("case_type", sa.String(16), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("petitioner_name", sa.String(100), nullable=False),
        sa.Column("petitioner_contact", sa.String(200), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("attachments", sa.Text(), nullable=False),
        sa.Column("memo_id", sa.Integer(), nullable=True),
        sa.Column("asked_officer_id", sa.Integer(), nullable=True),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("routed_note", sa.Text(), nullable=False),
        sa.Column("transfer_due_at", _UTC, nullable=False),
        sa.Column("transferred_at", _UTC, nullable=True),
        sa.Column("clock_key", sa.String(32), nullable=False),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("original_due_at", _UTC, nullable=False),
        sa.Column("due_at", _UTC, nullable=False),
        sa.Column("warn_at", _UTC, nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("paused_at", _UTC, nullable=True),
        sa.Column("pause_reason", sa.Text(), nullable=False),
        sa.Column("extensions", sa.Integer(), nullable=False),
        sa.Column("interim_due_at", _UTC, nullable=True),
        sa.Column("interim_count", sa.Integer(), nullable=False),
        sa.Column("answered_at", _UTC, nullable=True),
        sa.Column("answered_by_id", sa.Integer(), nullable=True),
        sa.Column("answer_text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_minwon_case"),
        sa.UniqueConstraint("number", name="uq_minwon_case_number"),
        _fk("minwon_case", "registered_by_id", "staff"),
        _fk("minwon_case", "memo_id", "memo"),
        _fk("minwon_case", "asked_officer_id", "staff"),
        _fk("minwon_case", "officer_id", "staff"),
        _fk("minwon_case", "department_id", "department"),
        _fk("minwon_case", "answered_by_id", "staff"),
    )
    op.create_index("ix_case_open", "minwon_case", ["state", "officer_id", "due_at"])
    op.create_index("ix_case_department", "minwon_case", ["department_id", "state"])
    op.create_index("ix_case_received_at", "minwon_case", ["received_at"])
    op.create_index("ix_minwon_case_memo_id", "minwon_case", ["memo_id"])
    op.create_table(
        "case_stage",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(32), nullable=False),
        sa.Column("due_at", _UTC, nullable=False),
        sa.Column("met_at", _UTC, nullable=True),
        sa.PrimaryKeyConstraint("case_id", "key", name="pk_case_stage"),
        _fk("case_stage", "case_id", "minwon_case"),
    )
    op.create_table(
        "case_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("at", _UTC, nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("to_id", sa.Integer(), nullable=True),
        sa.Column("due_before", _UTC, nullable=True),
        sa.Column("due_after", _UTC, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_case_event"),
        _fk("case_event", "case_id", "minwon_case"),
        _fk("case_event", "actor_id", "staff"),
        _fk("case_event", "to_id", "staff"),
    )
    op.create_index("ix_case_event_case", "case_event", ["case_id", "at"])
    op.create_table(
        "case_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(48), nullable=False),
        sa.Column("issued_at", _UTC, nullable=False),
        sa.Column("issued_by_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_case_document"),
        sa.UniqueConstraint("number", name="uq_case_document_number"),
        _fk("case_document", "case_id", "minwon_case"),
        _fk("case_document", "issued_by_id", "staff"),
    )
    op.create_index("ix_case_document_case", "case_document", ["case_id", "kind"])


def downgrade() -> None:
    op.drop_table("case_document")
    op.drop_table("case_event")
    op.drop_table("case_stage")
    op.drop_table("minwon_case")
    op.drop_table("register_counter")
