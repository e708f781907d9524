"""Corrective action and the result notice: recorded against the staff member and the
complaint, and a letter to the petitioner that names the officer who follows up — but
not the staff member corrected. Also the discourtesy finding the candidates rest on."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from minwon_desk.domain.compensation import CompensationKind, CorrectiveKind, EventKey
from minwon_desk.domain.errors import StateError, ValidationError
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.dto import Actor
from minwon_desk.services.supervision.corrective import CorrectiveRequest
from tests.support.seed import SmallAgency, auditor

pytestmark = pytest.mark.pg


def _complaint(backend: Backend, actor: Actor, officer_id: int) -> int:
    return backend.cases.open(actor, CaseRequest(
        case_type="불친절", channel="방문", subject="창구에서 반말과 무시를 당함",
        content="창구 직원이 반말을 했습니다.", petitioner_name="홍길동",
        petitioner_contact="서울시 종로구 세종대로 1", officer_id=officer_id,
    )).id


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def test_a_finding_is_recorded_once_and_only_on_a_discourtesy_complaint(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    officer = db_agency.officers[0].id
    case_id = _complaint(db_backend, db_actor, officer)
    with pytest.raises(ValidationError, match="무엇을 확인했는지"):
        db_backend.cases.record_finding(db_actor, case_id, upheld=True, note=" ")
    db_backend.cases.record_finding(db_actor, case_id, upheld=True, note="동료 진술로 확인")
    with pytest.raises(StateError, match=r"이미 .*'인정'"):
        db_backend.cases.record_finding(db_actor, case_id, upheld=False, note="번복")
    history = db_backend.cases.detail(case_id).events
    assert any(e.label == "조사 결과" and "인정: 동료 진술로 확인" in e.note for e in history)
    other = db_backend.cases.open(db_actor, CaseRequest(
        case_type="건의", channel="방문", subject="주차장 확대", officer_id=officer,
    ))
    with pytest.raises(StateError, match="불친절·불성실 신고 민원에만"):
        db_backend.cases.record_finding(db_actor, other.id, upheld=True, note="확인")


def test_corrective_action_is_recorded_against_the_staff_member_and_the_complaint(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    rude, follow_up = db_agency.officers[1], db_agency.officers[0]
    case_id = _complaint(db_backend, db_actor, follow_up.id)
    db_backend.cases.record_finding(db_actor, case_id, upheld=True, note="확인됨")
    key = EventKey(CompensationKind.DISCOURTESY, case_id)
    db_backend.compensation.approve(db_actor, key)

    action = db_backend.corrective.record(db_actor, CorrectiveRequest(
        staff_id=rude.id, kind=CorrectiveKind.RETRAINING,
        detail="친절 교육 4시간 이수 지시", follow_up_officer_id=follow_up.id, event=key,
    ))

    assert action.number == "TEST-C2026-0001"
    assert action.case_id == case_id and action.reference.startswith("TEST-2026-")
    assert action.staff_label.startswith(rude.name) and action.kind is CorrectiveKind.RETRAINING
    assert action.follow_up_label.startswith(follow_up.name)
    assert action.petitioner_masked == "홍*동" and action.can_notify
    assert [a.id for a in db_backend.corrective.actions(auditor(db_backend), year=2026, month=7)] == [action.id]
    assert db_backend.corrective.actions(auditor(db_backend), year=2026, month=8) == []
    assert [a.id for a in db_backend.corrective.actions(auditor(db_backend), staff_id=rude.id)] == [action.id]


def test_the_result_notice_names_the_follow_up_officer_not_the_staff_member(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    rude, follow_up = db_agency.officers[1], db_agency.officers[0]
    case_id = _complaint(db_backend, db_actor, follow_up.id)
    action = db_backend.corrective.record(db_actor, CorrectiveRequest(
        staff_id=rude.id, kind=CorrectiveKind.CAUTION, detail="내부 기록: 구두 주의",
        follow_up_officer_id=follow_up.id, case_id=case_id,
    ))
    notice = db_backend.corrective.notice(db_actor, action.id)
    text = _text(notice.pdf)
    assert "홍길동 귀하" in text
    assert "관련 직원 주의" in text
    assert follow_up.name in text and "후속 조치 담당" in text
    assert rude.name not in text and "내부 기록" not in text
    assert notice.number == action.number and action.number in text
    assert notice.pdf == db_backend.corrective.notice(db_actor, action.id).pdf  # a reprint


def test_an_action_with_no_complaint_linked_has_no_one_to_notify(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    action = db_backend.corrective.record(db_actor, CorrectiveRequest(
        staff_id=db_agency.officers[1].id, kind=CorrectiveKind.OTHER,
        detail="자체점검에서 응대 지연 확인", follow_up_officer_id=db_agency.officers[0].id,
    ))
    assert not action.can_notify
    with pytest.raises(StateError, match="보낼 곳이 없습니다"):
        db_backend.corrective.notice(db_actor, action.id)


def test_bad_input_changes_nothing(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    base = {"staff_id": db_agency.officers[1].id, "kind": CorrectiveKind.CAUTION,
            "detail": "주의 조치", "follow_up_officer_id": db_agency.officers[0].id}
    with pytest.raises(ValidationError, match="무엇을 확인했고") as err:
        db_backend.corrective.record(db_actor, CorrectiveRequest(**{**base, "detail": ""}))
    assert err.value.field == "detail"
    with pytest.raises(ValidationError, match="주민등록번호"):
        db_backend.corrective.record(
            db_actor, CorrectiveRequest(**{**base, "detail": "민원인 900101-1234567 확인"})
        )
    with pytest.raises(ValidationError, match="지금 근무하는 직원") as err:
        db_backend.corrective.record(
            db_actor, CorrectiveRequest(**{**base, "follow_up_officer_id": db_agency.inactive.id})
        )
    assert err.value.field == "follow_up"
    assert db_backend.corrective.actions(auditor(db_backend)) == []
