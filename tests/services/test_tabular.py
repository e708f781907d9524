"""Reading HR spreadsheets: the encodings Korean Excel writes, XLSX cells, and the line
numbers a spreadsheet user sees."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from minwon_desk.services.spreadsheets import RowError, TableError, column_letter, read_table
from minwon_desk.services.tabular import locate_columns, resident_number_errors

HEADER = ["사번", "성명", "부서"]
ROWS = [["A1", "김민준", "본부 > 혁신행정담당관"], ["A2", "최유진", "본부 > 창업정책과"]]


def write_csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding=encoding)
    return path


@pytest.mark.parametrize(
    ("encoding", "label"), [("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 (BOM)"), ("cp949", "CP949")]
)
def test_csv_in_every_encoding_korean_excel_writes(tmp_path: Path, encoding: str, label: str) -> None:
    table = read_table(write_csv(tmp_path / "명부.csv", [HEADER, *ROWS], encoding))
    assert table.encoding == label
    assert table.name == "명부.csv"
    assert table.header == ("사번", "성명", "부서")
    assert [(r.line, r.cells) for r in table.rows] == [
        (2, ("A1", "김민준", "본부 > 혁신행정담당관")),
        (3, ("A2", "최유진", "본부 > 창업정책과")),
    ]


def test_line_numbers_count_blank_rows_and_cells_with_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text('사번,담당업무\n\nA1,"정부혁신\n조직진단"\nA2,민원제도\n', encoding="utf-8")
    table = read_table(path)
    # As Excel shows it: the blank row is row 2, the two-line cell is all of row 3.
    assert [(r.line, r.cells[0]) for r in table.rows] == [(3, "A1"), (4, "A2")]
    assert table.rows[0].cells[1] == "정부혁신\n조직진단"


def test_hangul_written_decomposed_on_a_mac_is_read_composed(tmp_path: Path) -> None:
    import unicodedata

    path = write_csv(tmp_path / "a.csv", [[unicodedata.normalize("NFD", h) for h in HEADER], ROWS[0]], "utf-8")
    assert read_table(path).header == ("사번", "성명", "부서")


def test_utf16_tab_separated_unicode_text_from_excel(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\n".join("\t".join(r) for r in [HEADER, *ROWS]), encoding="utf-16")
    table = read_table(path)
    assert table.encoding == "UTF-16"
    assert table.rows[1].cells == ("A2", "최유진", "본부 > 창업정책과")


def test_xlsx_numbers_dates_and_blank_rows(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["사번", "시작", "종료", "비고"])
    sheet.append([20231234, datetime(2026, 7, 6, 9, 30), date(2026, 7, 7), 1.5])
    sheet.append([])
    sheet.append(["A2", "2026-07-08", None, "  여백  "])
    sheet["B2"].number_format = "yyyy-mm-dd h:mm"
    book.save(tmp_path / "a.xlsx")
    table = read_table(tmp_path / "a.xlsx")
    assert table.encoding == "XLSX"
    assert [(r.line, r.cells[:4]) for r in table.rows] == [
        (2, ("20231234", "2026-07-06 09:30", "2026-07-07", "1.5")),
        (4, ("A2", "2026-07-08", "", "여백")),
    ]


def test_xlsx_with_a_guide_sheet_first_reads_the_sheet_with_the_header(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    guide = book.active
    assert guide is not None
    guide.title = "작성 안내"
    guide.append(["이 양식에 직원을 한 행에 한 명씩 적어 주세요."])
    data = book.create_sheet("명부")
    data.append(HEADER)
    data.append(ROWS[0])
    book.save(tmp_path / "a.xlsx")
    assert read_table(tmp_path / "a.xlsx", HEADER).rows[0].cells == tuple(ROWS[0])


def test_a_file_neither_utf8_nor_cp949_is_refused_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes("사번,성명\nA1,김민준\n".encode() + b"A2,\xff\xff\n")
    with pytest.raises(TableError) as caught:
        read_table(path)
    assert caught.value.line == 3
    assert "UTF-8도 CP949(EUC-KR)도 아닙니다" in caught.value.message


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        (b"", 1, "비어 있습니다"),
        (b"\n,,\n\n", 1, "비어 있습니다"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), 0, ".xls"),
        (b"PK\x03\x04 not really a workbook", 0, "XLSX 파일을 열 수 없습니다"),
        (b"%PDF-1.4\x00\x00\x01", 0, "CSV나 XLSX 파일이 아닙니다"),
        ('사번,성명\nA1,"김민준\n'.encode(), 2, "따옴표"),
    ],
)
def test_unreadable_files_say_what_is_wrong(tmp_path: Path, content: bytes, line: int, words: str) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(content)
    with pytest.raises(TableError) as caught:
        read_table(path)
    assert caught.value.line == line
    assert words in caught.value.message


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(TableError, match="없습니다"):
        read_table(tmp_path / "없는파일.csv")


def test_missing_and_misnamed_columns_are_named_with_the_closest_header(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["사번", "이름", "소속부서명", "비고"], ["A1", "김", "본부"]], "utf-8")
    columns, errors = locate_columns(read_table(path), ["사번", "성명", "부서"], {"이름": "성명"})
    assert columns == {"사번": 0}
    assert [(e.line, e.column) for e in errors] == [(1, "성명"), (1, "부서")]
    assert "'이름'(B열)이 그 열이라면 머리행을 '성명'으로 고쳐 주세요" in errors[0].message
    assert "'소속부서명'(C열)" in errors[1].message
    assert "찾은 머리행: 사번, 이름, 소속부서명, 비고." in errors[1].message


def test_columns_in_any_order_with_spaces_and_extra_columns(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["비고", " 부 서 ", "사번", "성명*"], ["x", "본부", "A1", "김"]], "utf-8")
    columns, errors = locate_columns(read_table(path), HEADER)
    assert errors == []
    assert columns == {"사번": 2, "성명": 3, "부서": 1}


def test_a_column_twice_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["사번", "성명", "부서", "사번"], ["A1", "김", "본부", "A2"]], "utf-8")
    _columns, errors = locate_columns(read_table(path), HEADER)
    assert [(e.line, e.column) for e in errors] == [(1, "사번")]
    assert "A열, D열" in errors[0].message


def test_a_header_without_rows_is_refused_on_the_line_below(tmp_path: Path) -> None:
    _columns, errors = locate_columns(read_table(write_csv(tmp_path / "a.csv", [HEADER], "utf-8")), HEADER)
    assert [(e.line, e.column) for e in errors] == [(2, "")]
    assert "가져올 행이 없습니다" in errors[0].message


def test_resident_numbers_are_found_in_every_column_and_never_repeated(tmp_path: Path) -> None:
    rows = [[*HEADER, "메모"], ["A1", "김민준", "본부", "주민번호 900101-1234567"]]
    table = read_table(write_csv(tmp_path / "a.csv", rows, "utf-8"))
    errors = resident_number_errors(table, {0: "사번"})
    assert [(e.line, e.column) for e in errors] == [(2, "메모")]
    assert "900101" not in errors[0].message


def test_errors_read_as_a_spreadsheet_user_locates_them() -> None:
    assert str(RowError(12, "이메일", "틀렸습니다.")) == "12행 이메일: 틀렸습니다."
    assert str(RowError(3, "", "같은 행입니다.")) == "3행: 같은 행입니다."
    assert str(RowError(0, "", "파일이 없습니다.")) == "파일이 없습니다."
    assert [column_letter(i) for i in (0, 25, 26, 27, 701)] == ["A", "Z", "AA", "AB", "ZZ"]


def _excel_like_workbook(path: Path, *, date1904: bool) -> Path:
    """A workbook as Korean Excel saves one: an empty row, a number where text was meant,
    Korean date formats, a time of day, a boolean, the Mac date system."""
    from datetime import datetime, time

    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    book = openpyxl.Workbook()
    if date1904:
        book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.title = "부재"
    sheet.append(["사번", "구분", "시작", "종료"])
    sheet.append([])
    sheet.append([20231234, "출장", datetime(2026, 7, 6, 9, 0), datetime(2026, 7, 7), time(16, 30),
                  "김민준", True])
    sheet["C3"].number_format = 'yyyy"년" m"월" d"일" h:mm'
    sheet["D3"].number_format = 'yyyy"년" mm"월" dd"일"'
    sheet["E3"].number_format = "h:mm"
    book.save(path)
    return path


@pytest.mark.parametrize("date1904", [False, True])
def test_a_workbook_as_excel_saves_it(tmp_path: Path, date1904: bool) -> None:
    table = read_table(_excel_like_workbook(tmp_path / "a.xlsx", date1904=date1904))
    assert table.header == ("사번", "구분", "시작", "종료")
    assert [(r.line, r.cells) for r in table.rows] == [
        (3, ("20231234", "출장", "2026-07-06 09:00", "2026-07-07", "16:30", "김민준", "TRUE")),
    ]
