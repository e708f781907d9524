"""Appending to a hash-chained log, and checking a chain (domain.log_chain).

The chain head (``log_chain``: the last id and hash) is read and moved in the appending
transaction. On PostgreSQL the head's row lock (``FOR UPDATE``) makes desks that append at
the same time wait for each other, so ids follow the chain; on SQLite the write lock
(``BEGIN IMMEDIATE``) already does. The head read once in a transaction is remembered for
the rest of it (a write that appends several rows reads it once).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from hashlib import sha256
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from minwon_desk.domain.errors import StorageError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.log_chain import GENESIS, detail_holds, link

AUDIT = "audit_entry"
ACCESS = "access_log"

_HEAD_PG = text("SELECT last_hash FROM log_chain WHERE name = :n FOR UPDATE")
_HEAD = text("SELECT last_hash FROM log_chain WHERE name = :n")
_MOVE = text("UPDATE log_chain SET last_id = :i, last_hash = :h WHERE name = :n")
_HEADS_KEY = "minwon.chain_heads"

NO_HEAD = (QT_TRANSLATE_NOOP(
    "Chain",
    "기록의 해시 사슬 머리가 없습니다. 'minwon-desk db upgrade'로 데이터베이스를 최신으로 "
    "올린 뒤 다시 시도해 주세요.",
))


def head(target: Session | Connection, name: str) -> str:
    """The hash the next row of ``name`` links to, locked until the transaction ends."""
    heads = _heads(target)
    if heads is not None and name in heads:
        return heads[name]
    conn = target.connection() if isinstance(target, Session) else target
    stmt = _HEAD_PG if conn.dialect.name == "postgresql" else _HEAD
    value = conn.execute(stmt, {"n": name}).scalar_one_or_none()
    if value is None:
        raise StorageError(translate("Chain", NO_HEAD))
    return str(value)


def moved(target: Session | Connection, name: str, last_id: int, last_hash: str) -> None:
    """Record the new head after appending (in the same transaction)."""
    conn = target.connection() if isinstance(target, Session) else target
    conn.execute(_MOVE, {"n": name, "i": last_id, "h": last_hash})
    remember(target, name, last_hash)


def remember(target: Session | Connection, name: str, last_hash: str) -> None:
    heads = _heads(target)
    if heads is not None:
        heads[name] = last_hash


def _heads(target: Session | Connection) -> dict[str, str] | None:
    # Only a session is one transaction long (Database opens one per call); a connection
    # outlives its transactions, so nothing is remembered on it.
    if not isinstance(target, Session):
        return None
    heads = target.info.get(_HEADS_KEY)
    if heads is None:
        heads = target.info[_HEADS_KEY] = {}
    return heads


# --- verification ------------------------------------------------------------------------

_PG_TIME = "to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
_CELLS = {
    AUDIT: "actor_id, desk, action, entity, entity_id, detail_digest, change_kind, "
           "change_payload, change_process",
    ACCESS: "actor_id, account_id, desk, host, operation, entity, subjects, count, what, "
            "reason",
}
# The audit chain covers the detail's digest: the detail is read too, and must still hash
# to it unless a purge destroyed it (domain.log_chain).
_DETAIL = {AUDIT: ", detail, detail_digest", ACCESS: ", '', ''"}
_BATCH = 20_000


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """Where a chain first breaks: the row's id (None: at the end) and why."""

    row_id: int | None
    kind: str  # "edited" | "linked" (a row deleted or inserted before it) | "tail"
    message: str


@dataclass(frozen=True, slots=True)
class ChainReport:
    name: str
    rows: int
    broken: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def verify(conn: Connection, name: str) -> ChainReport:
    """Walk ``name``'s rows in id order and recompute every hash; stop at the first break.
    Raw driver values are read (no type processing): a million rows in seconds."""
    if conn.dialect.name == "sqlite":
        return _verify_sqlite(conn, name)
    prev = GENESIS
    count = 0
    last_id = 0
    for rows in _batches(conn, name):
        for row in rows:
            row_id, stored_prev, stored_hash = row[0], row[1], row[2]
            if stored_prev != prev:
                return ChainReport(name, count, _unlinked(row_id))
            if link(prev, row[3:-2]) != stored_hash or (
                name == AUDIT and not detail_holds(row[-2], row[-1])
            ):
                return ChainReport(name, count, _edited(row_id))
            prev = stored_hash
            last_id = row_id
            count += 1
    return _at_head(conn, name, count, last_id, prev)


def _verify_sqlite(conn: Connection, name: str) -> ChainReport:
    """SQLite writes each row's canonical text (json_array, in C); Python compares the
    links and hashes. A hash that differs is judged again by the
    definition (domain.log_chain) before it counts."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    query = (f"SELECT id, prev_hash, row_hash, prev_hash || json_array(at, {_CELLS[name]})"
             f"{_DETAIL[name]} FROM {name} WHERE id > ? ORDER BY id LIMIT {_BATCH}")
    audit = name == AUDIT
    prev, last_id, count = GENESIS, 0, 0
    try:
        while True:
            rows = cursor.execute(query, (last_id,)).fetchall()
            if not rows:
                break
            for done, (row_id, stored_prev, stored_hash, material, detail, stored_digest) in (
                enumerate(rows, count)
            ):
                if stored_prev != prev:
                    return ChainReport(name, done, _unlinked(row_id))
                if sha256(material.encode()).hexdigest() != stored_hash and link(
                    material[:64], _cells(conn, name, row_id)
                ) != stored_hash:
                    return ChainReport(name, done, _edited(row_id))
                if audit and not detail_holds(detail, stored_digest):
                    return ChainReport(name, done, _edited(row_id))
                prev = stored_hash
            count += len(rows)
            last_id, prev = rows[-1][0], rows[-1][2]
    finally:
        cursor.close()
    return _at_head(conn, name, count, last_id, prev)


def _unlinked(row_id: int) -> ChainBreak:
    return ChainBreak(row_id, "linked",
                      translate(
                          "Chain",
                          "{row_id}번 행 앞에서 사슬이 끊겼습니다: 그 앞의 행이 지워졌거나, "
                          "행이 끼워 넣어졌습니다.",
                      ).format(row_id=row_id))


def _edited(row_id: int) -> ChainBreak:
    return ChainBreak(row_id, "edited",
                      translate(
                          "Chain",
                          "{row_id}번 행의 내용이 기록된 뒤 바뀌었거나, 끼워 넣은 행입니다.",
                      ).format(row_id=row_id))


def _at_head(conn: Connection, name: str, count: int, last_id: int, prev: str) -> ChainReport:
    """The walk ended at ``last_id``/``prev``: the head must say the same (rows cut off
    the end, or added after it, show here)."""
    head_row = conn.execute(
        text("SELECT last_id, last_hash FROM log_chain WHERE name = :n"), {"n": name}
    ).first()
    if head_row is None:
        return ChainReport(name, count, ChainBreak(None, "tail", translate("Chain", NO_HEAD)))
    if (head_row[0], head_row[1]) != (last_id, prev):
        return ChainReport(name, count, ChainBreak(
            None, "tail",
            translate(
                "Chain",
                "마지막 행이 사슬 머리와 맞지 않습니다: {value}번까지 있어야 하는데 "
                "{last_id}번에서 끝납니다. 끝의 행이 지워졌거나 덧붙여졌습니다.",
            ).format(value=head_row[0], last_id=last_id)))
    return ChainReport(name, count, None)


def _cells(conn: Connection, name: str, row_id: int) -> tuple[Any, ...]:
    row = conn.exec_driver_sql(
        f"SELECT at, {_CELLS[name]} FROM {name} WHERE id = ?", (row_id,)).one()
    return tuple(row)


def _batches(conn: Connection, name: str) -> Iterator[Sequence[Any]]:
    at = "at" if conn.dialect.name == "sqlite" else _PG_TIME
    query = (f"SELECT id, prev_hash, row_hash, {at}, {_CELLS[name]}{_DETAIL[name]} "
             f"FROM {name} WHERE id > ? ORDER BY id LIMIT {_BATCH}")
    if conn.dialect.name != "sqlite":
        query = query.replace("?", "%s")
    after = 0
    while True:
        rows = conn.exec_driver_sql(query, (after,)).fetchall()
        if not rows:
            return
        yield rows
        after = rows[-1][0]
