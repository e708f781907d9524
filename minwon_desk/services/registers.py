"""Register numbers (cases, vouchers): the next number of a year, taken inside the
caller's write transaction and never handed out twice.

The counter row is bumped with one UPDATE, which holds its write lock until commit: a
second desk numbering at the same moment waits for the first (PostgreSQL's row lock,
SQLite's BEGIN IMMEDIATE) and gets the next number. A rolled-back transaction gives its
number back; a committed one keeps it for good, even if the record is later voided.
"""

from __future__ import annotations

from sqlalchemy import Connection, insert, update
from sqlalchemy.orm import Session

from minwon_desk.store.models import RegisterCounter

_COUNTER = RegisterCounter.metadata.tables["register_counter"]


def next_number(target: Session | Connection, register: str, year: int) -> int:
    conn = target.connection() if isinstance(target, Session) else target
    bump = (
        update(_COUNTER)
        .where(_COUNTER.c.register == register, _COUNTER.c.year == year)
        .values(last=_COUNTER.c.last + 1)
        .returning(_COUNTER.c.last)
    )
    found = conn.execute(bump).scalar()
    if found is not None:
        return int(found)
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        # Two desks starting a year at once: one inserts, the other's insert does
        # nothing, and both then bump the same row in turn.
        conn.execute(
            pg_insert(_COUNTER)
            .values(register=register, year=year, last=0)
            .on_conflict_do_nothing()
        )
    else:
        conn.execute(insert(_COUNTER).values(register=register, year=year, last=0))
    return int(conn.execute(bump).scalar_one())
