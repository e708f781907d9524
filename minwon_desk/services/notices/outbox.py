"""The outbox's rows: written in the transaction of the stage that calls for them, read
for the case history and the outbox list, and moved through their states by the sender.

A stage writes at most one message per channel (the row's ``key``), so a stage done twice
or replayed never writes a second. The officer confirms a draft (perhaps edited) or
cancels it; the sender claims a waiting row in its own transaction before sending it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.notice_templates import (
    NoticeStage,
    NotifyChannel,
    fit_text,
    render,
)
from minwon_desk.domain.privacy import find_resident_number, mask_phone
from minwon_desk.domain.timeutil import format_moment, to_seoul
from minwon_desk.store.models import Case, Department, Memo, NoticeOutbox, Staff

# After the first, second and third failed try; the fourth failure is final.
RETRY_AFTER: tuple[timedelta, ...] = (
    timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30),
)
# A row claimed this long ago by a process that never reported back: that process died
# mid-send. Whether the message left is unknown, so it is not sent again on its own.
STALE_SENDING = timedelta(minutes=10)
POST_INSTEAD = QT_TRANSLATE_NOOP("NoticeView", "인쇄해 우편으로 보내거나 전화로 알려 주세요.")
# A phone memo has no letter to print: its caller is rung back instead.
CALL_INSTEAD = QT_TRANSLATE_NOOP("NoticeView", "전화하신 분께 전화로 알려 주세요.")


class OutboxState(StrEnum):
    DRAFT = "draft"
    WAITING = "waiting"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def label_ko(self) -> str:
        return _STATE_LABELS[self.value]

    @property
    def label(self) -> str:
        """The label in the desk's language, for the window and messages."""
        return translate("OutboxState", _STATE_LABELS[self.value])


_STATE_LABELS = {
    "draft": QT_TRANSLATE_NOOP("OutboxState", "확인 대기"),
    "waiting": QT_TRANSLATE_NOOP("OutboxState", "보낼 예정"),
    "sending": QT_TRANSLATE_NOOP("OutboxState", "보내는 중"),
    "sent": QT_TRANSLATE_NOOP("OutboxState", "보냄"),
    "failed": QT_TRANSLATE_NOOP("OutboxState", "실패"),
    "cancelled": QT_TRANSLATE_NOOP("OutboxState", "보내지 않음"),
}


@dataclass(frozen=True, slots=True)
class NoticeView:
    """``case_number`` is the number of the record the notice belongs to: the case's, or
    the memo's for a memo's notice (``memo_id`` set, ``case_id`` None)."""

    id: int
    case_id: int | None
    case_number: str
    stage: NoticeStage
    ordinal: int
    channel: NotifyChannel
    recipient: str
    subject: str
    body: str
    attach: str
    state: OutboxState
    attempts: int
    next_try_at: datetime | None
    created_at: datetime
    sent_at: datetime | None
    last_error: str
    memo_id: int | None = None

    @property
    def number(self) -> str:
        return self.case_number

    @property
    def label(self) -> str:
        """'이메일 접수 안내' — what the history shows, in the desk's language."""
        return translate("NoticeView", "{channel} {stage}").format(
            channel=self.channel.label, stage=self.stage.label)

    @property
    def masked_recipient(self) -> str:
        if self.channel is NotifyChannel.SMS:
            return mask_phone(self.recipient)
        local, _at, domain = self.recipient.partition("@")
        return f"{local[:2]}***@{domain}"

    @property
    def instead(self) -> str:
        """How to tell the person when the message cannot go, in the desk's language."""
        return translate("NoticeView", CALL_INSTEAD if self.memo_id is not None else POST_INSTEAD)

    @property
    def advice(self) -> str:
        """What the officer does now, for a failure (empty otherwise), in the desk's
        language; the server's own answer as it gave it."""
        if self.state is OutboxState.FAILED:
            return f"{self.last_error} — {self.instead}"
        if self.state is OutboxState.WAITING and self.attempts:
            when = format_moment(self.next_try_at) if self.next_try_at else ""
            return translate("NoticeView", "{error} — {when}에 다시 보냅니다.").format(
                error=self.last_error, when=when)
        return ""


# The document an e-mail of the stage carries: the reply letter, or the transfer notice.
_ATTACHED = {NoticeStage.ANSWERED: "reply", NoticeStage.TRANSFERRED: "transfer"}


@dataclass(frozen=True, slots=True)
class Written:
    """A stage's message as its template writes it, before it is stored."""

    channel: NotifyChannel
    recipient: str
    subject: str
    body: str
    attach: str


def write_case_notice(
    session: Session, charter: Charter, case: Case, stage: NoticeStage,
    extra: Mapping[str, str],
) -> Written | None:
    """The stage's message for the way the petitioner asked to hear; None for a call, no
    notice, or no address to send to."""
    channel = NotifyChannel(case.notify or "phone")
    if not channel.sends:
        return None
    recipient = case.notify_email if channel is NotifyChannel.EMAIL else case.notify_mobile
    if not recipient:
        return None
    template = charter.notices[stage]
    values = {**case_values(session, charter, case), **extra}
    if channel is NotifyChannel.SMS:
        subject, body = render(template.subject, values), fit_text(render(template.sms, values))
    else:
        subject, body = render(template.subject, values), render(template.email, values)
    attach = _ATTACHED.get(stage, "") if channel is NotifyChannel.EMAIL else ""
    return Written(channel, recipient, subject[:300], body, attach)


def queue_case_notice(
    session: Session, charter: Charter, case: Case, stage: NoticeStage, ordinal: int,
    extra: Mapping[str, str], now: datetime, actor_id: int | None, *, review: bool,
    reviewed: tuple[str, str] | None = None,
) -> NoticeOutbox | None:
    """Write the stage's message in the outbox, in the caller's transaction; None when
    the petitioner asked for no message (phone, none) or this stage already wrote one.
    ``reviewed``: (subject, body) the officer already saw and edited; it waits to go."""
    written = write_case_notice(session, charter, case, stage, extra)
    if written is None:
        return None
    key = f"case:{case.id}:{stage.value}:{ordinal}:{written.channel.value}"
    if session.scalar(select(NoticeOutbox.id).where(NoticeOutbox.key == key)) is not None:
        return None
    subject, body = written.subject, written.body
    if reviewed is not None:
        subject, body = reviewed[0] or written.subject, reviewed[1]
        review = False
    elif find_resident_number(body) or find_resident_number(subject):
        # Never sent as written: the officer sees it as a draft and must take it out.
        review = True
    row = NoticeOutbox(
        key=key, case_id=case.id, stage=stage.value, ordinal=ordinal,
        channel=written.channel.value, recipient=written.recipient, subject=subject[:300],
        body=body, attach=written.attach,
        state=(OutboxState.DRAFT if review else OutboxState.WAITING).value, attempts=0,
        next_try_at=now, created_at=now, created_by_id=actor_id, claimed_by="", last_error="",
    )
    session.add(row)
    return row


def case_values(session: Session, charter: Charter, case: Case) -> dict[str, str]:
    """The placeholders every stage shares: the petitioner, the case and the officer
    (시행령 §31: department, name, contact)."""
    staff = session.get(Staff, case.officer_id) if case.officer_id is not None else None
    dept = session.get(Department, staff.department_id) if staff is not None else None
    docs = charter.documents
    phone = docs.officer_phone(staff.extension) if staff is not None else ""
    return {
        "name": case.petitioner_name or "민원인", "case_number": case.number,
        "subject": case.subject, "agency": docs.agency_name,
        "officer": f"{staff.name} {staff.position}".strip() if staff is not None else "민원실",
        "department": dept.name if dept is not None else "",
        "officer_phone": phone or docs.contact_line,
        "officer_email": staff.email if staff is not None and staff.email else "-",
        "contact_line": docs.contact_line,
    }


def views(conn: Connection, *, case_id: int | None = None, memo_id: int | None = None,
          states: tuple[str, ...] = (), limit: int | None = None) -> list[NoticeView]:
    number = func.coalesce(Case.number, Memo.number, "")
    query = (
        select(NoticeOutbox, number)
        .outerjoin(Case, Case.id == NoticeOutbox.case_id)
        .outerjoin(Memo, Memo.id == NoticeOutbox.memo_id)
        .order_by(NoticeOutbox.created_at, NoticeOutbox.id)
    )
    if case_id is not None:
        query = query.where(NoticeOutbox.case_id == case_id)
    if memo_id is not None:
        query = query.where(NoticeOutbox.memo_id == memo_id)
    if states:
        query = query.where(NoticeOutbox.state.in_(states))
    if limit is not None:
        query = query.limit(limit)
    with Session(bind=conn) as session:
        return [view_of(row, number) for row, number in session.execute(query).all()]


def view_of(row: NoticeOutbox, number: str) -> NoticeView:
    return NoticeView(
        id=row.id, case_id=row.case_id, case_number=number, stage=NoticeStage(row.stage),
        ordinal=row.ordinal, channel=NotifyChannel(row.channel), recipient=row.recipient,
        subject=row.subject, body=row.body, attach=row.attach, state=OutboxState(row.state),
        attempts=row.attempts,
        next_try_at=to_seoul(row.next_try_at) if row.next_try_at else None,
        created_at=to_seoul(row.created_at),
        sent_at=to_seoul(row.sent_at) if row.sent_at else None, last_error=row.last_error,
        memo_id=row.memo_id,
    )
