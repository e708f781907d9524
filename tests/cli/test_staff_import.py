"""``minwon-desk staff import``: a summary line on success, every bad row on stderr and
exit status 2, nothing written by ``--dry-run`` or by a file with any error."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from tests.support.seed import SMALL_OPERATOR_NO, auditor

from .helpers import open_data, run

HEADER = "사번,성명,직위,부서,내선번호,이메일,담당업무,기본대행자사번"
FIRST_ROSTER = f"""{HEADER}
A0001,김민준,담당관,본부 > 기획조정실 > 혁신행정담당관,1201,kim@korea.kr,"정부혁신, 조직진단",A0002
A0002,최유진,주무관,본부 > 기획조정실 > 혁신행정담당관,1202,,민원제도,
A0003,이서연,주무관,본부 > 창업정책과,1302,,,A0002
"""


def staff_names(data_dir: Path) -> list[str]:
    backend = open_data(data_dir)
    try:
        return [s.name for s in backend.staff.list_active()]
    finally:
        backend.close()


def test_the_first_roster_of_a_new_agency(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    roster = tmp_path / "명부.csv"
    roster.write_text(FIRST_ROSTER, encoding="cp949")
    data = tmp_path / "data"

    # A new database: nothing can be done before its first administrator exists.
    code, out, err = run(capsys, "staff", "import", str(roster), "--data-dir", str(data), who=None)
    assert (code, out) == (3, "")
    assert "account init" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("admin-pass-1\n"))
    code, out, err = run(capsys, "account", "init", "--name", "관리자", "--login", "admin",
                         "--data-dir", str(data), who=None)
    assert (code, err) == (0, "")
    monkeypatch.setenv("MINWON_PASSWORD", "admin-pass-1")

    code, out, err = run(capsys, "staff", "import", str(roster), "--dry-run", "--data-dir", str(data),
                         who="admin")
    assert (code, err) == (0, "")
    assert out == "가져오면 추가 3명, 수정 0명, 변경 없음 0명, 새 부서 4곳 (명부.csv, CP949). 검사만 했고 저장하지 않았습니다.\n"
    assert staff_names(data) == ["관리자"]

    code, out, err = run(capsys, "staff", "import", str(roster), "--data-dir", str(data), who="admin")
    assert (code, err) == (0, "")
    assert out == "직원 명부를 가져왔습니다: 추가 3명, 수정 0명, 변경 없음 0명, 새 부서 4곳 (명부.csv, CP949).\n"
    assert set(staff_names(data)) == {"관리자", "김민준", "최유진", "이서연"}
    # The administrator reads the trail once given the privacy officer's role too.
    code, out, err = run(capsys, "account", "grant", "ADMIN", "개인정보", "--reason", "감사 담당 겸직",
                         "--data-dir", str(data), who="admin")
    assert (code, err) == (0, "")
    backend = open_data(data)
    try:
        admin = backend.staff.by_employee_no("ADMIN")
        assert [e.actor_id for e in backend.audit.recent(auditor(backend), entity="staff")] == [admin.id]
    finally:
        backend.close()

    # Someone on the new roster has no account until the administrator makes one.
    code, out, err = run(capsys, "staff", "import", str(roster), "--data-dir", str(data), who="A0001")
    assert (code, out) == (3, "")
    assert "계정 또는 비밀번호가 맞지 않습니다" in err


def test_re_import_as_the_administrator_updates(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    # An old settings file naming the desk's operator is still read (and names nobody).
    (data_dir / "settings.toml").write_text(f'desk_operator = "{SMALL_OPERATOR_NO}"\n', encoding="utf-8")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER.split(","))
    sheet.append(["T0002", "김민준", "서기관", "본부 > 혁신행정담당관", 1299, None, "정부혁신", "T0005"])
    book.save(tmp_path / "명부.xlsx")
    code, out, err = run(capsys, "staff", "import", str(tmp_path / "명부.xlsx"), "--data-dir", str(data_dir))
    assert (code, err) == (0, "")
    assert out == "직원 명부를 가져왔습니다: 추가 0명, 수정 1명, 변경 없음 0명, 새 부서 0곳 (명부.xlsx, XLSX).\n"
    backend = open_data(data_dir)
    try:
        assert backend.staff.by_employee_no("T0002").extension == "1299"
        operator = backend.staff.by_employee_no(SMALL_OPERATOR_NO)
        assert backend.audit.recent(auditor(backend), entity="staff")[0].actor_id == operator.id
    finally:
        backend.close()


def test_bad_rows_go_to_stderr_one_a_line_and_nothing_is_imported(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    roster = tmp_path / "a.csv"
    roster.write_text(
        f"{HEADER}\n"
        "B0001,홍길동,주무관,본부 > 혁신행정담당관,1401,,,B0002\n"
        "B0002,홍길순,주무관,본부 > 혁신행정담당관,1402,,,B0001\n"
        "B0003,홍길남,주무관,본부,1403,kim@,,\n"
        "B0001,홍길북,주무관,본부,1404,,,\n",
        encoding="utf-8-sig",
    )
    before = staff_names(data_dir)
    for dry in ([], ["--dry-run"]):
        code, out, err = run(capsys, "staff", "import", str(roster), *dry, "--as", SMALL_OPERATOR_NO, "--data-dir", str(data_dir))
        assert (code, out) == (2, "")
        lines = err.splitlines()
        assert lines[:2] == [
            "4행 이메일: 'kim@'은(는) 이메일 주소가 아닙니다. kim@korea.kr처럼 적거나 비워 두세요.",
            "5행 사번: 사번 B0001이 2행에도 있습니다. 한 사람은 한 행에만 적어 주세요.",
        ]
        assert lines[2] == (
            "minwon-desk: a.csv에 고칠 곳이 2군데 있습니다. 고친 뒤 다시 검사해 주세요." if dry else
            "minwon-desk: a.csv에 고칠 곳이 2군데 있어 아무것도 가져오지 않았습니다. 고친 뒤 다시 가져와 주세요."
        )
        assert len(lines) == 3
    assert staff_names(data_dir) == before


def test_mutual_deputies_are_a_warning_in_the_check_and_the_import(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    roster = tmp_path / "a.csv"
    roster.write_text(
        f"{HEADER}\n"
        "B0001,홍길동,주무관,본부 > 혁신행정담당관,1401,,,B0002\n"
        "B0002,홍길순,주무관,본부 > 혁신행정담당관,1402,,,B0001\n",
        encoding="utf-8-sig",
    )
    warning = (
        "주의 — 3행 기본대행자사번: 기본대행자가 서로를 대신합니다: B0001 홍길동 → B0002 홍길순 → "
        "B0001 홍길동 (2행, 3행). 둘 다 자리를 비우는 동안에는 업무가 부서장에게 갑니다."
    )
    for dry in (["--dry-run"], []):
        code, out, err = run(capsys, "staff", "import", str(roster), *dry, "--as", SMALL_OPERATOR_NO, "--data-dir", str(data_dir))
        assert code == 0 and err.splitlines() == [warning]
        assert ("검사만 했고 저장하지 않았습니다" in out) == bool(dry)
    assert {"홍길동", "홍길순"} <= set(staff_names(data_dir))


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--as", "NOPE"], "계정 또는 비밀번호가 맞지 않습니다"),
        (["--as", "T0006"], "비활성"),
        (["--as", "T0002"], "직원 명부 관리"),  # an officer, not the administrator
    ],
)
def test_an_actor_who_cannot_act_is_refused(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, args: list[str], words: str
) -> None:
    roster = tmp_path / "a.csv"
    roster.write_text(f"{HEADER}\nB0001,홍길동,주무관,본부,1401,,,\n", encoding="utf-8")
    code, out, err = run(capsys, "staff", "import", str(roster), *args, "--data-dir", str(data_dir))
    assert (code, out) == (3, "")
    assert words in err
    assert "홍길동" not in staff_names(data_dir)


def test_a_missing_file_is_named(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    code, out, err = run(capsys, "staff", "import", str(tmp_path / "없음.csv"), "--data-dir", str(data_dir))
    assert (code, out) == (2, "")
    assert err == f"minwon-desk: 파일 {tmp_path / '없음.csv'}를 찾을 수 없습니다. 경로를 확인해 주세요.\n"


def test_a_file_in_an_unknown_encoding(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    roster = tmp_path / "a.csv"
    roster.write_bytes(HEADER.encode() + b"\nB0001,\xff\xfe\xff,x,y,,,,\n")
    code, out, err = run(capsys, "staff", "import", str(roster), "--as", SMALL_OPERATOR_NO, "--data-dir", str(data_dir))
    assert (code, out) == (2, "")
    assert err.splitlines()[0].startswith("2행: 글자를 읽을 수 없습니다. 파일이 UTF-8도 CP949(EUC-KR)도 아닙니다.")
