"""When the database cannot be written, the operator is told why and nothing is half-saved."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from minwon_desk.domain.errors import StorageError
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import CheckInRequest
from minwon_desk.services.events import Event
from minwon_desk.store import errors
from minwon_desk.store.models import AuditEntry, Visit
from tests.support.seed import SMALL_DESK, actor_for, seed_small_agency

LOCKED = errors.LOCKED




def test_locked_database_is_reported_and_nothing_is_written(
    tmp_path: Path, fake_clock, mss_charter, other_desk_writing
) -> None:
    path = tmp_path / "minwon.db"
    backend = Backend.open(
        f"sqlite:///{path}", charter=mss_charter, desk=SMALL_DESK, clock=fake_clock,
        busy_timeout_ms=50,
    )
    try:
        agency = seed_small_agency(backend)
        actor = actor_for(backend, agency.operator)
        waiting = backend.visits.check_in(actor, CheckInRequest("김영희"))
        seen: list[Event] = []
        backend.events.subscribe(Event, seen.append)

        with other_desk_writing(path):
            with pytest.raises(StorageError) as caught:
                backend.visits.check_in(actor, CheckInRequest("홍길동", "010-1234-5678"))
            assert caught.value.message == LOCKED
            with pytest.raises(StorageError, match="다른 창구가 저장하는 중입니다"):
                backend.visits.greet(actor, waiting.id)

        assert seen == []
        with backend.db.read() as session:
            assert session.scalar(select(func.count()).select_from(Visit)) == 1
            assert session.scalar(select(func.count()).select_from(AuditEntry)) == 1
        assert backend.visits.get(waiting.id).greeted_at is None
        # Once the other desk is done, the same request goes through.
        backend.visits.check_in(actor, CheckInRequest("홍길동", "010-1234-5678"))
        assert len(backend.visits.list_waiting()) == 2
    finally:
        backend.close()


def test_missing_database_folder_is_reported(tmp_path: Path, fake_clock, mss_charter) -> None:
    url = f"sqlite:///{tmp_path / 'gone' / 'minwon.db'}"
    with pytest.raises(StorageError, match="데이터베이스 폴더가 없습니다"):
        Backend.open(url, charter=mss_charter, desk=SMALL_DESK, clock=fake_clock)
    assert not (tmp_path / "gone").exists()


def test_unreachable_server_is_reported(fake_clock, mss_charter) -> None:
    # Port 1 on loopback: nothing listens there, the connection is refused at once.
    url = "postgresql+psycopg://postgres@127.0.0.1:1/minwon?connect_timeout=2"
    with pytest.raises(StorageError, match="서버에 연결할 수 없습니다") as caught:
        Backend.open(url, charter=mss_charter, desk=SMALL_DESK, clock=fake_clock)
    assert "저장" not in caught.value.message  # nothing was being saved: it was opening


def test_a_file_that_is_not_a_database_is_named_as_such(
    tmp_path: Path, fake_clock, mss_charter
) -> None:
    junk = tmp_path / "minwon.db"
    junk.write_bytes(b"this is a spreadsheet, not a database " * 200)
    with pytest.raises(StorageError, match="데이터베이스가 아니거나 손상되었습니다"):
        Backend.open(f"sqlite:///{junk}", charter=mss_charter, desk=SMALL_DESK, clock=fake_clock)
    assert junk.read_bytes().startswith(b"this is a spreadsheet")  # left as it was


@pytest.mark.parametrize(
    ("driver_error", "expected"),
    [
        (sqlite3.OperationalError("database is locked"), errors.LOCKED),
        (sqlite3.OperationalError("attempt to write a readonly database"), errors.READ_ONLY),
        (sqlite3.OperationalError("unable to open database file"), errors.CANNOT_OPEN),
        (sqlite3.OperationalError("database or disk is full"), errors.DISK_FULL),
        (psycopg.OperationalError("connection refused"), errors.SERVER_GONE),
        (
            psycopg.OperationalError("server closed the connection unexpectedly"),
            errors.SERVER_GONE,
        ),
        (psycopg.OperationalError("canceling statement due to lock timeout"), errors.LOCKED),
    ],
)
def test_driver_errors_become_plain_korean(driver_error: Exception, expected: str) -> None:
    wrapped = OperationalError("INSERT ...", {}, driver_error)
    assert errors.storage_error(wrapped).message == expected


def test_every_message_says_what_to_do() -> None:
    for message in (errors.LOCKED, errors.READ_ONLY, errors.CANNOT_OPEN, errors.SERVER_GONE):
        assert "입력한 내용은 그대로 있습니다" in message
        assert message.endswith(".")


@pytest.mark.parametrize(
    "driver_error",
    [
        sqlite3.OperationalError("database is locked"),
        sqlite3.OperationalError("attempt to write a readonly database"),
        sqlite3.OperationalError("unable to open database file"),
        sqlite3.OperationalError("database or disk is full"),
        psycopg.OperationalError("connection refused"),
        sqlite3.OperationalError("something nobody foresaw"),
    ],
)
def test_opening_failures_do_not_speak_of_saving(driver_error: Exception) -> None:
    wrapped = OperationalError("PRAGMA ...", {}, driver_error)
    message = errors.storage_error(wrapped, opening=True).message
    assert "저장" not in message and "입력한 내용" not in message
    assert "열" in message or "연결" in message
