"""Reading cases: the lists (mine, the desk's, by state), one case whole, and the
mapping of rows to the plain views the screens and the command line get.

Lists are Core statements turned straight into views: 50,000 cases come back without
ORM objects in between.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Row, and_, or_, select

from minwon_desk.domain import i18n
from minwon_desk.domain.case_clock import CaseStatus
from minwon_desk.domain.cases import CaseType, stage_label
from minwon_desk.domain.errors import NotFoundError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.particles import settle
from minwon_desk.domain.privacy import mask_name
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.cases.dto import CaseEventView, CaseView, DocumentRef, StageView
from minwon_desk.services.orgchart import staff_label, units_under
from minwon_desk.services.tables import (
    CASE,
    CASE_DOCUMENT,
    CASE_EVENT,
    CASE_STAGE,
    DEPARTMENT,
    MEMO,
    STAFF,
    seoul,
)

_OFFICER = STAFF.alias("officer")
_DEPT = DEPARTMENT.alias("case_dept")
# The type labels in the language of the last lookup that read them: a year's list asks for
# them 50,000 times.
_type_labels: tuple[object, dict[str, str]] = (object(), {})


def _type_label(case_type: str) -> str:
    global _type_labels  # a cache, refilled when the desk's language changes
    lookup, labels = _type_labels
    if lookup is not i18n.installed():
        labels = {kind.value: kind.label for kind in CaseType}
        _type_labels = (i18n.installed(), labels)
    return labels.get(case_type, case_type)

# In the order ``view`` unpacks them.
VIEW = select(
    CASE.c.id, CASE.c.number, CASE.c.received_at, CASE.c.case_type, CASE.c.channel,
    CASE.c.subject, CASE.c.petitioner_name, CASE.c.officer_id, _OFFICER.c.name,
    _OFFICER.c.position, _OFFICER.c.employee_no, CASE.c.department_id, _DEPT.c.name,
    CASE.c.due_at, CASE.c.warn_at, CASE.c.state, CASE.c.paused_at, CASE.c.extensions,
    CASE.c.interim_due_at, CASE.c.answered_at,
).select_from(
    CASE.outerjoin(_OFFICER, _OFFICER.c.id == CASE.c.officer_id).outerjoin(
        _DEPT, _DEPT.c.id == CASE.c.department_id
    )
)

# Open cases first, by time left (overdue first); answered ones after, newest first.
_BY_CLOCK = (CASE.c.answered_at.is_not(None), CASE.c.due_at, CASE.c.id)

OPEN = "open"
PAUSED = "paused"
ANSWERED = "answered"
TRANSFERRED = "transferred"  # sent to another agency (이송): closed here, its history kept
CLOSED = (ANSWERED, TRANSFERRED)


@lru_cache(maxsize=4096)
def _masked(name: str) -> str:
    # Petitioners come back again and again in a year's register.
    return mask_name(name) if name else ""


def view(row: Row[Any]) -> CaseView:
    (
        case_id, number, received_at, case_type, channel, subject, petitioner, officer_id,
        officer_name, officer_position, officer_no, department_id, department, due_at,
        warn_at, state, paused_at, extensions, interim_due_at, answered_at,
    ) = row
    return CaseView(
        id=case_id,
        number=number,
        received_at=received_at.astimezone(SEOUL),
        case_type=case_type,
        type_label=_type_label(case_type),
        channel=channel,
        subject=subject,
        petitioner_masked=_masked(petitioner),
        officer_id=officer_id,
        officer=staff_label(officer_name, officer_position),
        officer_employee_no=officer_no or "",
        department_id=department_id,
        department=department or "",
        due_at=due_at.astimezone(SEOUL),
        warn_at=seoul(warn_at),
        state=state,
        paused_at=seoul(paused_at),
        extensions=extensions,
        interim_due_at=seoul(interim_due_at),
        answered_at=seoul(answered_at),
    )


def one(conn: Connection, case_id: int) -> CaseView:
    row = conn.execute(VIEW.where(CASE.c.id == case_id)).first()
    if row is None:
        raise NotFoundError(missing(case_id))
    return view(row)


def missing(case_id: int | str) -> str:
    return settle(translate(
        "Cases",
        "민원 {case_id}을(를) 찾을 수 없습니다. 목록을 새로 고쳐 주세요.",
    ).format(case_id=case_id))


def id_by_number(conn: Connection, number: str) -> int:
    found = conn.execute(select(CASE.c.id).where(CASE.c.number == number.strip())).scalar()
    if found is None:
        raise NotFoundError(
            translate(
                "Cases",
                "접수번호 {number}인 민원이 없습니다. 'minwon-desk case list'로 번호를 "
                "확인해 주세요.",
            ).format(number=number.strip())
        )
    return int(found)


def listing(
    conn: Connection,
    *,
    now: datetime,
    officer_id: int | None = None,
    department_id: int | None = None,
    status: CaseStatus | None = None,
    include_done: bool = True,
    limit: int | None = None,
) -> list[CaseView]:
    """Cases in clock order, narrowed in SQL as far as the state allows; the exact state
    (which depends on ``now``) is settled on the views."""
    query = VIEW
    if officer_id is not None:
        query = query.where(CASE.c.officer_id == officer_id)
    if department_id is not None:
        query = query.where(CASE.c.department_id.in_(units_under(conn, department_id)))
    if status is CaseStatus.DONE:
        query = query.where(CASE.c.state.in_(CLOSED))
    elif status is CaseStatus.PAUSED:
        query = query.where(CASE.c.state == PAUSED)
    elif status is CaseStatus.OVERDUE:
        query = query.where(CASE.c.state == OPEN, CASE.c.due_at <= now)
    elif status is not None:
        query = query.where(CASE.c.state == OPEN, CASE.c.due_at > now)
    elif not include_done:
        query = query.where(CASE.c.state.not_in(CLOSED))
    query = query.order_by(*_BY_CLOCK)
    if limit is not None and status in (None, CaseStatus.DONE, CaseStatus.PAUSED):
        query = query.limit(limit)
    views = [view(r) for r in conn.execute(query).all()]
    if status in (CaseStatus.WARNING, CaseStatus.EXTENDED, CaseStatus.ON_TIME):
        views = [v for v in views if v.status(now) is status]
        if limit is not None:
            views = views[:limit]
    return views


def received_between(conn: Connection, since: datetime, until: datetime) -> list[Row[Any]]:
    """(id, petitioner name, contact, subject, received_at) of cases received in
    ``[since, until]``: the candidates for a likely duplicate."""
    query = select(
        CASE.c.id, CASE.c.petitioner_name, CASE.c.petitioner_contact, CASE.c.subject,
        CASE.c.received_at,
    ).where(CASE.c.received_at >= since, CASE.c.received_at <= until).order_by(CASE.c.id.desc())
    return list(conn.execute(query))


def late_open(conn: Connection, now: datetime) -> list[CaseView]:
    """Open cases past their deadline: nobody told the petitioner a new date in time."""
    query = VIEW.where(CASE.c.state == OPEN, CASE.c.due_at < now).order_by(*_BY_CLOCK)
    return [view(r) for r in conn.execute(query)]


def late_ids(conn: Connection, since: datetime, until: datetime) -> list[int]:
    """Cases received in [since, until) whose deadline passed before they were answered."""
    query = select(CASE.c.id).where(
        CASE.c.received_at >= since,
        CASE.c.received_at < until,
        or_(
            and_(CASE.c.answered_at.is_(None), CASE.c.state == OPEN, CASE.c.due_at < until),
            CASE.c.answered_at > CASE.c.due_at,
        ),
    )
    return [int(i) for i in conn.execute(query).scalars()]


# What the case's history calls each event, translated where it is shown.
_EVENT_LABELS = {
    "registered": QT_TRANSLATE_NOOP("CaseEvent", "접수"),
    "assigned": QT_TRANSLATE_NOOP("CaseEvent", "담당자 지정"),
    "note": QT_TRANSLATE_NOOP("CaseEvent", "진행 메모"),
    "pause": QT_TRANSLATE_NOOP("CaseEvent", "보완 요청 (기한 멈춤)"),
    "resume": QT_TRANSLATE_NOOP("CaseEvent", "보완 접수 (기한 다시 흐름)"),
    "extend": QT_TRANSLATE_NOOP("CaseEvent", "처리기간 연장"),
    "interim": QT_TRANSLATE_NOOP("CaseEvent", "중간 통지"),
    "stage": QT_TRANSLATE_NOOP("CaseEvent", "1357 단계"),
    "answer": QT_TRANSLATE_NOOP("CaseEvent", "회신"),
    "transfer_out": QT_TRANSLATE_NOOP("CaseEvent", "다른 기관으로 이송"),
    "site_visit": QT_TRANSLATE_NOOP("CaseEvent", "현장 방문"),
    "finding": QT_TRANSLATE_NOOP("CaseEvent", "조사 결과"),
    "related": QT_TRANSLATE_NOOP("CaseEvent", "관련 민원 연결"),
    "notify": QT_TRANSLATE_NOOP("CaseEvent", "알림 방법 변경"),
}


def event_label(kind: str) -> str:
    """An event of the case's history in the desk's language (an unknown kind as stored)."""
    label = _EVENT_LABELS.get(kind)
    return translate("CaseEvent", label) if label is not None else kind

_ACTOR = STAFF.alias("event_actor")
_TO = STAFF.alias("event_to")
_EVENTS = (
    select(
        CASE_EVENT.c.at, _ACTOR.c.name, _ACTOR.c.position, CASE_EVENT.c.kind,
        CASE_EVENT.c.note, _TO.c.name, _TO.c.position, CASE_EVENT.c.due_before,
        CASE_EVENT.c.due_after,
    )
    .select_from(
        CASE_EVENT.outerjoin(_ACTOR, _ACTOR.c.id == CASE_EVENT.c.actor_id).outerjoin(
            _TO, _TO.c.id == CASE_EVENT.c.to_id
        )
    )
    .order_by(CASE_EVENT.c.at, CASE_EVENT.c.id)
)


def events(conn: Connection, case_id: int) -> tuple[CaseEventView, ...]:
    found = []
    for at, actor, actor_pos, kind, note, to_name, to_pos, before, after in conn.execute(
        _EVENTS.where(CASE_EVENT.c.case_id == case_id)
    ):
        text = event_label(kind)
        if kind == "stage" and note:
            text = translate("CaseEvent", "1357 {stage}").format(stage=stage_label(note))
            note = ""
        found.append(
            CaseEventView(
                at=at.astimezone(SEOUL), actor=staff_label(actor, actor_pos), kind=kind,
                label=text, note=note, to_name=staff_label(to_name, to_pos),
                due_before=seoul(before), due_after=seoul(after),
            )
        )
    return tuple(found)


def stages(conn: Connection, case_id: int) -> tuple[StageView, ...]:
    rows = conn.execute(
        select(CASE_STAGE.c.key, CASE_STAGE.c.due_at, CASE_STAGE.c.met_at)
        .where(CASE_STAGE.c.case_id == case_id)
        .order_by(CASE_STAGE.c.due_at)
    )
    return tuple(
        StageView(key, translate("CaseEvent", "1357 {stage}").format(stage=stage_label(key)),
                  due_at.astimezone(SEOUL), seoul(met_at))
        for key, due_at, met_at in rows
    )


# The documents' own titles stay Korean on the paper (documents/); these are the names the
# window and the command line give them, translated where shown.
DOCUMENT_LABELS = {
    "receipt": QT_TRANSLATE_NOOP("CaseDocument", "접수증"),
    "reply": QT_TRANSLATE_NOOP("CaseDocument", "회신문"),
    "extension": QT_TRANSLATE_NOOP("CaseDocument", "처리기간 연장 통지"),
    "interim": QT_TRANSLATE_NOOP("CaseDocument", "중간 통지"),
    "transfer": QT_TRANSLATE_NOOP("CaseDocument", "이송 통지"),
}


def document_label(kind: str, ordinal: int) -> str:
    """'회신문', '중간 통지 (2차)': an issued document's name in the desk's language."""
    base = translate("CaseDocument", DOCUMENT_LABELS[kind])
    if kind in ("extension", "interim"):
        return translate("CaseDocument", "{document} ({ordinal}차)").format(document=base, ordinal=ordinal)
    return base


def documents(conn: Connection, case_id: int) -> tuple[DocumentRef, ...]:
    rows = conn.execute(
        select(
            CASE_DOCUMENT.c.kind, CASE_DOCUMENT.c.ordinal, CASE_DOCUMENT.c.number,
            CASE_DOCUMENT.c.issued_at,
        )
        .where(CASE_DOCUMENT.c.case_id == case_id)
        .order_by(CASE_DOCUMENT.c.issued_at, CASE_DOCUMENT.c.id)
    )
    return tuple(
        DocumentRef(kind, document_label(kind, ordinal), ordinal, number, at.astimezone(SEOUL))
        for kind, ordinal, number, at in rows
    )


def document_payload(
    conn: Connection, case_id: int, kind: str, ordinal: int | None
) -> tuple[str, int, datetime, int | None, dict[str, Any]]:
    """(number, ordinal, issued_at, issued_by_id, payload) of an issued document; the
    latest of its kind when ``ordinal`` is None."""
    query = select(
        CASE_DOCUMENT.c.number, CASE_DOCUMENT.c.ordinal, CASE_DOCUMENT.c.issued_at,
        CASE_DOCUMENT.c.issued_by_id, CASE_DOCUMENT.c.payload,
    ).where(CASE_DOCUMENT.c.case_id == case_id, CASE_DOCUMENT.c.kind == kind)
    if ordinal is not None:
        query = query.where(CASE_DOCUMENT.c.ordinal == ordinal)
    row = conn.execute(query.order_by(CASE_DOCUMENT.c.ordinal.desc()).limit(1)).first()
    if row is None:
        raise NotFoundError(_no_document(kind, ordinal))
    number, found_ordinal, issued_at, by_id, payload = row
    return number, found_ordinal, issued_at.astimezone(SEOUL), by_id, json.loads(payload)


def _no_document(kind: str, ordinal: int | None) -> str:
    what = translate("CaseDocument", DOCUMENT_LABELS[kind])
    if kind == "reply":
        return translate(
            "Cases",
            "아직 회신하지 않은 민원입니다. 회신 내용을 적어 회신한 뒤에 회신문을 인쇄할 수 "
            "있습니다.",
        )
    if ordinal is not None:
        return translate("Cases", "이 민원에는 {ordinal}차 {what}가 없습니다.").format(ordinal=ordinal, what=what)
    if kind == "extension":
        return translate("Cases", "이 민원은 처리기간을 연장한 적이 없어 연장 통지가 없습니다.")
    return translate("Cases", "이 민원에는 아직 {what}가 없습니다.").format(what=what)


def memo_numbers(conn: Connection, memo_ids: Iterable[int]) -> dict[int, str]:
    ids = list(memo_ids)
    if not ids:
        return {}
    rows = conn.execute(select(MEMO.c.id, MEMO.c.number).where(MEMO.c.id.in_(ids)))
    return {int(i): n for i, n in rows}
