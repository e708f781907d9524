"""Finding compensation candidates: each rule of the charter is one query over the
visits or cases, and each row found becomes a candidate with its evidence.

- repeat visit: a visit recorded at check-in as repeating an earlier one that failed
  through a staff error;
- deadline without notice: a case whose deadline passed before it was answered (only a
  lawful extension, with its notice, or a pause moves the deadline);
- discourtesy: a discourtesy complaint whose finding was "upheld";
- bribery report: a case registered as a bribery or corruption report.

The evidence and the reference are for the supervisor's screen and follow the desk's
language; the summary is what the voucher prints and the decision keeps, so it stays Korean.

A decided event stays decided: the decision (and its voucher) is attached, and lists
of open candidates leave it out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, and_, or_, select

from minwon_desk.domain.cases import CaseType
from minwon_desk.domain.charter import Charter
from minwon_desk.domain.compensation import CompensationKind, Decision, EventKey
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.privacy import mask_name
from minwon_desk.domain.timeutil import describe_late, describe_remaining, format_ko, to_seoul
from minwon_desk.services.orgchart import staff_label
from minwon_desk.services.supervision.compensation_dto import Candidate, DecisionView
from minwon_desk.services.tables import CASE, STAFF, VISIT, VOUCHER
from minwon_desk.services.tables import COMPENSATION_DECISION as DECISION

UPHELD = "upheld"
DISMISSED = "dismissed"

_EARLIER = VISIT.alias("earlier")
_EARLIER_OFFICER = STAFF.alias("earlier_officer")
_OFFICER = STAFF.alias("officer")


def candidates(
    conn: Connection,
    charter: Charter,
    now: datetime,
    *,
    kinds: Iterable[CompensationKind] | None = None,
    include_decided: bool = False,
    only: EventKey | None = None,
) -> list[Candidate]:
    """Every event the charter pays for, newest first (``only``: that one event)."""
    wanted = set(kinds) if kinds is not None else set(CompensationKind)
    if only is not None:
        wanted &= {only.kind}
    decisions = _decisions(conn, only)
    found: list[Candidate] = []
    for kind in CompensationKind:
        rule = charter.compensation_for(kind.value)
        if kind not in wanted or rule is None:
            continue  # the charter in use does not pay for this kind
        source_id = only.source_id if only is not None else None
        for key, fields in _FINDERS[kind](conn, now, source_id):
            decision = decisions.get(key)
            if decision is not None and not include_decided:
                continue
            found.append(
                Candidate(key=key, rule_label=rule.label, amount=rule.amount,
                          decision=decision, **fields)
            )
    found.sort(key=lambda c: (c.occurred_at, c.key.kind.value, c.key.source_id), reverse=True)
    return found


def _decisions(conn: Connection, only: EventKey | None) -> dict[EventKey, DecisionView]:
    query = (
        select(
            DECISION.c.kind, DECISION.c.source_id, DECISION.c.decision, DECISION.c.reason,
            DECISION.c.decided_at, STAFF.c.name, STAFF.c.position, VOUCHER.c.serial,
        )
        .select_from(
            DECISION.join(STAFF, STAFF.c.id == DECISION.c.decided_by_id).outerjoin(
                VOUCHER, VOUCHER.c.decision_id == DECISION.c.id
            )
        )
    )
    if only is not None:
        query = query.where(
            DECISION.c.kind == only.kind.value,
            DECISION.c.source == only.source,
            DECISION.c.source_id == only.source_id,
        )
    found: dict[EventKey, DecisionView] = {}
    for kind, source_id, decision, reason, at, name, position, serial in conn.execute(query):
        key = EventKey(CompensationKind(kind), int(source_id))
        found[key] = DecisionView(
            decision=Decision(decision), reason=reason, decided_at=to_seoul(at),
            decided_by=staff_label(name, position), voucher_serial=serial or "",
        )
    return found


_Found = Iterator[tuple[EventKey, dict[str, Any]]]


def _repeat_visits(conn: Connection, now: datetime, source_id: int | None) -> _Found:
    query = (
        select(
            VISIT.c.id, VISIT.c.checked_in_at, VISIT.c.visitor_name, VISIT.c.visitor_phone,
            VISIT.c.purpose, VISIT.c.repeat_note, _EARLIER.c.checked_in_at,
            _EARLIER.c.purpose, _EARLIER.c.officer_id, _EARLIER_OFFICER.c.name,
            _EARLIER_OFFICER.c.position,
        )
        .select_from(
            VISIT.join(_EARLIER, _EARLIER.c.id == VISIT.c.repeat_of_id).outerjoin(
                _EARLIER_OFFICER, _EARLIER_OFFICER.c.id == _EARLIER.c.officer_id
            )
        )
        .where(VISIT.c.repeat_staff_error.is_(True), VISIT.c.checked_in_at <= now)
    )
    if source_id is not None:
        query = query.where(VISIT.c.id == source_id)
    for row in conn.execute(query):
        (visit_id, at, name, phone, purpose, note, earlier_at, earlier_purpose,
         officer_id, officer_name, officer_position) = row
        officer = staff_label(officer_name, officer_position)
        evidence = [
            translate("Candidates", "앞선 방문: {at}").format(at=format_ko(earlier_at))
            + (translate("Candidates", ", 담당 {officer}").format(officer=officer) if officer else "")
            + (translate("Candidates", ", 용건 '{purpose}'").format(purpose=earlier_purpose)
               if earlier_purpose else ""),
            translate("Candidates", "다시 방문: {at}").format(at=format_ko(at))
            + (translate("Candidates", ", 용건 '{purpose}'").format(purpose=purpose) if purpose else ""),
            translate("Candidates", "안내 직원이 기록한 직원 잘못: {note}").format(note=note) if note
            else translate("Candidates", "직원 잘못으로 다시 방문했다고 기록됨"),
        ]
        yield EventKey(CompensationKind.REPEAT_VISIT, int(visit_id)), {
            "occurred_at": to_seoul(at),
            "recipient_name": name,
            "recipient_masked": mask_name(name),
            "recipient_contact": phone,
            "reference": translate("Candidates", "방문 {at}").format(at=f"{to_seoul(at):%Y-%m-%d %H:%M}"),
            "subject": purpose or earlier_purpose,
            "officer_id": officer_id,
            "officer_label": officer,
            "evidence": tuple(evidence),
            "summary": f"{format_ko(earlier_at)} 방문, {format_ko(at)} 다시 방문",
            "visit_id": int(visit_id),
            "case_id": None,
        }


_CASE_COLUMNS = (
    CASE.c.id, CASE.c.number, CASE.c.received_at, CASE.c.petitioner_name,
    CASE.c.petitioner_contact, CASE.c.subject, CASE.c.officer_id, _OFFICER.c.name,
    _OFFICER.c.position, CASE.c.due_at, CASE.c.original_due_at, CASE.c.extensions,
    CASE.c.answered_at, CASE.c.finding_note, CASE.c.found_at,
)


def _case_query(source_id: int | None, *conditions: Any) -> Any:
    query = (
        select(*_CASE_COLUMNS)
        .select_from(CASE.outerjoin(_OFFICER, _OFFICER.c.id == CASE.c.officer_id))
        .where(*conditions)
    )
    return query if source_id is None else query.where(CASE.c.id == source_id)


def _case_fields(row: Row[Any], occurred_at: datetime, evidence: list[str]) -> dict[str, Any]:
    officer = staff_label(row.name, row.position)
    return {
        "occurred_at": to_seoul(occurred_at),
        "recipient_name": row.petitioner_name,
        "recipient_masked": mask_name(row.petitioner_name) if row.petitioner_name else "",
        "recipient_contact": row.petitioner_contact,
        "reference": row.number,
        "subject": row.subject,
        "officer_id": row.officer_id,
        "officer_label": officer,
        "evidence": (
            translate("Candidates", "민원 {number} ({at} 접수): {subject}").format(
                number=row.number, at=format_ko(row.received_at), subject=row.subject),
            *evidence,
        ),
        "summary": f"민원 {row.number} ({format_ko(row.received_at)} 접수)",
        "visit_id": None,
        "case_id": int(row.id),
    }


def _late_cases(conn: Connection, now: datetime, source_id: int | None) -> _Found:
    query = _case_query(
        source_id,
        CASE.c.due_at < now,
        or_(
            and_(CASE.c.answered_at.is_(None), CASE.c.state == "open"),
            CASE.c.answered_at > CASE.c.due_at,
        ),
    )
    for row in conn.execute(query):
        moved = (
            translate("Candidates", "처리기한 {due} (연장 {n}회, 기한 전 통지 후 옮겨진 기한)").format(
                due=format_ko(row.due_at), n=row.extensions)
            if row.extensions
            else translate("Candidates", "처리기한 {due} (연장 통지 없음)").format(due=format_ko(row.due_at))
        )
        if row.answered_at is not None:
            late = describe_late(row.answered_at - row.due_at)
            outcome = translate("Candidates", "회신 {at}: 기한보다 {late}").format(
                at=format_ko(row.answered_at), late=late)
        else:
            outcome = translate("Candidates", "아직 회신하지 않음: 기한 {left}").format(
                left=describe_remaining(row.due_at - now))
        yield EventKey(CompensationKind.DEADLINE_WITHOUT_NOTICE, int(row.id)), _case_fields(
            row, row.due_at, [moved, outcome]
        )


def _upheld_discourtesy(conn: Connection, now: datetime, source_id: int | None) -> _Found:
    query = _case_query(
        source_id,
        CASE.c.case_type == CaseType.DISCOURTESY.value,
        CASE.c.finding == UPHELD,
        CASE.c.found_at <= now,
    )
    for row in conn.execute(query):
        finding = translate("Candidates", "조사 결과 인정 ({at})").format(at=format_ko(row.found_at))
        if row.finding_note:
            finding += f": {row.finding_note}"
        yield EventKey(CompensationKind.DISCOURTESY, int(row.id)), _case_fields(
            row, row.found_at, [finding]
        )


def _bribery_reports(conn: Connection, now: datetime, source_id: int | None) -> _Found:
    query = _case_query(
        source_id, CASE.c.case_type == CaseType.BRIBERY.value, CASE.c.received_at <= now
    )
    for row in conn.execute(query):
        yield EventKey(CompensationKind.BRIBERY_REPORT, int(row.id)), _case_fields(
            row, row.received_at, [translate("Candidates", "금품수수·부정비리 신고로 접수됨")]
        )


_FINDERS = {
    CompensationKind.REPEAT_VISIT: _repeat_visits,
    CompensationKind.DEADLINE_WITHOUT_NOTICE: _late_cases,
    CompensationKind.DISCOURTESY: _upheld_discourtesy,
    CompensationKind.BRIBERY_REPORT: _bribery_reports,
}
