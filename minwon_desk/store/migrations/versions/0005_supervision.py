"""Supervision: repeat visits and check-out ratings, discourtesy findings, compensation
decisions and vouchers, the voucher budget, corrective actions, the satisfaction survey.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UTC = sa.DateTime(timezone=True)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}"
    )


def _add_columns() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column with its REFERENCES clause in place; Alembic would rebuild
        # the table (a year of visits) to do the same.
        for statement in (
            "ALTER TABLE visit ADD COLUMN repeat_of_id INTEGER REFERENCES visit (id)",
            "ALTER TABLE visit ADD COLUMN repeat_staff_error BOOLEAN NOT NULL DEFAULT 0",
            "ALTER TABLE visit ADD COLUMN repeat_note TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE visit ADD COLUMN rating INTEGER",
            "ALTER TABLE minwon_case ADD COLUMN finding VARCHAR(16)",
            "ALTER TABLE minwon_case ADD COLUMN finding_note TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE minwon_case ADD COLUMN found_at DATETIME",
        ):
            op.execute(statement)
    else:
        op.add_column("visit", sa.Column("repeat_of_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_visit_repeat_of_id_visit", "visit", "visit", ["repeat_of_id"], ["id"])
        op.add_column(
            "visit",
            sa.Column("repeat_staff_error", sa.Boolean(), nullable=False, server_default=sa.false()),
        )
        op.add_column(
            "visit", sa.Column("repeat_note", sa.Text(), nullable=False, server_default="")
        )
        op.add_column("visit", sa.Column("rating", sa.Integer(), nullable=True))
        op.add_column("minwon_case", sa.Column("finding", sa.String(16), nullable=True))
        op.add_column(
            "minwon_case", sa.Column("finding_note", sa.Text(), nullable=False, server_default="")
        )
        op.add_column("minwon_case", sa.Column("found_at", _UTC, nullable=True))
    op.create_index("ix_visit_repeat_staff_error", "visit", ["repeat_staff_error"])


def upgrade() -> None:
    _add_columns()
    op.create_table(
        "compensation_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_at", _UTC, nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=False),
        sa.Column("desk", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_compensation_decision"),
        sa.UniqueConstraint("kind", "source", "source_id", name="uq_compensation_event"),
        _fk("compensation_decision", "decided_by_id", "staff"),
    )
    op.create_index(
        "ix_compensation_decision_decided_at", "compensation_decision", ["decided_at"]
    )
    op.create_table(
        "voucher",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(50), nullable=False),
        sa.Column("wording", sa.Text(), nullable=False),
        sa.Column("recipient_name", sa.String(100), nullable=False),
        sa.Column("recipient_contact", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("issued_at", _UTC, nullable=False),
        sa.Column("issued_by_id", sa.Integer(), nullable=False),
        sa.Column("print_count", sa.Integer(), nullable=False),
        sa.Column("printed_at", _UTC, nullable=True),
        sa.Column("voided_at", _UTC, nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_voucher"),
        sa.UniqueConstraint("serial", name="uq_voucher_serial"),
        sa.UniqueConstraint("decision_id", name="uq_voucher_decision_id"),
        sa.UniqueConstraint("year", "sequence", name="uq_voucher_year_sequence"),
        _fk("voucher", "decision_id", "compensation_decision"),
        _fk("voucher", "visit_id", "visit"),
        _fk("voucher", "case_id", "minwon_case"),
        _fk("voucher", "issued_by_id", "staff"),
        _fk("voucher", "voided_by_id", "staff"),
    )
    op.create_index("ix_voucher_issued_at", "voucher", ["issued_at"])
    op.create_table(
        "voucher_budget",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("set_at", _UTC, nullable=False),
        sa.Column("set_by_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name="pk_voucher_budget"),
        _fk("voucher_budget", "set_by_id", "staff"),
    )
    op.create_table(
        "corrective_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("follow_up_officer_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", _UTC, nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("desk", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_corrective_action"),
        sa.UniqueConstraint("number", name="uq_corrective_action_number"),
        _fk("corrective_action", "staff_id", "staff"),
        _fk("corrective_action", "case_id", "minwon_case"),
        _fk("corrective_action", "visit_id", "visit"),
        _fk("corrective_action", "decision_id", "compensation_decision"),
        _fk("corrective_action", "follow_up_officer_id", "staff"),
        _fk("corrective_action", "recorded_by_id", "staff"),
    )
    op.create_index("ix_corrective_action_staff_id", "corrective_action", ["staff_id"])
    op.create_index("ix_corrective_action_recorded_at", "corrective_action", ["recorded_at"])
    op.create_table(
        "survey_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(300), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_survey_item"),
        sa.UniqueConstraint("year", "ordinal", name="uq_survey_item_year_ordinal"),
    )
    op.create_table(
        "survey_response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("entered_at", _UTC, nullable=False),
        sa.Column("entered_by_id", sa.Integer(), nullable=False),
        sa.Column("desk", sa.String(100), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_survey_response"),
        _fk("survey_response", "entered_by_id", "staff"),
    )
    op.create_index("ix_survey_response_year", "survey_response", ["year"])
    op.create_table(
        "survey_answer",
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("response_id", "item_id", name="pk_survey_answer"),
        _fk("survey_answer", "response_id", "survey_response"),
        _fk("survey_answer", "item_id", "survey_item"),
    )


def downgrade() -> None:
    for table in (
        "survey_answer", "survey_response", "survey_item", "corrective_action",
        "voucher_budget", "voucher", "compensation_decision",
    ):
        op.drop_table(table)
    op.drop_index("ix_visit_repeat_staff_error", "visit")
    with op.batch_alter_table("minwon_case") as case:
        for column in ("found_at", "finding_note", "finding"):
            case.drop_column(column)
    with op.batch_alter_table("visit") as visit:
        for column in ("rating", "repeat_note", "repeat_staff_error", "repeat_of_id"):
            visit.drop_column(column)
