"""Visits still open when their day ended: closed as "퇴실 미기록".

Operators forget to record a check-out; such a visit would otherwise stay on the board for
ever. Whoever reads the board first on a later day closes them, in one write that any
number of desks may attempt at once: the rows are locked and the condition checked again,
so each visit is closed (and announced) exactly once. The check-out time stays empty —
nobody knows it — until a supervisor enters the real one.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Connection, and_, bindparam, select, update
from sqlalchemy.orm import Session

from minwon_desk.services import audit
from minwon_desk.services.events import VisitChange, VisitChanged
from minwon_desk.services.tables import VISIT
from minwon_desk.store.models import Visit


def _left_open(before: datetime) -> ColumnElement[bool]:
    return and_(
        Visit.checked_out_at.is_(None),
        Visit.checkout_unrecorded.is_(False),
        Visit.checked_in_at < before,
    )


_ANY_LEFT_OPEN = (
    select(VISIT.c.id)
    .where(
        VISIT.c.checked_out_at.is_(None),
        VISIT.c.checkout_unrecorded.is_(False),
        VISIT.c.checked_in_at < bindparam("before"),
    )
    .limit(1)
)


def any_left_open(conn: Connection, before: datetime) -> bool:
    """Whether a visit checked in before ``before`` is still open (one indexed look)."""
    return conn.execute(_ANY_LEFT_OPEN, {"before": before}).first() is not None


def close_left_open(session: Session, before: datetime, now: datetime, desk: str) -> list[int]:
    """Close every visit checked in before ``before`` and still open, in the caller's
    write transaction, one audit row and one announced change per visit. Returns their
    ids (none when another desk closed them first)."""
    ids = list(session.scalars(
        select(Visit.id).where(_left_open(before)).order_by(Visit.id).with_for_update()
    ))
    if not ids:
        return []
    session.execute(
        update(Visit).where(Visit.id.in_(ids), _left_open(before))
        .values(checkout_unrecorded=True)
        .execution_options(synchronize_session=False)
    )
    for visit_id in ids:
        # No one acted: the day ended. The desk whose read noticed it is recorded.
        audit.record(session, at=now, actor=None, desk=desk, action="visit.left_unrecorded",
                     entity="visit", entity_id=visit_id, detail={},
                     announce=VisitChanged(visit_id, VisitChange.LEFT_UNRECORDED))
    return ids
