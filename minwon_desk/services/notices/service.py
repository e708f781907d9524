"""Notices to petitioners: the officer confirms (or edits, or cancels) what a stage
wrote, and the sender sends what waits — e-mail through the agency's server, texts
through the provider — retrying with back-off and never sending a message twice.

Sending is the handler's work: a case's notices need ``Operation.CASE_WORK``, a memo's
``Operation.MEMO_WORK`` (the desk that took the memo, or its holder, confirms them); the
outbox list is for whoever may read the records. The open window sends by itself through its background helper;
``minwon-desk outbox send`` does the same from the command line.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, select, true, update
from sqlalchemy.orm import Session

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.notice_templates import (
    NoticeStage,
    NotifyChannel,
    check_sms_text,
)
from minwon_desk.domain.privacy import reject_resident_number
from minwon_desk.domain.roles import Operation, allows
from minwon_desk.domain.timeutil import Clock
from minwon_desk.services import access, audit
from minwon_desk.services._tx import Database
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import CaseChange, CaseChanged, MemoChange, MemoChanged
from minwon_desk.services.notices import outbox
from minwon_desk.services.notices.config import NoticeConfig
from minwon_desk.services.notices.errors import SendFailed
from minwon_desk.services.notices.memo_outbox import MemoFacts, queue_memo_notice
from minwon_desk.services.notices.outbox import (
    RETRY_AFTER,
    STALE_SENDING,
    NoticeView,
    OutboxState,
)
from minwon_desk.services.notices.sms import SmsProvider, provider_for
from minwon_desk.services.notices.smtp import Attachment, send_mail
from minwon_desk.store.models import Case, Memo, NoticeOutbox

# (case id, document kind: "reply", "transfer") → (file name, the document's PDF)
Renderer = Callable[[int, str], tuple[str, bytes]]
# Claimed and recorded together: two commits for this many messages, not two for each.
# A desk killed mid-batch leaves at most these few marked "not known whether sent".
CLAIM_BATCH = 20


@dataclass(frozen=True)
class SendReport:
    sent: int = 0
    retrying: int = 0
    failed: tuple[NoticeView, ...] = field(default=())

    @property
    def tried(self) -> int:
        return self.sent + self.retrying + len(self.failed)


class NoticeService:
    def __init__(
        self, db: Database, clock: Clock, charter: Charter, *,
        document_pdf: Renderer, config: NoticeConfig | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._charter = charter
        self._document_pdf = document_pdf
        self.config = config or NoticeConfig()
        # The window sets it: what a stage writes waits for the officer to confirm it.
        self.review_first = False
        self.sms: SmsProvider | None = None  # None: the one the configuration names
        self._process = uuid.uuid4().hex

    def __repr__(self) -> str:
        return f"NoticeService({self.config!r}, review_first={self.review_first})"

    # --- written by the stages (inside their transaction) ---------------------------------

    def queue(
        self, session: Session, case: Case, stage: NoticeStage, ordinal: int,
        extra: Mapping[str, str], now: datetime, actor: Actor,
        reviewed: tuple[str, str] | None = None,
    ) -> bool:
        """Whether a message was written (its row goes in with the stage's commit).
        ``reviewed``: (subject, body) the officer saw and perhaps edited before the stage
        was recorded; checked as a confirmed draft is, it waits to go."""
        if reviewed is not None:
            channel = NotifyChannel(case.notify or "phone")
            reviewed = checked_edit(channel, *reviewed)
        row = outbox.queue_case_notice(session, self._charter, case, stage, ordinal, extra,
                                       now, actor.staff_id, review=self.review_first,
                                       reviewed=reviewed)
        return row is not None

    def preview(self, session: Session, case: Case, stage: NoticeStage, ordinal: int,
                extra: Mapping[str, str], now: datetime) -> NoticeView | None:
        """The message a stage not yet recorded would write (nothing is stored; id 0)."""
        written = outbox.write_case_notice(session, self._charter, case, stage, extra)
        if written is None:
            return None
        return NoticeView(
            id=0, case_id=case.id, case_number=case.number, stage=stage, ordinal=ordinal,
            channel=written.channel, recipient=written.recipient, subject=written.subject,
            body=written.body, attach=written.attach, state=OutboxState.DRAFT, attempts=0,
            next_try_at=None, created_at=now, sent_at=None, last_error="",
        )

    def queue_memo(
        self, session: Session, memo: MemoFacts, stage: NoticeStage, ordinal: int,
        extra: Mapping[str, str], now: datetime, actor: Actor, *, fresh: bool = False,
    ) -> bool:
        """As ``queue``, for a phone memo's caller (``fresh``: a memo being written now)."""
        row = queue_memo_notice(session, self._charter, memo, stage, ordinal, extra, now,
                                actor.staff_id, review=self.review_first, fresh=fresh)
        return row is not None

    # --- reading ----------------------------------------------------------------------------

    def for_case(self, case_id: int) -> list[NoticeView]:
        with self._db.read() as session:
            return outbox.views(session.connection(), case_id=case_id)

    def for_memo(self, memo_id: int) -> list[NoticeView]:
        with self._db.read() as session:
            return outbox.views(session.connection(), memo_id=memo_id)

    def get(self, notice_id: int) -> NoticeView:
        return self._view(notice_id)

    def listing(self, actor: Actor, state: str | None = None) -> list[NoticeView]:
        states: tuple[str, ...] = ()
        if state:
            try:
                wanted = OutboxState(state)
            except ValueError:
                known = ", ".join(s.value for s in OutboxState)
                raise ValidationError("state", f"상태 '{state}'는 없습니다: {known}.") from None
            states = (wanted.value,)
            if wanted is OutboxState.WAITING:
                states = (OutboxState.WAITING.value, OutboxState.DRAFT.value)
        with self._db.read_as(actor, Operation.RECORDS_READ) as session:
            return outbox.views(session.connection(), states=states)

    # --- the officer's decisions ------------------------------------------------------------

    def confirm(self, actor: Actor, notice_id: int, subject: str, body: str) -> NoticeView:
        """Send a draft as it stands or as edited."""
        now = self._clock()
        with self._db.write(actor) as (session, _staff):
            row = self._locked(session, actor, notice_id, now)
            if row.state != OutboxState.DRAFT.value:
                raise StateError(translate("NoticeService", "이미 '{state}' 상태인 알림입니다.").format(
                    state=OutboxState(row.state).label))
            subject, row.body = checked_edit(NotifyChannel(row.channel), subject, body)
            row.subject = subject or row.subject
            row.state = OutboxState.WAITING.value
            row.next_try_at = now
            self._record(session, actor, now, "notice.confirm", row)
        return self._view(notice_id)

    def cancel(self, actor: Actor, notice_id: int) -> NoticeView:
        """Not sent (the officer tells the petitioner another way)."""
        now = self._clock()
        with self._db.write(actor) as (session, _staff):
            row = self._locked(session, actor, notice_id, now)
            if row.state not in (OutboxState.DRAFT.value, OutboxState.WAITING.value,
                                 OutboxState.FAILED.value):
                raise StateError(translate("NoticeService", "'{state}' 상태인 알림은 취소할 수 없습니다.").format(
                    state=OutboxState(row.state).label))
            row.state = OutboxState.CANCELLED.value
            row.next_try_at = None
            self._record(session, actor, now, "notice.cancel", row)
        return self._view(notice_id)

    def retry(self, actor: Actor, notice_id: int) -> NoticeView:
        """Try a failed notice again (after the address or the server was put right)."""
        now = self._clock()
        with self._db.write(actor) as (session, _staff):
            row = self._locked(session, actor, notice_id, now)
            if row.state != OutboxState.FAILED.value:
                raise StateError("실패한 알림만 다시 보낼 수 있습니다.")
            row.state = OutboxState.WAITING.value
            row.attempts = 0
            row.next_try_at = now
            self._record(session, actor, now, "notice.retry", row)
        return self._view(notice_id)

    # --- sending -------------------------------------------------------------------------

    def send_due(self, actor: Actor, *, limit: int = 200) -> SendReport:
        """Send what waits and is due, each claimed first so that no other desk sends it."""
        now = self._clock()
        with self._db.write(actor) as (session, _staff):
            mine = _sendable(session, actor)
            self._give_up_stale(session, actor, now, mine)
            due = list(session.scalars(
                select(NoticeOutbox.id)
                .where(NoticeOutbox.state == OutboxState.WAITING.value,
                       NoticeOutbox.next_try_at <= now, mine)
                .order_by(NoticeOutbox.next_try_at, NoticeOutbox.id).limit(limit)
            ))
        sent = retrying = 0
        failed: list[NoticeView] = []
        for start in range(0, len(due), CLAIM_BATCH):
            claimed = self._claim(actor, due[start:start + CLAIM_BATCH])
            outcomes = [(row.id, self._send(row)) for row in claimed]
            for notice_id, state in self._finish(actor, outcomes):
                if state is OutboxState.SENT:
                    sent += 1
                elif state is OutboxState.FAILED:
                    failed.append(self._view(notice_id))
                else:
                    retrying += 1
        return SendReport(sent, retrying, tuple(failed))

    def _claim(self, actor: Actor, ids: list[int]) -> list[NoticeOutbox]:
        """The rows of ``ids`` this process now holds (those another desk took are left)."""
        now = self._clock()
        with self._db.write(actor) as (session, _staff):
            _sendable(session, actor)
            # The update is the claim: under SQLite's write lock, or PostgreSQL's row locks
            # with the state checked again, only one process changes a row.
            session.execute(
                update(NoticeOutbox)
                .where(NoticeOutbox.id.in_(ids),
                       NoticeOutbox.state == OutboxState.WAITING.value)
                .values(state=OutboxState.SENDING.value, claimed_at=now,
                        claimed_by=self._process, attempts=NoticeOutbox.attempts + 1)
                .execution_options(synchronize_session=False)
            )
            rows = list(session.scalars(
                select(NoticeOutbox)
                .where(NoticeOutbox.id.in_(ids), NoticeOutbox.claimed_by == self._process,
                       NoticeOutbox.state == OutboxState.SENDING.value)
                .order_by(NoticeOutbox.id)
                .execution_options(populate_existing=True)
            ))
            for row in rows:
                session.expunge(row)
            return rows

    def _send(self, row: NoticeOutbox) -> SendFailed | str:
        try:
            if row.channel == NotifyChannel.EMAIL.value:
                files = []
                if row.attach and row.case_id is not None:  # the reply letter, the transfer notice
                    name, pdf = self._document_pdf(row.case_id, row.attach)
                    files.append(Attachment(name, pdf))
                return send_mail(self.config, row.recipient, row.subject, row.body, files)
            provider = self.sms or provider_for(self.config)
            return provider.send(row.recipient, row.body, subject=row.subject, key=row.key)
        except SendFailed as failed:
            return failed
        except Exception as exc:  # a letter that cannot be drawn, and the like
            return SendFailed(f"보낼 수 없었습니다: {exc}", permanent=True)

    def _finish(self, actor: Actor, outcomes: list[tuple[int, SendFailed | str]]
                ) -> list[tuple[int, OutboxState]]:
        if not outcomes:
            return []
        now = self._clock()
        states = []
        with self._db.write(actor) as (session, _staff):
            _sendable(session, actor)
            for notice_id, outcome in outcomes:
                row = session.get(NoticeOutbox, notice_id)
                assert row is not None
                if isinstance(outcome, SendFailed):
                    row.last_error = outcome.answer
                    if outcome.permanent or row.attempts > len(RETRY_AFTER):
                        row.state = OutboxState.FAILED.value
                        row.next_try_at = None
                        action = "notice.failed"
                    else:
                        row.state = OutboxState.WAITING.value
                        row.next_try_at = now + RETRY_AFTER[row.attempts - 1]
                        action = "notice.retry_later"
                else:
                    row.state = OutboxState.SENT.value
                    row.sent_at = now
                    row.last_error = ""
                    action = "notice.sent"
                row.claimed_by = ""
                self._record(session, actor, now, action, row)
                states.append((notice_id, OutboxState(row.state)))
        return states

    def _give_up_stale(self, session: Session, actor: Actor, now: datetime,
                       mine: ColumnElement[bool]) -> None:
        stale = session.scalars(
            select(NoticeOutbox).where(NoticeOutbox.state == OutboxState.SENDING.value,
                                       NoticeOutbox.claimed_at <= now - STALE_SENDING, mine)
        ).all()
        for row in stale:
            row.state = OutboxState.FAILED.value
            row.next_try_at = None
            row.last_error = ("보내는 도중 프로그램이 멈춰 보냈는지 알 수 없습니다. "
                              "민원인에게 받았는지 확인해 주세요")
            self._record(session, actor, now, "notice.unknown", row)

    # --- helpers -------------------------------------------------------------------------

    def _locked(self, session: Session, actor: Actor, notice_id: int, now: datetime
                ) -> NoticeOutbox:
        """The row, locked, once the actor may decide on it: a case's handler (or their
        deputy or head); for a memo's, whoever took it down or holds the memo."""
        row = session.scalars(
            select(NoticeOutbox).where(NoticeOutbox.id == notice_id).with_for_update()
        ).first()
        if row is None:
            raise NotFoundError(f"알림 {notice_id}번을 찾을 수 없습니다.")
        if row.memo_id is not None:
            memo = session.get(Memo, row.memo_id)
            assert memo is not None
            access.check_any(session, actor, (Operation.MEMO_WORK,))
            if row.created_by_id != actor.staff_id:
                access.check_holder(session, actor, Operation.MEMO_WORK, memo.holder_id, now,
                                    what="메모")
            return row
        case = session.get(Case, row.case_id)
        assert case is not None
        access.check_any(session, actor, (Operation.CASE_WORK,))
        access.check_holder(session, actor, Operation.CASE_WORK, case.officer_id, now,
                            what="민원")
        return row

    def _record(self, session: Session, actor: Actor, now: datetime, action: str,
                row: NoticeOutbox) -> None:
        detail: dict[str, audit.JsonValue] = {
            "notice": row.id, "stage": row.stage, "channel": row.channel,
            "attempts": row.attempts,
        }
        if row.memo_id is not None:
            memo = session.get(Memo, row.memo_id)
            assert memo is not None
            audit.record(
                session, at=now, actor=actor, desk=actor.desk, action=action, entity="memo",
                entity_id=memo.id, detail=detail,
                announce=MemoChanged(memo.id, MemoChange.NOTICE, memo.holder_id,
                                     origin=actor.origin),
            )
            return
        case = session.get(Case, row.case_id)
        assert case is not None
        audit.record(
            session, at=now, actor=actor, desk=actor.desk, action=action, entity="case",
            entity_id=case.id, detail=detail,
            announce=CaseChanged(case.id, CaseChange.NOTICE, case.officer_id,
                                 origin=actor.origin),
        )

    def _view(self, notice_id: int) -> NoticeView:
        with self._db.read() as session:
            row = session.get(NoticeOutbox, notice_id)
            if row is None:
                raise NotFoundError(f"알림 {notice_id}번을 찾을 수 없습니다.")
            if row.memo_id is not None:
                number = session.scalar(select(Memo.number).where(Memo.id == row.memo_id))
            else:
                number = session.scalar(select(Case.number).where(Case.id == row.case_id))
            return outbox.view_of(row, number or "")


def checked_edit(channel: NotifyChannel, subject: str, body: str) -> tuple[str, str]:
    """(subject, body) as the officer left them, refused when empty, too long for a text
    or holding a resident registration number. An empty subject stays empty (the
    template's is kept)."""
    if channel is NotifyChannel.SMS:
        return subject.strip()[:300], check_sms_text(body)
    text = body.strip()
    if not text:
        raise ValidationError("body", translate("NoticeService", "보낼 내용이 비어 있습니다."))
    reject_resident_number("body", translate("NoticeService", "알림 내용"), text)
    reject_resident_number("subject", translate("NoticeService", "제목"), subject)
    return subject.strip()[:300], text


def _sendable(session: Session, actor: Actor) -> ColumnElement[bool]:
    """Which rows this actor's desk sends: a case's with the handler's role, a memo's with
    the memo desk's; refused with neither."""
    access.check_any(session, actor, (Operation.CASE_WORK, Operation.MEMO_WORK))
    roles = access.session_roles(session)
    cases = allows(roles, Operation.CASE_WORK)
    memos = allows(roles, Operation.MEMO_WORK)
    if cases and memos:
        return true()
    if cases:
        return NoticeOutbox.case_id.is_not(None)
    return NoticeOutbox.memo_id.is_not(None)
