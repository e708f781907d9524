"""The columns of a case list: what each shows and how it sorts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from operator import attrgetter
from typing import Any

from minwon_desk.domain.case_clock import CaseStatus
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.services.cases.dto import CaseView
from minwon_desk.ui.cases.text import (
    clock_key,
    flag_text,
    remaining_text,
    status_of,
    status_text,
    when,
)
from minwon_desk.ui.i18n import translate

(
    NUMBER, RECEIVED, TYPE, SUBJECT, PETITIONER, OFFICER, DEPARTMENT, DUE, LEFT, STATUS, FLAG,
) = range(11)
COLUMN_COUNT = 11
CLOCK_COLUMNS = (LEFT, STATUS, FLAG)  # what changes with time alone
# Plain fields sort through attrgetter (C speed over 50,000 rows); the sort is stable, so
# equal values keep the order they had.
_FIELDS = {
    NUMBER: "number", RECEIVED: "received_at", TYPE: "type_label", SUBJECT: "subject",
    PETITIONER: "petitioner_masked", OFFICER: "officer", DEPARTMENT: "department", DUE: "due_at",
}
# Sorting by the state column: what needs action first.
_STATUS_RANK = {
    CaseStatus.OVERDUE: 0, CaseStatus.WARNING: 1, CaseStatus.EXTENDED: 2, CaseStatus.ON_TIME: 3,
    CaseStatus.PAUSED: 4, CaseStatus.DONE: 5,
}


def sort_key(column: int, now: datetime) -> Callable[[CaseView], Any]:
    """How a column sorts at ``now`` ("남은 시간": the clock order)."""
    if column in _FIELDS:
        return attrgetter(_FIELDS[column])
    if column == STATUS:
        return lambda c: (_STATUS_RANK[status_of(c, now)], c.due_at)
    if column == FLAG:
        return lambda c: (not c.late(now), not c.interim_owed(now), c.due_at)
    return clock_key


def headers() -> tuple[str, ...]:
    return (
        translate("CaseListModel", "접수번호"), translate("CaseListModel", "접수일시"), translate("CaseListModel", "종류"), translate("CaseListModel", "제목"), translate("CaseListModel", "민원인"),
        translate("CaseListModel", "담당자"), translate("CaseListModel", "부서"), translate("CaseListModel", "처리기한"), translate("CaseListModel", "남은 시간"), translate("CaseListModel", "상태"), translate("CaseListModel", "알림"),
    )


def cell_text(
    case: CaseView, column: int, now: datetime, status: Callable[[CaseView], CaseStatus]
) -> str:
    """What one cell of the case list says at ``now``."""
    if column == NUMBER:
        return case.number
    if column == RECEIVED:
        return f"{to_seoul(case.received_at):%Y-%m-%d %H:%M}"
    if column in _PLAIN:
        return str(getattr(case, _PLAIN[column]))
    if column == OFFICER:
        return case.officer or translate("CaseListModel", "(지정 전)")
    if column == DUE:
        return when(case.due_at)
    if column == LEFT:
        return remaining_text(case, now)
    if column == STATUS:
        return status_text(case, status(case))
    if column == FLAG:
        return flag_text(case, now)
    return ""


_PLAIN = {TYPE: "type_label", SUBJECT: "subject", PETITIONER: "petitioner_masked",
          DEPARTMENT: "department"}
