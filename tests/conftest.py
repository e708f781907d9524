"""Fixtures shared by every test: a fake clock, fresh databases, a seeded backend."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never open a real window.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from minwon_desk.domain.timeutil import SEOUL

if TYPE_CHECKING:
    from minwon_desk.domain.charter import Charter
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.dto import Actor
    from tests.support.seed import SmallAgency

# The services are imported inside the fixtures that need them, so that a test of the
# rules alone does not depend on the storage layer importing cleanly.

PG_URL = os.environ.get("MINWON_TEST_PG_URL", "")
DB_KINDS = ["sqlite", "pg"] if PG_URL else ["sqlite"]


class FakeClock:
    """A clock that stands still until told to move. Always returns Seoul-aware time."""

    def __init__(self, start: datetime) -> None:
        self._now = self._check(start)

    def __call__(self) -> datetime:
        return self._now

    def set(self, dt: datetime) -> None:
        self._now = self._check(dt)

    def advance(self, **kwargs: float) -> datetime:
        self._now = self._now + timedelta(**kwargs)
        return self._now

    @staticmethod
    def _check(dt: datetime) -> datetime:
        if dt.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        return dt.astimezone(SEOUL)

    def __repr__(self) -> str:
        return f"FakeClock({self._now.isoformat()})"


@pytest.fixture
def fake_clock() -> FakeClock:
    """Thursday 2026-07-02 10:00 in Seoul: a working morning."""
    return FakeClock(datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL))


@pytest.fixture(scope="session")
def mss_charter() -> Charter:
    from minwon_desk.domain.charter import load_charter
    from minwon_desk.resources import charter_preset

    return load_charter(charter_preset("mss"))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'minwon.db'}"


def _pg_schema_url() -> Iterator[str]:
    """A fresh schema on the test server, first on the search path; dropped after."""
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=DB_KINDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, and a PostgreSQL schema when
    MINWON_TEST_PG_URL is set (ids "sqlite" / "pg")."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'minwon.db'}"
    else:
        yield from _pg_schema_url()


def open_seeded(url: str, clock: Any, charter: Charter, **kwargs: Any) -> Backend:
    from minwon_desk.services.backend import Backend
    from tests.support.seed import SMALL_DESK, seed_small_agency

    backend = Backend.open(url, charter=charter, desk=SMALL_DESK, clock=clock, **kwargs)
    seed_small_agency(backend)
    return backend


@pytest.fixture
def backend(sqlite_url: str, fake_clock: FakeClock, mss_charter: Charter) -> Iterator[Backend]:
    """MSS charter, fake clock, desk "1층 민원안내", the small agency, on SQLite."""
    b = open_seeded(sqlite_url, fake_clock, mss_charter)
    yield b
    b.close()


@pytest.fixture
def db_backend(db_url: str, fake_clock: FakeClock, mss_charter: Charter) -> Iterator[Backend]:
    """Like ``backend``, on every database kind under test."""
    b = open_seeded(db_url, fake_clock, mss_charter)
    yield b
    b.close()


@pytest.fixture
def agency(backend: Backend) -> SmallAgency:
    from tests.support.seed import small_agency

    return small_agency(backend)


@pytest.fixture
def actor(backend: Backend, agency: SmallAgency) -> Actor:
    """The desk operator "안내원" at "1층 민원안내"."""
    from tests.support.seed import actor_for

    return actor_for(backend, agency.operator)


@pytest.fixture
def db_agency(db_backend: Backend) -> SmallAgency:
    from tests.support.seed import small_agency

    return small_agency(db_backend)


@pytest.fixture
def db_actor(db_backend: Backend, db_agency: SmallAgency) -> Actor:
    from tests.support.seed import actor_for

    return actor_for(db_backend, db_agency.operator)


@contextmanager
def _other_desk_writing(path: Path) -> Iterator[None]:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.fixture
def other_desk_writing() -> Callable[[Path], AbstractContextManager[None]]:
    """``with other_desk_writing(path):`` another program holds the SQLite write lock, as a
    second desk in the middle of a transaction would."""
    return _other_desk_writing


@pytest.fixture(scope="session")
def _private_cluster() -> Iterator[Any]:
    from tests.support.private_pg import PrivateCluster, pg_bin

    bindir = pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are not installed")
    cluster = PrivateCluster(bindir)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture
def private_pg(_private_cluster: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A throw-away PostgreSQL database on a private cluster (tests/support/private_pg.py),
    started; for tests that restart or cut the server. Skipped without the binaries."""
    database = _private_cluster.database(f"t{abs(hash(request.node.nodeid)) % 10**8}")
    try:
        yield database
    finally:
        database.drop()
