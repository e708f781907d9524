"""Opening a case: the registration checked and normalised, a request prefilled from a
phone memo, the receipt number in the register's order, the officer routed (the deputy while
they are away), and the clocks started: the transfer to the officer (1 working hour), the
answer by the type's period, and for a 1357 case the four stage clocks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.cases import (
    MAX_NAME,
    MAX_SUBJECT,
    MAX_TEXT,
    CaseChannel,
    CaseType,
    ClockSpec,
    answer_clock,
    check_attachments,
    check_text,
    interim_clock,
    parse_channel,
    parse_type,
    receipt_number,
    stage_clocks,
    transfer_clock,
)
from minwon_desk.domain.charter import Charter
from minwon_desk.domain.clockstate import warning_point
from minwon_desk.domain.duplicates import WINDOW, CaseKey, likely_duplicate
from minwon_desk.domain.errors import NotFoundError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.notice_templates import (
    NoticeStage,
    NotifyChannel,
    check_email,
    check_mobile,
    parse_notify_channel,
)
from minwon_desk.domain.periods import due
from minwon_desk.domain.recorded_at import check_moment
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import Clock, format_ko, to_seoul
from minwon_desk.services._tx import Database
from minwon_desk.services.calendar import CalendarService
from minwon_desk.services.cases import queries as q
from minwon_desk.services.cases.dto import CaseRequest, CaseView
from minwon_desk.services.cases.records import document_number
from minwon_desk.services.cases.transfer import CaseTransfers
from minwon_desk.services.directory.service import DirectoryService
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import CaseChange, CaseChanged
from minwon_desk.services.registers import next_number
from minwon_desk.services.routing import Deadline, Routing, route
from minwon_desk.store.models import (
    Agency,
    Case,
    CaseDocument,
    CaseEvent,
    CaseStage,
    Memo,
    Staff,
)

CASE_REGISTER = "case"
_CLOCK_SLACK = timedelta(minutes=5)  # desks' clocks drift a little


def _back_dated(req: CaseRequest, received: datetime) -> dict[str, str]:
    """What the audit row keeps of a late record: when, and the reason given."""
    reason = req.back_date_reason.strip()
    return {"received_at": received.isoformat(), "back_date_reason": reason} if reason else {}


@dataclass(frozen=True, slots=True)
class CaseFields:
    """A registration checked and normalised."""

    case_type: CaseType
    channel: CaseChannel
    subject: str
    content: str
    petitioner_name: str
    petitioner_contact: str
    attachments: tuple[str, ...]
    notify: NotifyChannel = NotifyChannel.PHONE
    notify_email: str = ""
    notify_mobile: str = ""


def check_request(req: CaseRequest) -> CaseFields:
    """ValidationError names the field; a resident registration number is refused anywhere."""
    return CaseFields(
        case_type=parse_type(req.case_type),
        channel=parse_channel(req.channel),
        subject=check_text(
            "subject", translate("Cases", "제목"), req.subject, limit=MAX_SUBJECT, required=True,
            empty=translate("Cases", "민원의 제목을 한 줄로 적어 주세요."),
        ),
        content=check_text("content", translate("Cases", "내용"), req.content, limit=MAX_TEXT, required=False),
        petitioner_name=check_text(
            "petitioner_name", translate("Cases", "민원인 이름"), req.petitioner_name, limit=MAX_NAME, required=False
        ),
        petitioner_contact=check_text(
            "petitioner_contact", translate("Cases", "회신 받을 곳"), req.petitioner_contact, limit=200,
            required=False,
        ),
        attachments=check_attachments(req.attachments),
        **notify_fields(req),
    )


def notify_fields(req: CaseRequest) -> dict[str, Any]:
    """How the petitioner wants to hear, and where: an e-mail needs an address, a text a
    mobile number (each checked also when given for later)."""
    channel = parse_notify_channel(req.notify or "phone")
    email = check_email(req.notify_email, "notify_email") if req.notify_email.strip() else ""
    mobile = check_mobile(req.notify_mobile, "notify_mobile") if req.notify_mobile.strip() else ""
    if channel is NotifyChannel.EMAIL and not email:
        raise ValidationError("notify_email", "이메일로 알리려면 이메일 주소를 적어 주세요.")
    if channel is NotifyChannel.SMS and not mobile:
        raise ValidationError("notify_mobile", "문자로 알리려면 휴대전화 번호를 적어 주세요.")
    return {"notify": channel, "notify_email": email, "notify_mobile": mobile}


class CaseOpening(CaseTransfers):
    """Registering a case (``CaseService`` builds on it)."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        charter: Charter,
        calendar: CalendarService,
    ) -> None:
        super().__init__(db, clock, charter, calendar)
        self._directory = DirectoryService(db, clock, charter.working_hours)

    # --- before saving ------------------------------------------------------------------

    def validate(self, req: CaseRequest) -> CaseFields:
        return check_request(req)

    def clock_for(self, case_type: CaseType | str, channel: CaseChannel | str) -> ClockSpec:
        """The answer clock a case of this type and channel gets (for the form's hint)."""
        return answer_clock(self._charter, parse_type(case_type), parse_channel(channel))

    def expected(
        self, case_type: CaseType | str, channel: CaseChannel | str, at: datetime | None = None
    ) -> datetime:
        """The answer deadline of a case received at ``at`` (default now)."""
        spec = self.clock_for(case_type, channel)
        return due(at or self._clock(), spec.period, self._calendar.current())

    def route(self, officer_id: int | None, at: datetime | None = None) -> tuple[int | None, str]:
        """Who handles a case meant for ``officer_id`` (the deputy while they are away),
        and why when it is someone else."""
        routing = self._route_to(officer_id, at or self._clock())
        return (routing.holder.id if routing.holder else None), routing.note

    def request_from_memo(self, memo_id: int) -> CaseRequest:
        """A registration prefilled from a phone memo: the caller, the gist, the officer
        who holds the memo."""
        with self._db.read() as session:
            memo = session.get(Memo, memo_id)
            if memo is None:
                raise NotFoundError(translate("Cases", "전화메모 {memo_id}을(를) 찾을 수 없습니다.").format(memo_id=memo_id))
            contact = memo.address or memo.caller_phone
            first_line = memo.gist.strip().splitlines()[0] if memo.gist.strip() else ""
            return CaseRequest(
                case_type=CaseType.INQUIRY_PROCEDURE.value,
                channel=CaseChannel.PHONE.value,
                subject=first_line[:MAX_SUBJECT],
                content=memo.gist,
                petitioner_name=memo.caller_name,
                petitioner_contact=contact,
                officer_id=memo.holder_id,
                received_at=to_seoul(memo.taken_at),
                memo_id=memo.id,
                # The caller said how they want to hear: the case keeps it.
                notify=memo.channel if memo.channel in ("email", "sms", "none") else "phone",
                notify_email=memo.address if memo.channel == "email" else "",
                notify_mobile=(memo.address or memo.caller_phone) if memo.channel == "sms" else "",
            )

    # --- registering ----------------------------------------------------------------------

    def open(self, actor: Actor, req: CaseRequest) -> CaseView:
        """Register a case and start its clocks. An officer away at the moment of receipt
        is replaced by whoever acts for them; nobody present leaves it unassigned (the
        transfer clock runs until the desk assigns it)."""
        fields = check_request(req)
        now = self._clock()
        received = self._received_at(req.received_at, now, req.back_date_reason)
        calendar = self._calendar.current()
        spec = answer_clock(self._charter, fields.case_type, fields.channel)
        routing = self._route_to(req.officer_id, received)
        with self._db.write(actor, Operation.CASE_REGISTER) as (session, _staff):
            if req.memo_id is not None and session.get(Memo, req.memo_id) is None:
                raise ValidationError("memo", translate(
                    "Cases",
                    "전화메모 {memo_id}을(를) 찾을 수 없습니다.",
                ).format(memo_id=req.memo_id))
            earlier = None
            if req.related_case_id is not None:
                earlier = session.get(Case, req.related_case_id)
                if earlier is None:
                    raise ValidationError("related", q.missing(req.related_case_id))
            case = self._insert(session, actor, fields, req, received, now, spec, routing,
                                calendar)
            if earlier is not None:
                # Both histories say it: whoever opens either case sees the other.
                for one, other in ((case, earlier), (earlier, case)):
                    session.add(CaseEvent(case_id=one.id, at=now, actor_id=actor.staff_id,
                                          kind="related", note=f"같은 민원인·제목의 민원 {other.number}"))
            view = q.one(session.connection(), case.id)
        return view

    def likely_duplicates(self, req: CaseRequest) -> list[CaseView]:
        """Cases that look like ``req`` registered again: the same petitioner and subject,
        received within a day of it. Newest first; empty when none (or ``req`` is not yet
        complete enough to compare)."""
        try:
            received = self._received_at(req.received_at, self._clock(), req.back_date_reason)
        except ValidationError:
            return []  # the registration itself will say what is wrong
        new = CaseKey(req.petitioner_name, req.petitioner_contact, req.subject, received)
        with self._db.read() as session:
            conn = session.connection()
            rows = q.received_between(conn, received - WINDOW, received + WINDOW)
            return [
                q.one(conn, row[0]) for row in rows
                if likely_duplicate(new, CaseKey(row[1], row[2], row[3], to_seoul(row[4])))
            ]

    def _insert(
        self,
        session: Session,
        actor: Actor,
        fields: CaseFields,
        req: CaseRequest,
        received: datetime,
        now: datetime,
        spec: ClockSpec,
        routing: Routing,
        calendar: WorkingCalendar,
    ) -> Case:
        year = to_seoul(received).year
        code = session.scalars(select(Agency.code).order_by(Agency.id).limit(1)).first() or "MW"
        number = receipt_number(code, year, next_number(session, CASE_REGISTER, year))
        due_at = due(received, spec.period, calendar)
        officer = session.get(Staff, routing.holder.id) if routing.holder else None
        case = Case(
            number=number, received_at=received, registered_by_id=actor.staff_id,
            desk=actor.desk, case_type=fields.case_type.value, channel=fields.channel.value,
            petitioner_name=fields.petitioner_name,
            petitioner_contact=fields.petitioner_contact, subject=fields.subject,
            content=fields.content, attachments="\n".join(fields.attachments),
            memo_id=req.memo_id, asked_officer_id=req.officer_id,
            officer_id=officer.id if officer else None,
            department_id=officer.department_id if officer else None,
            routed_note=routing.note,
            transfer_due_at=due(received, transfer_clock(self._charter).period, calendar),
            transferred_at=now if officer else None,
            clock_key=spec.key, period=spec.period.spec, original_due_at=due_at,
            due_at=due_at, warn_at=warning_point(received, due_at, spec.warn_before, calendar),
            state=q.OPEN, pause_reason="", extensions=0,
            interim_due_at=due(received, interim_clock(self._charter).period, calendar),
            interim_count=0, answer_text="", notify=fields.notify.value,
            notify_email=fields.notify_email, notify_mobile=fields.notify_mobile,
        )
        session.add(case)
        session.flush()
        if fields.case_type is CaseType.TASKFORCE:
            for stage in stage_clocks(self._charter):
                session.add(CaseStage(case_id=case.id, key=stage.key,
                                      due_at=due(received, stage.period, calendar)))
        session.add(CaseEvent(case_id=case.id, at=now, actor_id=actor.staff_id,
                              kind="registered", note=fields.subject))
        if officer is not None:
            session.add(CaseEvent(case_id=case.id, at=now, actor_id=actor.staff_id,
                                  kind="assigned", to_id=officer.id, note=routing.note))
        session.add(CaseDocument(
            case_id=case.id, kind="receipt", ordinal=1,
            number=document_number(number, "receipt", 1), issued_at=now,
            issued_by_id=actor.staff_id,
            # What the receipt told the petitioner, kept: a reprint says the same.
            payload=json.dumps({"received_by": actor.staff_id, "officer_id": case.officer_id,
                                "expected_at": to_seoul(due_at).isoformat()}),
        ))
        self._notify(session, case, NoticeStage.RECEIVED, 1, now, actor, {
            "received_at": format_ko(received), "expected_at": format_ko(due_at),
        })
        self._audit(
            session, actor, now, "case.open", case.id,
            {"number": number, "type": fields.case_type.value, "channel": fields.channel.value,
             "officer_id": case.officer_id, "due_at": due_at.isoformat(), "memo_id": req.memo_id,
             **_back_dated(req, received)},
            announce=CaseChanged(case.id, CaseChange.REGISTERED, case.officer_id,
                                 origin=actor.origin),
        )
        return case

    def _received_at(self, given: datetime | None, now: datetime, reason: str = "") -> datetime:
        if given is None:
            return now
        at, _reason = check_moment(
            given, now, field="received_at", what=translate("Cases", "접수 시각"), slack=_CLOCK_SLACK, reason=reason
        )
        return at

    def _route_to(self, officer_id: int | None, at: datetime) -> Routing:
        # An officer away now keeps the case when back before its transfer clock
        # (시행령 §13: 1 working hour) runs out; the deputy is the contact meanwhile.
        calendar = self._calendar.current()
        transfer_by = due(at, transfer_clock(self._charter).period, calendar)
        return route(
            self._directory, officer_id, at, field="officer",
            # The routing note is kept with the case: in the agency's language.
            nobody="민원은 담당자 없이 접수되며, 창구에서 담당자를 지정해야 합니다.",
            calendar=calendar, deadline=Deadline(transfer_by, "담당자 전달 기한"),
        )
