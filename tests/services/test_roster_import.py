"""Importing the roster from the HR spreadsheet: a new agency's first roster, re-imports
that update, and every kind of bad row reported by line and column with nothing written."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.charter import Charter
from minwon_desk.domain.errors import StateError
from minwon_desk.domain.orgpath import guess_kind, parse_path
from minwon_desk.domain.timeutil import SEOUL, Clock
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import StaffChanged
from minwon_desk.services.tabular import ImportRejected
from minwon_desk.store.models import Agency, AuditEntry, Department, Staff
from tests.support.seed import SMALL_DESK, SmallAgency, auditor

HEADER = ["사번", "성명", "직위", "부서", "내선번호", "이메일", "담당업무", "기본대행자사번"]
NEW_AGENCY = [
    # A names B as deputy before B's own row: deputies are resolved after every row exists.
    ["A0001", "김민준", "담당관", "본부 > 기획조정실 > 혁신행정담당관", "1201", "kim@korea.kr", "정부혁신, 조직진단", "A0002"],
    ["A0002", "최유진", "주무관", "본부 > 기획조정실 > 혁신행정담당관", "1202", "", "민원제도,적극행정 ,  고객만족도 조사", "A0003"],
    ["A0003", "이서연", "주무관", "본부 > 창업벤처혁신실 > 창업정책과", "1302", "", "", ""],
    ["A0004", "박지호", "팀장", "서울지방중소벤처기업청 > 지원총괄과 > 수출지원팀", "044-204-5101", "", "수출지원", "A0003"],
]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    def cell(text: str) -> str:
        return f'"{text}"' if "," in text or "\n" in text else text

    path.write_text("\n".join(",".join(cell(c) for c in r) for r in rows) + "\n", encoding=encoding)
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_file(folder: Path, rows: list[list[str]], kind: str) -> Path:
    if kind == "xlsx":
        return write_xlsx(folder / "명부.xlsx", rows)
    return write_csv(folder / "명부.csv", rows, kind)


def counts(backend: Backend) -> dict[str, int]:
    with backend.db.read() as session:
        return {
            m.__name__: session.scalar(select(func.count()).select_from(m)) or 0
            for m in (Agency, Department, Staff, AuditEntry)
        }


def people(backend: Backend) -> dict[str, tuple[str, str, str, str, str, str | None]]:
    """employee_no → (name, department path, extension, email, duties, deputy's employee_no)."""
    from minwon_desk.services.directory.service import department_paths

    with backend.db.read() as session:
        paths = department_paths(session.scalars(select(Department)))
        staff = session.scalars(select(Staff)).all()
        no = {s.id: s.employee_no for s in staff}
        return {
            s.employee_no: (s.name, paths[s.department_id], s.extension, s.email, s.duties,
                            no.get(s.default_deputy_id) if s.default_deputy_id else None)
            for s in staff
        }


@pytest.fixture
def empty_backend(db_url: str, fake_clock: Clock, mss_charter: Charter) -> Iterator[Backend]:
    """A database with no agency, department or staff yet."""
    b = Backend.open(db_url, charter=mss_charter, desk=SMALL_DESK, clock=fake_clock)
    yield b
    b.close()


@pytest.mark.parametrize("kind", ["utf-8", "utf-8-sig", "cp949", "xlsx"])
def test_first_roster_of_a_new_agency(empty_backend: Backend, tmp_path: Path, kind: str) -> None:
    changes: list[StaffChanged] = []
    empty_backend.events.subscribe(StaffChanged, changes.append)
    path = write_file(tmp_path, [HEADER, *NEW_AGENCY], kind)

    result = empty_backend.roster_import.apply(None, path)

    assert (result.added, result.updated, result.unchanged, result.new_departments) == (4, 0, 0, 8)
    assert result.encoding == {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "cp949": "CP949", "xlsx": "XLSX"}[kind]
    roster = people(empty_backend)
    assert roster["A0001"] == ("김민준", "본부 > 기획조정실 > 혁신행정담당관", "1201", "kim@korea.kr", "정부혁신, 조직진단", "A0002")
    assert roster["A0002"][4] == "민원제도, 적극행정, 고객만족도 조사"
    assert roster["A0003"][5] is None
    assert roster["A0004"][1:3] == ("서울지방중소벤처기업청 > 지원총괄과 > 수출지원팀", "044-204-5101")
    with empty_backend.db.read() as session:
        assert session.scalars(select(Agency.name)).all() == ["중소벤처기업부"]
        kinds = {d.name: d.kind for d in session.scalars(select(Department))}
        entry = session.scalars(select(AuditEntry)).one()
    assert kinds == {
        "본부": "본부", "기획조정실": "실", "혁신행정담당관": "담당관", "창업벤처혁신실": "실",
        "창업정책과": "과", "서울지방중소벤처기업청": "지방청", "지원총괄과": "과", "수출지원팀": "팀",
    }
    # The first roster is written by the system: no actor, counts and the file name only.
    assert (entry.actor_id, entry.action, entry.desk) == (None, "staff.import", SMALL_DESK)
    assert json.loads(entry.detail) == {
        "file": path.name, "encoding": result.encoding, "added": 4, "updated": 0,
        "unchanged": 0, "departments": 8,
    }
    assert changes == [StaffChanged()]


def test_new_departments_follow_the_file_order_in_the_chart(empty_backend: Backend, tmp_path: Path) -> None:
    empty_backend.roster_import.apply(None, write_csv(tmp_path / "a.csv", [HEADER, *NEW_AGENCY]))
    names = [(s.department, s.name) for s in empty_backend.staff.list_active()]
    assert names == [
        ("혁신행정담당관", "김민준"), ("혁신행정담당관", "최유진"), ("창업정책과", "이서연"), ("수출지원팀", "박지호"),
    ]


def test_reimporting_updates_by_employee_number(db_backend: Backend, db_actor: Actor, tmp_path: Path) -> None:
    rows = [
        HEADER,
        ["T0002", "김민준", "서기관", "본부 > 혁신행정담당관", "1299", "minjun@korea.kr", "정부혁신", "T0005"],
        ["T0003", "이서연", "주무관", "본부 > 창업정책과", "1302", "t0003@test.example", "", ""],
        ["T0007", "한가람", "주무관", "혁신행정담당관", "1203", "", "민원제도", "T0002"],
    ]
    path = write_csv(tmp_path / "a.csv", rows)
    preview = db_backend.roster_import.preview(path)
    assert preview.ok
    assert [(r.line, r.employee_no, r.action) for r in preview.rows] == [
        (2, "T0002", "수정"), (3, "T0003", "변경 없음"), (4, "T0007", "추가"),
    ]
    # A unit named by the end of its path lands in the unit that already exists.
    assert preview.rows[2].department == "본부 > 혁신행정담당관"
    assert preview.new_departments == ()

    before = counts(db_backend)
    result = db_backend.roster_import.apply(db_actor, path)
    assert (result.added, result.updated, result.unchanged, result.new_departments) == (1, 1, 1, 0)
    after = counts(db_backend)
    assert after == {**before, "Staff": before["Staff"] + 1, "AuditEntry": before["AuditEntry"] + 1}
    roster = people(db_backend)
    assert roster["T0002"] == ("김민준", "본부 > 혁신행정담당관", "1299", "minjun@korea.kr", "정부혁신", "T0005")
    assert roster["T0007"][5] == "T0002"
    assert roster["T0004"][0] == "박지호"  # not in the file: left as it was
    assert db_backend.staff.by_employee_no("T0002").position == "서기관"
    assert db_backend.audit.recent(auditor(db_backend), entity="staff")[0].actor_id == db_actor.staff_id

    again = db_backend.roster_import.apply(db_actor, path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)


def test_someone_who_left_and_comes_back_in_the_roster_is_active_again(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, tmp_path: Path
) -> None:
    rows = [HEADER, ["T0006", "정하늘", "주무관", "본부 > 창업정책과", "1303", "t0006@test.example", "", ""]]
    result = db_backend.roster_import.apply(db_actor, write_csv(tmp_path / "a.csv", rows))
    assert result.updated == 1
    assert "정하늘" in {s.name for s in db_backend.staff.list_active()}


def test_preview_writes_nothing(empty_backend: Backend, tmp_path: Path) -> None:
    before = counts(empty_backend)
    preview = empty_backend.roster_import.preview(write_csv(tmp_path / "a.csv", [HEADER, *NEW_AGENCY]))
    assert preview.ok and preview.encoding == "UTF-8"
    assert (preview.count("추가"), preview.count("수정")) == (4, 0)
    assert preview.new_departments[:3] == ("본부", "본부 > 기획조정실", "본부 > 기획조정실 > 혁신행정담당관")
    assert counts(empty_backend) == before


def test_without_an_actor_only_into_an_empty_database(db_backend: Backend, tmp_path: Path) -> None:
    before = counts(db_backend)
    with pytest.raises(StateError, match="관리자를 지정"):
        db_backend.roster_import.apply(None, write_csv(tmp_path / "a.csv", [HEADER, *NEW_AGENCY]))
    assert counts(db_backend) == before


GOOD = ["B0001", "홍길동", "주무관", "본부 > 혁신행정담당관", "1201", "hong@korea.kr", "민원", ""]


def _with(row: list[str], **changes: str) -> list[str]:
    out = list(row)
    for name, value in changes.items():
        out[HEADER.index(name.replace("_", ""))] = value
    return out


@pytest.mark.parametrize(
    ("rows", "expected", "words"),
    [
        pytest.param([HEADER, _with(GOOD, 이메일="kim@")], [(2, "이메일")], "'kim@'은(는) 이메일 주소가 아닙니다", id="email"),
        pytest.param([HEADER, GOOD, _with(GOOD, 성명="홍길순")], [(3, "사번")], "2행에도 있습니다", id="employee-no-twice"),
        pytest.param([HEADER, _with(GOOD, 기본대행자사번="Z9999")], [(2, "기본대행자사번")], "파일에도 데이터베이스에도 없습니다", id="unknown-deputy"),
        pytest.param([HEADER, _with(GOOD, 기본대행자사번="T0006")], [(2, "기본대행자사번")], "비활성(퇴직)", id="deputy-who-left"),
        pytest.param([HEADER, _with(GOOD, 기본대행자사번="B0001")], [(2, "기본대행자사번")], "자기 자신", id="own-deputy"),
        pytest.param([HEADER, _with(GOOD, 성명="")], [(2, "성명")], "성명이 비어 있습니다", id="no-name"),
        pytest.param([HEADER, _with(GOOD, 부서="본부 >  > 과")], [(2, "부서")], "빈 단계", id="department-gap"),
        pytest.param([HEADER, _with(GOOD, 내선번호="내선1201")], [(2, "내선번호")], "숫자와 -만", id="extension"),
        pytest.param([HEADER, _with(GOOD, 사번="B 01")], [(2, "사번")], "쓸 수 없는 글자", id="employee-no-space"),
        pytest.param([HEADER, _with(GOOD, 담당업무="민원, 800101-1234567")], [(2, "담당업무")], "주민등록번호", id="resident-number"),
        pytest.param([[*HEADER[:5], "메일", *HEADER[6:]], GOOD], [(1, "이메일")], "'메일'(F열)이 그 열이라면", id="misnamed-column"),
        pytest.param([[h for h in HEADER if h != "직위"], GOOD[:2] + GOOD[3:]], [(1, "직위")], "'직위' 열이 없습니다", id="missing-column"),
        pytest.param([HEADER], [(2, "")], "가져올 행이 없습니다", id="header-only"),
    ],
)
def test_bad_rows_are_named_and_nothing_is_written(
    db_backend: Backend, db_actor: Actor, tmp_path: Path,
    rows: list[list[str]], expected: list[tuple[int, str]], words: str,
) -> None:
    path = write_csv(tmp_path / "a.csv", rows)
    preview = db_backend.roster_import.preview(path)
    assert [(e.line, e.column) for e in preview.errors] == expected
    assert words in preview.errors[0].message
    before = counts(db_backend)
    with pytest.raises(ImportRejected) as caught:
        db_backend.roster_import.apply(db_actor, path)
    assert caught.value.errors == preview.errors
    assert counts(db_backend) == before


def test_mutual_deputies_are_imported_with_a_warning_and_both_away_go_to_the_head(
    db_backend: Backend, db_actor: Actor, tmp_path: Path
) -> None:
    team = "본부 > 상호대행과"  # a new unit: its most senior member is its head
    rows = [HEADER, _with(GOOD, 부서=team, 기본대행자사번="B0002"),
            _with(GOOD, 사번="B0002", 성명="홍길순", 부서=team, 기본대행자사번="B0001"),
            _with(GOOD, 사번="B0003", 성명="박과장", 직위="과장", 부서=team)]
    path = write_csv(tmp_path / "a.csv", rows)
    preview = db_backend.roster_import.preview(path)
    assert preview.ok and preview.count("추가") == 3
    assert [(w.line, w.column, w.message) for w in preview.warnings] == [(
        3, "기본대행자사번",
        "기본대행자가 서로를 대신합니다: B0001 홍길동 → B0002 홍길순 → B0001 홍길동 (2행, 3행). "
        "둘 다 자리를 비우는 동안에는 업무가 부서장에게 갑니다.",
    )]
    result = db_backend.roster_import.apply(db_actor, path)
    assert result.added == 3 and result.warnings == preview.warnings
    snap = db_backend.directory.snapshot()
    a, b = snap.by_employee_no("B0001"), snap.by_employee_no("B0002")
    assert (a.default_deputy_id, b.default_deputy_id) == (b.id, a.id)
    at = datetime(2026, 7, 2, 10, tzinfo=SEOUL)
    for who, deputy in ((a, b), (b, a)):
        db_backend.absences.add(db_actor, staff_id=who.id, kind=AbsenceKind.LEAVE,
                                starts_at=at, ends_at=at + timedelta(days=3), deputy_id=deputy.id)
    presence = db_backend.directory.snapshot().presence(a.id, at)
    assert (presence.outcome, presence.acting and presence.acting.name) == ("department_head", "박과장")
    assert "대행 순서가 다시 홍길동 주무관으로 돌아와 부서장 박과장 과장에게 연결합니다." in presence.message


def test_a_longer_ring_of_deputies_is_warned_about_too(
    db_backend: Backend, db_actor: Actor, tmp_path: Path
) -> None:
    rows = [HEADER, _with(GOOD, 기본대행자사번="B0002"),
            _with(GOOD, 사번="B0002", 성명="홍길순", 기본대행자사번="B0003"),
            _with(GOOD, 사번="B0003", 성명="홍길남", 기본대행자사번="B0001")]
    preview = db_backend.roster_import.preview(write_csv(tmp_path / "a.csv", rows))
    assert preview.ok
    [warning] = preview.warnings
    assert warning.message == (
        "기본대행자가 서로를 대신합니다: B0001 홍길동 → B0002 홍길순 → B0003 홍길남 → B0001 홍길동 "
        "(2행, 3행, 4행). 모두 자리를 비우는 동안에는 업무가 부서장에게 갑니다."
    )


def test_a_ring_through_the_database_is_warned_about(
    db_backend: Backend, db_actor: Actor, tmp_path: Path
) -> None:
    first = [HEADER, ["T0002", "김민준", "사무관", "본부 > 혁신행정담당관", "1201", "", "", "T0005"]]
    db_backend.roster_import.apply(db_actor, write_csv(tmp_path / "a.csv", first))
    # T0005 is not otherwise in the file: its stored deputy T0002 closes the ring.
    second = [HEADER, ["T0005", "최유진", "주무관", "본부 > 혁신행정담당관", "1202", "", "", "T0002"]]
    preview = db_backend.roster_import.preview(write_csv(tmp_path / "b.csv", second))
    assert preview.ok and [(w.line, w.column) for w in preview.warnings] == [(2, "기본대행자사번")]
    assert "T0005 최유진 → T0002 김민준 → T0005 최유진 (2행)" in preview.warnings[0].message


def test_every_bad_row_is_listed_not_only_the_first(db_backend: Backend, tmp_path: Path) -> None:
    rows = [HEADER, GOOD, _with(GOOD, 사번="B0002", 이메일="x@"), _with(GOOD, 사번="B0003", 성명="", 내선번호="abc")]
    preview = db_backend.roster_import.preview(write_csv(tmp_path / "a.csv", rows))
    assert [(e.line, e.column) for e in preview.errors] == [(3, "이메일"), (4, "성명"), (4, "내선번호")]
    assert [r.employee_no for r in preview.rows] == ["B0001"]


def test_an_ambiguous_unit_name_asks_for_the_whole_path(db_backend: Backend, tmp_path: Path) -> None:
    rows = [HEADER, _with(GOOD, 부서="서울청 > 창업정책과"), _with(GOOD, 사번="B0002", 부서="창업정책과")]
    preview = db_backend.roster_import.preview(write_csv(tmp_path / "a.csv", rows))
    assert [(e.line, e.column) for e in preview.errors] == [(3, "부서")]
    assert "'본부 > 창업정책과', '서울청 > 창업정책과'" in preview.errors[0].message


def test_a_file_in_an_unknown_encoding_is_refused(db_backend: Backend, db_actor: Actor, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(",".join(HEADER).encode() + b"\nB0001,\xff\xfe\xff,x\n")
    preview = db_backend.roster_import.preview(path)
    assert [(e.line, e.column) for e in preview.errors] == [(2, "")]
    assert "UTF-8도 CP949(EUC-KR)도 아닙니다" in preview.errors[0].message
    before = counts(db_backend)
    with pytest.raises(ImportRejected):
        db_backend.roster_import.apply(db_actor, path)
    assert counts(db_backend) == before


def test_an_empty_file_is_refused(db_backend: Backend, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(b"")
    preview = db_backend.roster_import.preview(path)
    assert [(e.line, e.column) for e in preview.errors] == [(1, "")]
    assert "비어 있습니다" in preview.errors[0].message


BELOW_THE_TOP = [
    HEADER,
    ["C1", "가", "과장", "본부 > 기획조정실 > 혁신행정담당관", "", "", "", ""],
    ["C2", "나", "주무관", "기획조정실 > 운영지원과", "", "", "", ""],  # under 본부's 기획조정실
    ["C3", "다", "주무관", "운영지원과 > 민원안내팀", "", "", "", ""],  # wherever 운영지원과 landed
    ["C4", "라", "주무관", "혁신행정담당관", "", "", "", ""],
]


def test_a_path_may_start_below_the_top_of_the_chart(empty_backend: Backend, tmp_path: Path) -> None:
    preview = empty_backend.roster_import.preview(write_csv(tmp_path / "a.csv", BELOW_THE_TOP))
    assert preview.errors == ()
    assert [r.department for r in preview.rows] == [
        "본부 > 기획조정실 > 혁신행정담당관",
        "본부 > 기획조정실 > 운영지원과",
        "본부 > 기획조정실 > 운영지원과 > 민원안내팀",
        "본부 > 기획조정실 > 혁신행정담당관",
    ]
    assert preview.new_departments == (
        "본부", "본부 > 기획조정실", "본부 > 기획조정실 > 혁신행정담당관",
        "본부 > 기획조정실 > 운영지원과", "본부 > 기획조정실 > 운영지원과 > 민원안내팀",
    )


def test_a_path_that_could_start_in_two_places_is_refused(empty_backend: Backend, tmp_path: Path) -> None:
    rows = [*BELOW_THE_TOP, ["C5", "마", "주무관", "서울청 > 운영지원과", "", "", "", ""]]
    preview = empty_backend.roster_import.preview(write_csv(tmp_path / "a.csv", rows))
    assert [(e.line, e.column) for e in preview.errors] == [(4, "부서")]
    assert "'본부 > 기획조정실 > 운영지원과', '서울청 > 운영지원과'" in preview.errors[0].message


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("본부 > 기획조정실 > 혁신행정담당관", ("본부", "기획조정실", "혁신행정담당관")),
        ("본부>기획조정실", ("본부", "기획조정실")),
        ("  본부 ＞ 중소기업  정책실 ", ("본부", "중소기업 정책실")),
        ("본부 › 창업정책과", ("본부", "창업정책과")),
    ],
)
def test_department_paths_as_people_type_them(text: str, parts: tuple[str, ...]) -> None:
    assert parse_path(text) == parts


def test_a_unit_kind_is_guessed_from_its_name() -> None:
    names = ["본부", "서울지방중소벤처기업청", "기획조정실", "중소기업정책국", "정책기획관", "혁신행정담당관",
             "창업정책과", "민원안내팀", "중소기업종합상담센터", "대변인"]
    assert [guess_kind(n) for n in names] == ["본부", "지방청", "실", "국", "국", "담당관", "과", "팀", "센터", "기타"]
