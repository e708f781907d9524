"""One database transaction per service call, with driver errors turned into
StorageError and the actor checked before anything is written."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from minwon_desk.domain.errors import NotFoundError, StateError
from minwon_desk.services.dto import Actor
from minwon_desk.store.errors import storage_error
from minwon_desk.store.models import Staff


class Database:
    """Sessions for the services. Objects stay usable after commit (they are mapped to
    DTOs right away, but the mapping may happen after the block ends).

    Never open a second transaction inside one: on SQLite every transaction takes the
    write lock (BEGIN IMMEDIATE), so the inner one would wait out the busy timeout.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.transaction() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A transaction with no acting staff member: reads, and writes the system makes
        itself (seeding an empty database)."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise storage_error(exc) from exc

    @contextmanager
    def write(self, actor: Actor) -> Iterator[tuple[Session, Staff]]:
        """A write transaction; yields the session and the acting staff row, which
        must exist and be active. Commits when the block ends without error."""
        try:
            with self._sessions() as session, session.begin():
                yield session, require_actor(session, actor)
        except DBAPIError as exc:
            raise storage_error(exc) from exc


def require_actor(session: Session, actor: Actor) -> Staff:
    staff = session.get(Staff, actor.staff_id)
    if staff is None:
        raise NotFoundError(actor_missing_message(actor))
    if not staff.active:
        raise StateError(actor_inactive_message(staff.name))
    return staff


def actor_missing_message(actor: Actor) -> str:
    return (
        f"작업하는 직원({actor.name}, 번호 {actor.staff_id})을 찾을 수 없습니다. "
        "다시 로그인해 주세요."
    )


def actor_inactive_message(name: str) -> str:
    return f"{name} 님은 비활성 직원으로 등록되어 있어 기록할 수 없습니다. 관리자에게 문의해 주세요."
