"""Corrective action (시정조치): recorded against the staff member and the complaint (a
case, a visit, or a compensated event), with the officer who follows up with the
petitioner; and the result notice letter to that petitioner, which names that officer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, select

from minwon_desk.domain.cases import CaseChannel, CaseType
from minwon_desk.domain.charter import Charter
from minwon_desk.domain.compensation import CorrectiveKind, EventKey, corrective_number
from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.privacy import mask_name, reject_resident_number
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import SEOUL, Clock, to_seoul
from minwon_desk.services import audit
from minwon_desk.services._tx import Database
from minwon_desk.services.dto import Actor, RenderedDocument
from minwon_desk.services.events import CorrectiveChanged
from minwon_desk.services.orgchart import staff_label
from minwon_desk.services.registers import next_number
from minwon_desk.services.tables import AGENCY, CASE, DEPARTMENT, STAFF, VISIT
from minwon_desk.services.tables import COMPENSATION_DECISION as DECISION
from minwon_desk.services.tables import CORRECTIVE_ACTION as ACTION

_SUBJECT = STAFF.alias("subject")
_FOLLOW = STAFF.alias("follow_up")
_RECORDER = STAFF.alias("recorder")


@dataclass(frozen=True, slots=True)
class CorrectiveRequest:
    staff_id: int  # whose conduct is corrected
    kind: CorrectiveKind
    detail: str  # what was found and what was done (kept inside the agency)
    follow_up_officer_id: int  # who follows up with the petitioner
    case_id: int | None = None
    visit_id: int | None = None
    event: EventKey | None = None  # the compensation event it answers, if any


@dataclass(frozen=True, slots=True)
class CorrectiveView:
    id: int
    number: str
    staff_id: int
    staff_label: str  # "박친절 주무관 (민원안내팀)"
    kind: CorrectiveKind
    detail: str
    case_id: int | None
    visit_id: int | None
    reference: str  # the case number or "방문 2026-10-02 14:03"
    petitioner_masked: str
    follow_up_officer_id: int
    follow_up_label: str
    recorded_at: datetime
    recorded_by: str

    @property
    def can_notify(self) -> bool:
        """A result notice needs someone to send it to: a linked case or visit."""
        return self.case_id is not None or self.visit_id is not None


class CorrectiveService:
    def __init__(self, db: Database, clock: Clock, charter: Charter) -> None:
        self._db = db
        self._clock = clock
        self._charter = charter

    def record(self, actor: Actor, req: CorrectiveRequest) -> CorrectiveView:
        detail = req.detail.strip()
        if not detail:
            raise ValidationError("detail", translate(
                "Corrective",
                "무엇을 확인했고 어떤 조치를 했는지 적어 주세요.",
            ))
        if len(detail) > 4000:
            raise ValidationError("detail", translate(
                "Corrective",
                "조치 내용은 4,000자까지 적을 수 있습니다.",
            ))
        reject_resident_number("detail", "조치 내용", detail)
        if not isinstance(req.kind, CorrectiveKind):
            raise ValidationError("kind", translate("Corrective", "조치 종류를 골라 주세요."))
        now = self._clock()
        year = to_seoul(now).year
        with self._db.write(actor, Operation.CORRECTIVE_WRITE) as (session, _staff):
            conn = session.connection()
            _active_staff(conn, req.staff_id, "staff", "조치 대상 직원")
            _active_staff(conn, req.follow_up_officer_id, "follow_up", "후속 조치 담당자")
            case_id, visit_id = req.case_id, req.visit_id
            decision_id = None
            if req.event is not None:
                decision_id = conn.execute(
                    select(DECISION.c.id).where(
                        DECISION.c.kind == req.event.kind.value,
                        DECISION.c.source == req.event.source,
                        DECISION.c.source_id == req.event.source_id,
                    )
                ).scalar()
                if req.event.source == "case":
                    case_id = case_id or req.event.source_id
                else:
                    visit_id = visit_id or req.event.source_id
            if case_id is not None and conn.execute(
                select(CASE.c.id).where(CASE.c.id == case_id)
            ).first() is None:
                raise NotFoundError(translate(
                    "Corrective",
                    "민원(번호 {case_id})을 찾을 수 없습니다.",
                ).format(case_id=case_id))
            if visit_id is not None and conn.execute(
                select(VISIT.c.id).where(VISIT.c.id == visit_id)
            ).first() is None:
                raise NotFoundError(translate(
                    "Corrective",
                    "방문 기록(번호 {visit_id})을 찾을 수 없습니다.",
                ).format(visit_id=visit_id))
            code = conn.execute(select(AGENCY.c.code).limit(1)).scalar_one()
            number = corrective_number(code, year, next_number(conn, "corrective", year))
            action_id = conn.execute(
                ACTION.insert()
                .values(
                    number=number, staff_id=req.staff_id, kind=req.kind.value, detail=detail,
                    case_id=case_id, visit_id=visit_id, decision_id=decision_id,
                    follow_up_officer_id=req.follow_up_officer_id, recorded_at=now,
                    recorded_by_id=actor.staff_id, desk=actor.desk,
                )
                .returning(ACTION.c.id)
            ).scalar_one()
            audit.record(
                session, at=now, actor=actor, desk=actor.desk, action="corrective.record",
                entity="corrective_action", entity_id=action_id,
                detail={"number": number, "staff_id": req.staff_id, "kind": req.kind.value},
                announce=CorrectiveChanged(action_id, req.staff_id, origin=actor.origin),
            )
        return self.get(action_id)

    def get(self, action_id: int) -> CorrectiveView:
        with self._db.read() as session:
            row = session.connection().execute(_ACTIONS.where(ACTION.c.id == action_id)).first()
        if row is None:
            raise NotFoundError(translate(
                "Corrective",
                "시정조치(번호 {action_id})를 찾을 수 없습니다.",
            ).format(action_id=action_id))
        return _view(row)

    def actions(
        self, actor: Actor, *, year: int | None = None, month: int | None = None, staff_id: int | None = None,
        case_id: int | None = None,
    ) -> list[CorrectiveView]:
        """Corrective actions, newest first, narrowed by month, staff member or case: the
        supervisor's and the privacy officer's to read (they name staff members)."""
        query = _ACTIONS.order_by(ACTION.c.recorded_at.desc(), ACTION.c.id.desc())
        if year is not None:
            start = datetime(year, month or 1, 1, tzinfo=SEOUL)
            if month is None or month == 12:
                end = datetime(year + 1, 1, 1, tzinfo=SEOUL)
            else:
                end = datetime(year, month + 1, 1, tzinfo=SEOUL)
            query = query.where(ACTION.c.recorded_at >= start, ACTION.c.recorded_at < end)
        if staff_id is not None:
            query = query.where(ACTION.c.staff_id == staff_id)
        if case_id is not None:
            query = query.where(ACTION.c.case_id == case_id)
        with self._db.read_as(actor, Operation.CORRECTIVE_READ) as session:
            return [_view(row) for row in session.connection().execute(query)]

    def notice(self, actor: Actor, action_id: int) -> RenderedDocument:
        """The result notice to the petitioner, naming the follow-up officer. Printing it
        is audited; the same action always gives the same letter."""
        from minwon_desk.documents.case_data import CaseHeader, Letterhead, Officer
        from minwon_desk.documents.corrective_notice import (
            CorrectiveNoticeData,
            corrective_notice_pdf,
            notice_title,
        )

        docs = self._charter.documents
        with self._db.read() as session:
            conn = session.connection()
            row = conn.execute(
                select(ACTION).where(ACTION.c.id == action_id)
            ).first()
            if row is None:
                raise NotFoundError(translate(
                    "Corrective",
                    "시정조치(번호 {action_id})를 찾을 수 없습니다.",
                ).format(action_id=action_id))
            who = _about(conn, row)
            follow = conn.execute(
                select(STAFF.c.name, STAFF.c.position, STAFF.c.extension, STAFF.c.email,
                       DEPARTMENT.c.name)
                .select_from(STAFF.join(DEPARTMENT, DEPARTMENT.c.id == STAFF.c.department_id))
                .where(STAFF.c.id == row.follow_up_officer_id)
            ).one()
        header = CaseHeader(
            document_no=row.number, issued_at=to_seoul(row.recorded_at),
            letterhead=Letterhead.of(docs),
            receipt_no=who["reference"], received_at=who["at"], type_label=who["type"],
            channel_label=who["channel"], petitioner_name=who["name"],
            petitioner_contact=who["contact"], subject=who["subject"],
        )
        officer = Officer(
            department=follow[4], position=follow[1], name=follow[0],
            phone=docs.officer_phone(follow[2]), email=follow[3],
        )
        data = CorrectiveNoticeData(
            header=header, reference_label=who["reference_label"], occurred_at=who["at"],
            matter=who["subject"], action_label=CorrectiveKind(row.kind).label_ko,
            officer=officer,
        )
        pdf = corrective_notice_pdf(data)
        with self._db.write(actor, Operation.CORRECTIVE_WRITE) as (session, _staff):
            audit.record(
                session, at=self._clock(), actor=actor, desk=actor.desk,
                action="corrective.notice", entity="corrective_action", entity_id=action_id,
                detail={"number": row.number},
            )
        return RenderedDocument(
            pdf=pdf, title=notice_title(row.number),
            filename=f"{row.number}_시정조치_결과안내.pdf", number=row.number,
        )


def _active_staff(conn: Connection, staff_id: int, field: str, what: str) -> None:
    active = conn.execute(select(STAFF.c.active).where(STAFF.c.id == staff_id)).scalar()
    if active is None:
        raise ValidationError(field, translate(
            "Corrective",
            "{what}을(를) 찾을 수 없습니다. 다시 골라 주세요.",
        ).format(what=what))
    if field == "follow_up" and not active:
        raise ValidationError(field, translate(
            "Corrective",
            "{what}는 지금 근무하는 직원이어야 합니다.",
        ).format(what=what))


def _about(conn: Connection, row: Row[Any]) -> dict[str, Any]:
    """Who the notice goes to and what it is about: the case, else the visit."""
    if row.case_id is not None:
        case = conn.execute(select(CASE).where(CASE.c.id == row.case_id)).one()
        return {
            "reference": case.number, "reference_label": "접수번호",
            "at": to_seoul(case.received_at), "type": CaseType(case.case_type).label_ko,
            "channel": CaseChannel(case.channel).label_ko, "name": case.petitioner_name,
            "contact": case.petitioner_contact, "subject": case.subject,
        }
    if row.visit_id is not None:
        visit = conn.execute(select(VISIT).where(VISIT.c.id == row.visit_id)).one()
        at = to_seoul(visit.checked_in_at)
        return {
            "reference": f"방문 {at:%Y-%m-%d %H:%M}", "reference_label": "방문일시",
            "at": at, "type": "방문 민원", "channel": "방문", "name": visit.visitor_name,
            "contact": visit.visitor_phone, "subject": visit.purpose or "방문 상담",
        }
    raise StateError(
        translate(
            "Corrective",
            "이 시정조치에는 연결된 민원이나 방문 기록이 없어 결과 안내문을 보낼 곳이 "
            "없습니다.",
        )
    )


_ACTIONS = select(
    ACTION.c.id, ACTION.c.number, ACTION.c.staff_id, _SUBJECT.c.name, _SUBJECT.c.position,
    DEPARTMENT.c.name, ACTION.c.kind, ACTION.c.detail, ACTION.c.case_id, ACTION.c.visit_id,
    CASE.c.number, CASE.c.petitioner_name, VISIT.c.checked_in_at, VISIT.c.visitor_name,
    ACTION.c.follow_up_officer_id, _FOLLOW.c.name, _FOLLOW.c.position, ACTION.c.recorded_at,
    _RECORDER.c.name, _RECORDER.c.position,
).select_from(
    ACTION.join(_SUBJECT, _SUBJECT.c.id == ACTION.c.staff_id)
    .join(DEPARTMENT, DEPARTMENT.c.id == _SUBJECT.c.department_id)
    .join(_FOLLOW, _FOLLOW.c.id == ACTION.c.follow_up_officer_id)
    .join(_RECORDER, _RECORDER.c.id == ACTION.c.recorded_by_id)
    .outerjoin(CASE, CASE.c.id == ACTION.c.case_id)
    .outerjoin(VISIT, VISIT.c.id == ACTION.c.visit_id)
)


def _view(row: Row[Any]) -> CorrectiveView:
    (aid, number, staff_id, name, position, dept, kind, detail, case_id, visit_id,
     case_number, petitioner, visit_at, visitor, follow_id, follow_name, follow_pos,
     recorded_at, rec_name, rec_pos) = row
    if case_number:
        reference, person = case_number, petitioner
    elif visit_at is not None:
        reference, person = f"방문 {to_seoul(visit_at):%Y-%m-%d %H:%M}", visitor
    else:
        reference, person = "", ""
    return CorrectiveView(
        id=aid, number=number, staff_id=staff_id,
        staff_label=f"{staff_label(name, position)} ({dept})", kind=CorrectiveKind(kind),
        detail=detail, case_id=case_id, visit_id=visit_id, reference=reference,
        petitioner_masked=mask_name(person) if person else "",
        follow_up_officer_id=follow_id, follow_up_label=staff_label(follow_name, follow_pos),
        recorded_at=to_seoul(recorded_at), recorded_by=staff_label(rec_name, rec_pos),
    )
