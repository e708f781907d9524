"""One database transaction per service call, with driver errors turned into
StorageError and the actor checked before anything is written. The changes a write
announces are published on the bus once it has committed, never before, never if it
rolled back."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from minwon_desk.domain.errors import NotFoundError, StateError
from minwon_desk.domain.roles import Operation
from minwon_desk.services.access import actor_inactive_message as actor_inactive_message
from minwon_desk.services.access import actor_missing_message as actor_missing_message
from minwon_desk.services.access import permit
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import Event, EventBus
from minwon_desk.store.engine import READ_ONLY_OPTION
from minwon_desk.store.errors import storage_error
from minwon_desk.store.models import Staff
from minwon_desk.store.textguard import guard


class Database:
    """Sessions for the services. Objects stay usable after commit (they are mapped to
    DTOs right away, but the mapping may happen after the block ends).

    Never open a second write transaction inside one: on SQLite a write transaction takes
    the write lock (BEGIN IMMEDIATE), so the inner one would wait out the busy timeout.
    Reads take no lock (a plain transaction, beside any writer).
    """

    def __init__(self, engine: Engine, events: EventBus | None = None) -> None:
        self.engine = engine
        guard(engine)  # every write's text is checked before it reaches the database
        self.events = events or EventBus()
        # Names this process in the change rows it writes, so its reader skips them (it
        # has published them already).
        self.process = uuid.uuid4().hex
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(
            engine.execution_options(**{READ_ONLY_OPTION: True}), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read transaction: it never waits for another desk's write (WAL lets it run
        beside one) and must not write."""
        try:
            with self._read_sessions() as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise storage_error(exc) from exc

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A transaction with no acting staff member: reads, and writes the system makes
        itself (seeding an empty database)."""
        try:
            with self._sessions() as session:
                pending = _begin_announcing(session, self.process)
                with session.begin():
                    yield session
        except DBAPIError as exc:
            raise storage_error(exc) from exc
        self._publish(pending)

    @contextmanager
    def write(
        self, actor: Actor, op: Operation | None = None
    ) -> Iterator[tuple[Session, Staff]]:
        """A write transaction; yields the session and the acting staff row, which
        must exist and be active, and whose roles (read now) allow ``op``. Commits when
        the block ends without error."""
        try:
            with self._sessions() as session:
                pending = _begin_announcing(session, self.process)
                with session.begin():
                    yield session, require_actor(session, actor, op)
        except DBAPIError as exc:
            raise storage_error(exc) from exc
        self._publish(pending)

    @contextmanager
    def read_as(self, actor: Actor, op: Operation) -> Iterator[Session]:
        """A read of something sensitive (corrective actions, compensation, the audit
        trail, accounts): refused unless the actor's roles allow ``op``."""
        with self.transaction() as session:
            require_actor(session, actor, op)
            yield session

    def _publish(self, pending: Announced) -> None:
        for event in pending.events:
            self.events.publish(event)


@dataclass(slots=True)
class Announced:
    """The changes one transaction announces, and the process that writes them."""

    process: str
    events: list[Event] = field(default_factory=list)


_ANNOUNCED = "minwon.announced"


def _begin_announcing(session: Session, process: str) -> Announced:
    pending = Announced(process)
    session.info[_ANNOUNCED] = pending
    return pending


def announced_in(session: Session) -> Announced:
    """Where a write in ``session`` adds the change it announces."""
    pending = session.info.get(_ANNOUNCED)
    if not isinstance(pending, Announced):
        raise TypeError("changes are announced only in a Database transaction")
    return pending


def require_actor(session: Session, actor: Actor, op: Operation | None = None) -> Staff:
    """The acting staff row; with ``op``, also checks the roles the database gives the
    actor now (raises PermissionDenied)."""
    if op is not None:
        return permit(session, actor, op)
    staff = session.get(Staff, actor.staff_id)
    if staff is None:
        raise NotFoundError(actor_missing_message(actor))
    if not staff.active:
        raise StateError(actor_inactive_message(staff.name))
    return staff
