"""The 민원 처리부 for a year (year_data: about 20,000 cases) to XLSX, as `report register`
makes it after the reason is given: the register's read and the workbook, beside a raw
sqlite3 read of the same cases' columns and a bare openpyxl workbook of as many rows."""

from __future__ import annotations

import io
import sqlite3
from datetime import date

from common import Row, median_of
from year_data import open_year, year_database

from minwon_desk.services.cases.register import RegisterPeriod, register_lines
from minwon_desk.services.cases.register_book import register_workbook

TARGET_MS = 3000.0


def bench_register(repeat: int = 3) -> list[Row]:
    path = year_database()
    backend = open_year(path)
    try:
        first, last = date(2026, 1, 1), date(2026, 12, 31)
        with backend.db.read() as session:
            lines = register_lines(session.connection(), first, last)
        count = len(lines)

        def whole() -> None:
            with backend.db.read() as session:
                found = register_lines(session.connection(), first, last)
            register_workbook(RegisterPeriod(first, last), found, agency="중소벤처기업부")

        whole_ms = median_of(whole, repeat)
    finally:
        backend.close()

    def floor() -> None:
        raw = sqlite3.connect(path)
        rows = raw.execute(
            "SELECT number, received_at, channel, case_type, petitioner_name, subject, due_at, "
            "answered_at FROM minwon_case ORDER BY received_at, id").fetchall()
        raw.close()
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in rows:
            sheet.append(list(row))
        book.save(io.BytesIO())

    floor_ms = median_of(floor, repeat)
    return [
        Row(f"민원 처리부, a year ({count:,} cases) to XLSX", whole_ms,
            "raw select + bare openpyxl rows", floor_ms, "ms", f"≤ {TARGET_MS:,.0f} ms",
            whole_ms <= TARGET_MS),
    ]
