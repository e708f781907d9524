"""중간 통지 on its own: an open case owes the petitioner a progress notice every 30 days;
the handler is reminded the moment one falls due (not a minute before), once each time,
and the app prepares the notice — the message their way, the progress and the expected
date — which, sent as reviewed, is recorded as the interim action records it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.reminders import ReminderStage
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest, CaseView
from minwon_desk.services.dto import Actor
from minwon_desk.services.notices.outbox import OutboxState
from minwon_desk.store.models import AuditEntry
from tests.support.seed import SmallAgency, actor_for

pytestmark = pytest.mark.pg

MINUTE = timedelta(minutes=1)


def _open(backend: Backend, agency: SmallAgency, **notify: str) -> CaseView:
    return backend.cases.open(actor_for(backend, agency.operator), CaseRequest(
        case_type="고충", channel="우편", subject="지원금 지급 지연", petitioner_name="홍길동",
        officer_id=agency.officers[0].id, **notify))


def _interim(backend: Backend, actor: Actor) -> list[Any]:
    return [r for r in backend.cases.reminders(actor) if r.stage is ReminderStage.INTERIM]


def test_the_notice_falls_due_at_its_edge_and_is_reminded_once_each_time(
    db_backend: Backend, db_agency: SmallAgency, fake_clock: Any
) -> None:
    case = _open(db_backend, db_agency, notify="email", notify_email="hong@example.com")
    kim = actor_for(db_backend, db_agency.officers[0])
    owed_at = case.interim_due_at
    assert owed_at is not None
    # 30 days while open, as the clock already says ("중간 통지 기한"): in working days.
    assert date(2026, 8, 7) <= to_seoul(owed_at).date() <= date(2026, 8, 20)
    fake_clock.set(owed_at - MINUTE)
    assert _interim(db_backend, kim) == []
    assert not db_backend.cases.get(case.id).interim_owed(fake_clock())
    fake_clock.set(owed_at)
    [first] = _interim(db_backend, kim)
    assert first.case.id == case.id and not first.as_head
    assert db_backend.cases.get(case.id).interim_owed(fake_clock())
    desk = actor_for(db_backend, db_agency.operator)
    assert _interim(db_backend, desk) == []  # the handler's to send, not the desk's

    prepared = db_backend.cases.prepare_interim(case.id)
    assert (prepared.ordinal, prepared.due_at) == (1, owed_at)
    assert prepared.notice is not None and prepared.notice.recipient == "hong@example.com"
    assert prepared.request.progress in prepared.notice.body
    assert prepared.notice.id == 0 and db_backend.notices.for_case(case.id)[1:] == []  # nothing written

    fake_clock.advance(hours=1)
    edited = prepared.notice.body + "\n담당자가 다음 주에 전화드리겠습니다."
    ref = db_backend.cases.send_interim(kim, case.id, prepared.request,
                                        message=(prepared.notice.subject, edited))
    assert ref.kind == "interim" and ref.ordinal == 1
    sent = db_backend.notices.for_case(case.id)[-1]
    assert (sent.stage.value, sent.state, sent.body) == ("interim", OutboxState.WAITING, edited)
    detail = db_backend.cases.detail(case.id)
    assert detail.events[-1].kind == "interim"
    assert detail.events[-1].note == prepared.request.progress
    with db_backend.db.read() as session:
        assert "case.interim" in session.scalars(select(AuditEntry.action)).all()
    # Counted again from the notice sent: the next one is owed 30 days on.
    again = db_backend.cases.get(case.id).interim_due_at
    assert again is not None and again > owed_at + timedelta(days=27)
    assert _interim(db_backend, kim) == []
    fake_clock.set(again)
    [second] = _interim(db_backend, kim)
    assert second.key != first.key  # told again: it is a new notice owed
    assert db_backend.cases.prepare_interim(case.id).ordinal == 2


def test_a_petitioner_told_by_phone_gets_the_fields_prepared_and_no_message(
    backend: Backend, agency: SmallAgency, fake_clock: Any
) -> None:
    case = _open(backend, agency)
    assert case.interim_due_at is not None
    fake_clock.set(case.interim_due_at + timedelta(days=40))  # past its deadline too
    prepared = backend.cases.prepare_interim(case.id)
    assert prepared.notice is None
    assert prepared.request.progress
    # Past the deadline: the next working day, never a day before today.
    assert prepared.request.expected_date >= to_seoul(fake_clock()).date()


def test_an_answered_or_transferred_case_owes_no_notice(
    backend: Backend, agency: SmallAgency, fake_clock: Any
) -> None:
    answered, moved = _open(backend, agency), _open(backend, agency)
    kim = actor_for(backend, agency.officers[0])
    backend.cases.answer(kim, answered.id, "답변")
    backend.cases.transfer_out(actor_for(backend, agency.operator), moved.id,
                               agency="고용노동부", reason="임금 체불은 고용노동부 소관")
    assert answered.interim_due_at is not None
    fake_clock.set(answered.interim_due_at + timedelta(days=1))
    assert _interim(backend, kim) == []
    assert not backend.cases.get(moved.id).interim_owed(fake_clock())


def test_a_reviewed_message_is_checked_and_nothing_is_recorded_when_refused(
    backend: Backend, agency: SmallAgency, fake_clock: Any
) -> None:
    case = _open(backend, agency, notify="sms", notify_mobile="010-2222-3333")
    kim = actor_for(backend, agency.officers[0])
    assert case.interim_due_at is not None
    fake_clock.set(case.interim_due_at)
    prepared = backend.cases.prepare_interim(case.id)
    assert prepared.notice is not None and prepared.notice.channel.value == "sms"
    with pytest.raises(ValidationError) as refused:
        backend.cases.send_interim(kim, case.id, prepared.request,
                                   message=("", "주민번호 900101-1234567 확인"))
    assert refused.value.field == "body"
    assert backend.cases.get(case.id).interim_owed(fake_clock())
    assert [n.stage.value for n in backend.notices.for_case(case.id)] == ["received"]
