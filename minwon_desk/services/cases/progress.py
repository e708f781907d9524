"""What an officer does with a case after it is registered: assign, note progress, pause
for missing material and resume, extend (with its notice), send interim notices, mark
1357 stages, answer. Each is one transaction with its history event and audit row,
then one ``CaseChanged`` announcement.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from minwon_desk.domain.case_clock import (
    check_extension,
    check_pause,
    interim_due,
    resumed_due,
)
from minwon_desk.domain.cases import (
    MAX_TEXT,
    CaseType,
    answer_clock,
    check_text,
    interim_clock,
    material_request_clock,
    parse_channel,
    parse_type,
    stage_label,
)
from minwon_desk.domain.clockstate import warning_point
from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.notice_templates import NoticeStage
from minwon_desk.domain.periods import Period, due
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import (
    format_ko,
    format_moment,
    to_seoul,
)
from minwon_desk.services import access
from minwon_desk.services.cases import queries as q
from minwon_desk.services.cases.dto import CaseView, DocumentRef, ExtensionRequest, InterimRequest
from minwon_desk.services.cases.records import (
    _changed,
    _end_of,
    _event,
    _events_of,
    _issue,
    _locked,
    _require_officer,
    _require_open,
)
from minwon_desk.services.clocked import ClockedService
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import CaseChange
from minwon_desk.services.routing import Routing
from minwon_desk.store.models import Case, CaseStage, Staff

if TYPE_CHECKING:
    from minwon_desk.services.notices.service import NoticeService


class CaseProgress(ClockedService):
    """The officer's actions on a case (``CaseService`` builds on them)."""

    _entity = "case"
    _route_to: Callable[[int | None, datetime], Routing]  # CaseService's deputy routing
    # Writes each stage's notice to the petitioner in the stage's transaction (the
    # backend sets it; None: no notices, as in tests of the clocks alone).
    notices: NoticeService | None = None

    def assign(self, actor: Actor, case_id: int, officer_id: int) -> CaseView:
        """Hand the case to an officer (the deputy while they are away). The first
        assignment meets the transfer clock."""
        now = self._clock()
        routing = self._route_to(officer_id, now)
        if routing.holder is None:
            raise ValidationError("officer", translate("Cases", "{note} 다른 직원을 골라 주세요.").format(note=routing.note))
        with self._db.write(actor, Operation.CASE_REASSIGN) as (session, _staff):
            case = _locked(session, case_id)
            access.check_department(session, actor, Operation.CASE_REASSIGN, case.officer_id)
            access.check_department(session, actor, Operation.CASE_REASSIGN, routing.holder.id)
            _require_open(case, translate("Cases", "담당자를 바꿀 수 없습니다"))
            target = session.get(Staff, routing.holder.id)
            assert target is not None
            if case.officer_id == target.id:
                raise ValidationError("officer", translate(
                    "Cases",
                    "이미 이 직원이 담당하고 있습니다.",
                ))
            previous = case.officer_id
            case.officer_id = target.id
            case.department_id = target.department_id
            case.routed_note = routing.note
            if case.transferred_at is None:
                case.transferred_at = now
            # The petitioner learns who handles it (counted: a later change tells again).
            handlers = _events_of(session, case, "assigned")
            _event(session, case, now, actor, "assigned", note=routing.note, to_id=target.id)
            self._notify(session, case, NoticeStage.ASSIGNED, handlers + 1, now, actor, {})
            self._audit(session, actor, now, "case.assign", case.id,
                        {"from_id": previous, "to_id": target.id},
                        announce=_changed(case, CaseChange.ASSIGNED, actor))
        return self._view(case.id)

    def add_note(self, actor: Actor, case_id: int, text: str) -> CaseView:
        note = check_text("note", translate("Cases", "진행 메모"), text, limit=MAX_TEXT, required=True,
                          empty=translate("Cases", "무엇을 했는지 적어 주세요."))
        now = self._clock()
        with self._db.write(actor, Operation.CASE_WORK) as (session, _staff):
            case = _locked(session, case_id)
            access.check_holder(session, actor, Operation.CASE_WORK, case.officer_id, now,
                                what="민원")
            _event(session, case, now, actor, "note", note=note)
            self._audit(session, actor, now, "case.note", case.id, {},
                        announce=_changed(case, CaseChange.NOTE, actor))
        return self._view(case_id)

    def pause(self, actor: Actor, case_id: int, reason: str) -> CaseView:
        """Ask the petitioner for missing material: the answer clock stops, with the reason."""
        now = self._clock()
        with self._db.write(actor, Operation.CASE_WORK) as (session, _staff):
            case = _locked(session, case_id)
            access.check_holder(session, actor, Operation.CASE_WORK, case.officer_id, now,
                                what="민원")
            if case.state == q.PAUSED:
                raise StateError(translate(
                    "Cases",
                    "이미 보완을 기다리는 중입니다 ({since}부터).",
                ).format(since=format_moment(case.paused_at or now)))
            _require_open(case, translate("Cases", "보완을 요청할 수 없습니다"))
            why = check_pause(now, case.due_at, reason)
            check_text("reason", translate("Cases", "보완 요청 사유"), why, limit=MAX_TEXT, required=True)
            case.state = q.PAUSED
            case.paused_at = now
            case.pause_reason = why
            # Asked after its own clock (8 working hours from receipt): kept as a fact.
            late = now > due(to_seoul(case.received_at),
                             material_request_clock(self._charter).period,
                             self._calendar.current())
            asked = _events_of(session, case, "pause")
            _event(session, case, now, actor, "pause", note=why, due_before=case.due_at)
            self._notify(session, case, NoticeStage.MATERIAL, asked + 1, now, actor,
                         {"reason": why, "asked_at": format_ko(now)})
            self._audit(session, actor, now, "case.pause", case.id,
                        {"late_request": True} if late else {},
                        announce=_changed(case, CaseChange.PAUSED, actor))
        return self._view(case_id)

    def resume(self, actor: Actor, case_id: int, note: str = "") -> CaseView:
        """The material arrived: the clock runs again, the deadline moved by the time waited."""
        text = check_text("note", translate("Cases", "보완 접수 메모"), note, limit=MAX_TEXT, required=False)
        now = self._clock()
        calendar = self._calendar.current()
        with self._db.write(actor, Operation.CASE_WORK) as (session, _staff):
            case = _locked(session, case_id)
            access.check_holder(session, actor, Operation.CASE_WORK, case.officer_id, now,
                                what="민원")
            if case.state != q.PAUSED or case.paused_at is None:
                raise StateError(translate(
                    "Cases",
                    "보완을 기다리는 민원이 아닙니다. 기한은 이미 흐르고 있습니다.",
                ))
            before = case.due_at
            period = Period.parse(case.period)
            case.due_at = resumed_due(case.due_at, period, case.paused_at, now, calendar)
            case.warn_at = warning_point(now, case.due_at, self._warn(case), calendar)
            case.state = q.OPEN
            case.paused_at = None
            _event(session, case, now, actor, "resume", note=text, due_before=before,
                   due_after=case.due_at)
            self._audit(session, actor, now, "case.resume", case.id,
                        {"due_at": to_seoul(case.due_at).isoformat()},
                        announce=_changed(case, CaseChange.RESUMED, actor))
        return self._view(case_id)

    def extend(self, actor: Actor, case_id: int, req: ExtensionRequest) -> DocumentRef:
        """Extend the period before it runs out, and issue the extension notice."""
        now = self._clock()
        calendar = self._calendar.current()
        with self._db.write(actor, Operation.CASE_WORK) as (session, _staff):
            case = _locked(session, case_id)
            access.check_holder(session, actor, Operation.CASE_WORK, case.officer_id, now,
                                what="민원")
            if case.state == q.PAUSED:
                raise StateError(translate(
                    "Cases",
                    "보완을 기다리는 동안에는 기한이 멈춰 있어 연장할 필요가 없습니다. 보완 "
                    "접수 후에 연장해 주세요.",
                ))
            _require_open(case, translate("Cases", "연장할 수 없습니다"))
            _require_officer(case, translate("Cases", "연장 통지서"))
            check_text("reason", translate("Cases", "연장 사유"), req.reason, limit=MAX_TEXT, required=False)
            check_text("consent", translate("Cases", "동의 기록"), req.consent, limit=1000, required=False)
            ext = check_extension(
                now, due_at=case.due_at, period=Period.parse(case.period), new_date=req.new_date,
                reason=req.reason, consent=req.consent, extensions_so_far=case.extensions,
                calendar=calendar,
            )
            before = case.due_at
            case.extensions += 1
            case.due_at = ext.new_due
            case.warn_at = warning_point(now, ext.new_due, self._warn(case), calendar)
            _event(session, case, now, actor, "extend", note=ext.reason, due_before=before,
                   due_after=ext.new_due)
            ref = _issue(session, case, "extension", case.extensions, now, actor, {
                "previous_due": to_seoul(before).isoformat(),
                "new_due": ext.new_due.isoformat(), "reason": ext.reason,
                "consent": ext.consent,
            })
            self._notify(session, case, NoticeStage.EXTENDED, case.extensions, now, actor, {
                "previous_due": format_ko(before), "new_due": format_ko(ext.new_due),
                "reason": ext.reason,
            })
            self._audit(session, actor, now, "case.extend", case.id,
                        {"ordinal": case.extensions, "due_at": ext.new_due.isoformat()},
                        announce=_changed(case, CaseChange.EXTENDED, actor))
        return ref

    def send_interim(self, actor: Actor, case_id: int, req: InterimRequest,
                     message: tuple[str, str] | None = None) -> DocumentRef:
        """An interim notice: what has been done and when it will be finished.
        ``message``: (subject, body) of the petitioner's message as the officer reviewed it."""
        progress = check_text("progress", translate("Cases", "진행 상황"), req.progress, limit=MAX_TEXT,
                              required=True, empty=translate(
                                  "Cases",
                                  "지금까지 어떻게 처리하고 있는지 적어 주세요.",
                              ))
        now = self._clock()
        calendar = self._calendar.current()
        expected = _end_of(req.expected_date, now, calendar.hours.end, calendar.is_working_day)
        with self._db.write(actor, Operation.CASE_WORK) as (session, _staff):
            case = _locked(session, case_id)
            access.check_holder(session, actor, Operation.CASE_WORK, case.officer_id, now,
                                what="민원")
            _require_open(case, translate("Cases", "중간 통지를 보낼 수 없습니다"))
            _require_officer(case, translate("Cases", "중간 통지서"))
            case.interim_count += 1
            period = interim_clock(self._charter).period
            case.interim_due_at = interim_due(case.received_at, now, period, calendar)
            _event(session, case, now, actor, "interim", note=progress)
            ref = _issue(session, case, "interim", case.interim_count, now, actor, {
                "progress": progress, "expected_at": expected.isoformat(),
            })
            self._notify(session, case, NoticeStage.INTERIM, case.interim_count, now, actor, {
                "progress": progress, "expected_at": format_ko(expected),
            }, reviewed=message)
            self._audit(session, actor, now, "case.interim", case.id, {"ordinal": case.interim_count},
                        announce=_changed(case, CaseChange.INTERIM, actor))
        return ref

    def mark_stage(self, actor: Actor, case_id: int, key: str) -> CaseView:
        """A 1357 rung reached (출동, 지방청 해소…): its clock stops."""
        stage_label(key)  # refuses an unknown key
        now = self._clock()
        with self._db.write(actor, Operation.CASE_WORK) as (session, _staff):
            case = _locked(session, case_id)
            access.check_holder(session, actor, Operation.CASE_WORK, case.officer_id, now,
                                what="민원")
            if case.case_type != CaseType.TASKFORCE.value:
                raise StateError(translate("Cases", "1357 현장애로 민원에만 단계가 있습니다."))
            stage = session.get(CaseStage, (case.id, key))
            if stage is None:
                raise NotFoundError(translate("Cases", "이 민원에는 '{key}' 단계가 없습니다.").format(key=stage_label(key)))
            if stage.met_at is not None:
                raise StateError(translate("Cases", "'{key}' 단계는 {met_at}에 이미 기록했습니다.").format(key=stage_label(key), met_at=format_moment(stage.met_at)))
            stage.met_at = now
            _event(session, case, now, actor, "stage", note=key)
            self._audit(session, actor, now, "case.stage", case.id, {"stage": key},
                        announce=_changed(case, CaseChange.STAGE, actor))
        return self._view(case_id)

    def answer(self, actor: Actor, case_id: int, text: str) -> DocumentRef:
        """Answer the case: its clock stops and the reply letter naming the officer is issued."""
        body = check_text("answer", translate("Cases", "회신 내용"), text, limit=MAX_TEXT, required=True,
                          empty=translate(
                              "Cases",
                              "회신할 내용을 적어 주세요. 회신문에 그대로 실립니다.",
                          ))
        now = self._clock()
        with self._db.write(actor, Operation.CASE_WORK) as (session, _staff):
            case = _locked(session, case_id)
            access.check_holder(session, actor, Operation.CASE_WORK, case.officer_id, now,
                                what="민원")
            _require_open(case, translate("Cases", "다시 회신할 수 없습니다"))
            _require_officer(case, translate("Cases", "회신문"))
            case.state = q.ANSWERED
            case.paused_at = None
            case.answered_at = now
            case.answered_by_id = actor.staff_id
            case.answer_text = body
            _event(session, case, now, actor, "answer", note="")
            ref = _issue(session, case, "reply", 1, now, actor, {})
            self._notify(session, case, NoticeStage.ANSWERED, 1, now, actor, {
                "answered_at": format_ko(now), "where": self._where_reply(),
            })
            self._audit(session, actor, now, "case.answer", case.id,
                        {"late": now > to_seoul(case.due_at)},
                        announce=_changed(case, CaseChange.ANSWERED, actor))
        return ref

    def record_finding(self, actor: Actor, case_id: int, *, upheld: bool, note: str) -> CaseView:
        """A discourtesy complaint's finding: upheld (인정, which makes it a compensation
        candidate where the charter pays for it) or dismissed (불인정), with what was found.
        Recorded once; it is the evidence a later decision rests on."""
        text = check_text("finding", translate("Cases", "조사 결과"), note, limit=MAX_TEXT, required=True,
                          empty=translate(
                              "Cases",
                              "무엇을 확인했는지 적어 주세요. 보상 검토의 근거가 됩니다.",
                          ))
        now = self._clock()
        with self._db.write(actor, Operation.CASE_WORK) as (session, _staff):
            case = _locked(session, case_id)
            access.check_holder(session, actor, Operation.CASE_WORK, case.officer_id, now,
                                what="민원")
            if case.case_type != CaseType.DISCOURTESY.value:
                raise StateError(translate(
                    "Cases",
                    "조사 결과는 불친절·불성실 신고 민원에만 기록합니다.",
                ))
            if case.finding is not None:
                what = translate("Cases", "인정") if case.finding == "upheld" else translate("Cases", "불인정")
                when = format_ko(case.found_at) if case.found_at else ""
                raise StateError(translate(
                    "Cases",
                    "이미 {when}에 '{what}'(으)로 조사 결과를 기록한 민원입니다.",
                ).format(when=when, what=what))
            case.finding = "upheld" if upheld else "dismissed"
            case.finding_note = text
            case.found_at = now
            verdict = "인정" if upheld else "불인정"
            _event(session, case, now, actor, "finding", note=f"{verdict}: {text}")
            self._audit(session, actor, now, "case.finding", case.id, {"upheld": upheld},
                        announce=_changed(case, CaseChange.FINDING, actor))
        return self._view(case_id)

    # --- helpers ------------------------------------------------------------------------

    def _notify(
        self, session: Session, case: Case, stage: NoticeStage, ordinal: int, now: datetime,
        actor: Actor, extra: dict[str, str], reviewed: tuple[str, str] | None = None,
    ) -> None:
        if self.notices is not None:
            self.notices.queue(session, case, stage, ordinal, extra, now, actor, reviewed)

    def _where_reply(self) -> str:
        """Where a petitioner told by text finds the letter."""
        line = self._charter.documents.contact_line
        where = "회신문은 우편·이메일로 보내 드리며, 담당자에게 전화하시면 다시 보내 드립니다."
        return f"{where} 문의 {line}" if line else where

    def _warn(self, case: Case) -> Period | None:
        spec = answer_clock(self._charter, parse_type(case.case_type), parse_channel(case.channel))
        return spec.warn_before if spec.key == case.clock_key else None

    def _view(self, case_id: int) -> CaseView:
        with self._db.read() as session:
            return q.one(session.connection(), case_id)
