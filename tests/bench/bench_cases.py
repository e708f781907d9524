"""The cases page over a year's register: 50,000 cases, about 3,300 still open.

- opening the list as the page does: the open cases read through the service, the model
  reset and the table painted, beside a raw sqlite3 SELECT of the same rows;
- the whole register read at once (what the page reads on a worker thread instead);
- one state-filter change over the 50,000 loaded rows, beside a bare model reset;
- sorting by a column, a change event placed into the list, the clock tick, and the
  chosen case's detail.

The register is written with Core bulk inserts; figures are medians of single calls.
"""

from __future__ import annotations

import itertools
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from common import Row, median_of
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import insert

from minwon_desk.domain.case_clock import CaseStatus
from minwon_desk.domain.cases import CaseChannel, CaseType
from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.store.models import Agency, Case, Department, Staff
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.cases.filters import ALL, OPEN
from minwon_desk.ui.cases.model import CaseListModel
from minwon_desk.ui.cases.page import CasePage
from tests.support.seed import signed_in_as

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=SEOUL)  # a Friday morning
TOTAL = 50_000
OPEN_CASES = 3_000  # not yet answered (about 10% of them past their deadline)
PAUSED = 300  # waiting for the petitioner's material
STAFF = 300
UNITS = 20
_SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
_SYLLABLES = "민서준지현우영수하은도윤예진성혜종동규태경선미정호재훈연아"
_TOPICS = ["수출 바우처", "창업 지원사업", "스마트공장", "정책자금", "R&D 과제", "판로 지원",
           "소상공인 지원금", "기술보호", "특허 비용", "중간보고", "협약 변경", "정산"]
_ASKS = ["신청 자격 문의", "선정 결과 이의", "정산 기준 질의", "제도 개선 건의", "처리 지연 고충",
         "법령 해석 질의", "서류 보완 방법", "지급 일정 문의"]
# (type, its period in calendar days — near enough for a benchmark, warning days before)
_TYPES = [
    (CaseType.INQUIRY_PROCEDURE, 9, 1), (CaseType.INQUIRY_LAW, 18, 2),
    (CaseType.SUGGESTION, 18, 2), (CaseType.GRIEVANCE, 9, 1), (CaseType.TASKFORCE, 9, 1),
]
_CHANNELS = [c.value for c in CaseChannel]
STATES: list[CaseStatus | str] = [
    CaseStatus.OVERDUE, CaseStatus.WARNING, CaseStatus.ON_TIME, CaseStatus.EXTENDED,
    CaseStatus.PAUSED, CaseStatus.DONE, ALL, OPEN,
]


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES)


def populate(backend: Backend, rng: random.Random, total: int = TOTAL) -> list[int]:
    """Departments, staff and a year of cases. Returns the staff ids (operator first)."""
    agency_t = Agency.metadata.tables["agency"]
    dept_t = Department.metadata.tables["department"]
    staff_t = Staff.metadata.tables["staff"]
    case_t = Case.metadata.tables["minwon_case"]
    with backend.db.transaction() as session:
        conn = session.connection()
        agency = conn.execute(insert(agency_t).values(code="B", name="벤치")
                              .returning(agency_t.c.id)).scalar_one()
        top = conn.execute(insert(dept_t).values(agency_id=agency, name="본부", kind="본부",
                                                 sort_order=0).returning(dept_t.c.id)).scalar_one()
        units = [
            conn.execute(insert(dept_t).values(agency_id=agency, parent_id=top, name=f"부서{i:02d}과",
                                               kind="과", sort_order=i)
                         .returning(dept_t.c.id)).scalar_one()
            for i in range(UNITS)
        ]
        conn.execute(insert(staff_t), [
            {"employee_no": f"B{i:04d}", "name": _name(rng),
             "position": rng.choice(["주무관", "사무관", "서기관"]),
             "department_id": units[i % UNITS], "extension": f"{1000 + i}", "email": "",
             "duties": "", "active": True}
            for i in range(STAFF)
        ])
        ids = [r[0] for r in conn.execute(staff_t.select().with_only_columns(staff_t.c.id)
                                          .order_by(staff_t.c.id))]
        dept_of = {sid: units[i % UNITS] for i, sid in enumerate(ids)}
        answered = total - OPEN_CASES - PAUSED
        plans = []
        for i in range(total):
            kind, days, warn = rng.choice(_TYPES)
            if i < answered:  # the year before the last three weeks
                received = NOW - timedelta(days=21, seconds=rng.randrange(344 * 86400))
            else:  # still open: most inside their period, about one in ten past it
                received = NOW - timedelta(days=rng.uniform(0, days * 1.1))
            plans.append((received, i < answered, i >= total - PAUSED, kind, days, warn))
        plans.sort(key=lambda p: p[0])
        rows = []
        for i, (received, is_answered, is_paused, kind, days, warn) in enumerate(plans):
            officer = rng.choice(ids[1:]) if rng.random() > 0.02 else None
            due_at = received + timedelta(days=days)
            state, paused_at, answered_at, extensions = "open", None, None, 0
            if is_answered:
                state = "answered"
                answered_at = received + timedelta(days=rng.uniform(0.5, days * 1.05))
                officer = officer or ids[1]
            elif is_paused:
                state, paused_at = "paused", min(NOW, received + timedelta(days=1))
            elif rng.random() < 0.08 and officer is not None:
                extensions, due_at = 1, due_at + timedelta(days=days)
            rows.append({
                "id": i + 1, "number": f"B-{received.year}-{i + 1:06d}", "received_at": received,
                "registered_by_id": ids[0], "desk": "1층 민원안내", "case_type": kind.value,
                "channel": rng.choice(_CHANNELS), "petitioner_name": _name(rng),
                "petitioner_contact": f"010-{rng.randrange(10000):04d}-{rng.randrange(10000):04d}",
                "subject": f"{rng.choice(_TOPICS)} {rng.choice(_ASKS)}",
                "content": "민원 내용", "attachments": "", "memo_id": None,
                "asked_officer_id": officer, "officer_id": officer,
                "department_id": dept_of[officer] if officer else None, "routed_note": "",
                "transfer_due_at": received + timedelta(hours=1),
                "transferred_at": received + timedelta(minutes=20) if officer else None,
                "clock_key": "bench", "period": f"{days}d",
                "original_due_at": received + timedelta(days=days), "due_at": due_at,
                "warn_at": due_at - timedelta(days=warn), "state": state,
                "paused_at": paused_at, "pause_reason": "서류 보완" if paused_at else "",
                "extensions": extensions, "interim_due_at": received + timedelta(days=30),
                "interim_count": 0, "answered_at": answered_at,
                "answered_by_id": officer if answered_at else None,
                "answer_text": "회신" if answered_at else "",
            })
        for chunk in range(0, len(rows), 10_000):
            conn.execute(insert(case_t), rows[chunk:chunk + 10_000])
    with backend.db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    return ids


# The floor: the list's own columns and joins through sqlite3, rows fetched as tuples.
_RAW = (
    "SELECT c.id, c.number, c.received_at, c.case_type, c.channel, c.subject,"
    " c.petitioner_name, c.officer_id, s.name, s.position, s.employee_no, c.department_id,"
    " d.name, c.due_at, c.warn_at, c.state, c.paused_at, c.extensions, c.interim_due_at,"
    " c.answered_at FROM minwon_case c LEFT JOIN staff s ON s.id = c.officer_id"
    " LEFT JOIN department d ON d.id = c.department_id"
)
_RAW_ORDER = " ORDER BY c.answered_at IS NOT NULL, c.due_at, c.id"


class _NoActions(QObject):
    """The page's dialogs are not what is measured here."""

    changed = Signal(int)

    def __getattr__(self, name: str) -> Callable[..., None]:
        if name not in _METHODS:
            raise AttributeError(name)
        return lambda *_args, **_kwargs: None


_METHODS = frozenset({
    "register", "register_from_memo", "assign", "add_note", "pause", "resume", "extend",
    "send_interim", "mark_stage", "answer", "open_document",
})


def bench_cases(repeat: int = 9) -> list[Row]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "minwon.db"
        backend = Backend.open(f"sqlite:///{path}", charter=load_charter(charter_preset("mss")),
                               desk="1층 민원안내", clock=lambda: NOW)
        raw = sqlite3.connect(path)
        try:
            populate(backend, random.Random(7))
            cases = backend.cases
            n_open = len(cases.cases(include_done=False))

            # Opening: the open cases through the service, into the model, painted.
            model = CaseListModel(lambda: NOW)
            view = QTableView()
            view.setModel(model)
            view.resize(1400, 800)
            view.show()
            app.processEvents()

            def open_list() -> None:
                model.set_cases(cases.cases(include_done=False))
                app.processEvents()
                view.viewport().repaint()

            raw_open = median_of(
                lambda: raw.execute(_RAW + " WHERE c.state != 'answered'" + _RAW_ORDER).fetchall(),
                repeat)
            open_ms = median_of(open_list, repeat)
            open_query_ms = median_of(lambda: cases.cases(include_done=False), repeat)

            # The whole register at once (the page reads the answered ones off the GUI thread).
            raw_all = median_of(lambda: raw.execute(_RAW + _RAW_ORDER).fetchall(), max(3, repeat // 3))
            all_query_ms = median_of(lambda: cases.cases(), max(3, repeat // 3))
            everything = cases.cases()

            # The page itself: built (my cases + open list painted), then the answered ones.
            bridge = EventBridge(backend.events)
            busiest = max(
                (v.officer_id for v in everything if v.answered_at is None and v.officer_id),
                key=lambda oid: sum(1 for v in everything
                                    if v.officer_id == oid and v.answered_at is None),
            )
            desk = signed_in_as(backend, busiest)
            start = time.perf_counter()
            page = CasePage(backend, lambda: desk, bridge, actions=lambda *_a: _NoActions())
            page.resize(1400, 900)
            page.form.listTabs.setCurrentIndex(1)
            page.show()
            app.processEvents()
            page.form.allTable.viewport().repaint()
            built_ms = (time.perf_counter() - start) * 1000
            # "전체 상태": the answered ones are read on a worker thread and join the list.
            start = time.perf_counter()
            page.filters.choose_status(ALL)
            while page.is_loading():
                app.processEvents()
                time.sleep(0.002)
            full_ms = (time.perf_counter() - start) * 1000
            assert page.all_model.loaded() == TOTAL, page.all_model.loaded()

            # A state filter change over 50,000 loaded rows, as the combo does it.
            table = page.form.allTable
            states = itertools.cycle(STATES)

            def choose(status: CaseStatus | str) -> None:
                page.filters.choose_status(status)
                app.processEvents()
                table.viewport().repaint()

            per_state: dict[CaseStatus | str, float] = {}
            samples: dict[CaseStatus | str, list[float]] = {s: [] for s in STATES}
            for _ in range(repeat * len(STATES)):
                status = next(states)
                start = time.perf_counter()
                choose(status)
                samples[status].append((time.perf_counter() - start) * 1000)
            for status, values in samples.items():
                per_state[status] = sorted(values)[len(values) // 2]
            filter_ms = max(per_state.values())
            worst_state = max(per_state, key=lambda s: per_state[s])
            page.filters.choose_status(ALL)

            def bare_reset() -> None:
                page.all_model.beginResetModel()
                page.all_model.endResetModel()
                app.processEvents()
                table.viewport().repaint()

            reset_floor = median_of(bare_reset, repeat)

            # Sorting by a column, a change event, the tick, the detail of one case.
            def sort_by_subject() -> None:
                table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
                table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

            sort_ms = median_of(sort_by_subject, max(3, repeat // 3)) / 2
            some_open = next(v for v in everything if v.answered_at is None and v.officer_id)
            event_ms = median_of(lambda: page._refresh_case(some_open.id), repeat)
            get_ms = median_of(lambda: cases.get(some_open.id), repeat)

            def tick() -> None:
                page.tick()
                app.processEvents()
                table.viewport().repaint()

            def bare_paint() -> None:
                table.viewport().repaint()

            tick_ms = median_of(page.tick, repeat * 3)
            tick_paint_ms = median_of(tick, repeat * 3)
            paint_floor = median_of(bare_paint, repeat * 3)
            detail_ms = median_of(lambda: cases.detail(some_open.id), repeat)
            raw_one = median_of(lambda: raw.execute(_RAW + " WHERE c.id = ?", (some_open.id,)).fetchall(),
                                repeat)
            page.stop()
            QThreadPool.globalInstance().waitForDone()
            bridge.detach()
            page.close()
            view.close()
        finally:
            raw.close()
            backend.close()
    label: dict[CaseStatus | str, str] = {ALL: "전체 상태", OPEN: "처리 중"}
    label |= {s: s.label_ko for s in CaseStatus}
    register = f"{TOTAL:,} cases, {n_open:,} open"
    return [
        Row(f"case list opens ({n_open:,} open, painted)", open_ms,
            f"raw sqlite3 SELECT of the same {n_open:,} rows", raw_open, "ms", "≤ 150 ms",
            open_ms <= 150),
        Row("  of which the service query", open_query_ms, "same floor", raw_open, "ms", "—", None),
        Row("  page built: my cases + open list painted", built_ms, register, None, "ms", "—",
            None),
        Row("  '전체 상태': answered ones read and joined", full_ms, "(worker thread, from the choice)",
            None, "ms", "—", None),
        Row(f"whole register in one read ({TOTAL:,})", all_query_ms,
            f"raw sqlite3 SELECT of all {TOTAL:,} rows", raw_all, "ms", "(not on GUI)", None),
        Row(f"state filter change, slowest ('{label[worst_state]}')", filter_ms,
            f"bare model reset of {TOTAL:,} rows, painted", reset_floor, "ms", "≤ 30 ms",
            filter_ms <= 30),
        *(Row(f"  '{label[s]}'", per_state[s], "same floor", reset_floor, "ms", "—", None)
          for s in STATES if s is not worst_state),
        Row("sort 50,000 rows by a column", sort_ms, "(for reference)", None, "ms", "—", None),
        Row("change event placed into 50,000 rows", event_ms, "service get() of that case",
            get_ms, "ms", "—", None),
        Row("clock tick, 50,000 rows loaded (page)", tick_ms, "(redraw left to the view)", None,
            "ms", "≤ 2 ms", tick_ms <= 2),
        Row("  tick + repaint of the visible rows", tick_paint_ms, "repaint of the same view",
            paint_floor, "ms", "—", None),
        Row("chosen case's detail (service)", detail_ms, "raw sqlite3 SELECT of its row",
            raw_one, "ms", "≤ 10 ms", detail_ms <= 10),
    ]


if __name__ == "__main__":
    from common import print_table

    print_table(bench_cases())
