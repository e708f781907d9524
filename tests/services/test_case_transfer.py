"""이송: a case that belongs to another agency is sent there with the reason, within 8
working hours of receipt; the petitioner's transfer notice names the agency; the case
leaves the open lists here, keeps its history and takes no more work."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from minwon_desk.domain.errors import PermissionDenied, StateError, ValidationError
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.store.models import AuditEntry
from tests.support.seed import SmallAgency, actor_for, small_agency


def _open(backend: Backend, agency: SmallAgency, officer_id: int | None = None) -> int:
    return backend.cases.open(actor_for(backend, agency.operator), CaseRequest(
        case_type="고충", channel="우편", subject="임금 체불 진정",
        petitioner_name="홍길동", petitioner_contact="서울시 중구 세종대로 110",
        officer_id=officer_id)).id


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_the_desk_transfers_a_case_and_the_notice_names_the_agency(
    db_backend: Backend, fake_clock: object
) -> None:
    agency = small_agency(db_backend)
    case_id = _open(db_backend, agency)
    desk = actor_for(db_backend, agency.operator)
    # Received Thursday 10:00; 8 working hours end Friday 10:00 (lunch not counted).
    assert db_backend.cases.transfer_deadline(
        datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)) == datetime(2026, 7, 3, 10, 0, tzinfo=SEOUL)
    fake_clock.set(datetime(2026, 7, 2, 15, 0, tzinfo=SEOUL))  # type: ignore[attr-defined]
    ref = db_backend.cases.transfer_out(desk, case_id, agency="고용노동부",
                                        reason="임금 체불은 근로감독 소관입니다.")
    assert ref.kind == "transfer" and ref.number == "TEST-2026-000001-이송"
    view = db_backend.cases.detail(case_id).view
    assert view.state == "transferred" and view.answered_at == datetime(
        2026, 7, 2, 15, 0, tzinfo=SEOUL)
    # Out of the open lists, still in the register and in "done".
    assert case_id not in [c.id for c in db_backend.cases.cases(include_done=False)]
    assert case_id in [c.id for c in db_backend.cases.cases(status="done")]
    _p, lines = db_backend.case_register.lines(desk, date(2026, 7, 1), date(2026, 7, 31))
    assert (lines[0].state, lines[0].transferred_to) == ("이송", "고용노동부")
    assert lines[0].answered_how == "이송 통지 TEST-2026-000001-이송"
    events = [e.label for e in db_backend.cases.detail(case_id).events]
    assert events[-1] == "다른 기관으로 이송"
    text = _text(db_backend.case_documents.render(case_id, "transfer", actor=desk).pdf)
    for part in ("민원 이송 안내", "고용노동부 소관 사항", "고용노동부로 이송하였음을",
                 "임금 체불은 근로감독 소관입니다.", "2026년 7월 2일(목) 15:00",
                 "민원 처리에 관한 법률」 제16조", "시행 TEST-2026-000001-이송", "홍길동"):
        assert part in text, part


def test_a_transferred_case_takes_no_more_work(
    backend: Backend, agency: SmallAgency
) -> None:
    case_id = _open(backend, agency, agency.officers[0].id)
    officer = actor_for(backend, agency.officers[0])
    backend.cases.transfer_out(officer, case_id, agency="국토교통부", reason="건축 인허가")
    with pytest.raises(StateError, match="다른 기관으로 이송했습니다"):
        backend.cases.answer(officer, case_id, "답변")
    with pytest.raises(StateError, match="다시 이송할 수 없습니다"):
        backend.cases.transfer_out(officer, case_id, agency="환경부", reason="x")


def test_a_late_transfer_is_recorded_as_late(
    backend: Backend, agency: SmallAgency, fake_clock: object
) -> None:
    case_id = _open(backend, agency)
    fake_clock.set(datetime(2026, 7, 6, 9, 30, tzinfo=SEOUL))  # type: ignore[attr-defined]
    backend.cases.transfer_out(actor_for(backend, agency.operator), case_id,
                               agency="고용노동부", reason="근로감독 소관")
    with backend.db.read() as session:
        entry = session.query(AuditEntry).filter_by(action="case.transfer_out").one()
    assert '"late": true' in entry.detail


def test_only_the_desk_the_holder_or_their_head_may_transfer(
    backend: Backend, agency: SmallAgency
) -> None:
    case_id = _open(backend, agency, agency.officers[0].id)
    stranger = actor_for(backend, agency.officers[1])  # another department's officer
    with pytest.raises(PermissionDenied):
        backend.cases.transfer_out(stranger, case_id, agency="고용노동부", reason="x")
    desk = actor_for(backend, agency.operator)
    with pytest.raises(ValidationError, match="기관의 이름"):
        backend.cases.transfer_out(desk, case_id, agency=" ", reason="근로감독 소관")
    with pytest.raises(ValidationError, match="이송 통지에 그대로"):
        backend.cases.transfer_out(desk, case_id, agency="고용노동부", reason="")
    assert backend.cases.detail(case_id).view.state == "open"
