"""Alembic environment. Run only through ``minwon_desk.store.migrate``, which hands
over an open connection (no alembic.ini, no URL in a file)."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from minwon_desk.store import models  # noqa: F401  (registers the tables)
from minwon_desk.store.base import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things: later migrations copy-and-move the table.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


_connection = context.config.attributes.get("connection")
if _connection is None:
    raise RuntimeError("migrations run through minwon_desk.store.migrate.migrate()")
_run(_connection)
