"""The monthly access review as files: an A4 PDF (documents.access_review_pdf) or an XLSX
workbook — a summary sheet, then one sheet per section, the same words as the page."""

from __future__ import annotations

import io
from pathlib import Path

from minwon_desk.domain.access_review_report import AccessReview
from minwon_desk.domain.access_review_tables import Section, period, sections, summary, title
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.spreadsheet import looks_like_formula

FORMATS = (".pdf", ".xlsx")


def kind_of(path: Path) -> str:
    """".pdf" or ".xlsx" from the file's name; ValidationError for anything else."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("output", translate(
            "AccessReview", "{name}: 점검 보고서는 .pdf 또는 .xlsx 파일로 저장합니다 "
                            "(예: 접속기록점검_2026-11.pdf).").format(name=path.name))
    return suffix


def render(review: AccessReview, kind: str) -> bytes:
    if kind == ".pdf":
        from minwon_desk.documents.access_review_pdf import access_review_pdf

        return access_review_pdf(review)
    return workbook(review)


def workbook(review: AccessReview) -> bytes:
    # openpyxl loads when a workbook is made, not when the desk starts.
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = translate("AccessReview", "요약")
    sheet.append([title(review)])
    sheet.append([translate("AccessReview", "점검 기간 {period}").format(period=period(review))])
    sheet.append([translate("AccessReview", "작성 {at}").format(
        at=f"{review.written_at:%Y-%m-%d %H:%M}")])
    sheet.append([summary(review)])
    sheet.append([translate("AccessReview", "점검 기한 {due}").format(due=f"{review.due:%Y-%m-%d}")])
    sheet.column_dimensions["A"].width = 100
    for section in sections(review):
        # A sheet's name holds 31 characters: a longer title gives way to the tab's.
        name = section.title if len(section.title) <= 31 else section.tab
        _sheet(book.create_sheet(name[:31].replace("·", " ")), section)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet(sheet: object, section: Section) -> None:
    from openpyxl.worksheet.worksheet import Worksheet

    assert isinstance(sheet, Worksheet)
    top = [section.note] if section.note else []
    for line in (top, list(section.header)):
        if line:
            sheet.append(line)
    number = len(top) + 1  # the header's row
    for row in section.rows:
        number += 1
        cells: list[object] = [
            int(cell.replace(",", "")) if i in section.numeric and cell.replace(",", "").isdigit()
            else cell
            for i, cell in enumerate(row)
        ]
        sheet.append(cells)
        for column, cell in enumerate(cells, start=1):
            # Typed text (a reason, a finding) that looks like a formula stays text.
            if isinstance(cell, str) and looks_like_formula(cell):
                sheet.cell(number, column).data_type = "s"
    if not section.rows:
        sheet.append([section.empty])
    for index in range(len(section.header)):
        sheet.column_dimensions[chr(ord("A") + index)].width = 18
    sheet.freeze_panes = "A3" if section.note else "A2"
