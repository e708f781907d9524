"""The stored tables as Core handles, one name each, for the reads and writes that work on
rows straight (lists of thousands built without ORM objects, bulk imports); and the one
conversion every mapping of those rows makes: a stored instant to Seoul time."""

from __future__ import annotations

from datetime import datetime

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.store.models import (
    Absence,
    Agency,
    Case,
    CaseDocument,
    CaseEvent,
    CaseStage,
    CompensationDecision,
    CorrectiveAction,
    Department,
    Memo,
    MemoEvent,
    Staff,
    Visit,
    Voucher,
    VoucherBudget,
)

AGENCY = Agency.metadata.tables["agency"]
DEPARTMENT = Department.metadata.tables["department"]
STAFF = Staff.metadata.tables["staff"]
ABSENCE = Absence.metadata.tables["absence"]
VISIT = Visit.metadata.tables["visit"]
MEMO = Memo.metadata.tables["memo"]
MEMO_EVENT = MemoEvent.metadata.tables["memo_event"]
CASE = Case.metadata.tables["minwon_case"]
CASE_EVENT = CaseEvent.metadata.tables["case_event"]
CASE_STAGE = CaseStage.metadata.tables["case_stage"]
CASE_DOCUMENT = CaseDocument.metadata.tables["case_document"]
COMPENSATION_DECISION = CompensationDecision.metadata.tables["compensation_decision"]
VOUCHER = Voucher.metadata.tables["voucher"]
VOUCHER_BUDGET = VoucherBudget.metadata.tables["voucher_budget"]
CORRECTIVE_ACTION = CorrectiveAction.metadata.tables["corrective_action"]


def seoul(dt: datetime | None) -> datetime | None:
    """A stored instant in Seoul time; None stays None."""
    # Stored instants always come back aware (UtcDateTime): no need to check again.
    return dt.astimezone(SEOUL) if dt is not None else None
