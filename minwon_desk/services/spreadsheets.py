"""Reading spreadsheets — CSV (UTF-8, with or without BOM, or CP949/EUC-KR as Korean Excel
saves it, or Excel's UTF-16 text) and XLSX — into a table of rows numbered as the
spreadsheet shows them (header = 1); what an import then makes of the rows is in
``tabular``."""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as dt_time
from pathlib import Path

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.filesize import IMPORT_MAX, IMPORT_ROWS_MAX, FileRefused, read_bounded
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.particles import settle

XLSX = "XLSX"
_SAVE_AS = QT_TRANSLATE_NOOP(
    "Tabular", "Excel에서 'CSV UTF-8(쉼표로 분리)' 또는 'Excel 통합 문서(*.xlsx)'로 저장해 주세요."
)


@dataclass(frozen=True, slots=True)
class RowError:
    """One thing wrong in an imported file. ``line`` as the spreadsheet shows it (the
    header is 1; 0 means the file as a whole); ``column`` is the template's column name."""

    line: int
    column: str
    message: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", settle(self.message))

    def __str__(self) -> str:
        where = " ".join(p for p in (translate("Tabular", "{line}행").format(line=self.line) if self.line else "", self.column) if p)
        return f"{where}: {self.message}" if where else self.message


class TableError(ValidationError):
    """The file cannot be read as a table at all (format, encoding, empty)."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__("file", message)
        self.line = line

    def as_row_error(self) -> RowError:
        return RowError(self.line, "", self.message)


@dataclass(frozen=True, slots=True)
class TableRow:
    line: int
    cells: tuple[str, ...]

    def get(self, index: int) -> str:
        return self.cells[index] if index < len(self.cells) else ""


@dataclass(frozen=True, slots=True)
class Table:
    name: str  # the file's name, without its folder
    encoding: str
    header_line: int
    header: tuple[str, ...]
    rows: tuple[TableRow, ...]  # blank rows left out; may be empty


def column_letter(index: int) -> str:
    """0 → 'A', 27 → 'AB': how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def clean(text: str) -> str:
    """NFC (a Mac writes Hangul decomposed), no-break and ideographic spaces as spaces,
    stripped. Line breaks inside a cell stay: a list may be written one item a line."""
    return unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u3000", " ").strip()


def header_key(text: str) -> str:
    """A column title as it is matched: no spaces, no required-mark '*', lower case."""
    return "".join(clean(text).split()).rstrip("*").lower()



# --- reading -------------------------------------------------------------------------------


def read_table(path: Path, expect: Sequence[str] = ()) -> Table:
    """The first table in ``path``. For a workbook with several sheets, the first sheet
    whose header has one of the ``expect`` names (a template may open with a guide sheet).
    Raises TableError when the file cannot be read as a table."""
    try:
        raw = read_bounded(path, IMPORT_MAX)
    except FileRefused as refused:
        raise TableError(
            translate(
                "Tabular",
                "{name}을(를) 가져오지 않았습니다: {reason}. 파일이 맞는지 확인하거나 여러 "
                "파일로 나누어 가져와 주세요.",
            ).format(name=path.name, reason=refused.reason)
        ) from None
    except FileNotFoundError:
        raise TableError(translate("Tabular", "파일 {path}이(가) 없습니다. 경로를 확인해 주세요.").format(path=path)) from None
    except IsADirectoryError:
        raise TableError(translate(
            "Tabular",
            "{path}은(는) 폴더입니다. 가져올 CSV나 XLSX 파일을 지정해 주세요.",
        ).format(path=path)) from None
    except OSError as exc:
        raise TableError(translate(
            "Tabular",
            "파일 {path}을(를) 읽을 수 없습니다({strerror}). 권한을 확인해 주세요.",
        ).format(path=path, strerror=exc.strerror)) from None
    if raw.startswith(b"PK\x03\x04"):
        encoding, records = XLSX, _xlsx_records(raw, expect)
    elif raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise TableError(translate(
            "Tabular",
            "예전 Excel 형식(.xls)이거나 암호가 걸린 파일이라 읽을 수 없습니다. {save_as}",
        ).format(save_as=translate("Tabular", _SAVE_AS)))
    else:
        encoding, text = _decode(raw)
        del raw  # the text alone is kept while the rows are read
        records = _csv_records(text)
    return _table(path.name, encoding, records)


def _decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "유니코드 텍스트" is UTF-16 with tabs.
        return "UTF-16", raw.decode("utf-16", errors="replace")
    if b"\x00" in raw[:8192]:
        raise TableError(translate("Tabular", "CSV나 XLSX 파일이 아닙니다. {save_as}").format(save_as=translate("Tabular", _SAVE_AS)))
    if raw.startswith(codecs.BOM_UTF8):
        try:
            return "UTF-8 (BOM)", raw[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _not_text(raw, exc.start + 3) from None
    try:
        return "UTF-8", raw.decode("utf-8")
    except UnicodeDecodeError as utf8_exc:
        try:
            return "CP949", raw.decode("cp949")
        except UnicodeDecodeError as cp949_exc:
            # The later failure is closer to where the file really breaks: a byte that
            # fits neither reading.
            raise _not_text(raw, max(utf8_exc.start, cp949_exc.start)) from None


def _not_text(raw: bytes, position: int) -> TableError:
    line = raw[:position].count(b"\n") + 1
    return TableError(
        translate(
            "Tabular",
            "글자를 읽을 수 없습니다. 파일이 UTF-8도 CP949(EUC-KR)도 아닙니다. {save_as}",
        ).format(save_as=translate("Tabular", _SAVE_AS)), line
    )


def _csv_records(text: str) -> Iterator[tuple[int, list[str]]]:
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    reader = csv.reader(_lines(text), delimiter=delimiter, strict=True)
    line = 0
    try:
        for line, cells in enumerate(reader, start=1):
            yield line, cells
    except csv.Error:
        raise TableError(
            translate(
                "Tabular",
                "CSV 형식이 잘못되었습니다 (따옴표의 짝이 맞지 않습니다). 칸 안의 따옴표는 "
                "두 번(\"\") 적어 주세요.",
            ),
            line + 1,
        ) from None


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their ends, one at a time (no second copy of the file)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def _xlsx_records(raw: bytes, expect: Sequence[str]) -> Iterator[tuple[int, list[str]]]:
    # openpyxl is imported when a workbook is read, not when the desk starts.
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, InvalidFileException, ValueError, OSError):
        raise TableError(translate(
            "Tabular",
            "XLSX 파일을 열 수 없습니다. 파일이 손상되었거나 다른 형식입니다. {save_as}",
        ).format(save_as=translate("Tabular", _SAVE_AS))) from None
    try:
        sheets = book.worksheets
        if not sheets:
            raise TableError(translate("Tabular", "통합 문서에 시트가 없습니다."))
        # The sheet whose first row holds the expected headers (HR exports add cover sheets).
        wanted = {header_key(n) for n in expect}
        chosen = sheets[0]
        for sheet in sheets:
            first = next(sheet.iter_rows(max_row=1, values_only=True), ())
            if wanted & {header_key(_cell_text(c)) for c in first}:
                chosen = sheet
                break
        # Read-only sheets yield every row, empty ones included, so the count is the line.
        for line, values in enumerate(chosen.iter_rows(values_only=True), start=1):
            cells = [_cell_text(v) for v in values]
            while cells and not cells[-1]:
                cells.pop()  # rows come padded to the sheet's widest row
            if cells:
                yield line, cells
    finally:
        book.close()


def _cell_text(value: object) -> str:
    """A cell as the person typed it: dates as ISO text, whole numbers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == dt_time(0):
            return value.date().isoformat()
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dt_time):
        return f"{value:%H:%M}"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        # An employee number typed as a number: 20231234, not 20231234.0
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _table(name: str, encoding: str, records: Iterator[tuple[int, list[str]]]) -> Table:
    header: tuple[str, ...] | None = None
    header_line = 0
    rows: list[TableRow] = []
    for line, cells in records:
        cleaned = tuple(clean(c) for c in cells)
        if not any(cleaned):
            continue
        if header is None:
            header, header_line = cleaned, line
        else:
            rows.append(TableRow(line, cleaned))
            if len(rows) > IMPORT_ROWS_MAX:
                raise TableError(
                    translate(
                        "Tabular",
                        "{name}의 행이 너무 많습니다 ({import_rows_max:,}행까지 한 번에 "
                        "가져올 수 있습니다). 여러 파일로 나누어 가져와 주세요.",
                    ).format(name=name, import_rows_max=IMPORT_ROWS_MAX),
                    line,
                )
    if header is None:
        raise TableError(translate(
            "Tabular",
            "파일이 비어 있습니다. 첫 행에 머리행을, 그 아래에 한 사람씩 적어 주세요.",
        ), 1)
    return Table(name, encoding, header_line, header, tuple(rows))
