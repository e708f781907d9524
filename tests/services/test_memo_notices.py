"""A phone memo's caller who asked for e-mail or a text is told, really: the message was
passed on (to whom, with their contact, and the callback by when), the memo went to
another officer, and the answer itself — through the same outbox and templates as a
case's notices, to a real SMTP server on loopback or the text folder. A caller who asked
for a call or for nothing gets no message."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.errors import PermissionDenied, ValidationError
from minwon_desk.domain.memos import Outcome
from minwon_desk.domain.notice_templates import NoticeStage
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, MemoRequest
from minwon_desk.services.events import MemoChanged
from minwon_desk.services.notices.config import NoticeConfig
from minwon_desk.services.notices.memo_outbox import MemoFacts
from minwon_desk.services.notices.outbox import OutboxState
from minwon_desk.store.models import Memo, NoticeOutbox
from tests.support.mail_server import Inbox, receiving
from tests.support.seed import SmallAgency, actor_for

pytestmark = pytest.mark.pg

FROM = "민원실 <minwon@test.go.kr>"
GIST = "창업 지원사업 신청 서류 문의"


@pytest.fixture
def inbox() -> Iterator[Inbox]:
    with receiving() as (box, port):
        box.port = port  # type: ignore[attr-defined]
        yield box


def _mail(backend: Backend, inbox: Inbox) -> None:
    backend.notices.config = NoticeConfig(  # type: ignore[attr-defined]
        smtp_host="127.0.0.1", smtp_port=inbox.port, smtp_security="none",  # type: ignore[attr-defined]
        mail_from=FROM, smtp_timeout_s=5)


def _memo(asked_for_id: int | None, **kwargs: Any) -> MemoRequest:
    fields: dict[str, Any] = {
        "caller_name": "홍길동", "phone": "010-1234-5678", "gist": GIST,
        "asked_for_id": asked_for_id, "channel": "email", "address": "hong@example.com",
    }
    fields.update(kwargs)
    return MemoRequest(**fields)


def _at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SEOUL)


def _body(message: Any) -> str:
    return str(message.get_body().get_content())


def test_the_caller_is_told_by_email_who_has_the_message_and_when_they_will_call(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, inbox: Inbox
) -> None:
    _mail(db_backend, inbox)
    kim = db_agency.officers[0]
    memo = db_backend.memos.take(db_actor, _memo(kim.id))
    [waiting] = db_backend.notices.for_memo(memo.id)
    assert waiting.state is OutboxState.WAITING and waiting.label == "이메일 메모 전달 안내"
    assert (waiting.memo_id, waiting.case_id, waiting.number) == (memo.id, None, memo.number)

    report = db_backend.notices.send_due(db_actor)

    assert (report.sent, report.failed) == (1, ())
    [mail] = inbox.messages
    assert inbox.envelopes[0][1] == ["hong@example.com"]
    assert mail["Subject"] == f"[중소벤처기업부] 전화메모 전달 안내 ({memo.number})"
    body = _body(mail)
    assert "홍길동 님" in body and memo.number in body
    assert "2026년 7월 2일(목) 10:00" in body  # when they called
    assert "2026년 7월 2일(목) 14:00까지" in body  # the callback, 3 working hours later
    # 시행령 §31: the officer's department, name and contact.
    assert "혁신행정담당관 김민준 사무관" in body and "044-204-" in body
    assert GIST not in body  # what the call was about stays in the memo
    [sent] = db_backend.notices.for_memo(memo.id)
    assert sent.state is OutboxState.SENT and sent.attempts == 1


def test_a_text_names_the_caller_and_the_memo_number_only(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, tmp_path: Path
) -> None:
    folder = tmp_path / "sms"
    db_backend.notices.config = NoticeConfig(sms_provider="folder", sms_folder=str(folder))
    memo = db_backend.memos.take(db_actor, _memo(db_agency.officers[0].id, channel="sms",
                                                 address="", phone="010 1234 5678"))
    assert memo.address == "010-1234-5678"
    assert db_backend.notices.send_due(db_actor).sent == 1
    [file] = folder.iterdir()
    text = file.read_text(encoding="utf-8")
    assert "010-1234-5678" in text and "홍길동 님" in text and memo.number in text
    assert "김민준" in text and "14:00" in text
    assert GIST not in text and "창업" not in text


@pytest.mark.parametrize("channel", ["phone", "none"])
def test_a_caller_who_asked_for_a_call_or_for_nothing_gets_no_message(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, channel: str
) -> None:
    memo = db_backend.memos.take(db_actor, _memo(db_agency.officers[0].id, channel=channel,
                                                 address=""))
    assert memo.channel == channel
    assert db_backend.notices.for_memo(memo.id) == []


def test_nothing_wanted_means_no_callback_clock_and_no_number_needed(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    memo = db_backend.memos.take(db_actor, _memo(db_agency.officers[0].id, channel="none",
                                                 address="", phone=""))
    assert (memo.channel, memo.due_at, memo.warn_at, memo.caller_phone) == ("none", None, None, "")
    # Nothing to answer in writing; it ends when the officer has read it.
    with pytest.raises(ValidationError):
        db_backend.memos.record_attempt(db_actor, memo.id, Outcome.ANSWERED_EMAIL)
    closed = db_backend.memos.close(actor_for(db_backend, db_agency.officers[0]), memo.id,
                                    "전달받음")
    assert closed.state == "closed"


@pytest.mark.parametrize(("changes", "says"), [
    ({"channel": "email", "address": "hong@example"}, "이메일 주소가 아닙니다"),
    ({"channel": "email", "address": "hong@@example.com"}, "이메일 주소가 아닙니다"),
    ({"channel": "sms", "address": "02-123-4567"}, "휴대전화 번호가 아니라"),
    ({"channel": "sms", "address": "010-12"}, "알아볼 수 없습니다"),
    ({"channel": "fax"}, "회신 방법 'fax'"),
])
def test_an_address_that_is_not_one_is_refused_and_nothing_is_written(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, changes: dict[str, Any],
    says: str,
) -> None:
    with pytest.raises(ValidationError) as refused:
        db_backend.memos.take(db_actor, _memo(db_agency.officers[0].id, **changes))
    assert says in refused.value.message
    with db_backend.db.read() as session:
        assert session.scalars(select(NoticeOutbox)).all() == []
        assert session.scalars(select(Memo)).all() == []


def test_the_deputy_is_named_when_the_officer_is_away_and_each_handing_on_is_told(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, inbox: Inbox
) -> None:
    _mail(db_backend, inbox)
    kim, lee, park = db_agency.officers[0], db_agency.officers[1], db_agency.officers[2]
    db_backend.absences.add(db_actor, staff_id=kim.id, kind=AbsenceKind.TRIP,
                            starts_at=_at(7, 2, 9), ends_at=_at(7, 3, 18), deputy_id=lee.id)
    memo = db_backend.memos.take(db_actor, _memo(kim.id))
    assert memo.holder_id == lee.id
    db_backend.memos.transfer(actor_for(db_backend, lee), memo.id, park.id, "소관이 달라 넘깁니다.")
    assert db_backend.notices.send_due(db_actor).sent == 2
    received, handed = inbox.messages
    assert "창업정책과 이서연 주무관" in _body(received)  # the deputy who has it
    assert handed["Subject"] == f"[중소벤처기업부] 전화메모 담당자 변경 안내 ({memo.number})"
    assert "박지호 서기관" in _body(handed) and "소관이 달라" not in _body(handed)
    stages = [(n.stage, n.ordinal) for n in db_backend.notices.for_memo(memo.id)]
    assert stages[0] == (NoticeStage.MEMO_RECEIVED, 1)
    assert stages[1][0] is NoticeStage.MEMO_HANDED


def test_an_answer_by_email_goes_to_the_caller_with_what_the_officer_wrote(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, inbox: Inbox, fake_clock: Any
) -> None:
    _mail(db_backend, inbox)
    kim = actor_for(db_backend, db_agency.officers[0])
    memo = db_backend.memos.take(db_actor, _memo(kim.staff_id))
    fake_clock.advance(hours=1)
    db_backend.memos.record_attempt(kim, memo.id, Outcome.NO_ANSWER)  # nothing written
    db_backend.memos.record_attempt(kim, memo.id, Outcome.ANSWERED_EMAIL,
                                    "신청서와 사업계획서 두 가지를 내시면 됩니다.")
    labels = [n.label for n in db_backend.notices.for_memo(memo.id)]
    assert labels == ["이메일 메모 전달 안내", "이메일 메모 답변"]
    assert db_backend.notices.send_due(kim).sent == 2
    answer = inbox.messages[-1]
    assert answer["Subject"] == f"[중소벤처기업부] 전화메모 답변 ({memo.number})"
    assert "신청서와 사업계획서 두 가지를 내시면 됩니다." in _body(answer)
    assert db_backend.memos.get(memo.id).state == "closed"


def test_one_message_per_memo_stage_and_channel(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    memo = db_backend.memos.take(db_actor, _memo(db_agency.officers[0].id))
    with db_backend.db.transaction() as session:
        row = session.get(Memo, memo.id)
        assert row is not None
        again = db_backend.notices.queue_memo(session, MemoFacts.of(row),
                                              NoticeStage.MEMO_RECEIVED, 1, {},
                                              db_backend.clock(), db_actor)
    assert again is False
    assert len(db_backend.notices.for_memo(memo.id)) == 1


def test_the_counter_sees_the_message_first_and_may_edit_or_hold_it(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, inbox: Inbox
) -> None:
    _mail(db_backend, inbox)
    db_backend.notices.review_first = True
    seen: list[MemoChanged] = []
    db_backend.events.subscribe(MemoChanged, seen.append)
    kim, lee = db_agency.officers[0], db_agency.officers[1]
    first = db_backend.memos.take(db_actor, _memo(kim.id))
    [draft] = db_backend.notices.for_memo(first.id)
    assert draft.state is OutboxState.DRAFT
    assert db_backend.notices.send_due(db_actor).tried == 0  # not before it is confirmed
    # Another officer, neither the holder nor the desk that took it, may not decide.
    with pytest.raises(PermissionDenied):
        db_backend.notices.confirm(actor_for(db_backend, lee), draft.id, draft.subject, "x")
    edited = draft.body.replace("급한 일이면", "급하시면")
    confirmed = db_backend.notices.confirm(db_actor, draft.id, draft.subject, edited)
    assert confirmed.state is OutboxState.WAITING
    assert seen[-1].change == "notice" and seen[-1].memo_id == first.id
    second = db_backend.memos.take(db_actor, _memo(kim.id, caller_name="김영희"))
    [held] = db_backend.notices.for_memo(second.id)
    # The holder may decide too: this one is not sent.
    assert db_backend.notices.cancel(actor_for(db_backend, kim), held.id).state is OutboxState.CANCELLED
    assert db_backend.notices.send_due(db_actor).sent == 1
    [mail] = inbox.messages
    assert "급하시면" in _body(mail) and "홍길동" in _body(mail)
