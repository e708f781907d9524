"""Phone memos write to their callers through the notice outbox: a row belongs to a case
or to a memo.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ONE_OWNER = "(case_id IS NULL) <> (memo_id IS NULL)"


def upgrade() -> None:
    # SQLite rebuilds the outbox (a column becomes nullable); PostgreSQL alters it in place.
    with op.batch_alter_table("notice_outbox") as outbox:
        outbox.add_column(sa.Column("memo_id", sa.Integer(), nullable=True))
        outbox.alter_column("case_id", existing_type=sa.Integer(), nullable=True)
        outbox.create_foreign_key("fk_notice_outbox_memo_id_memo", "memo", ["memo_id"], ["id"])
        outbox.create_check_constraint("ck_notice_outbox_one_owner", _ONE_OWNER)
    op.create_index("ix_notice_outbox_memo", "notice_outbox", ["memo_id", "created_at"])


def downgrade() -> None:
    op.execute("DELETE FROM notice_outbox WHERE memo_id IS NOT NULL")
    op.drop_index("ix_notice_outbox_memo", "notice_outbox")
    with op.batch_alter_table("notice_outbox") as outbox:
        outbox.drop_constraint("ck_notice_outbox_one_owner", type_="check")
        outbox.drop_constraint("fk_notice_outbox_memo_id_memo", type_="foreignkey")
        outbox.drop_column("memo_id")
        outbox.alter_column("case_id", existing_type=sa.Integer(), nullable=False)
