"""Importing 5,000 staff (CSV and XLSX) and 5,000 absences, end to end — read, check,
write on SQLite — against a floor: the same CSV read with the ``csv`` module and inserted
with ``executemany`` into a bare sqlite3 table with the same pragmas, in one transaction.

Each figure is the median of a few runs, each into a fresh database.
"""

from __future__ import annotations

import csv
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import Row

from minwon_desk.domain.charter import load_charter
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from tests.support.seed import signed_in_as

HEADER = ["사번", "성명", "직위", "부서", "내선번호", "이메일", "담당업무", "기본대행자사번"]
TARGET_MS = 2000.0
_SURNAMES = "김이박최정강조윤장임"
_GIVEN = ("민준", "서연", "지호", "하은", "도윤", "서윤", "예준", "지우")
_POSITIONS = ("주무관", "주무관", "사무관", "서기관")


def roster_rows(count: int) -> list[list[str]]:
    """``count`` people in 100 units (본부/지방청 → 실 → 과); each names the next person
    as deputy (a forward reference), the last names nobody."""
    rows = []
    for i in range(count):
        unit = i % 100
        top = "본부" if unit < 70 else "서울지방중소벤처기업청"
        path = f"{top} > 정책{unit // 10}실 > 업무{unit}과"
        deputy = f"E{i + 1:05d}" if i + 1 < count else ""
        rows.append([
            f"E{i:05d}", _SURNAMES[i % 10] + _GIVEN[i % 8], _POSITIONS[i % 4], path,
            f"{1000 + i % 9000}", f"user{i}@korea.kr", f"업무{i % 37}, 민원{i % 11}, 정책{i % 5}", deputy,
        ])
    return rows


def absence_rows(count: int) -> list[list[str]]:
    rows = []
    for i in range(count):
        day = 1 + i % 28
        rows.append([f"E{i:05d}", ("출장", "휴가", "교육", "회의", "외근")[i % 5],
                     f"2026-08-{day:02d}", f"2026-08-{day:02d}", ""])
    return rows


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    """A workbook as openpyxl saves it: with its dimensions, like Excel's. (Excel keeps
    text in a shared table, which reads faster than openpyxl's inline strings.)"""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _floor(folder: Path, source: Path) -> float:
    db = folder / f"floor-{time.perf_counter_ns()}.db"
    start = time.perf_counter()
    conn = sqlite3.connect(db, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "busy_timeout=5000", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute(
        "CREATE TABLE staff (id INTEGER PRIMARY KEY, employee_no TEXT UNIQUE, name TEXT,"
        " position TEXT, department TEXT, extension TEXT, email TEXT, duties TEXT, deputy TEXT)"
    )
    with source.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        rows = list(reader)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO staff (employee_no, name, position, department, extension, email, duties,"
        " deputy) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows,
    )
    conn.execute("COMMIT")
    conn.close()
    return (time.perf_counter() - start) * 1000


def _fresh(folder: Path) -> Backend:
    path = folder / f"app-{time.perf_counter_ns()}.db"
    return Backend.open(f"sqlite:///{path}", charter=load_charter(charter_preset("mss")), desk="벤치")


def _median(runs: int, fn: Callable[[], float]) -> float:
    return statistics.median(fn() for _ in range(runs))


def bench_import(count: int = 5000, runs: int = 3) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        people = roster_rows(count)
        roster_csv = write_csv(folder / "roster.csv", HEADER, people)
        roster_xlsx = write_xlsx(folder / "roster.xlsx", HEADER, people)
        changed = [[*r[:4], f"{2000 + i % 7000}", *r[5:]] for i, r in enumerate(people)]
        changed_csv = write_csv(folder / "changed.csv", HEADER, changed)
        away_csv = write_csv(folder / "absences.csv", ["사번", "구분", "시작", "종료", "대행자사번"],
                             absence_rows(count))
        floor = _median(runs, lambda: _floor(folder, roster_csv))

        def timed(source: Path, *, preview: bool = False, then: Path | None = None) -> float:
            backend = _fresh(folder)
            try:
                actor: Actor | None = None
                if then is not None:  # time a second file into a database holding the first
                    backend.roster_import.apply(None, source)
                    operator = backend.staff.by_employee_no("E00000")
                    actor = signed_in_as(backend, operator.id)
                    source = then
                start = time.perf_counter()
                if preview:
                    assert backend.roster_import.preview(source).ok
                elif source == away_csv:
                    backend.absence_import.apply(actor, source)
                else:
                    backend.roster_import.apply(actor, source)
                return (time.perf_counter() - start) * 1000
            finally:
                backend.close()

        figures = [
            (f"staff import {count:,} rows, CSV: preview", timed(roster_csv, preview=True)),
            (f"staff import {count:,} rows, CSV: new database", _median(runs, lambda: timed(roster_csv))),
            (f"staff import {count:,} rows, XLSX: new database", _median(runs, lambda: timed(roster_xlsx))),
            (f"staff re-import {count:,} rows, every row changed",
             _median(runs, lambda: timed(roster_csv, then=changed_csv))),
            (f"staff re-import {count:,} rows, nothing changed",
             _median(runs, lambda: timed(roster_csv, then=roster_csv))),
            (f"absence import {count:,} rows, CSV", _median(runs, lambda: timed(roster_csv, then=away_csv))),
        ]
    floor_name = f"csv read + executemany INSERT of {count:,} rows + COMMIT, same pragmas"
    return [
        Row(name, figure, floor_name, floor, "ms", f"≤ {TARGET_MS:.0f} ms", figure <= TARGET_MS)
        for name, figure in figures
    ]


if __name__ == "__main__":
    from common import print_table

    print_table(bench_import())
