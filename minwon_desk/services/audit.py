"""The audit trail: one row per write, in the same transaction as the write."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select, text
from sqlalchemy.orm import Session

from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.services import changes
from minwon_desk.services._tx import Database, announced_in
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import Event
from minwon_desk.store.models import AuditEntry

JsonValue = str | int | float | bool | None


_AUDIT = AuditEntry.metadata.tables["audit_entry"]
_INSERT_AUDIT = insert(_AUDIT)
_INSERT_CHANGE = insert(_AUDIT).returning(_AUDIT.c.id)
# Only the sequence number travels: payloads must stay far under PostgreSQL's 8,000 bytes,
# and a listener reads the rows anyway (a notification may be merged or missed).
_NOTIFY = text("SELECT pg_notify('minwon_changes', CAST(:seq AS text))")
CHANNEL = "minwon_changes"


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
    """Append an audit row in the caller's transaction: through the ORM session, or as a
    Core insert on a connection for write paths built on Core statements. ``detail`` must
    not carry personal data (names, phones): the trail is kept longer than the records.

    ``announce``: the change this write makes, for every desk. It is written into this
    row (the row's id is its sequence number), published on this process's bus once the
    transaction commits, and read by the other processes from the row. It needs a
    session from :class:`Database` (which publishes after commit)."""
    row = {
        "at": at,
        "actor_id": actor.staff_id if actor else None,
        "desk": desk,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "detail": json.dumps(dict(detail or {}), ensure_ascii=False, sort_keys=True),
    }
    if announce is not None:
        if not isinstance(target, Session):
            raise TypeError("a change is announced through the write's session")
        pending = announced_in(target)
        row.update(
            change_kind=announce.kind,
            change_payload=changes.encode(announce),
            change_process=pending.process,
        )
        conn = target.connection()
        seq = conn.execute(_INSERT_CHANGE, row).scalar_one()
        if conn.dialect.name == "postgresql":
            conn.execute(_NOTIFY, {"seq": seq})
        pending.events.append(announce)
    elif isinstance(target, Session):
        target.add(AuditEntry(**row))
    else:
        target.execute(_INSERT_AUDIT, row)


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
