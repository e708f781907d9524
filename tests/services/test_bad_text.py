"""Every write service refuses text that must not be stored — with a Korean sentence naming
the field, the same on SQLite and PostgreSQL, and not one row changed — and, fed generated
text, never stores anything that reads as a resident registration number."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import String, select, text

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.compensation import CorrectiveKind
from minwon_desk.domain.errors import MinwonError, ValidationError
from minwon_desk.domain.privacy import find_resident_number
from minwon_desk.domain.roles import Role
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.dto import Actor, CheckInRequest, MemoRequest, StaffEdit
from minwon_desk.services.supervision.corrective import CorrectiveRequest
from minwon_desk.store.base import Base
from minwon_desk.store.models import Case, Department, Memo, Office
from tests.conftest import FakeClock
from tests.support.bad_text import hostile_text
from tests.support.seed import SmallAgency

Write = Callable[[Backend, Actor, SmallAgency, str], Any]


def _dept(b: Backend) -> int:
    with b.db.read() as session:
        return session.scalars(select(Department.id).order_by(Department.id)).first() or 0


def _office(b: Backend, a: Actor) -> int:
    with b.db.read() as session:
        found = session.scalars(select(Office.id).order_by(Office.id)).first()
    return found or b.offices.add_office(a, name="민원실")


def _memo(b: Backend, a: Actor, g: SmallAgency) -> int:
    """The one memo the fields below write to (taken before the snapshot)."""
    with b.db.read() as session:
        found = session.scalars(select(Memo.id).order_by(Memo.id)).first()
    return found or b.memos.take(
        a, MemoRequest("김철수", "010-1234-5678", "회신 바랍니다", asked_for_id=g.officers[0].id)
    ).id


def _case(b: Backend, a: Actor, g: SmallAgency) -> int:
    with b.db.read() as session:
        found = session.scalars(select(Case.id).order_by(Case.id)).first()
    return found or b.cases.open(
        a, CaseRequest("질의-제도", "방문", "문의", officer_id=g.officers[0].id)
    ).id


# Each free-text field of each write service: what it is called in the message, and how
# to write ``t`` into it.
FIELDS: dict[str, tuple[str, Write]] = {
    "visit-name": ("방문객 이름", lambda b, a, g, t: b.visits.check_in(a, CheckInRequest(t, purpose="상담"))),
    "visit-purpose": ("방문 목적", lambda b, a, g, t: b.visits.check_in(a, CheckInRequest("김철수", purpose=t))),
    "memo-caller": ("이름", lambda b, a, g, t: b.memos.take(a, MemoRequest(t, "010-1234-5678", "문의"))),
    "memo-gist": ("요지", lambda b, a, g, t: b.memos.take(a, MemoRequest("김철수", "010-1234-5678", t))),
    "memo-org": ("소속", lambda b, a, g, t: b.memos.take(a, MemoRequest("김철수", "010-1234-5678", "문의", org=t))),
    "memo-close": ("사유", lambda b, a, g, t: b.memos.close(a, _memo(b, a, g), t)),
    "memo-transfer": ("메모", lambda b, a, g, t: b.memos.transfer(a, _memo(b, a, g), g.officers[1].id, t)),
    "case-subject": ("제목", lambda b, a, g, t: b.cases.open(a, CaseRequest("질의-제도", "방문", t))),
    "case-content": ("내용", lambda b, a, g, t: b.cases.open(a, CaseRequest("질의-제도", "방문", "문의", content=t))),
    "case-petitioner": ("이름", lambda b, a, g, t: b.cases.open(
        a, CaseRequest("질의-제도", "방문", "문의", petitioner_name=t))),
    "case-contact": ("연락처", lambda b, a, g, t: b.cases.open(
        a, CaseRequest("질의-제도", "방문", "문의", petitioner_contact=t))),
    "case-note": ("메모", lambda b, a, g, t: b.cases.add_note(a, _case(b, a, g), t)),
    "case-answer": ("답변", lambda b, a, g, t: b.cases.answer(a, _case(b, a, g), t)),
    "holiday-name": ("휴일 이름", lambda b, a, g, t: b.calendar.add_holiday(a, date(2026, 12, 24), t)),
    "department-name": ("부서 이름", lambda b, a, g, t: b.roster.add_department(a, name=t, kind="팀", parent_id=None)),
    "staff-name": ("이름", lambda b, a, g, t: b.roster.save_staff(a, StaffEdit("T0100", t, "주무관", _dept(b)))),
    "staff-position": ("직위", lambda b, a, g, t: b.roster.save_staff(a, StaffEdit("T0100", "박하늘", t, _dept(b)))),
    "staff-duties": ("담당 업무", lambda b, a, g, t: b.roster.save_staff(
        a, StaffEdit("T0100", "박하늘", "주무관", _dept(b), duties=t))),
    "office-name": ("사무실 이름", lambda b, a, g, t: b.offices.add_office(a, name=t)),
    "office-building": ("건물", lambda b, a, g, t: b.offices.add_office(a, name="민원실", building=t)),
    "room-name": ("이름", lambda b, a, g, t: b.offices.add_room(
        a, _office(b, a), name=t, kind="room", x=0, y=0, w=2, h=2)),
    "seat-label": ("좌석", lambda b, a, g, t: b.offices.add_seat(a, _office(b, a), label=t, x=3, y=3)),
    "absence-note": ("메모", lambda b, a, g, t: b.absences.add(
        a, staff_id=g.officers[0].id, kind=AbsenceKind.TRIP, starts_at=b.clock(),
        ends_at=b.clock() + timedelta(hours=2), note=t)),
    "survey-item": ("문항", lambda b, a, g, t: b.survey.add_item(a, 2026, t)),
    "survey-comment": ("의견", lambda b, a, g, t: b.survey.record_response(a, 2026, {}, t)),
    "corrective-detail": ("조치 내용", lambda b, a, g, t: b.corrective.record(a, CorrectiveRequest(
        g.officers[0].id, CorrectiveKind.CAUTION, t, g.officers[1].id))),
    "account-grant-reason": ("사유", lambda b, a, g, t: b.accounts.grant(a, "T0003", Role.SUPERVISOR, reason=t)),
}

BAD: dict[str, str] = {
    "number-with-spaces": "본인 900101 - 1234567 입니다",
    "number-with-dot": "900101.1234567",
    "number-with-line-break": "번호\n900101\n-1234567",
    "escape-sequence": "민원\x1b[2J",
    "nul": "민원\x00",
    "far-too-long": "가" * 20_001,
}


def snapshot(b: Backend) -> dict[str, list[str]]:
    """Every row of every table, as text."""
    with b.db.read() as session:
        return {
            name: sorted(repr(tuple(r)) for r in session.execute(text(f'SELECT * FROM "{name}"')))
            for name in sorted(Base.metadata.tables)
        }


@pytest.mark.parametrize("bad", list(BAD))
@pytest.mark.parametrize("field", list(FIELDS))
def test_bad_text_is_refused_and_nothing_is_written(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor, field: str, bad: str
) -> None:
    label, write = FIELDS[field]
    for needed in (_memo, _case):  # what a field writes to exists before the snapshot
        needed(db_backend, db_actor, db_agency)
    _office(db_backend, db_actor)
    before = snapshot(db_backend)
    with pytest.raises(MinwonError) as caught:
        write(db_backend, db_actor, db_agency, BAD[bad])
    message = caught.value.message
    assert any("\uac00" <= ch <= "\ud7a3" for ch in message), message
    assert "value too long" not in message and "NUL" not in message, message
    if isinstance(caught.value, ValidationError) and bad != "far-too-long":
        assert label in message or caught.value.field, message
    assert snapshot(db_backend) == before


def stored_numbers(b: Backend) -> list[str]:
    """Every stored text (hashes aside) that reads as a registration number."""
    found: list[str] = []
    with b.db.read() as session:
        for table in Base.metadata.tables.values():
            columns = [c for c in table.columns if isinstance(c.type, String) and "hash" not in c.name]
            if not columns:
                continue
            for row in session.execute(select(*columns)):
                found += [v for v in row if isinstance(v, str) and find_resident_number(v)]
    return found


@pytest.mark.parametrize("field", list(FIELDS))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=hostile_text())
def test_generated_text_never_stores_a_registration_number(
    backend: Backend, agency: SmallAgency, actor: Actor, fake_clock: FakeClock, field: str, value: str
) -> None:
    _label, write = FIELDS[field]
    with contextlib.suppress(MinwonError):  # refused or stored: either way, no number kept
        write(backend, actor, agency, value)
    assert stored_numbers(backend) == []


@pytest.mark.parametrize("how", ["orm", "core-values", "core-many"])
def test_the_store_refuses_what_a_path_forgot_to_check(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor, how: str
) -> None:
    """A write that skipped the service's checks still stores nothing bad."""
    from sqlalchemy import insert

    before = snapshot(db_backend)
    refused = pytest.raises(ValidationError, match="부서 이름에 주민등록번호")
    with refused as caught, db_backend.db.transaction() as session:
        agency_id = session.scalars(select(Department.agency_id)).first()
        row = {"agency_id": agency_id, "name": "민원 900101_1234567", "kind": "팀", "sort_order": 9}
        if how == "orm":
            session.add(Department(**row))
            session.flush()
        elif how == "core-values":
            session.execute(insert(Department).values(**row))
        else:
            session.execute(insert(Department), [row, {**row, "name": "정상"}])
    assert caught.value.field == "name"
    assert snapshot(db_backend) == before
