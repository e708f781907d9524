"""Phone memos over a year of history: 100,000 closed memos and 1,000 open ones.

- "My memos" for the busiest holder, and the desk's list of every open memo;
- the history search (names, digits of numbers, words of the gist, organisations);
- saving a memo (validate, route, number, insert, event, audit, commit) beside a raw
  sqlite3 INSERT + COMMIT with the app's pragmas (WAL, synchronous=FULL).

The history is written with Core bulk inserts; the figures are medians of single calls.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from common import Row, median_of
from sqlalchemy import insert

from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import MemoRequest
from minwon_desk.store.models import Absence, Agency, Department, Memo, MemoEvent, Staff
from tests.support.seed import signed_in_as

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=SEOUL)  # a Friday morning
HISTORY = 100_000
OPEN = 1_000
STAFF = 300
BUSIEST_SHARE = 60  # open memos held by the busiest officer (a deputy for two absent colleagues)
_SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
_SYLLABLES = "민서준지현우영수하은도윤예진성혜종동규태경선미정호재훈연아"
_ORGS = ["한빛테크", "(주)새솔", "대한정밀", "미래식품", "누리소프트", "동해수산", "", "", "", ""]
_TOPICS = ["수출 바우처", "창업 지원사업", "스마트공장", "정책자금", "R&D 과제", "판로 지원",
           "소상공인 지원금", "기술보호", "특허 비용", "중간보고", "협약 변경", "정산"]
_ASKS = ["서류 문의", "신청 기한 문의", "선정 결과 확인", "정산 방법 문의", "변경 절차 문의",
         "담당자 연락 요청", "방문 상담 예약", "지급 일정 문의"]
SEARCHES = ["김민", "박영수", "5678", "010-12", "01098", "바우처", "수출 바우처 정산", "한빛",
            "스마트공장 중간보고", "없는말"]


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES)


def _populate(backend: Backend, rng: random.Random) -> tuple[int, int, int, int]:
    """Departments, staff and a year of memos. Returns the operator, the busiest holder, an
    officer who is in and one who is away."""
    staff_table = Staff.metadata.tables["staff"]
    dept_table = Department.metadata.tables["department"]
    memo_table = Memo.metadata.tables["memo"]
    event_table = MemoEvent.metadata.tables["memo_event"]
    with backend.db.transaction() as session:
        conn = session.connection()
        agency = conn.execute(insert(Agency.metadata.tables["agency"]).values(code="B", name="벤치")
                              .returning(Agency.metadata.tables["agency"].c.id)).scalar_one()
        top = conn.execute(insert(dept_table).values(agency_id=agency, name="본부", kind="본부",
                                                     sort_order=0).returning(dept_table.c.id)).scalar_one()
        units = [
            conn.execute(insert(dept_table).values(agency_id=agency, parent_id=top, name=f"부서{i:02d}과",
                                                   kind="과", sort_order=i).returning(dept_table.c.id)).scalar_one()
            for i in range(20)
        ]
        conn.execute(insert(staff_table), [
            {"employee_no": f"B{i:04d}", "name": _name(rng), "position": rng.choice(["주무관", "사무관", "서기관"]),
             "department_id": units[i % len(units)], "extension": f"{1000 + i}", "email": "", "duties": "",
             "active": True}
            for i in range(STAFF)
        ])
        ids = [r[0] for r in conn.execute(staff_table.select().with_only_columns(staff_table.c.id)
                                          .order_by(staff_table.c.id))]
        operator, busiest, present = ids[0], ids[1], ids[2]
        # In the order they were taken, as a desk writes them: the last year closed, the
        # last three days still open.
        recent = NOW - timedelta(days=3)
        year = int((recent - (NOW - timedelta(days=365))).total_seconds())
        times = sorted(recent - timedelta(seconds=rng.randrange(year)) for _ in range(HISTORY))
        times += sorted(NOW - timedelta(seconds=rng.randrange(3 * 86400)) for _ in range(OPEN))
        memos, events = [], []
        for i, taken in enumerate(times):
            is_open = i >= HISTORY
            holder = busiest if is_open and i < HISTORY + BUSIEST_SHARE else rng.choice(ids[3:])
            phone = f"010-{rng.randrange(10000):04d}-{rng.randrange(10000):04d}"
            gist = f"{rng.choice(_TOPICS)} {rng.choice(_ASKS)}"
            due_at = taken + timedelta(hours=3)
            memos.append({
                "id": i + 1, "number": f"M{taken.year}-{i + 1:06d}", "taken_at": taken,
                "taken_by_id": operator, "desk": "1층 민원안내", "caller_name": _name(rng),
                "caller_phone": phone, "caller_org": rng.choice(_ORGS), "gist": gist,
                "channel": "phone", "address": phone, "asked_for_id": holder, "holder_id": holder,
                "routed_note": "", "due_at": due_at, "warn_at": due_at - timedelta(hours=1),
                "state": "open" if is_open else "closed",
                "met_at": None if is_open else taken + timedelta(hours=1),
                "closed_at": None if is_open else taken + timedelta(hours=1),
                "close_reason": "" if is_open else "통화함", "attempts": 0 if is_open else 1,
            })
            events.append({"memo_id": i + 1, "at": taken, "actor_id": operator, "kind": "taken",
                           "outcome": "", "from_id": holder, "to_id": holder, "note": ""})
            if not is_open:
                events.append({"memo_id": i + 1, "at": taken + timedelta(hours=1), "actor_id": holder,
                               "kind": "attempt", "outcome": "reached", "from_id": None,
                               "to_id": None, "note": ""})
        for chunk in range(0, len(memos), 10_000):
            conn.execute(insert(memo_table), memos[chunk:chunk + 10_000])
        for chunk in range(0, len(events), 20_000):
            conn.execute(insert(event_table), events[chunk:chunk + 20_000])
        # A few absences, as on any day: the common path still checks for one. The busiest
        # officer is back from a trip this morning, so their page asks what was handed back.
        conn.execute(insert(Absence.metadata.tables["absence"]), [
            *({"staff_id": ids[10 + i], "kind": "출장", "starts_at": NOW - timedelta(days=1),
               "ends_at": NOW + timedelta(days=1), "deputy_id": busiest, "note": "",
               "created_at": NOW - timedelta(days=2)}
              for i in range(2)),
            {"staff_id": busiest, "kind": "출장", "starts_at": NOW - timedelta(days=3),
             "ends_at": NOW - timedelta(hours=1), "deputy_id": None, "note": "",
             "created_at": NOW - timedelta(days=4)},
        ])
    with backend.db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    return operator, busiest, present, ids[10]


class _RawInsert:
    """The floor: one row into a table of the same columns through sqlite3 itself."""

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "busy_timeout=5000"):
            self._conn.execute(f"PRAGMA {pragma}")
        self._conn.execute(
            "CREATE TABLE memo (id INTEGER PRIMARY KEY, number TEXT, taken_at TEXT,"
            " taken_by_id INTEGER, desk TEXT, caller_name TEXT, caller_phone TEXT,"
            " caller_org TEXT, gist TEXT, channel TEXT, address TEXT, asked_for_id INTEGER,"
            " holder_id INTEGER, routed_note TEXT, due_at TEXT, warn_at TEXT, state TEXT,"
            " met_at TEXT, closed_at TEXT, close_reason TEXT, attempts INTEGER)"
        )
        self._n = 0

    def __call__(self) -> None:
        self._n += 1
        self._conn.execute("BEGIN IMMEDIATE")
        self._conn.execute(
            "INSERT INTO memo (number, taken_at, taken_by_id, desk, caller_name, caller_phone,"
            " caller_org, gist, channel, address, asked_for_id, holder_id, routed_note, due_at,"
            " warn_at, state, met_at, closed_at, close_reason, attempts)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (f"M2026-{self._n:06d}", "2026-11-20 01:00:00", 1, "1층 민원안내", f"민원인{self._n}",
             "010-1234-5678", "", "수출 바우처 서류 문의", "phone", "010-1234-5678", 2, 2, "",
             "2026-11-20 04:00:00", "2026-11-20 03:00:00", "open", None, None, "", 0),
        )
        self._conn.execute("COMMIT")

    def close(self) -> None:
        self._conn.close()


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def bench_memos(takes: int = 300, repeat: int = 15) -> list[Row]:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        raw = _RawInsert(Path(tmp) / "raw.db")
        backend = Backend.open(f"sqlite:///{Path(tmp) / 'minwon.db'}",
                               charter=load_charter(charter_preset("mss")), desk="1층 민원안내",
                               clock=lambda: NOW)
        try:
            operator, busiest, present, away = _populate(backend, rng)
            memos = backend.memos
            share = len(memos.mine(busiest))
            mine_ms = median_of(lambda: memos.mine(busiest), repeat)
            page_ms = median_of(
                lambda: (memos.mine(busiest), memos.handed_back(busiest), memos.counts(busiest)),
                repeat,
            )
            all_open_ms = median_of(lambda: memos.open_memos(), repeat)
            overdue_ms = median_of(lambda: memos.open_memos(overdue_at=NOW), repeat)
            counts_ms = median_of(lambda: memos.counts(busiest), repeat)
            # The first search of a session reads the history's words into memory.
            first_search_ms = _timed(lambda: memos.search(SEARCHES[0]))
            per_query = {q: median_of(lambda q=q: memos.search(q), repeat) for q in SEARCHES}
            search_ms = statistics.median(per_query.values())
            worst_query = max(per_query, key=lambda q: per_query[q])

            actor = signed_in_as(backend, operator)
            for i in range(20):  # warm caches and statements
                memos.take(actor, MemoRequest(f"예열{i}", "010-1111-2222", "예열", asked_for_id=present))
            # The floor and the app take turns, so that a busy moment of a shared machine
            # weighs on both alike.
            samples, floors = [], []
            for i in range(takes):
                req = MemoRequest(f"민원인{i}", f"010-{2000 + i % 8000:04d}-{i % 10000:04d}",
                                  "수출 바우처 서류 문의", asked_for_id=present)
                floors.append(_timed(raw))
                samples.append(_timed(lambda req=req: memos.take(actor, req)))
            take_ms, floor = statistics.median(samples), statistics.median(floors)
            routed_ms = median_of(
                lambda: memos.take(actor, MemoRequest("우회", "010-3333-4444", "문의", asked_for_id=away)),
                repeat,
            )
        finally:
            backend.close()
            raw.close()
    history = f"{HISTORY:,} memos + {OPEN:,} open"
    return [
        Row(f"my memos ({share} open of {OPEN:,})", mine_ms, history, None, "ms", "≤ 100 ms",
            mine_ms <= 100),
        Row("  my memos page (+ handed back, badge)", page_ms, history, None, "ms", "≤ 100 ms",
            page_ms <= 100),
        Row(f"all open memos ({OPEN:,})", all_open_ms, history, None, "ms", "≤ 100 ms",
            all_open_ms <= 100),
        Row("overdue memos (supervisor)", overdue_ms, history, None, "ms", "≤ 100 ms",
            overdue_ms <= 100),
        Row("page badge (open, overdue)", counts_ms, history, None, "ms", "—", None),
        Row(f"history search, median of {len(SEARCHES)} queries", search_ms, history, None, "ms",
            "≤ 50 ms", search_ms <= 50),
        Row(f"  slowest query: '{worst_query}'", per_query[worst_query], history, None, "ms",
            "—", None),
        Row("  first search (reads the history in)", first_search_ms, history, None,
            "ms", "—", None),
        Row("save a memo (per memo)", take_ms,
            "raw sqlite3 INSERT + COMMIT, same pragmas (WAL, FULL)", floor, "ms", "≤ 3× floor",
            take_ms <= 3 * floor),
        Row("  same, officer away (routed via directory)", routed_ms,
            "raw sqlite3 INSERT + COMMIT, same pragmas (WAL, FULL)", floor, "ms", "—", None),
    ]


if __name__ == "__main__":
    from common import print_table

    print_table(bench_memos())
