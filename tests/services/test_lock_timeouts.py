"""A save that waits on another desk's lock gives up within a bound and says so, with
nothing written; PostgreSQL otherwise waits forever. The bound is made short for the test
(the desks' own is DEFAULT_BUSY_TIMEOUT_MS)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.errors import ServerAwayError, StorageError
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.dto import MemoRequest
from minwon_desk.store import errors
from minwon_desk.store.engine import pg_timeouts
from minwon_desk.store.models import Case, Memo
from tests.conftest import PG_URL, FakeClock, open_seeded
from tests.support.seed import actor_for, small_agency

pytestmark = pytest.mark.skipif(not PG_URL, reason="MINWON_TEST_PG_URL is not set")

_MEMO_NUMBERS = 0x4D454D4F  # the advisory lock memo numbering takes (services/memos/take.py)


@pytest.fixture
def pg_url() -> Iterator[str]:
    from tests.conftest import _pg_schema_url

    yield from _pg_schema_url()


@pytest.fixture
def impatient(pg_url: str, fake_clock: FakeClock, mss_charter: Charter) -> Iterator[Backend]:
    """The small agency on PostgreSQL, waiting at most 0.3 s for another desk's lock."""
    backend = open_seeded(pg_url, fake_clock, mss_charter, busy_timeout_ms=300)
    yield backend
    backend.close()


@contextmanager
def other_desk(pg_url: str, *statements: str) -> Iterator[None]:
    """Another connection (another desk) that has run ``statements`` in a transaction it
    keeps open, holding whatever locks they took."""
    u = make_url(pg_url).set(drivername="postgresql")
    with psycopg.connect(u.render_as_string(hide_password=False)) as conn:
        for statement in statements:
            conn.execute(statement)
        try:
            yield
        finally:
            conn.rollback()


def _count(backend: Backend, model: type) -> int:
    with backend.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_memo_gives_up_on_the_numbering_lock_and_says_so(impatient: Backend, pg_url: str) -> None:
    actor = actor_for(impatient, small_agency(impatient).operator)
    request = MemoRequest("김철수", "010-1234-5678", "회신 바랍니다")
    holding = other_desk(pg_url, f"SELECT pg_advisory_xact_lock({_MEMO_NUMBERS})")
    with holding, pytest.raises(StorageError) as caught:
        impatient.memos.take(actor, request)
    assert caught.value.message == errors.LOCKED
    assert caught.value.message.startswith("다른 창구가 저장하는 중입니다")
    assert "입력한 내용은 그대로" in caught.value.message
    # Not taken for a server gone away: the desk does not keep it to send later.
    assert not isinstance(caught.value, ServerAwayError)
    assert _count(impatient, Memo) == 0
    # Once the other desk is done, the same memo is saved.
    assert impatient.memos.take(actor, request).number.startswith("M2026-")


def test_a_case_gives_up_on_the_register_counter_and_says_so(impatient: Backend, pg_url: str) -> None:
    agency = small_agency(impatient)
    actor = actor_for(impatient, agency.operator)
    request = CaseRequest("질의-법령", "방문", "문의", officer_id=agency.officers[0].id)
    impatient.cases.open(actor, request)  # the year's counter row exists
    with other_desk(pg_url, "UPDATE register_counter SET last = last"), pytest.raises(
        StorageError
    ) as caught:
        impatient.cases.open(actor, request)
    assert caught.value.message == errors.LOCKED
    assert _count(impatient, Case) == 1


def test_a_statement_past_its_bound_is_stopped_in_words(
    pg_url: str, fake_clock: FakeClock, mss_charter: Charter
) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from minwon_desk.store.engine import make_engine

    engine = make_engine(pg_url, statement_timeout_ms=100)
    try:
        with pytest.raises(DBAPIError) as caught, engine.connect() as conn:
            conn.execute(text("SELECT pg_sleep(5)"))
        said = errors.storage_error(caught.value)
        assert said.message == errors.TOO_SLOW and "statement" not in said.message
    finally:
        engine.dispose()


def test_every_connection_has_the_timeouts_and_its_address_is_left_as_given(pg_url: str) -> None:
    from sqlalchemy import text

    from minwon_desk.store.engine import make_engine

    engine = make_engine(pg_url, busy_timeout_ms=1234, statement_timeout_ms=5678)
    try:
        assert engine.url == make_url(pg_url).set(drivername="postgresql+psycopg")
        with engine.connect() as conn:
            shown = [conn.execute(text(f"SHOW {name}")).scalar() for name in ("lock_timeout", "statement_timeout")]
        assert shown == ["1234ms", "5678ms"]
    finally:
        engine.dispose()
    own = make_url("postgresql+psycopg://u@h/db?options=-c%20lock_timeout%3D1s")
    assert pg_timeouts(own, 5000, 30000) == [("statement_timeout", 30000)]


def test_the_desks_wait_at_most_five_seconds_and_a_statement_thirty() -> None:
    from minwon_desk.store.engine import DEFAULT_BUSY_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS

    assert (DEFAULT_BUSY_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS) == (5000, 30_000)
