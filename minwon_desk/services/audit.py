"""The audit trail: one row per write, in the same transaction as the write."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, TextClause, bindparam, insert, select, text
from sqlalchemy.orm import Session

from minwon_desk.domain.log_chain import digest, link, time_text
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.services import changes
from minwon_desk.services._tx import Database, announced_in
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import Event
from minwon_desk.services.privacy import chain
from minwon_desk.store.models import AuditEntry

JsonValue = str | int | float | bool | None


_AUDIT = AuditEntry.metadata.tables["audit_entry"]
CHANNEL = "minwon_changes"
# The row, and on PostgreSQL the chain head's move and the notification, in one round
# trip. Only the sequence number travels: payloads must stay far under the 8,000-byte
# limit, and a listener reads the rows anyway (a notification may be merged or missed).
_ROW_COLUMNS = ("at", "actor_id", "desk", "action", "entity", "entity_id", "detail",
                "detail_digest", "change_kind", "change_payload", "change_process", "prev_hash", "row_hash")
_INSERT_AUDIT = insert(_AUDIT).returning(_AUDIT.c.id)


def _pg_insert(returning: str) -> TextClause:
    """Insert the row and move the chain head in one statement, selecting ``returning``."""
    return text(
        f"WITH inserted AS (INSERT INTO audit_entry ({', '.join(_ROW_COLUMNS)}) "
        f"VALUES ({', '.join(f':{name}' for name in _ROW_COLUMNS)}) RETURNING id), "
        "moved AS (UPDATE log_chain SET last_id = (SELECT id FROM inserted), "
        "last_hash = :row_hash WHERE name = 'audit_entry') "
        f"SELECT {returning} FROM inserted"
    ).bindparams(bindparam("at", type_=_AUDIT.c.at.type))


_PG_INSERT = _pg_insert("id")
_PG_INSERT_AND_NOTIFY = _pg_insert(f"id, pg_notify('{CHANNEL}', CAST(id AS TEXT))")


def record(
    target: Session | Connection,
    *,
    at: datetime,
    actor: Actor | None,
    desk: str,
    action: str,
    entity: str,
    entity_id: int | None,
    detail: Mapping[str, JsonValue] | None = None,
    announce: Event | None = None,
) -> None:
    """Append an audit row in the caller's transaction: through the ORM session, or on a
    connection for write paths built on Core statements. ``detail`` must not carry
    personal data (names, phones): the trail is kept longer than the records.

    The row is hash-chained to the one before it (services.privacy.chain): the chain head
    is locked until the caller's transaction ends.

    ``announce``: the change this write makes, for every desk. It is written into this
    row (the row's id is its sequence number), published on this process's bus once the
    transaction commits, and read by the other processes from the row. It needs a
    session from :class:`Database` (which publishes after commit)."""
    actor_id = actor.staff_id if actor else None
    detail_text = json.dumps(dict(detail or {}), ensure_ascii=False, sort_keys=True)
    change_kind = change_payload = change_process = None
    if announce is not None:
        if not isinstance(target, Session):
            raise TypeError("a change is announced through the write's session")
        pending = announced_in(target)
        change_kind = announce.kind
        change_payload = changes.encode(announce)
        change_process = pending.process
    prev = chain.head(target, chain.AUDIT)
    # The chain covers the detail's digest: the detail itself may be destroyed with the
    # record it is about (domain.log_chain).
    detail_digest = digest(detail_text)
    row_hash = link(prev, (time_text(at), actor_id, desk, action, entity, entity_id,
                           detail_digest, change_kind, change_payload, change_process))
    row = {
        "at": at, "actor_id": actor_id, "desk": desk, "action": action, "entity": entity,
        "entity_id": entity_id, "detail": detail_text, "detail_digest": detail_digest,
        "change_kind": change_kind,
        "change_payload": change_payload, "change_process": change_process,
        "prev_hash": prev, "row_hash": row_hash,
    }
    conn = target.connection() if isinstance(target, Session) else target
    if conn.dialect.name == "postgresql":
        conn.execute(_PG_INSERT_AND_NOTIFY if announce is not None else _PG_INSERT, row)
        chain.remember(target, chain.AUDIT, row_hash)
    else:
        new_id = conn.execute(_INSERT_AUDIT, row).scalar_one()
        chain.moved(target, chain.AUDIT, new_id, row_hash)
    if announce is not None:
        pending.events.append(announce)


@dataclass(frozen=True, slots=True)
class AuditView:
    id: int
    at: datetime  # Seoul time
    actor_id: int | None
    desk: str
    action: str
    entity: str
    entity_id: int | None
    detail: dict[str, JsonValue]


class AuditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def recent(
        self, actor: Actor, *, entity: str | None = None, entity_id: int | None = None,
        limit: int = 200,
    ) -> list[AuditView]:
        """Newest first, optionally for one record. The privacy officer's (개인정보)."""
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if entity is not None:
            query = query.where(AuditEntry.entity == entity)
        if entity_id is not None:
            query = query.where(AuditEntry.entity_id == entity_id)
        with self._db.read_as(actor, Operation.AUDIT_VIEW) as session:
            return [
                AuditView(
                    id=row.id,
                    at=to_seoul(row.at),
                    actor_id=row.actor_id,
                    desk=row.desk,
                    action=row.action,
                    entity=row.entity,
                    entity_id=row.entity_id,
                    detail=json.loads(row.detail),
                )
                for row in session.scalars(query)
            ]
