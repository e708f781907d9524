"""A phone memo's messages to its caller, written in the transaction of the step that
calls for them: the message was passed on (to whom, and the callback by when), the memo
was handed to another officer, the caller was answered in writing.

Only a caller who asked for e-mail or a text gets them; ``phone`` and ``none`` get
nothing from the app. As for cases, a step writes at most one message (the row's ``key``:
memo, stage, ordinal, channel), and what goes to a phone names the caller and the memo
number, never the gist.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.notice_templates import NoticeStage, NotifyChannel, fit_text, render
from minwon_desk.domain.privacy import find_resident_number
from minwon_desk.domain.timeutil import format_ko
from minwon_desk.services.notices.outbox import OutboxState
from minwon_desk.store.models import Department, Memo, NoticeOutbox, Staff

_NO_CLOCK = "담당자가 확인하는 대로"  # the charter sets no callback figure


@dataclass(frozen=True, slots=True)
class MemoFacts:
    """What a memo's messages are written from (a memo being saved has no row object)."""

    id: int
    number: str
    caller_name: str
    channel: str
    address: str
    holder_id: int
    taken_at: datetime
    due_at: datetime | None

    @classmethod
    def of(cls, memo: Memo) -> MemoFacts:
        return cls(memo.id, memo.number, memo.caller_name, memo.channel, memo.address,
                   memo.holder_id, memo.taken_at, memo.due_at)


def queue_memo_notice(
    session: Session, charter: Charter, memo: MemoFacts, stage: NoticeStage, ordinal: int,
    extra: Mapping[str, str], now: datetime, actor_id: int | None, *, review: bool,
    fresh: bool = False,
) -> NoticeOutbox | None:
    """The stage's message in the outbox; None when the caller asked for none (phone,
    none), gave no address, or this stage already wrote one (``fresh``: the memo is being
    written in this transaction, so it has none yet — not looked for, on the desk's
    busiest write)."""
    if memo.channel not in (NotifyChannel.EMAIL.value, NotifyChannel.SMS.value):
        return None
    channel = NotifyChannel(memo.channel)
    if not memo.address:
        return None
    key = f"memo:{memo.id}:{stage.value}:{ordinal}:{channel.value}"
    if not fresh and session.scalar(select(NoticeOutbox.id).where(NoticeOutbox.key == key)):
        return None
    template = charter.notices[stage]
    values = {**memo_values(session, charter, memo), **extra}
    subject = render(template.subject, values)
    if channel is NotifyChannel.SMS:
        body = fit_text(render(template.sms, values))
    else:
        body = render(template.email, values)
    if find_resident_number(body) or find_resident_number(subject):
        review = True  # never sent as written: the person sees it and takes it out
    row = NoticeOutbox(
        key=key, case_id=None, memo_id=memo.id, stage=stage.value, ordinal=ordinal,
        channel=channel.value, recipient=memo.address, subject=subject[:300], body=body,
        attach="", state=(OutboxState.DRAFT if review else OutboxState.WAITING).value,
        attempts=0, next_try_at=now, created_at=now, created_by_id=actor_id, claimed_by="",
        last_error="",
    )
    session.add(row)
    return row


def memo_values(session: Session, charter: Charter, memo: MemoFacts) -> dict[str, str]:
    """The caller, the memo, and the officer who holds it (시행령 §31: department, name,
    contact) — the deputy's when the memo went to them."""
    found = session.execute(
        select(Staff, Department.name).join(Department, Department.id == Staff.department_id)
        .where(Staff.id == memo.holder_id)
    ).first()
    staff, department = (found[0], found[1]) if found is not None else (None, "")
    docs = charter.documents
    phone = docs.officer_phone(staff.extension) if staff is not None else ""
    return {
        "name": memo.caller_name or "고객", "memo_number": memo.number,
        "taken_at": format_ko(memo.taken_at), "agency": docs.agency_name,
        "officer": f"{staff.name} {staff.position}".strip() if staff is not None else "민원실",
        "department": department,
        "officer_phone": phone or docs.contact_line,
        "officer_email": staff.email if staff is not None and staff.email else "-",
        "contact_line": docs.contact_line,
        "callback_at": format_ko(memo.due_at) if memo.due_at is not None else _NO_CLOCK,
    }
