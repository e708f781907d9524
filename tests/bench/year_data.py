"""A year of desk records in a fresh SQLite file, for the benchmarks that read a year.

About 200,000 visits, 50,000 phone memos, 20,000 cases (with their extension events),
500 vouchers and 120 corrective actions, from December 2025 to 20 November 2026, for an
agency of 300 staff in 20 departments. Written with Core bulk inserts (about half a
minute); the file is kept in the temporary folder and reused while its recipe is
unchanged (``fresh=True`` builds it again).

Most visitors are greeted within three minutes, most callbacks are made in time, most
cases are answered within their period: about one in ten of each falls short, so every
figure of the monthly report has something to count.
"""

from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.store.models import (
    Agency,
    Case,
    CaseEvent,
    CompensationDecision,
    CorrectiveAction,
    Department,
    Memo,
    Staff,
    Visit,
    Voucher,
)

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=SEOUL)  # a Friday morning
FIRST_DAY = datetime(2025, 12, 1, tzinfo=SEOUL)
VISITS = 200_000
MEMOS = 50_000
CASES = 20_000
VOUCHERS = 500
ACTIONS = 120
STAFF = 300
UNITS = 20
RECIPE = "year-v1"  # change when the data below changes: the cached file is rebuilt
DESK = "1층 민원안내"

_SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
_SYLLABLES = "민서준지현우영수하은도윤예진성혜종동규태경선미정호재훈연아"
_TOPICS = ["수출 바우처", "창업 지원사업", "스마트공장", "정책자금", "R&D 과제", "판로 지원"]


def year_database(*, fresh: bool = False) -> Path:
    """The path of the year's SQLite file, built on first use."""
    path = Path(tempfile.gettempdir()) / f"minwon-bench-{RECIPE}.db"
    if path.exists() and not fresh:
        return path
    building = path.with_suffix(f".{os.getpid()}.building")
    for stale in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        stale.unlink(missing_ok=True)
    backend = open_year(building)
    try:
        populate(backend, random.Random(2026))
    finally:
        backend.close()
    os.replace(building, path)
    return path


def open_year(path: Path) -> Backend:
    return Backend.open(f"sqlite:///{path}", charter=load_charter(charter_preset("mss")),
                        desk=DESK, clock=lambda: NOW)


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES)


def _working_days() -> list[datetime]:
    days, day = [], FIRST_DAY
    while day < NOW:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def _moments(rng: random.Random, count: int) -> list[datetime]:
    """``count`` instants in office hours (09:00–18:00) on weekdays, in order, up to NOW."""
    days = _working_days()
    found = []
    while len(found) < count:
        at = rng.choice(days) + timedelta(hours=9, seconds=rng.randrange(9 * 3600))
        if at < NOW:
            found.append(at)
    found.sort()
    return found


def _chunks(rows: list[dict[str, Any]], size: int = 20_000) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def populate(backend: Backend, rng: random.Random) -> None:
    with backend.db.transaction() as session:
        conn = session.connection()
        staff = _organisation(conn, rng)
        officers = staff[1:]
        _visits(conn, rng, staff[0], officers)
        _memos(conn, rng, staff[0], officers)
        _cases(conn, rng, staff[0], officers)
        _vouchers_and_actions(conn, rng, staff[0], officers)
    with backend.db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")


def _organisation(conn: Any, rng: random.Random) -> list[int]:
    agency_t = Agency.metadata.tables["agency"]
    dept_t = Department.metadata.tables["department"]
    staff_t = Staff.metadata.tables["staff"]
    agency = conn.execute(insert(agency_t).values(code="B", name="벤치")
                          .returning(agency_t.c.id)).scalar_one()
    top = conn.execute(insert(dept_t).values(agency_id=agency, name="본부", kind="본부",
                                             sort_order=0).returning(dept_t.c.id)).scalar_one()
    units = [
        conn.execute(insert(dept_t).values(agency_id=agency, parent_id=top, name=f"부서{i:02d}과",
                                           kind="과", sort_order=i).returning(dept_t.c.id)).scalar_one()
        for i in range(UNITS)
    ]
    conn.execute(insert(staff_t), [
        {"employee_no": f"B{i:04d}", "name": _name(rng),
         "position": rng.choice(["주무관", "사무관", "서기관"]), "department_id": units[i % UNITS],
         "extension": f"{1000 + i}", "email": "", "duties": "", "active": True}
        for i in range(STAFF)
    ])
    return [r[0] for r in conn.execute(select(staff_t.c.id).order_by(staff_t.c.id))]


def _visits(conn: Any, rng: random.Random, operator: int, officers: list[int]) -> None:
    rows = []
    for at in _moments(rng, VISITS):
        due = at + timedelta(minutes=3)
        roll = rng.random()
        if roll < 0.90:
            greeted: datetime | None = at + timedelta(seconds=rng.randrange(10, 180))
        elif roll < 0.98:
            greeted = at + timedelta(seconds=rng.randrange(181, 1500))
        else:
            greeted = None  # left before anyone listened
        out = (greeted or at) + timedelta(minutes=rng.randrange(5, 40))
        done = out < NOW
        rows.append({
            "desk": DESK, "visitor_name": _name(rng), "visitor_phone": "",
            "purpose": rng.choice(_TOPICS), "officer_id": rng.choice(officers) if roll < 0.97 else None,
            "checked_in_at": at, "checked_in_by_id": operator, "greeting_due_at": due,
            "greeting_warn_at": due - timedelta(minutes=1),
            "greeted_at": greeted if greeted is None or greeted < NOW else None,
            "greeted_by_id": operator if greeted is not None else None,
            "checked_out_at": out if done else None, "checked_out_by_id": operator if done else None,
            "repeat_of_id": None, "repeat_staff_error": False, "repeat_note": "",
            "rating": rng.choice([None, None, None, 4, 5, 5, 3]) if done else None,
        })
    table = Visit.metadata.tables["visit"]
    for chunk in _chunks(rows):
        conn.execute(insert(table), chunk)


def _memos(conn: Any, rng: random.Random, operator: int, officers: list[int]) -> None:
    rows = []
    for number, at in enumerate(_moments(rng, MEMOS), start=1):
        due = at + timedelta(hours=3)
        roll = rng.random()
        met: datetime | None = None
        closed: datetime | None = None
        if roll < 0.86:
            met = at + timedelta(minutes=rng.randrange(5, 180))
        elif roll < 0.95:
            met = due + timedelta(minutes=rng.randrange(1, 600))
        elif roll < 0.98:
            closed = due + timedelta(days=1)  # never reached, closed with a reason
        if met is not None and met >= NOW:
            met = None
        if closed is not None and closed >= NOW:
            closed = None
        holder = rng.choice(officers)
        rows.append({
            "number": f"M{at.year}-{number:06d}", "taken_at": at, "taken_by_id": operator,
            "desk": DESK, "caller_name": _name(rng), "caller_phone": "", "caller_org": "",
            "gist": rng.choice(_TOPICS), "channel": "phone", "address": "",
            "asked_for_id": holder, "holder_id": holder, "routed_note": "", "due_at": due,
            "warn_at": due - timedelta(hours=1),
            "state": "closed" if (met or closed) else "open", "met_at": met,
            "closed_at": met or closed, "close_reason": "통화함" if met else ("연락 안 됨" if closed else ""),
            "attempts": 1 if (met or closed) else 0,
        })
    table = Memo.metadata.tables["memo"]
    for chunk in _chunks(rows):
        conn.execute(insert(table), chunk)


def _cases(conn: Any, rng: random.Random, operator: int, officers: list[int]) -> None:
    case_t = Case.metadata.tables["minwon_case"]
    event_t = CaseEvent.metadata.tables["case_event"]
    rows, events = [], []
    for number, at in enumerate(_moments(rng, CASES), start=1):
        days = rng.choice([7, 7, 14])
        original = at + timedelta(days=days)
        due, extensions, paused, answered = original, 0, None, None
        roll = rng.random()
        if roll < 0.06:  # extended three days before the original deadline
            extensions, due = 1, original + timedelta(days=days)
            events.append({"case_id": number, "at": original - timedelta(days=3),
                           "actor_id": None, "kind": "extend", "note": "관계 기관 회신 대기",
                           "to_id": None, "due_before": original, "due_after": due})
        if roll < 0.02 and at > NOW - timedelta(days=20):
            paused = at + timedelta(days=1)
        elif roll < 0.88:
            answered = at + (due - at) * rng.uniform(0.2, 0.98)
        elif roll < 0.97:
            answered = due + timedelta(hours=rng.randrange(2, 200))
        if answered is not None and answered >= NOW:
            answered = None
        if paused is not None and paused >= NOW:
            paused = None
        officer = rng.choice(officers) if rng.random() > 0.01 else None
        state = "answered" if answered else ("paused" if paused else "open")
        if officer is None and answered:
            officer = officers[0]
        rows.append({
            "id": number, "number": f"B-{at.year}-{number:06d}", "received_at": at,
            "registered_by_id": operator, "desk": DESK, "case_type": "질의-제도", "channel": "방문",
            "petitioner_name": _name(rng), "petitioner_contact": "", "subject": rng.choice(_TOPICS),
            "content": "", "attachments": "", "memo_id": None, "asked_officer_id": officer,
            "officer_id": officer, "department_id": None, "routed_note": "",
            "transfer_due_at": at + timedelta(hours=1), "transferred_at": at if officer else None,
            "clock_key": "inquiry_procedure", "period": f"{days}d", "original_due_at": original,
            "due_at": due, "warn_at": due - timedelta(days=1), "state": state,
            "paused_at": paused, "pause_reason": "서류 보완" if paused else "",
            "extensions": extensions, "interim_due_at": None, "interim_count": 0,
            "answered_at": answered, "answered_by_id": officer if answered else None,
            "answer_text": "회신" if answered else "",
        })
        events.append({"case_id": number, "at": at, "actor_id": operator, "kind": "registered",
                       "note": "", "to_id": None, "due_before": None, "due_after": None})
    for chunk in _chunks(rows):
        conn.execute(insert(case_t), chunk)
    for chunk in _chunks(sorted(events, key=lambda e: e["at"])):
        conn.execute(insert(event_t), chunk)


def _vouchers_and_actions(conn: Any, rng: random.Random, operator: int, officers: list[int]) -> None:
    decision_t = CompensationDecision.metadata.tables["compensation_decision"]
    voucher_t = Voucher.metadata.tables["voucher"]
    action_t = CorrectiveAction.metadata.tables["corrective_action"]
    supervisor = officers[0]
    decisions, vouchers = [], []
    for sequence, at in enumerate(_moments(rng, VOUCHERS), start=1):
        kind = rng.choice(["repeat_visit", "deadline_without_notice", "discourtesy"])
        decisions.append({"id": sequence, "kind": kind,
                          "source": "visit" if kind == "repeat_visit" else "case",
                          "source_id": sequence, "decision": "approved", "reason": "확인함",
                          "decided_at": at, "decided_by_id": supervisor, "desk": DESK})
        voided = at + timedelta(days=1) if rng.random() < 0.05 else None
        vouchers.append({
            "serial": f"B-V{at.year}-{sequence:05d}", "year": at.year, "sequence": sequence,
            "decision_id": sequence, "kind": kind, "amount": 10_000, "title": "온누리상품권",
            "wording": "보상", "recipient_name": _name(rng), "recipient_contact": "",
            "reason": "사유", "visit_id": None, "case_id": None, "issued_at": at,
            "issued_by_id": supervisor, "print_count": 1, "printed_at": at,
            "voided_at": voided if voided and voided < NOW else None,
            "voided_by_id": supervisor if voided and voided < NOW else None,
            "void_reason": "잘못 발급" if voided and voided < NOW else "",
        })
    conn.execute(insert(decision_t), decisions)
    conn.execute(insert(voucher_t), vouchers)
    conn.execute(insert(action_t), [
        {"number": f"B-C{at.year}-{n:04d}", "staff_id": rng.choice(officers),
         "kind": rng.choice(["주의", "재교육", "경고"]), "detail": "응대 교육",
         "case_id": None, "visit_id": None, "decision_id": None,
         "follow_up_officer_id": rng.choice(officers), "recorded_at": at,
         "recorded_by_id": supervisor, "desk": DESK}
        for n, at in enumerate(_moments(rng, ACTIONS), start=1)
    ])


if __name__ == "__main__":
    import time

    start = time.perf_counter()
    print(year_database(fresh=True), f"{time.perf_counter() - start:.1f} s")
