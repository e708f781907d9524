"""The 민원 처리부 as an XLSX workbook: one row per case in the order received, the
columns of 별지 제1호, dates as dates (a clerk sorts and filters them in the spreadsheet)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime

from minwon_desk.domain.spreadsheet import looks_like_formula
from minwon_desk.services.cases.register import TITLE, RegisterLine, RegisterPeriod

HEADERS = (
    "순번", "접수번호", "접수 일시", "접수 경로", "민원 종류", "민원인", "연락처(가림)", "민원 요지",
    "처리 부서", "담당자", "처리기간", "처리기한", "연장", "처리 상태", "처리(회신) 일시",
    "회신 방법", "담당자 이관 일시", "이송한 기관",
)
_WIDTHS = (6, 18, 17, 10, 16, 9, 18, 40, 16, 14, 8, 17, 18, 10, 17, 26, 17, 18)


def register_workbook(
    period: RegisterPeriod, lines: Sequence[RegisterLine], *, agency: str = ""
) -> bytes:
    # openpyxl loads when a workbook is made, not when the desk starts. Written as a
    # stream: a year's register (20,000 rows) would otherwise be held cell by cell.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(TITLE)
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "C3"

    def cell(value: object) -> object:
        if isinstance(value, datetime):
            made = WriteOnlyCell(sheet, value=value)
            made.number_format = "yyyy-mm-dd hh:mm"
            return made
        if isinstance(value, str) and looks_like_formula(value):
            # Typed text that looks like a formula stays text (it would run on opening).
            made = WriteOnlyCell(sheet, value=value)
            made.data_type = "s"
            return made
        return value

    sheet.append([f"{agency} {TITLE} ({period.label})".strip()])
    sheet.append(list(HEADERS))
    for line in lines:
        sheet.append([cell(v) for v in (
            line.ordinal, line.number, _plain(line.received_at), line.channel, line.type_label,
            line.petitioner, line.contact, line.subject, line.department, line.officer,
            line.period, _plain(line.due_at), line.extension_text, line.state,
            _plain(line.answered_at), line.answered_how, _plain(line.handed_over_at),
            line.transferred_to,
        )])
    if not lines:
        sheet.append([f"{period.label}에 접수된 민원이 없습니다."])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _plain(at: datetime | None) -> datetime | None:
    # A spreadsheet keeps no time zone: the register's times are Seoul's.
    return at.replace(tzinfo=None) if at is not None else None
