"""What every action on a registered case shares: the case locked for the write, the
guards on its state, its history event, the document it issues and the ``CaseChanged``
it announces. Used by the officer's actions (progress), transfers and site visits.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.timeutil import SEOUL, format_day, format_ko, to_seoul
from minwon_desk.services.cases import queries as q
from minwon_desk.services.cases.dto import DocumentRef
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import CaseChange, CaseChanged
from minwon_desk.store.models import Case, CaseDocument, CaseEvent


def document_number(case_number: str, kind: str, ordinal: int) -> str:
    """'MSS-2026-000123-회신', '…-연장1', '…-중간2': unique, readable on the paper."""
    suffix = {"receipt": "접수", "reply": "회신", "extension": "연장", "interim": "중간",
              "transfer": "이송"}[kind]
    return f"{case_number}-{suffix}{ordinal if kind in ('extension', 'interim') else ''}"


def _changed(case: Case, change: CaseChange, actor: Actor) -> CaseChanged:
    return CaseChanged(case.id, change, case.officer_id, origin=actor.origin)


def _locked(session: Session, case_id: int) -> Case:
    # FOR UPDATE on PostgreSQL: two officers acting on one case queue up.
    case = session.scalars(select(Case).where(Case.id == case_id).with_for_update()).first()
    if case is None:
        raise NotFoundError(q.missing(case_id))
    return case


def _require_open(case: Case, what: str) -> None:
    if case.state == q.TRANSFERRED:
        when = format_ko(case.answered_at) if case.answered_at else ""
        raise StateError(translate(
            "Cases",
            "민원 {number}은(는) {when}에 다른 기관으로 이송했습니다. {what}.",
        ).format(number=case.number, when=when, what=what))
    if case.state == q.ANSWERED:
        when = format_ko(case.answered_at) if case.answered_at else ""
        raise StateError(translate(
            "Cases",
            "민원 {number}은(는) {when}에 이미 회신했습니다. {what}.",
        ).format(number=case.number, when=when, what=what))


def _require_officer(case: Case, document: str) -> None:
    if case.officer_id is None:
        raise ValidationError(
            "officer", translate(
                "Cases",
                "담당자가 정해지지 않았습니다. {document}에는 담당자가 적혀야 하므로 먼저 "
                "담당자를 지정해 주세요.",
            ).format(document=document)
        )


def _end_of(day: date, now: datetime, close: Any, is_working_day: Any) -> datetime:
    if day < to_seoul(now).date():
        raise ValidationError("expected_date", translate(
            "Cases",
            "처리 예정일이 오늘보다 앞입니다. 날짜를 확인해 주세요.",
        ))
    if not is_working_day(day):
        raise ValidationError("expected_date", translate("Cases", "{day}은(는) 근무일이 아닙니다.").format(day=format_day(day)))
    return datetime.combine(day, close, tzinfo=SEOUL)


def _events_of(session: Session, case: Case, kind: str) -> int:
    return session.scalar(select(func.count()).select_from(CaseEvent).where(
        CaseEvent.case_id == case.id, CaseEvent.kind == kind)) or 0


def _event(
    session: Session, case: Case, at: datetime, actor: Actor, kind: str, *, note: str = "",
    to_id: int | None = None, due_before: datetime | None = None,
    due_after: datetime | None = None,
) -> None:
    session.add(CaseEvent(case_id=case.id, at=at, actor_id=actor.staff_id, kind=kind,
                          note=note, to_id=to_id, due_before=due_before, due_after=due_after))


def _issue(
    session: Session, case: Case, kind: str, ordinal: int, at: datetime, actor: Actor,
    payload: dict[str, Any],
) -> DocumentRef:
    number = document_number(case.number, kind, ordinal)
    # The officer the document names, as on the day it was issued.
    kept = {**payload, "officer_id": case.officer_id}
    session.add(CaseDocument(case_id=case.id, kind=kind, ordinal=ordinal, number=number,
                             issued_at=at, issued_by_id=actor.staff_id,
                             payload=json.dumps(kept, ensure_ascii=False)))
    return DocumentRef(kind, q.document_label(kind, ordinal), ordinal, number, to_seoul(at))

