"""Where each kind of record keeps its personal data: the table, the moment its retention
period counts from, the fields a purge destroys (in it and in the rows that hang off it),
and what its audit rows are called.

What a purge keeps: ids, numbers of the registers, states, every time (received, due,
greeted, answered, …), who handled it, the type and channel, ratings and scores — the
counts and times the monthly self-inspection and the reports are made of.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from sqlalchemy import ColumnElement, Table, and_

from minwon_desk.domain.retention import RecordKind
from minwon_desk.store.models import (
    Case,
    CaseDocument,
    CaseEvent,
    CompensationDecision,
    Memo,
    MemoEvent,
    NoticeOutbox,
    SiteVisit,
    SurveyResponse,
    Visit,
    Voucher,
)

_ = ""  # what a destroyed text field holds


def _table(model: type) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


@dataclass(frozen=True, slots=True)
class Child:
    """Rows that hang off a purged record and hold its personal data too."""

    table: Table
    key: str  # the column naming the parent's id
    blank: Mapping[str, str]
    only: Mapping[str, str] = field(default_factory=dict)  # further equalities ("source")


@dataclass(frozen=True, slots=True)
class KindSpec:
    kind: RecordKind
    table: Table
    closed: str  # the column the period counts from
    blank: Mapping[str, str]  # personal column → what it holds after the purge
    children: tuple[Child, ...] = ()
    audit_entity: str = ""  # audit rows about it: ``entity`` = this, ``entity_id`` = its id

    def due_clause(self, before: object) -> ColumnElement[bool]:
        c = self.table.c
        return and_(c.purged_at.is_(None), c[self.closed].is_not(None), c[self.closed] < before)


_VISIT, _MEMO, _CASE = _table(Visit), _table(Memo), _table(Case)
_DECISION = _table(CompensationDecision)

SPECS: Mapping[RecordKind, KindSpec] = MappingProxyType({
    RecordKind.VISIT: KindSpec(
        RecordKind.VISIT, _VISIT, "checked_in_at",
        {"visitor_name": _, "visitor_phone": _, "purpose": _, "repeat_note": _},
        (Child(_DECISION, "source_id", {"reason": _}, {"source": "visit"}),),
        audit_entity="visit",
    ),
    RecordKind.MEMO: KindSpec(
        RecordKind.MEMO, _MEMO, "closed_at",
        {"caller_name": _, "caller_phone": _, "caller_org": _, "gist": _, "address": _,
         "close_reason": _},
        (Child(_table(MemoEvent), "memo_id", {"note": _}),
         # The messages to the caller (where to, what they said).
         Child(_table(NoticeOutbox), "memo_id",
               {"recipient": _, "subject": _, "body": _, "last_error": _})),
        audit_entity="memo",
    ),
    RecordKind.CASE: KindSpec(
        RecordKind.CASE, _CASE, "answered_at",
        {"petitioner_name": _, "petitioner_contact": _, "subject": _, "content": _,
         "attachments": _, "pause_reason": _, "answer_text": _, "finding_note": _,
         "notify_email": _, "notify_mobile": _},
        (Child(_table(CaseEvent), "case_id", {"note": _}),
         # The notices sent (where to, what they said) and the visits to the company.
         Child(_table(NoticeOutbox), "case_id",
               {"recipient": _, "subject": _, "body": _, "last_error": _}),
         Child(_table(SiteVisit), "case_id",
               {"company": _, "customer": _, "place": _, "agenda": _, "agreed_how": _,
                "outcome": _}),
         # The documents issued (receipt, reply, notices) are kept as what they said:
         # the text goes, the number and the time of issue stay.
         Child(_table(CaseDocument), "case_id", {"payload": "{}"}),
         Child(_DECISION, "source_id", {"reason": _}, {"source": "case"})),
        audit_entity="case",
    ),
    RecordKind.SURVEY: KindSpec(
        RecordKind.SURVEY, _table(SurveyResponse), "entered_at", {"comment": _},
        audit_entity="survey_response",
    ),
    RecordKind.VOUCHER: KindSpec(
        RecordKind.VOUCHER, _table(Voucher), "issued_at",
        {"recipient_name": _, "recipient_contact": _, "reason": _, "void_reason": _},
        audit_entity="voucher",
    ),
})

# The kinds a purge destroys, in this order. The access log names records by id only and
# holds no names or numbers; it is listed with its period, and kept (see README).
PURGED: tuple[RecordKind, ...] = tuple(SPECS)

# How the ledger says it was done.
METHOD_SQLITE = ("개인정보 항목(성명·연락처·주소·요지·내용·메모 등)을 지워 복구할 수 없게 함 — "
                 "SQLite secure_delete로 덮어쓰고 VACUUM으로 빈 공간까지 정리")
METHOD_PG = ("개인정보 항목(성명·연락처·주소·요지·내용·메모 등)을 지워 복구할 수 없게 함 — "
             "PostgreSQL VACUUM FULL로 옛 행을 물리적으로 정리")
