"""One case whole: its fields, clocks, history and issued documents."""

from __future__ import annotations

from sqlalchemy.orm import Session

from minwon_desk.domain.cases import (
    answer_clock,
    parse_channel,
    parse_type,
)
from minwon_desk.domain.charter import Charter
from minwon_desk.domain.errors import NotFoundError
from minwon_desk.domain.periods import Period
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.cases import queries as q
from minwon_desk.services.cases.dto import CaseDetail
from minwon_desk.services.notices import outbox
from minwon_desk.services.orgchart import staff_label
from minwon_desk.store.models import Case, Staff


def read_detail(session: Session, charter: Charter, case_id: int) -> CaseDetail:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(q.missing(case_id))
    conn = session.connection()
    spec = answer_clock(charter, parse_type(case.case_type), parse_channel(case.channel))
    memo_number = q.memo_numbers(conn, [case.memo_id]).get(case.memo_id, "") if case.memo_id else ""
    return CaseDetail(
        view=q.one(conn, case_id),
        content=case.content,
        attachments=tuple(line for line in case.attachments.splitlines() if line),
        petitioner_name=case.petitioner_name,
        petitioner_contact=case.petitioner_contact,
        registered_by=_name(session, case.registered_by_id),
        desk=case.desk,
        memo_number=memo_number,
        routed_note=case.routed_note,
        transfer_due_at=case.transfer_due_at.astimezone(SEOUL),
        transferred_at=case.transferred_at.astimezone(SEOUL) if case.transferred_at else None,
        # The stored period is the case's own; the label is today's wording of it.
        clock_label=spec.shown_label if spec.key == case.clock_key else case.clock_key,
        clock_basis=spec.shown_basis if spec.key == case.clock_key else "",
        period=case.period,
        period_label=Period.parse(case.period).label(),
        original_due_at=case.original_due_at.astimezone(SEOUL),
        pause_reason=case.pause_reason,
        answer_text=case.answer_text,
        answered_by=_name(session, case.answered_by_id),
        stages=q.stages(conn, case_id),
        events=q.events(conn, case_id),
        documents=q.documents(conn, case_id),
        notify=case.notify,
        notify_email=case.notify_email,
        notify_mobile=case.notify_mobile,
        notices=tuple(outbox.views(conn, case_id=case_id)),
    )


def _name(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    staff = session.get(Staff, staff_id)
    return staff_label(staff.name, staff.position) if staff else ""
