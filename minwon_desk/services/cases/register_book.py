"""The 민원 처리부 as an XLSX workbook: one row per case in the order received, the
columns of 별지 제1호, dates as dates (a clerk sorts and filters them in the spreadsheet)."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from datetime import datetime

from minwon_desk.services.cases.register import TITLE, RegisterLine, RegisterPeriod
from minwon_desk.services.spreadsheets import column_letter

HEADERS = (
    "순번", "접수번호", "접수 일시", "접수 경로", "민원 종류", "민원인", "연락처(가림)", "민원 요지",
    "처리 부서", "담당자", "처리기간", "처리기한", "연장", "처리 상태", "처리(회신) 일시",
    "회신 방법", "담당자 이관 일시", "이송한 기관",
)
_WIDTHS = (6, 18, 17, 10, 16, 9, 18, 40, 16, 14, 8, 17, 18, 10, 17, 26, 17, 18)
DATE_FORMAT = "yyyy-mm-dd hh:mm"
_FIRST_CASE_ROW = 3  # below the title and the headers
_CHUNK = 1000  # rows compressed at a time

# Characters XML cannot hold (the spreadsheet would not open); the rest is escaped.
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")
_EXCEL_EPOCH = datetime(1899, 12, 30)


def register_workbook(
    period: RegisterPeriod, lines: Sequence[RegisterLine], *, agency: str = ""
) -> bytes:
    # openpyxl loads when a workbook is made, not when the desk starts.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    # openpyxl writes the workbook's frame (styles, column widths, the frozen headers, the
    # title and header rows); the cases' rows are then streamed into its sheet as XML text.
    # Through openpyxl's cells a year's register (20,000 rows) took seconds, cell by cell.
    book = Workbook(write_only=True)
    sheet = book.create_sheet(TITLE)
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "C3"
    dated = WriteOnlyCell(sheet)
    dated.number_format = DATE_FORMAT
    date_style = dated.style_id  # registers the date format in the workbook's styles

    sheet.append([f"{agency} {TITLE} ({period.label})".strip()])
    sheet.append(list(HEADERS))
    if not lines:
        sheet.append([f"{period.label}에 접수된 민원이 없습니다."])
    frame = io.BytesIO()
    book.save(frame)
    if not lines:
        return frame.getvalue()
    return _with_rows(frame.getvalue(), sheet.path.lstrip("/"), _rows_xml(lines, date_style))


def _with_rows(frame: bytes, sheet_path: str, rows: Iterator[str]) -> bytes:
    """``frame`` with ``rows`` added at the end of its sheet's data."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(frame)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename != sheet_path:
                target.writestr(info, data)
                continue
            head, tail = data.rsplit(b"</sheetData>", 1)
            with target.open(sheet_path, "w") as stream:
                stream.write(head)
                for chunk in rows:
                    stream.write(chunk.encode("utf-8"))
                stream.write(b"</sheetData>" + tail)
    return out.getvalue()


def _rows_xml(lines: Sequence[RegisterLine], date_style: int) -> Iterator[str]:
    """The cases' rows as the sheet's XML, ``_CHUNK`` rows a piece. Every text is an inline
    string: a subject that looks like a formula stays text and never runs on opening."""
    letters = [column_letter(i) for i in range(len(HEADERS))]
    date_cell = f'<c r="{{}}{{}}" s="{date_style}" t="n"><v>{{}}</v></c>'
    piece: list[str] = []
    for number, line in enumerate(lines, start=_FIRST_CASE_ROW):
        cells = []
        for letter, value in zip(letters, _values(line), strict=True):
            if value is None or value == "":
                continue  # an empty cell is left out, as the spreadsheet does
            if isinstance(value, str):
                cells.append(_text_cell(letter, number, value))
            elif isinstance(value, datetime):
                cells.append(date_cell.format(letter, number, _serial(value)))
            else:
                cells.append(f'<c r="{letter}{number}" t="n"><v>{value}</v></c>')
        piece.append(f'<row r="{number}">{"".join(cells)}</row>')
        if len(piece) == _CHUNK:
            yield "".join(piece)
            piece = []
    if piece:
        yield "".join(piece)


def _values(line: RegisterLine) -> tuple[int | str | datetime | None, ...]:
    return (
        line.ordinal, line.number, _plain(line.received_at), line.channel, line.type_label,
        line.petitioner, line.contact, line.subject, line.department, line.officer,
        line.period, _plain(line.due_at), line.extension_text, line.state,
        _plain(line.answered_at), line.answered_how, _plain(line.handed_over_at),
        line.transferred_to,
    )


def _text_cell(letter: str, number: int, value: str) -> str:
    text = _ILLEGAL.sub("", value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c r="{letter}{number}" t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _serial(at: datetime) -> str:
    """A spreadsheet's date number: days since 1899-12-30, the time as the fraction."""
    delta = at - _EXCEL_EPOCH
    seconds = at.hour * 3600 + at.minute * 60 + at.second + at.microsecond / 10**6
    return "%.16g" % (delta.days + seconds / 86400)


def _plain(at: datetime | None) -> datetime | None:
    # A spreadsheet keeps no time zone: the register's times are Seoul's.
    return at.replace(tzinfo=None) if at is not None else None
