"""Importing absences from the HR spreadsheet: whole days and times, re-imports that do not
duplicate, and every bad row named by line and column with nothing written."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, update

from minwon_desk.domain.calendar import WorkingHours
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.directory.absence_import import parse_moment
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import AbsenceChanged
from minwon_desk.services.tabular import ImportRejected
from minwon_desk.store.models import Absence, AuditEntry, Staff
from tests.support.seed import auditor

HEADER = ["사번", "구분", "시작", "종료", "대행자사번"]
ROWS = [
    ["T0002", "출장", "2026-07-06", "2026-07-07", "T0005"],  # two whole working days
    ["T0003", "휴가", "2026-07-06 13:00", "2026-07-06 18:00", ""],  # the default deputy acts
    ["T0004", "교육", "2026-07-08 09:30", "2026-07-08 오후 4:30", "T0003"],
]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 7, day, hour, minute, tzinfo=SEOUL)


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding=encoding)
    return path


def write_file(folder: Path, rows: list[list[str]], kind: str) -> Path:
    if kind != "xlsx":
        return write_csv(folder / "부재.csv", rows, kind)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        cells: list[object] = list(row)
        for i in (2, 3):  # dates as Excel stores them when typed into a cell
            text = str(cells[i])
            if len(text) == 16:
                cells[i] = datetime.strptime(text, "%Y-%m-%d %H:%M")
            elif len(text) == 10 and text[4] == "-":
                cells[i] = datetime.strptime(text, "%Y-%m-%d")
        sheet.append(cells)
    for cells_of_row in sheet.iter_rows(min_row=2):
        for cell in cells_of_row[2:4]:
            if isinstance(cell.value, datetime):
                cell.number_format = "yyyy-mm-dd h:mm" if cell.value.hour else "yyyy-mm-dd"
    book.save(folder / "부재.xlsx")
    return folder / "부재.xlsx"


def stored(backend: Backend) -> list[tuple[str, str, datetime, datetime, str | None, bool]]:
    with backend.db.read() as session:
        no = dict(session.execute(select(Staff.id, Staff.employee_no)).tuples().all())
        return [
            (no[a.staff_id], a.kind, a.starts_at, a.ends_at, no.get(a.deputy_id) if a.deputy_id else None,
             a.cancelled_at is not None)
            for a in session.scalars(select(Absence).order_by(Absence.id))
        ]


def counts(backend: Backend) -> tuple[int, int]:
    with backend.db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Absence)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


@pytest.mark.parametrize("kind", ["utf-8", "utf-8-sig", "cp949", "xlsx"])
def test_absences_are_imported_with_whole_days_as_working_hours(
    db_backend: Backend, db_actor: Actor, tmp_path: Path, kind: str
) -> None:
    changes: list[AbsenceChanged] = []
    db_backend.events.subscribe(AbsenceChanged, changes.append)
    result = db_backend.absence_import.apply(db_actor, write_file(tmp_path, [HEADER, *ROWS], kind))
    assert (result.added, result.updated, result.unchanged) == (3, 0, 0)
    assert stored(db_backend) == [
        ("T0002", "출장", at(6, 9), at(7, 18), "T0005", False),
        ("T0003", "휴가", at(6, 13), at(6, 18), None, False),
        ("T0004", "교육", at(8, 9, 30), at(8, 16, 30), "T0003", False),
    ]
    with db_backend.db.read() as session:
        absence = session.scalars(select(Absence)).first()
        assert absence is not None
        assert (absence.created_at, absence.created_by_id) == (at(2, 10), db_actor.staff_id)
    entry = db_backend.audit.recent(auditor(db_backend), entity="absence")[0]
    assert (entry.action, entry.actor_id) == ("absence.import", db_actor.staff_id)
    assert entry.detail == {"file": f"부재.{'xlsx' if kind == 'xlsx' else 'csv'}", "encoding": result.encoding,
                            "added": 3, "updated": 0, "unchanged": 0}
    assert changes == [AbsenceChanged()]


def test_the_same_absence_imported_again_is_not_duplicated(db_backend: Backend, db_actor: Actor, tmp_path: Path) -> None:
    db_backend.absence_import.apply(db_actor, write_csv(tmp_path / "a.csv", [HEADER, *ROWS]))
    # Next week's file: the same three (one with another deputy) and a new one.
    rows = [HEADER, ROWS[0], ROWS[1], [*ROWS[2][:4], "T0005"], ["T0005", "회의", "2026-07-09 10:00", "2026-07-09 11:00", ""]]
    preview = db_backend.absence_import.preview(write_csv(tmp_path / "b.csv", rows))
    assert [(r.line, r.action) for r in preview.rows] == [(2, "변경 없음"), (3, "변경 없음"), (4, "수정"), (5, "추가")]
    assert preview.rows[2].deputy_name == "최유진"
    result = db_backend.absence_import.apply(db_actor, write_csv(tmp_path / "b.csv", rows))
    assert (result.added, result.updated, result.unchanged) == (1, 1, 2)
    assert [(a[0], a[4]) for a in stored(db_backend)] == [("T0002", "T0005"), ("T0003", None), ("T0004", "T0005"), ("T0005", None)]


def test_a_cancelled_absence_stays_cancelled(db_backend: Backend, db_actor: Actor, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [HEADER, ROWS[0]])
    db_backend.absence_import.apply(db_actor, path)
    with db_backend.db.transaction() as session:
        session.execute(update(Absence).values(cancelled_at=at(2, 10)))
    result = db_backend.absence_import.apply(db_actor, path)
    assert (result.added, result.unchanged) == (0, 1)
    assert [a[5] for a in stored(db_backend)] == [True]


def test_preview_writes_nothing(db_backend: Backend, tmp_path: Path) -> None:
    before = counts(db_backend)
    preview = db_backend.absence_import.preview(write_csv(tmp_path / "a.csv", [HEADER, *ROWS]))
    assert preview.ok and preview.count("추가") == 3
    assert [r.staff_name for r in preview.rows] == ["김민준", "이서연", "박지호"]
    assert counts(db_backend) == before


@pytest.mark.parametrize(
    ("rows", "expected", "words"),
    [
        pytest.param([["T0002", "병가", "2026-07-06", "2026-07-06", ""]], [(2, "구분")], "출장, 휴가, 교육, 회의, 외근", id="kind"),
        pytest.param([["T0002", "출장", "7월 6일", "2026-07-06", ""]], [(2, "시작")], "'7월 6일'을 날짜로 읽을 수 없습니다", id="date"),
        pytest.param([["T0002", "출장", "2026-02-30", "2026-07-06", ""]], [(2, "시작")], "없는 날짜", id="no-such-day"),
        pytest.param([["T0002", "출장", "2026-07-06 25:00", "2026-07-07", ""]], [(2, "시작")], "없는 시각", id="no-such-time"),
        pytest.param([["T0002", "출장", "2026-07-07", "2026-07-06", ""]], [(2, "종료")], "종료(2026-07-06 18:00)가 시작(2026-07-07 09:00)보다 빠릅니다", id="end-before-start"),
        pytest.param([["T0002", "회의", "2026-07-06 10:00", "2026-07-06 10:00", ""]], [(2, "종료")], "부재 기간이 없습니다", id="empty-span"),
        pytest.param([["Z9999", "출장", "2026-07-06", "2026-07-06", ""]], [(2, "사번")], "사번 Z9999인 직원이 없습니다", id="unknown-staff"),
        pytest.param([["T0006", "출장", "2026-07-06", "2026-07-06", ""]], [(2, "사번")], "비활성(퇴직)", id="staff-who-left"),
        pytest.param([["T0002", "출장", "2026-07-06", "2026-07-06", "Z9999"]], [(2, "대행자사번")], "대행자 사번 Z9999인 직원이 없습니다", id="unknown-deputy"),
        pytest.param([["T0002", "출장", "2026-07-06", "2026-07-06", "T0002"]], [(2, "대행자사번")], "자기 자신", id="own-deputy"),
        pytest.param([ROWS[0], ROWS[1], ROWS[0]], [(4, "")], "2행과 같은 부재입니다", id="same-row-twice"),
        pytest.param([["T0002", "외근", "2026-07-06", "2026-07-06", "800101-1234567"]], [(2, "대행자사번")], "주민등록번호", id="resident-number"),
    ],
)
def test_bad_rows_are_named_and_nothing_is_written(
    db_backend: Backend, db_actor: Actor, tmp_path: Path,
    rows: list[list[str]], expected: list[tuple[int, str]], words: str,
) -> None:
    path = write_csv(tmp_path / "a.csv", [HEADER, *rows])
    preview = db_backend.absence_import.preview(path)
    assert [(e.line, e.column) for e in preview.errors] == expected
    assert words in preview.errors[0].message
    before = counts(db_backend)
    with pytest.raises(ImportRejected) as caught:
        db_backend.absence_import.apply(db_actor, path)
    assert caught.value.errors == preview.errors
    assert counts(db_backend) == before


def test_mutual_deputies_on_different_days_are_fine(db_backend: Backend, db_actor: Actor, tmp_path: Path) -> None:
    rows = [HEADER, ["T0002", "출장", "2026-07-06", "2026-07-06", "T0005"], ["T0005", "휴가", "2026-07-07", "2026-07-07", "T0002"]]
    assert db_backend.absence_import.preview(write_csv(tmp_path / "a.csv", rows)).ok


def test_mutual_deputies_away_together_are_imported_with_a_warning(
    db_backend: Backend, db_actor: Actor, tmp_path: Path
) -> None:
    rows = [HEADER, ["T0002", "출장", "2026-07-06", "2026-07-07", "T0005"],
            ["T0005", "휴가", "2026-07-07", "2026-07-07", "T0002"]]
    path = write_csv(tmp_path / "a.csv", rows)
    preview = db_backend.absence_import.preview(path)
    assert preview.ok and preview.count("추가") == 2
    assert [(w.line, w.column, w.message) for w in preview.warnings] == [(
        3, "대행자사번",
        "부재 기간이 겹치는 직원끼리 서로를 대행자로 두었습니다: T0002 김민준(출장) → "
        "T0005 최유진(휴가) → T0002 김민준 (2행, 3행). 함께 자리를 비우는 동안에는 업무가 "
        "부서장에게 갑니다.",
    )]
    result = db_backend.absence_import.apply(db_actor, path)
    assert result.added == 2 and result.warnings == preview.warnings


def test_a_cycle_with_an_absence_already_stored_is_warned_about(db_backend: Backend, db_actor: Actor, tmp_path: Path) -> None:
    db_backend.absence_import.apply(db_actor, write_csv(tmp_path / "a.csv", [HEADER, ["T0002", "출장", "2026-07-06", "2026-07-08", "T0005"]]))
    rows = [HEADER, ["T0004", "회의", "2026-07-06 10:00", "2026-07-06 11:00", ""], ["T0005", "교육", "2026-07-07 14:00", "2026-07-07 16:00", "T0002"]]
    preview = db_backend.absence_import.preview(write_csv(tmp_path / "b.csv", rows))
    assert preview.ok and [(w.line, w.column) for w in preview.warnings] == [(3, "대행자사번")]
    assert "T0005 최유진(교육) → T0002 김민준(출장, 이미 등록됨) → T0005 최유진 (3행)" in preview.warnings[0].message


def test_a_cycle_through_default_deputies_is_warned_about(db_backend: Backend, db_actor: Actor, tmp_path: Path) -> None:
    with db_backend.db.transaction() as session:
        ids = dict(session.execute(select(Staff.employee_no, Staff.id)).tuples().all())
        session.execute(update(Staff).where(Staff.id == ids["T0003"]).values(default_deputy_id=ids["T0004"]))
    rows = [HEADER, ["T0003", "휴가", "2026-07-06", "2026-07-06", ""], ["T0004", "출장", "2026-07-06 15:00", "2026-07-06 17:00", "T0003"]]
    preview = db_backend.absence_import.preview(write_csv(tmp_path / "a.csv", rows))
    assert preview.ok and [(w.line, w.column) for w in preview.warnings] == [(3, "대행자사번")]
    assert "대행자사번을 비운 행은 기본대행자가 대신합니다" in preview.warnings[0].message


def test_a_missing_column_is_named(db_backend: Backend, tmp_path: Path) -> None:
    rows = [["사번", "구분", "시작일", "종료", "대행자"], ["T0002", "출장", "2026-07-06", "2026-07-06", ""]]
    preview = db_backend.absence_import.preview(write_csv(tmp_path / "a.csv", rows))
    assert [(e.line, e.column) for e in preview.errors] == [(1, "시작"), (1, "대행자사번")]
    assert "'시작일'(C열)이 그 열이라면 머리행을 '시작'으로 고쳐 주세요" in preview.errors[0].message


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2026-07-06", False, at(6, 9)),
        ("2026-07-06", True, at(6, 18)),
        ("2026. 7. 6.", False, at(6, 9)),
        ("2026/07/06 9:05", False, at(6, 9, 5)),
        ("2026-07-06T14:30", True, at(6, 14, 30)),
        ("2026-07-06 오후 2:30", False, at(6, 14, 30)),
        ("2026-07-06 오전 12:10", False, at(6, 0, 10)),
        ("2026-07-06 2:30 PM", False, at(6, 14, 30)),
        ("2026-07-06 14:30:00", False, at(6, 14, 30)),
    ],
)
def test_dates_and_times_as_spreadsheets_write_them(text: str, end: bool, expected: datetime) -> None:
    assert parse_moment(text, WorkingHours(), end=end) == expected
