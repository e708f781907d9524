"""Staff directory: department heads, offices with floor plans, seats, absences.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    # SQLite can add a column with its REFERENCES clause in place, but Alembic only
    # offers that through a table rebuild, which the staff → department key makes
    # awkward: write the one statement ourselves there.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE department ADD COLUMN head_id INTEGER REFERENCES staff (id)")
    else:
        op.add_column("department", sa.Column("head_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_department_head_id_staff", "department", "staff", ["head_id"], ["id"]
        )
    op.create_table(
        "office",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("building", sa.String(100), nullable=False),
        sa.Column("floor", sa.String(32), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("cols", sa.Integer(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_office"),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name="fk_office_agency_id_agency"),
        sa.ForeignKeyConstraint(
            ["department_id"], ["department.id"], name="fk_office_department_id_department"
        ),
    )
    op.create_index("ix_office_agency_id", "office", ["agency_id"])
    op.create_table(
        "office_room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("x", sa.Integer(), nullable=False),
        sa.Column("y", sa.Integer(), nullable=False),
        sa.Column("w", sa.Integer(), nullable=False),
        sa.Column("h", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_office_room"),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name="fk_office_room_office_id_office"
        ),
    )
    op.create_index("ix_office_room_office_id", "office_room", ["office_id"])
    op.create_table(
        "seat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(32), nullable=False),
        sa.Column("x", sa.Integer(), nullable=False),
        sa.Column("y", sa.Integer(), nullable=False),
        sa.Column("w", sa.Integer(), nullable=False),
        sa.Column("h", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_seat"),
        sa.ForeignKeyConstraint(["office_id"], ["office.id"], name="fk_seat_office_id_office"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name="fk_seat_staff_id_staff"),
        sa.UniqueConstraint("office_id", "label", name="uq_seat_office_id"),
        sa.UniqueConstraint("staff_id", name="uq_seat_staff_id"),
    )
    op.create_index("ix_seat_office_id", "seat", ["office_id"])
    op.create_table(
        "absence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("starts_at", _UTC, nullable=False),
        sa.Column("ends_at", _UTC, nullable=False),
        sa.Column("deputy_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", _UTC, nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("cancelled_at", _UTC, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_absence"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name="fk_absence_staff_id_staff"),
        sa.ForeignKeyConstraint(["deputy_id"], ["staff.id"], name="fk_absence_deputy_id_staff"),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name="fk_absence_created_by_id_staff"
        ),
    )
    op.create_index("ix_absence_staff_ends", "absence", ["staff_id", "ends_at"])
    op.create_index("ix_absence_ends_at", "absence", ["ends_at"])


def downgrade() -> None:
    op.drop_table("absence")
    op.drop_table("seat")
    op.drop_table("office_room")
    op.drop_table("office")
    with op.batch_alter_table("department") as batch:
        batch.drop_column("head_id")
