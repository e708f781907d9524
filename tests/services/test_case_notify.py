"""알림 방법 변경 after opening: the handler's edit like any other on the case — recorded in
its history (how, never where) and the audit trail, announced as a typed change that
another process reads back; refused once the case is closed, or when nothing changed."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from minwon_desk.domain.errors import PermissionDenied, StateError, ValidationError
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.changes import decode
from minwon_desk.services.events import CaseChange, CaseChanged
from minwon_desk.store.models import AuditEntry
from tests.support.seed import SmallAgency, actor_for

pytestmark = pytest.mark.pg


def _open(backend: Backend, agency: SmallAgency) -> int:
    return backend.cases.open(actor_for(backend, agency.operator), CaseRequest(
        case_type="고충", channel="전화", subject="지원금 지급 지연", petitioner_name="홍길동",
        officer_id=agency.officers[0].id)).id


def test_the_change_is_in_the_history_the_audit_and_announced(
    db_backend: Backend, db_agency: SmallAgency
) -> None:
    case_id = _open(db_backend, db_agency)
    kim = actor_for(db_backend, db_agency.officers[0])
    heard: list[CaseChanged] = []
    db_backend.events.subscribe(CaseChanged, heard.append)
    detail = db_backend.cases.set_notify(kim, case_id, "sms", mobile="01055556666")
    assert (detail.notify, detail.notify_mobile) == ("sms", "010-5555-6666")
    [event] = [e for e in detail.events if e.kind == "notify"]
    assert (event.label, event.note) == ("알림 방법 변경", "전화 → 문자")
    assert [(h.case_id, h.change) for h in heard] == [(case_id, CaseChange.CHANNEL)]
    with db_backend.db.read() as session:
        row = session.scalars(select(AuditEntry).where(AuditEntry.action == "case.notify")).one()
    assert "5555" not in row.detail  # the number is not in the audit row either
    # What another desk reads back from the row: the same typed change.
    assert row.change_kind is not None and row.change_payload is not None
    back: Any = decode(row.change_kind, row.change_payload, heard[0].origin)
    assert isinstance(back, CaseChanged) and back.change is CaseChange.CHANNEL


def test_nothing_changed_a_closed_case_and_someone_else_are_refused(
    backend: Backend, agency: SmallAgency
) -> None:
    case_id = _open(backend, agency)
    kim, lee = (actor_for(backend, o) for o in agency.officers[:2])
    with pytest.raises(ValidationError, match="지금과 같습니다"):
        backend.cases.set_notify(kim, case_id, "phone")
    with pytest.raises(ValidationError) as wrong:
        backend.cases.set_notify(kim, case_id, "email", email="hong@")
    assert wrong.value.field == "notify_email"
    with pytest.raises(PermissionDenied):
        backend.cases.set_notify(lee, case_id, "none")  # not the handler
    backend.cases.answer(kim, case_id, "답변")
    with pytest.raises(StateError, match="처리를 마친"):
        backend.cases.set_notify(kim, case_id, "none")
    assert backend.cases.detail(case_id).notify == "phone"
