"""Notices really sent: each stage of a case writes its message from the charter into
the outbox, and the sender delivers it to a real SMTP server on loopback (or the text
folder), retrying with back-off, never twice, and saying what to do when it fails."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest, ExtensionRequest, InterimRequest
from minwon_desk.services.dto import Actor
from minwon_desk.services.notices.config import NoticeConfig
from minwon_desk.services.notices.outbox import OutboxState
from tests.support.mail_server import Inbox, Logins, free_port, receiving, self_signed, start
from tests.support.seed import SmallAgency, actor_for

pytestmark = pytest.mark.pg

FROM = "민원실 <minwon@test.go.kr>"


@pytest.fixture
def inbox() -> Iterator[Inbox]:
    with receiving() as (box, port):
        box.port = port  # type: ignore[attr-defined]
        yield box


def _config(port: int, **kwargs: Any) -> NoticeConfig:
    return NoticeConfig(smtp_host="127.0.0.1", smtp_port=port, smtp_security="none",
                        mail_from=FROM, smtp_timeout_s=5, **kwargs)


def _case(officer_id: int, **kwargs: Any) -> CaseRequest:
    fields: dict[str, Any] = {
        "case_type": "질의-제도", "channel": "우편", "subject": "창업 지원사업 신청 자격 문의",
        "content": "예비창업자도 신청할 수 있는지 알고 싶습니다.", "petitioner_name": "홍길동",
        "officer_id": officer_id, "notify": "email", "notify_email": "hong@example.com",
    }
    fields.update(kwargs)
    return CaseRequest(**fields)


def _at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SEOUL)


@pytest.fixture
def kim(db_backend: Backend, db_agency: SmallAgency) -> Actor:
    return actor_for(db_backend, db_agency.officers[0])


def test_the_receipt_notice_arrives_by_email_with_the_officer_named(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, kim: Actor, inbox: Inbox
) -> None:
    db_backend.notices.config = _config(inbox.port)  # type: ignore[attr-defined]
    case = db_backend.cases.open(db_actor, _case(db_agency.officers[0].id))
    [waiting] = db_backend.notices.for_case(case.id)
    assert waiting.state is OutboxState.WAITING and waiting.label == "이메일 접수 안내"

    report = db_backend.notices.send_due(kim)

    assert (report.sent, report.failed) == (1, ())
    [mail] = inbox.messages
    assert inbox.envelopes[0][1] == ["hong@example.com"]
    assert mail["To"] == "hong@example.com" and "minwon@test.go.kr" in mail["From"]
    assert mail["From"].addresses[0].display_name == "민원실"
    assert mail["Subject"] == f"[중소벤처기업부] 민원 접수 안내 ({case.number})"
    body = mail.get_body().get_content()  # type: ignore[union-attr]
    assert "홍길동 님" in body and case.number in body
    assert "2026년 7월 10일(금) 18:00" in body  # the expected date
    # 시행령 §31: the officer's department, name and contact.
    assert "혁신행정담당관 김민준 사무관" in body and "044-204-" in body
    detail = db_backend.cases.detail(case.id)
    [sent] = detail.notices
    assert sent.state is OutboxState.SENT and sent.attempts == 1 and detail.notify == "email"


def test_the_answer_goes_with_the_reply_letter_attached(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, kim: Actor, inbox: Inbox
) -> None:
    db_backend.notices.config = _config(inbox.port)  # type: ignore[attr-defined]
    case = db_backend.cases.open(db_actor, _case(db_agency.officers[0].id))
    db_backend.cases.answer(kim, case.id, "예비창업자도 신청할 수 있습니다.")
    assert db_backend.notices.send_due(kim).sent == 2
    reply = inbox.messages[-1]
    assert reply["Subject"] == f"[중소벤처기업부] 민원 회신 ({case.number})"
    [pdf] = list(reply.iter_attachments())
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_filename() == f"{case.number}_회신문.pdf"
    data = pdf.get_content()
    assert data.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(__import__("io").BytesIO(data)).pages)
    assert "예비창업자도 신청할 수 있습니다" in text


def test_a_transfer_tells_the_petitioner_where_it_went_with_the_notice_attached(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, kim: Actor, inbox: Inbox
) -> None:
    db_backend.notices.config = _config(inbox.port)  # type: ignore[attr-defined]
    case = db_backend.cases.open(db_actor, _case(db_agency.officers[0].id))
    db_backend.cases.transfer_out(kim, case.id, agency="고용노동부", reason="근로감독 소관입니다.")
    assert db_backend.notices.send_due(kim).sent == 2
    moved = inbox.messages[-1]
    assert moved["Subject"] == f"[중소벤처기업부] 민원 이송 안내 ({case.number})"
    body = moved.get_body().get_content()  # type: ignore[union-attr]
    assert "고용노동부 소관이어서" in body and "이송한 기관: 고용노동부" in body
    assert "근로감독 소관입니다." in body
    [pdf] = list(moved.iter_attachments())
    assert pdf.get_filename() == f"{case.number}_이송통지.pdf"
    text = "".join(page.extract_text()
                   for page in PdfReader(__import__("io").BytesIO(pdf.get_content())).pages)
    assert "민원 이송 안내" in text and "고용노동부" in text


def test_the_petitioner_hears_who_handles_it_and_what_material_is_missing(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, kim: Actor, inbox: Inbox
) -> None:
    db_backend.notices.config = _config(inbox.port)  # type: ignore[attr-defined]
    case = db_backend.cases.open(db_actor, _case(None))  # the desk assigns it afterwards
    db_backend.cases.assign(db_actor, case.id, db_agency.officers[0].id)
    db_backend.cases.pause(kim, case.id, "사업자등록증 사본")
    assert db_backend.notices.send_due(kim).sent == 3
    _received, assigned, material = inbox.messages
    assert assigned["Subject"] == f"[중소벤처기업부] 민원 담당자 안내 ({case.number})"
    assert "혁신행정담당관 김민준 사무관" in assigned.get_body().get_content()  # type: ignore[union-attr]
    body = material.get_body().get_content()  # type: ignore[union-attr]
    assert material["Subject"] == f"[중소벤처기업부] 민원 보완 요청 ({case.number})"
    assert "보완할 내용: 사업자등록증 사본" in body and "멈춰 있으며" in body


def test_a_site_visit_plan_reaches_the_customer(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, kim: Actor, inbox: Inbox
) -> None:
    from minwon_desk.services.cases.site_visits import SiteVisitPlan

    db_backend.notices.config = _config(inbox.port)  # type: ignore[attr-defined]
    case = db_backend.cases.open(db_actor, _case(db_agency.officers[0].id))
    db_backend.site_visits.plan(kim, SiteVisitPlan(
        case_id=case.id, visit_at=_at(7, 9, 14), place="안산 공장", agenda="보완 서류 확인",
        agreed_how="7/2 전화로 협의", member_ids=(db_agency.officers[0].id,)))
    assert db_backend.notices.send_due(kim).sent == 2
    visit = inbox.messages[-1]
    assert visit["Subject"] == f"[중소벤처기업부] 현장 방문 안내 ({case.number})"
    body = visit.get_body().get_content()  # type: ignore[union-attr]
    assert "방문 일시: 2026년 7월 9일(목) 14:00" in body and "장소: 안산 공장" in body
    assert "방문 인원: 1명" in body and "협의할 내용: 보완 서류 확인" in body


def test_extension_and_interim_notices_say_the_reason_and_the_new_date(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, kim: Actor, inbox: Inbox
) -> None:
    db_backend.notices.config = _config(inbox.port)  # type: ignore[attr-defined]
    case = db_backend.cases.open(db_actor, _case(db_agency.officers[0].id))
    db_backend.cases.extend(kim, case.id, ExtensionRequest(date(2026, 7, 15), "관계 기관 의견 조회"))
    db_backend.cases.send_interim(kim, case.id, InterimRequest("의견 회신을 기다리고 있습니다.",
                                                              date(2026, 7, 14)))
    assert db_backend.notices.send_due(kim).sent == 3
    extension, interim = (m.get_body().get_content() for m in inbox.messages[1:])  # type: ignore[union-attr]
    assert "관계 기관 의견 조회" in extension and "2026년 7월 15일(수) 18:00" in extension
    assert "의견 회신을 기다리고 있습니다." in interim and "2026년 7월 14일(화)" in interim


def test_a_stage_writes_its_notice_once(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, kim: Actor, inbox: Inbox
) -> None:
    from minwon_desk.domain.notice_templates import NoticeStage
    from minwon_desk.store.models import Case

    case = db_backend.cases.open(db_actor, _case(db_agency.officers[0].id))
    with db_backend.db.write(kim) as (session, _staff):
        row = session.get(Case, case.id)
        assert row is not None
        again = db_backend.notices.queue(session, row, NoticeStage.RECEIVED, 1, {
            "received_at": "", "expected_at": ""}, db_backend.clock(), kim)
    assert again is False
    assert len(db_backend.notices.for_case(case.id)) == 1


def test_a_refusing_server_leaves_a_failure_with_its_answer_and_what_to_do(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, kim: Actor, inbox: Inbox
) -> None:
    db_backend.notices.config = _config(inbox.port)  # type: ignore[attr-defined]
    inbox.refuse.add("nobody@example.com")
    case = db_backend.cases.open(db_actor, _case(db_agency.officers[0].id,
                                                 notify_email="nobody@example.com"))
    report = db_backend.notices.send_due(kim)
    [failed] = report.failed
    assert failed.state is OutboxState.FAILED and failed.attempts == 1
    assert failed.last_error.startswith("550 5.1.1")
    assert "인쇄해 우편으로 보내" in failed.advice
    assert inbox.messages == []
    # Not tried again on its own; the officer may try again once the address is right.
    assert db_backend.notices.send_due(kim).tried == 0
    assert db_backend.notices.retry(kim, failed.id).state is OutboxState.WAITING
    assert db_backend.cases.detail(case.id).notices[0].state is OutboxState.WAITING


def test_a_server_that_is_down_is_tried_again_after_1_5_and_30_minutes_then_failed(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, kim: Actor, fake_clock: Any
) -> None:
    db_backend.notices.config = _config(free_port())
    db_backend.cases.open(db_actor, _case(db_agency.officers[0].id))
    start_at = fake_clock()
    for waited, attempt in ((0, 1), (1, 2), (5, 3)):
        fake_clock.advance(minutes=waited)
        report = db_backend.notices.send_due(kim)
        assert report.retrying == 1
        [view] = db_backend.notices.listing(kim, "waiting")
        assert view.attempts == attempt and "연결할 수 없습니다" in view.last_error
        # Not due yet: nothing is tried a moment later.
        fake_clock.advance(seconds=30)
        assert db_backend.notices.send_due(kim).tried == 0
        fake_clock.advance(seconds=-30)
    assert view.next_try_at == start_at + timedelta(minutes=1 + 5 + 30)
    fake_clock.advance(minutes=30)
    [failed] = db_backend.notices.send_due(kim).failed
    assert failed.attempts == 4 and "인쇄해 우편으로" in failed.advice


def test_starttls_and_login(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, kim: Actor, tmp_path: Path
) -> None:
    pair = self_signed(tmp_path)
    if pair is None:
        pytest.skip("openssl is not installed")
    cert, key = pair
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    box, logins = Inbox(), Logins("minwon", "s3cret-pass")
    controller = start(box, tls_context=context, require_starttls=True, authenticator=logins)
    try:
        good = replace(_config(controller.port), smtp_security="starttls", smtp_user="minwon",
                       smtp_password="s3cret-pass", smtp_ca_file=str(cert))
        db_backend.notices.config = good
        db_backend.cases.open(db_actor, _case(db_agency.officers[0].id))
        assert db_backend.notices.send_due(kim).sent == 1
        assert len(box.messages) == 1 and logins.tried
        db_backend.notices.config = replace(good, smtp_password="wrong")
        db_backend.cases.open(db_actor, _case(db_agency.officers[0].id, subject="다른 문의"))
        report = db_backend.notices.send_due(kim)
        assert report.failed, db_backend.notices.listing(kim)
        [failed] = report.failed
        assert "로그인이 거절" in failed.last_error and "535" in failed.last_error
    finally:
        controller.stop()


def test_the_officer_sees_edits_and_confirms_before_it_goes(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, kim: Actor, inbox: Inbox
) -> None:
    db_backend.notices.config = _config(inbox.port)  # type: ignore[attr-defined]
    db_backend.notices.review_first = True
    case = db_backend.cases.open(db_actor, _case(db_agency.officers[0].id))
    [draft] = db_backend.notices.for_case(case.id)
    assert draft.state is OutboxState.DRAFT
    assert db_backend.notices.send_due(kim).tried == 0  # a draft waits for the officer
    with pytest.raises(ValidationError, match="주민등록번호"):
        db_backend.notices.confirm(kim, draft.id, draft.subject, draft.body + "\n900101-1234567")
    db_backend.notices.confirm(kim, draft.id, draft.subject, draft.body + "\n추신: 서류를 준비해 주세요.")
    assert db_backend.notices.send_due(kim).sent == 1
    assert "추신: 서류를 준비해 주세요." in inbox.messages[0].get_body().get_content()  # type: ignore[union-attr]
    db_backend.cases.answer(kim, case.id, "회신합니다.")
    answer = db_backend.notices.for_case(case.id)[-1]
    assert db_backend.notices.cancel(kim, answer.id).state is OutboxState.CANCELLED
    assert db_backend.notices.send_due(kim).tried == 0


def test_texts_go_to_the_folder_with_name_and_number_only(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, kim: Actor, tmp_path: Path
) -> None:
    folder = tmp_path / "sms"
    db_backend.notices.config = NoticeConfig(sms_provider="folder", sms_folder=str(folder))
    case = db_backend.cases.open(db_actor, _case(db_agency.officers[0].id, notify="sms",
                                                 notify_mobile="010 1234 5678"))
    assert db_backend.cases.detail(case.id).notify_mobile == "010-1234-5678"
    assert db_backend.notices.send_due(kim).sent == 1
    [file] = folder.iterdir()
    text = file.read_text(encoding="utf-8")
    assert "010-1234-5678" in text and "홍길동 님" in text and case.number in text
    assert "창업 지원사업" not in text  # the subject never goes in a text
    assert "김민준" in text


@pytest.mark.parametrize(("fields", "field"), [
    ({"notify": "email", "notify_email": ""}, "notify_email"),
    ({"notify": "email", "notify_email": "hong@@example"}, "notify_email"),
    ({"notify": "sms", "notify_mobile": "02-123-4567"}, "notify_mobile"),
    ({"notify": "fax"}, "notify"),
])
def test_an_address_that_is_not_one_is_refused(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fields: dict[str, str],
    field: str,
) -> None:
    with pytest.raises(ValidationError) as refused:
        db_backend.cases.open(db_actor, _case(db_agency.officers[0].id, **fields))
    assert refused.value.field == field


def _with_roles(backend: Backend, staff_id: int, *roles: Any) -> Actor:
    from sqlalchemy import update

    from minwon_desk.domain.roles import roles_text
    from minwon_desk.store.models import Account

    with backend.db.transaction() as session:
        session.execute(update(Account).where(Account.staff_id == staff_id)
                        .values(roles=roles_text(frozenset(roles))))
    return actor_for(backend, backend.staff.get(staff_id))


def test_sending_is_the_handlers_work_and_the_list_is_for_readers(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    from minwon_desk.domain.errors import PermissionDenied
    from minwon_desk.domain.roles import Role

    db_backend.cases.open(db_actor, _case(db_agency.officers[0].id))
    reception = _with_roles(db_backend, db_agency.officers[1].id, Role.RECEPTION)
    assert len(db_backend.notices.listing(reception)) == 1
    # The counter sends the messages of the memos it takes, never a case's.
    assert db_backend.notices.send_due(reception).tried == 0
    [waiting] = db_backend.notices.listing(reception)
    assert waiting.state is OutboxState.WAITING
    supervisor = _with_roles(db_backend, db_agency.officers[3].id, Role.SUPERVISOR)
    with pytest.raises(PermissionDenied):
        db_backend.notices.send_due(supervisor)
    admin = _with_roles(db_backend, db_agency.officers[2].id, Role.ADMIN)
    with pytest.raises(PermissionDenied):
        db_backend.notices.listing(admin)


def test_a_send_cut_off_by_a_crash_is_never_sent_again_on_its_own(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, kim: Actor, inbox: Inbox,
    fake_clock: Any,
) -> None:
    from sqlalchemy import update

    from minwon_desk.store.models import NoticeOutbox

    db_backend.notices.config = _config(inbox.port)  # type: ignore[attr-defined]
    case = db_backend.cases.open(db_actor, _case(db_agency.officers[0].id))
    # A desk claimed it and was killed before it could say whether the server took it.
    with db_backend.db.transaction() as session:
        session.execute(update(NoticeOutbox).values(
            state="sending", claimed_at=fake_clock(), claimed_by="gone", attempts=1))
    assert db_backend.notices.send_due(kim).tried == 0  # another desk may still be sending
    fake_clock.advance(minutes=11)
    assert db_backend.notices.send_due(kim).tried == 0
    [notice] = db_backend.notices.for_case(case.id)
    assert notice.state is OutboxState.FAILED and "보냈는지 알 수 없습니다" in notice.advice
    assert inbox.messages == []


def test_changing_how_to_hear_applies_to_the_next_stage(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, kim: Actor, tmp_path: Path
) -> None:
    folder = tmp_path / "sms"
    db_backend.notices.config = NoticeConfig(sms_provider="folder", sms_folder=str(folder))
    case = db_backend.cases.open(db_actor, _case(db_agency.officers[0].id, notify="phone"))
    assert db_backend.notices.for_case(case.id) == []  # a call: nothing written
    with pytest.raises(ValidationError):
        db_backend.cases.set_notify(kim, case.id, "sms", mobile="1234")
    detail = db_backend.cases.set_notify(kim, case.id, "sms", mobile="010-5555-6666")
    assert (detail.notify, detail.notify_mobile) == ("sms", "010-5555-6666")
    db_backend.cases.extend(kim, case.id, ExtensionRequest(date(2026, 7, 15), "관계 기관 의견 조회"))
    assert db_backend.notices.send_due(kim).sent == 1
    [text] = folder.iterdir()
    body = text.read_text(encoding="utf-8")
    assert "2026년 7월 15일(수) 18:00까지로 연장" in body
    assert "관계 기관 의견 조회" not in body  # the reason never goes in a text
