"""Initial schema: agency, departments, staff, visits, audit trail, calendar overrides.

Revision ID: 0001
Revises:
Create Date: 2026-07-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out, not imported from the models: a migration must keep meaning what it
# meant when it was released, whatever the models become later.
_UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_agency"),
        sa.UniqueConstraint("code", name="uq_agency_code"),
    )
    op.create_table(
        "department",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_department"),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name="fk_department_agency_id_agency"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["department.id"], name="fk_department_parent_id_department"
        ),
    )
    op.create_index("ix_department_agency_id", "department", ["agency_id"])
    op.create_index("ix_department_parent_id", "department", ["parent_id"])

    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_no", sa.String(32), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("position", sa.String(50), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("extension", sa.String(32), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("duties", sa.Text(), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("photo_mime", sa.String(50), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("default_deputy_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_staff"),
        sa.UniqueConstraint("employee_no", name="uq_staff_employee_no"),
        sa.ForeignKeyConstraint(
            ["department_id"], ["department.id"], name="fk_staff_department_id_department"
        ),
        sa.ForeignKeyConstraint(
            ["default_deputy_id"], ["staff.id"], name="fk_staff_default_deputy_id_staff"
        ),
    )
    op.create_index("ix_staff_department_id", "staff", ["department_id"])

    op.create_table(
        "visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("desk", sa.String(100), nullable=False),
        sa.Column("visitor_name", sa.String(100), nullable=False),
        sa.Column("visitor_phone", sa.String(32), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("checked_in_at", _UTC, nullable=False),
        sa.Column("checked_in_by_id", sa.Integer(), nullable=False),
        sa.Column("greeting_due_at", _UTC, nullable=True),
        sa.Column("greeting_warn_at", _UTC, nullable=True),
        sa.Column("greeted_at", _UTC, nullable=True),
        sa.Column("greeted_by_id", sa.Integer(), nullable=True),
        sa.Column("checked_out_at", _UTC, nullable=True),
        sa.Column("checked_out_by_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_visit"),
        sa.ForeignKeyConstraint(["officer_id"], ["staff.id"], name="fk_visit_officer_id_staff"),
        sa.ForeignKeyConstraint(
            ["checked_in_by_id"], ["staff.id"], name="fk_visit_checked_in_by_id_staff"
        ),
        sa.ForeignKeyConstraint(
            ["greeted_by_id"], ["staff.id"], name="fk_visit_greeted_by_id_staff"
        ),
        sa.ForeignKeyConstraint(
            ["checked_out_by_id"], ["staff.id"], name="fk_visit_checked_out_by_id_staff"
        ),
    )
    op.create_index("ix_visit_board", "visit", ["checked_out_at", "checked_in_at"])
    op.create_index("ix_visit_checked_in_at", "visit", ["checked_in_at"])
    op.create_index("ix_visit_officer_id", "visit", ["officer_id"])

    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", _UTC, nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("desk", sa.String(100), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_entry"),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["staff.id"], name="fk_audit_entry_actor_id_staff"
        ),
    )
    op.create_index("ix_audit_entry_at", "audit_entry", ["at"])
    op.create_index("ix_audit_entry_entity", "audit_entry", ["entity", "entity_id"])

    op.create_table(
        "calendar_override",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("is_holiday", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("day", name="pk_calendar_override"),
    )


def downgrade() -> None:
    op.drop_table("calendar_override")
    op.drop_table("audit_entry")
    op.drop_table("visit")
    op.drop_table("staff")
    op.drop_table("department")
    op.drop_table("agency")
