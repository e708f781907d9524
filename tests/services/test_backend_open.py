"""Opening the backend: where the data is, what the upgrade did, two desks at once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from minwon_desk.domain.errors import MinwonError, StateError
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, CheckInRequest
from minwon_desk.store.migrate import DatabaseTooNewError, head_revision
from tests.support.seed import SmallAgency, actor_for, auditor


def test_label_and_migration_report(tmp_path: Path, fake_clock, mss_charter) -> None:
    path = tmp_path / "minwon.db"
    with Backend.open(
        f"sqlite:///{path}", charter=mss_charter, desk="2층 안내", clock=fake_clock
    ) as backend:
        assert backend.database_label == f"SQLite · {path.resolve()}"
        assert backend.desk == "2층 안내"
        assert backend.migration.from_revision is None
        assert backend.migration.to_revision == head_revision()
        assert backend.clock() == fake_clock()


def test_newer_database_is_refused_on_open(db_url: str, fake_clock, mss_charter) -> None:
    Backend.open(db_url, charter=mss_charter, desk="d", clock=fake_clock).close()
    backend = Backend.open(db_url, charter=mss_charter, desk="d", clock=fake_clock)
    with backend.db.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0042_newer'"))
    backend.close()

    with pytest.raises(DatabaseTooNewError, match="더 새 버전의 민원 데스크") as caught:
        Backend.open(db_url, charter=mss_charter, desk="d", clock=fake_clock)
    assert isinstance(caught.value, MinwonError)


def test_two_desks_greeting_the_same_visitor_one_wins(
    db_url: str, db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock,
    mss_charter,
) -> None:
    visit = db_backend.visits.check_in(db_actor, CheckInRequest("홍길동"))
    other_desk = Backend.open(db_url, charter=mss_charter, desk="2층 안내", clock=fake_clock)
    try:
        officer = actor_for(other_desk, db_agency.officers[0])
        start = threading.Barrier(2)
        outcomes: list[str] = []

        def greet(backend: Backend, actor: Actor) -> None:
            start.wait()
            try:
                backend.visits.greet(actor, visit.id)
                outcomes.append("greeted")
            except StateError:
                outcomes.append("refused")

        threads = [
            threading.Thread(target=greet, args=(db_backend, db_actor)),
            threading.Thread(target=greet, args=(other_desk, officer)),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(outcomes) == ["greeted", "refused"]
        greets = [e for e in db_backend.audit.recent(auditor(db_backend), entity="visit") if e.action == "visit.greet"]
        assert len(greets) == 1
    finally:
        other_desk.close()
