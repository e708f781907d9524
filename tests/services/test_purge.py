"""Records past their retention period lose their personal data for good: after a purge no
table and no file of the data folder holds the names or numbers, the month's
self-inspection figures are what they were, the ledger says what was destroyed, and the
audit chain still verifies — on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from minwon_desk.domain.errors import PermissionDenied
from minwon_desk.domain.log_chain import REDACTED_DETAIL
from minwon_desk.domain.retention import RecordKind
from minwon_desk.domain.roles import Role
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.cases.site_visits import SiteVisitPlan
from minwon_desk.services.dto import Actor, CheckInRequest, MemoRequest
from tests.conftest import FakeClock
from tests.support.seed import SmallAgency, actor_for, signed_in_as

OLD_NAME, OLD_PHONE = "홍길동", "010-2345-6789"
OLD_CALLER, OLD_CALLER_PHONE = "김철수", "010-3456-7890"
OLD_PETITIONER = "박영희"
OLD_REASON_NAME = "이몽룡"  # in an audit row's typed back-dating reason
NEW_NAME = "성춘향"  # a record still within its period
OLD_EMAIL = "parkyh@example.kr"  # where the case's notices went
SECRETS = (OLD_NAME, OLD_PHONE, OLD_CALLER, OLD_CALLER_PHONE, OLD_PETITIONER, OLD_REASON_NAME,
           "서울시 종로구 세종대로 209", OLD_EMAIL)


def _fill_old_year(backend: Backend, clock: FakeClock, actor: Actor, officer_id: int) -> None:
    """March 2024: a visit, a memo (one recorded late, with a reason naming someone), a
    case answered, a survey form — each carrying personal data."""
    clock.set(datetime(2024, 3, 5, 10, 0, tzinfo=SEOUL))
    visit = backend.visits.check_in(actor, CheckInRequest(OLD_NAME, OLD_PHONE, "사업자 등록 문의",
                                                          officer_id=officer_id))
    clock.advance(minutes=2)
    backend.visits.greet(actor, visit.id)
    clock.advance(minutes=20)
    backend.visits.check_out(actor, visit.id)
    memo = backend.memos.take(actor, MemoRequest(
        OLD_CALLER, OLD_CALLER_PHONE, f"{OLD_NAME} 님 건 회신 요청", org="길동상사",
        channel="sms"))  # the caller was texted that the message was passed on
    backend.memos.close(actor, memo.id, f"{OLD_CALLER} 님이 취소함")
    late = backend.memos.take(actor, MemoRequest(
        OLD_CALLER, OLD_CALLER_PHONE, "지난 통화", taken_at=datetime(2022, 11, 1, 10, tzinfo=SEOUL),
        back_date_reason=f"{OLD_REASON_NAME} 님 통화를 뒤늦게 기록"))
    backend.memos.close(actor, late.id, "처리함")
    case = backend.cases.open(actor, CaseRequest(
        "고충", "방문", f"{OLD_PETITIONER} 님 민원", content="서울시 종로구 세종대로 209 주소 변경",
        petitioner_name=OLD_PETITIONER, petitioner_contact=OLD_PHONE, officer_id=actor.staff_id,
        notify="email", notify_email=OLD_EMAIL))
    # A visit to the petitioner's shop, agreed with them, and what came of it.
    visit_plan = backend.site_visits.plan(actor, SiteVisitPlan(
        case_id=case.id, visit_at=clock() + timedelta(hours=1),
        place="서울시 종로구 세종대로 209", agenda=f"{OLD_PETITIONER} 님 사업장 확인",
        agreed_how=f"{OLD_PETITIONER} 님과 전화로 협의", member_ids=(actor.staff_id,),
        customer=OLD_PETITIONER))
    clock.advance(hours=3)
    backend.site_visits.record_outcome(actor, visit_plan.id, f"{OLD_PETITIONER} 님 확인 완료")
    backend.cases.answer(actor, case.id, f"{OLD_PETITIONER} 님께 회신합니다.")
    item = backend.survey.add_item(actor, 2024, "친절했습니까?")
    backend.survey.record_response(actor, 2024, {item.id: 5}, comment=f"{OLD_NAME} 주무관 친절")


def _scan(backend: Backend, folder: Path | None) -> list[str]:
    """Every secret found in any table, and in any file under ``folder``."""
    found = []
    with backend.db.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                cells = " ".join(str(cell) for cell in row)
                found += [f"{table}: {s}" for s in SECRETS if s in cells]
    if folder is not None:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                found += [f"{path.name}: {s}" for s in SECRETS if s.encode() in data]
    return found


def _figures(backend: Backend) -> tuple[object, ...]:
    """What the month's self-inspection counts and times (names left aside)."""
    r = backend.inspection.monthly(2024, 3)
    waits = tuple(dataclasses.replace(w, visitor="") for w in r.longest_waits)
    late = tuple(dataclasses.replace(o, person="") for o in r.worst_overdue)
    return (r.greeting, r.callback, r.cases_on_time, r.extensions_in_time, r.by_department,
            r.by_officer, waits, late)


@pytest.fixture
def purger(db_backend: Backend) -> Actor:
    return signed_in_as(db_backend, _operator_id(db_backend), frozenset({Role.PRIVACY}))


def _operator_id(backend: Backend) -> int:
    with backend.db.engine.connect() as conn:
        return int(conn.execute(text("SELECT id FROM staff WHERE employee_no = 'T0001'")).scalar_one())


def test_a_purge_leaves_no_name_or_number_readable_and_the_figures_as_they_were(
    db_backend: Backend, db_agency: SmallAgency, fake_clock: FakeClock, tmp_path: Path
) -> None:
    actor = actor_for(db_backend, db_agency.operator)
    _fill_old_year(db_backend, fake_clock, actor, db_agency.officers[0].id)
    fake_clock.set(datetime(2027, 12, 1, 10, 0, tzinfo=SEOUL))
    kept = db_backend.visits.check_in(actor, CheckInRequest(NEW_NAME, "010-9999-0000"))
    fake_clock.set(datetime(2028, 1, 3, 10, 0, tzinfo=SEOUL))
    before = _figures(db_backend)
    assert _scan(db_backend, None)  # the data is there to find

    due = {d.kind: d for d in db_backend.retention.due(actor)}
    assert due[RecordKind.VISIT].count == 1
    assert due[RecordKind.VISIT].oldest is not None and due[RecordKind.VISIT].oldest.year == 2024
    assert due[RecordKind.MEMO].count == 2 and due[RecordKind.CASE].count == 1
    assert due[RecordKind.SURVEY].count == 1
    steps: list[tuple[int, int]] = []
    result = db_backend.retention.purge(actor, progress=lambda d, t: steps.append((d, t)))

    assert result.counts == {RecordKind.VISIT: 1, RecordKind.MEMO: 2, RecordKind.CASE: 1,
                             RecordKind.SURVEY: 1}
    assert steps[-1] == (5, 5)
    sqlite = db_backend.db.engine.dialect.name == "sqlite"
    assert _scan(db_backend, tmp_path if sqlite else None) == []
    assert _figures(db_backend) == before
    assert all(r.ok for r in db_backend.chains.verify(actor))
    # Within its period: untouched. Nothing more is due.
    assert db_backend.visits.get(kept.id).visitor_name == NEW_NAME
    assert sum(d.count for d in db_backend.retention.due(actor) if d.purged) == 0

    ledger = {row.kind: row for row in db_backend.retention.ledger(actor)}
    assert ledger[RecordKind.MEMO].count == 2
    assert ledger[RecordKind.MEMO].oldest is not None and ledger[RecordKind.MEMO].oldest.year == 2024
    assert all(row.finished and "안내원" in row.by for row in ledger.values())
    assert "3년" in ledger[RecordKind.CASE].retention
    assert ("secure_delete" if sqlite else "VACUUM FULL") in ledger[RecordKind.VISIT].method
    assert db_backend.audit.recent(actor, entity="purge_run")[0].detail["visit"] == 1


def test_nothing_due_makes_no_ledger_row(db_backend: Backend, purger: Actor) -> None:
    result = db_backend.retention.purge(purger)
    assert result.run_id is None and result.total == 0
    assert db_backend.retention.ledger(purger) == []


def test_only_the_privacy_officer_or_administrator_may_purge(
    db_backend: Backend, db_agency: SmallAgency
) -> None:
    officer = signed_in_as(db_backend, db_agency.officers[0].id, frozenset({Role.OFFICER}))
    with pytest.raises(PermissionDenied):
        db_backend.retention.purge(officer)
    with pytest.raises(PermissionDenied):
        db_backend.retention.due(officer)


def test_the_audit_log_allows_only_the_redaction_of_a_detail(
    db_backend: Backend, db_agency: SmallAgency, purger: Actor
) -> None:
    actor = actor_for(db_backend, db_agency.operator)
    db_backend.memos.take(actor, MemoRequest("홍길동", "010-1234-5678", "문의"))
    engine = db_backend.db.engine
    with engine.connect() as conn:
        last = conn.execute(text("SELECT max(id) FROM audit_entry")).scalar_one()
    for change in ("desk = 'x'", "detail = '{}'", "detail = :d, desk = 'x'"):
        with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
            conn.execute(text(f"UPDATE audit_entry SET {change} WHERE id = :i"),
                         {"i": last, "d": REDACTED_DETAIL})
    with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE id = :i"), {"i": last})
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET detail = :d WHERE id = :i"),
                     {"d": REDACTED_DETAIL, "i": last})
    reports = db_backend.chains.verify(purger)
    assert all(r.ok for r in reports)


def test_an_edited_detail_is_still_caught(
    db_backend: Backend, db_agency: SmallAgency, purger: Actor
) -> None:
    actor = actor_for(db_backend, db_agency.operator)
    db_backend.memos.take(actor, MemoRequest("홍길동", "010-1234-5678", "문의"))
    engine = db_backend.db.engine
    with engine.begin() as conn:
        victim = conn.execute(text("SELECT max(id) FROM audit_entry")).scalar_one()
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_entry DISABLE TRIGGER USER")
        conn.execute(text("UPDATE audit_entry SET detail = '{\"holder_id\": 1}' WHERE id = :i"),
                     {"i": victim})
    broken = {r.name: r for r in db_backend.chains.verify(purger)}["audit_entry"].broken
    assert broken is not None and broken.row_id == victim and broken.kind == "edited"


def test_a_stopped_purge_is_carried_on_by_the_next(
    db_backend: Backend, db_agency: SmallAgency, fake_clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from minwon_desk.services.retention import purge

    actor = actor_for(db_backend, db_agency.operator)
    fake_clock.set(datetime(2024, 3, 5, 10, 0, tzinfo=SEOUL))
    for i in range(5):
        db_backend.visits.check_in(actor, CheckInRequest(f"방문객{i}", f"010-1111-000{i}"))
        fake_clock.advance(minutes=1)
    fake_clock.set(datetime(2026, 1, 2, 10, 0, tzinfo=SEOUL))
    monkeypatch.setattr(purge, "BATCH", 2)
    calls = iter([False, True])  # stop after the first batch
    first = db_backend.retention.purge(actor, cancelled=lambda: next(calls, True))
    assert first.cancelled and first.counts == {RecordKind.VISIT: 2}
    # A cancelled purge is ended (scrubbed) for what it did; a killed one is carried on
    # (tests/cli/test_purge.py): here the run is left open by hand to show the latter.
    with db_backend.db.engine.begin() as conn:
        conn.execute(text("UPDATE purge_run SET finished_at = NULL"))
    second = db_backend.retention.purge(actor)
    assert second.resumed and second.run_id == first.run_id
    ledger = db_backend.retention.ledger(actor)
    assert [(r.kind, r.count, r.finished) for r in ledger] == [(RecordKind.VISIT, 5, True)]
    assert ledger[0].oldest is not None and ledger[0].newest is not None
    assert ledger[0].newest - ledger[0].oldest == timedelta(minutes=4)
