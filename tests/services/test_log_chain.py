"""The audit trail and the access log cannot be altered unseen: the database refuses to
change or delete their rows, and where someone with the database owner's powers does it
anyway (turning the triggers off first, as these tests do), ``verify`` names the first row
where the chain breaks — on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Connection, text

from minwon_desk.domain.errors import StorageError, ValidationError
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, MemoRequest
from minwon_desk.services.privacy.chain import ChainReport
from minwon_desk.services.privacy.verify import summary
from tests.support.seed import SmallAgency, actor_for, auditor

LOGS = ("audit_entry", "access_log")


def _fill(backend: Backend, actor: Actor, n: int = 3) -> list[int]:
    """``n`` memos (audit rows) and one detail view of each (access rows)."""
    ids = []
    for i in range(n):
        memo = backend.memos.take(actor, MemoRequest(f"홍길{i}", "010-1234-5678", "문의"))
        backend.access_log.viewed(actor, entity="memo", subjects=[memo.id], what="메모 상세")
        ids.append(memo.id)
    return ids


def _reports(backend: Backend) -> dict[str, ChainReport]:
    return {r.name: r for r in backend.chains.verify(auditor(backend))}


def _ids(backend: Backend, table: str) -> list[int]:
    with backend.db.engine.connect() as conn:
        return [row[0] for row in conn.execute(text(f"SELECT id FROM {table} ORDER BY id"))]


@contextmanager
def _as_owner(backend: Backend, table: str) -> Iterator[Connection]:
    """A connection that may change ``table``: the append-only triggers are off for it.
    Only the database's owner or a superuser can do this — it is what an attacker with
    those powers would do, and what ``verify`` must still catch."""
    engine = backend.db.engine
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql(f"DROP TRIGGER {table}_no_update")
            conn.exec_driver_sql(f"DROP TRIGGER {table}_no_delete")
        else:
            conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        yield conn


def test_an_untouched_database_verifies_with_the_count_of_each_log(
    db_backend: Backend, db_agency: SmallAgency
) -> None:
    actor = actor_for(db_backend, db_agency.operator)
    before = _reports(db_backend)
    _fill(db_backend, actor)
    reports = _reports(db_backend)
    assert all(r.ok for r in reports.values())
    assert reports["audit_entry"].rows == before["audit_entry"].rows + 3
    assert reports["access_log"].rows == before["access_log"].rows + 3
    assert summary(reports["access_log"]).startswith("접속기록: 이상 없음 — ")


@pytest.mark.parametrize("table", LOGS)
def test_the_database_refuses_to_change_or_delete_a_log_row(
    db_backend: Backend, db_agency: SmallAgency, table: str
) -> None:
    _fill(db_backend, actor_for(db_backend, db_agency.operator))
    first = _ids(db_backend, table)[0]
    for statement in (f"UPDATE {table} SET desk = 'x' WHERE id = {first}",
                      f"DELETE FROM {table} WHERE id = {first}"):
        with pytest.raises(StorageError, match="덧붙이기만"), \
                db_backend.db.transaction() as session:
            session.execute(text(statement))
    assert _ids(db_backend, table)[0] == first
    assert all(r.ok for r in _reports(db_backend).values())


@pytest.mark.parametrize("table", LOGS)
def test_an_edited_row_is_named(db_backend: Backend, db_agency: SmallAgency, table: str) -> None:
    _fill(db_backend, actor_for(db_backend, db_agency.operator))
    victim = _ids(db_backend, table)[-2]
    with _as_owner(db_backend, table) as conn:
        conn.execute(text(f"UPDATE {table} SET desk = '다른 창구' WHERE id = :i"), {"i": victim})
    broken = _reports(db_backend)[table].broken
    assert broken is not None and broken.row_id == victim and broken.kind == "edited"
    assert f"{victim}번 행의 내용이" in broken.message


@pytest.mark.parametrize("table", LOGS)
def test_a_deleted_row_breaks_the_link_of_the_next(
    db_backend: Backend, db_agency: SmallAgency, table: str
) -> None:
    _fill(db_backend, actor_for(db_backend, db_agency.operator))
    ids = _ids(db_backend, table)
    with _as_owner(db_backend, table) as conn:
        conn.execute(text(f"DELETE FROM {table} WHERE id = :i"), {"i": ids[-2]})
    broken = _reports(db_backend)[table].broken
    assert broken is not None and broken.row_id == ids[-1] and broken.kind == "linked"


@pytest.mark.parametrize("table", LOGS)
def test_the_last_row_deleted_shows_against_the_chain_head(
    db_backend: Backend, db_agency: SmallAgency, table: str
) -> None:
    _fill(db_backend, actor_for(db_backend, db_agency.operator))
    last = _ids(db_backend, table)[-1]
    with _as_owner(db_backend, table) as conn:
        conn.execute(text(f"DELETE FROM {table} WHERE id = :i"), {"i": last})
    broken = _reports(db_backend)[table].broken
    assert broken is not None and broken.kind == "tail"


def test_an_inserted_row_is_caught_even_with_a_well_formed_hash(
    db_backend: Backend, db_agency: SmallAgency
) -> None:
    """Someone who knows the rules recomputes the hash of a forged row and slips it in
    between two real ones (in a gap of the ids): the row after it no longer links."""
    from minwon_desk.domain.log_chain import link

    _fill(db_backend, actor_for(db_backend, db_agency.operator))
    ids = _ids(db_backend, "access_log")
    with _as_owner(db_backend, "access_log") as conn:
        conn.execute(text("DELETE FROM access_log WHERE id = :i"), {"i": ids[-2]})  # a gap
    with db_backend.db.engine.connect() as conn:
        prev = conn.execute(text("SELECT row_hash FROM access_log WHERE id = :i"),
                            {"i": ids[-3]}).scalar_one()
    cells = ("2026-07-01 00:00:00.000000", db_agency.operator.id, None, "가짜", "h", "조회",
             "memo", "1", 1, "", "")
    stored = ("2026-07-01 00:00:00.000000" if db_backend.db.engine.dialect.name == "sqlite"
              else "2026-07-01 00:00:00+00")
    with db_backend.db.engine.begin() as conn:  # inserting needs no trigger off
        conn.execute(text(
            "INSERT INTO access_log (id, at, actor_id, account_id, desk, host, operation, "
            "entity, subjects, count, what, reason, prev_hash, row_hash) VALUES (:id, "
            ":at, :a, NULL, '가짜', 'h', '조회', 'memo', '1', 1, '', '', :p, :h)"
        ), {"id": ids[-2], "at": stored, "a": db_agency.operator.id, "p": prev, "h": link(prev, cells)})
    broken = _reports(db_backend)["access_log"].broken
    assert broken is not None and broken.row_id == ids[-1] and broken.kind == "linked"


def test_several_rows_in_one_write_chain_in_order(backend: Backend, agency: SmallAgency) -> None:
    actor = actor_for(backend, agency.operator)
    backend.access_log.record(*[
        _access(actor, i) for i in range(5)
    ])
    assert _reports(backend)["access_log"].ok


def _access(actor: Actor, i: int) -> object:
    from datetime import UTC, datetime

    from minwon_desk.services.privacy.access_log import Access, AccessOp

    return Access(actor, AccessOp.VIEW, "visit", datetime(2026, 7, 1, 1, i, tzinfo=UTC), (i,))


def test_a_download_without_a_reason_is_refused_and_leaves_no_row(
    backend: Backend, agency: SmallAgency
) -> None:
    actor = actor_for(backend, agency.operator)
    before = len(_ids(backend, "access_log"))
    with pytest.raises(ValidationError, match="사유"):
        backend.access_log.downloaded(actor, entity="case", count=120, what="XLSX", reason=" ")
    backend.access_log.downloaded(actor, entity="case", count=120, what="XLSX",
                                  reason="감사원 자료 요구")
    with backend.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT operation, count, reason, subjects FROM access_log "
                                 "ORDER BY id")).all()
    assert len(rows) == before + 1
    assert tuple(rows[-1]) == ("다운로드", 120, "감사원 자료 요구", "")


def test_batched_rows_are_written_by_the_flush(backend: Backend, agency: SmallAgency) -> None:
    actor = actor_for(backend, agency.operator)
    backend.access_log.start_batching()
    before = len(_ids(backend, "access_log"))
    for i in range(3):
        backend.access_log.viewed(actor, entity="visit", subjects=[i + 1], what="방문객 상세")
    assert backend.access_log.flush()
    assert len(_ids(backend, "access_log")) == before + 3
    assert _reports(backend)["access_log"].ok


def test_while_the_log_cannot_be_written_views_are_refused(
    backend: Backend, agency: SmallAgency
) -> None:
    actor = actor_for(backend, agency.operator)
    backend.access_log.start_batching()
    with backend.db.engine.begin() as conn:  # the log's table is gone (a broken database)
        conn.exec_driver_sql("ALTER TABLE access_log RENAME TO access_log_away")
    backend.access_log.viewed(actor, entity="visit", subjects=[1], what="방문객 상세")
    backend.access_log.flush(timeout=5)
    assert backend.access_log.failing
    with pytest.raises(StorageError, match="접속기록을 남길 수 없어"):
        backend.access_log.viewed(actor, entity="visit", subjects=[2], what="방문객 상세")
    with backend.db.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE access_log_away RENAME TO access_log")
    assert backend.access_log.flush(timeout=10)  # the kept row goes in on the retry
    assert not backend.access_log.failing
    with backend.db.engine.connect() as conn:
        assert conn.execute(text("SELECT subjects FROM access_log ORDER BY id DESC")).first() == ("1",)


def test_odd_text_verifies_and_its_edit_is_caught(db_backend: Backend, db_agency: SmallAgency) -> None:
    """Quotes, backslashes, Hangul and emoji in a text column, and line breaks and control
    characters besides in the recorded detail (a desk's name may not hold those): the text
    the database writes for the check and the rule's own text agree, and an edit still
    shows."""
    from minwon_desk.services import audit

    odd = 'a"b\\c 홍길동 🙂'
    odder = odd + '\nd\te\x01f\x7f \u2028'
    actor = actor_for(db_backend, db_agency.operator)
    with db_backend.db.write(actor) as (session, _staff):
        audit.record(session, at=db_backend.clock(), actor=actor, desk=odd, action="test.odd",
                     entity="memo", entity_id=None, detail={"note": odder})
    assert _reports(db_backend)["audit_entry"].ok
    last = _ids(db_backend, "audit_entry")[-1]
    with _as_owner(db_backend, "audit_entry") as conn:
        conn.execute(text("UPDATE audit_entry SET desk = :d WHERE id = :i"),
                     {"d": odd.replace("홍", "김"), "i": last})
    broken = _reports(db_backend)["audit_entry"].broken
    assert broken is not None and broken.row_id == last


def test_desks_writing_at_once_keep_one_whole_chain(
    db_backend: Backend, db_agency: SmallAgency, db_url: str
) -> None:
    """Three desks (separate processes) check visitors in at the same moment, one
    transaction each: the chain head's lock orders their rows, and the chain verifies."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from tests.support.seed import SEED_PASSWORD

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "MINWON_PASSWORD": SEED_PASSWORD,
           "PYTHONPATH": str(root) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    before = _reports(db_backend)["audit_entry"].rows
    desks = [subprocess.Popen([sys.executable, "-m", "tests.support.live_desk", "check-in",
                               db_url, "25"], cwd=root, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(3)]
    for desk in desks:
        _out, err = desk.communicate(timeout=180)
        assert desk.returncode == 0, err
    report = _reports(db_backend)["audit_entry"]
    assert report.ok, report.broken
    assert report.rows == before + 75


def test_a_printed_receipt_leaves_one_print_row(backend: Backend, agency: SmallAgency) -> None:
    from minwon_desk.services.cases.dto import CaseRequest

    actor = actor_for(backend, agency.operator)
    case = backend.cases.open(actor, CaseRequest(
        case_type="질의-제도", channel="방문", subject="자격 문의", content="문의",
        petitioner_name="홍길동", petitioner_contact="010-2345-6789"))
    backend.case_documents.data(case.id, "receipt")  # values for a test: not a print
    assert _ids(backend, "access_log") == []
    backend.case_documents.render(case.id, "receipt", actor=actor)
    with backend.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT operation, entity, subjects, what FROM access_log")).all()
    assert [tuple(r) for r in rows] == [("출력", "case", str(case.id), "접수증 인쇄")]
