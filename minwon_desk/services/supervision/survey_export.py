"""A year's satisfaction survey as an XLSX workbook: the responses (one row per paper
form, one column per item), the summary per item, and the check-out ratings by month.

A year with nothing in it still gives a valid workbook whose sheets say so: an honest
empty report is more useful to an inspector than an error.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from minwon_desk.domain.compensation import SCALE, SCALE_LABELS
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.spreadsheet import looks_like_formula
from minwon_desk.services.dto import Actor
from minwon_desk.services.privacy.access_log import AccessLog, require_reason
from minwon_desk.services.supervision.survey import SurveyService
from minwon_desk.services.supervision.survey_dto import ResponseView, ScoreSummary, SurveyResults

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

RESPONSES_SHEET = "응답"
SUMMARY_SHEET = "요약"
RATINGS_SHEET = "퇴실 만족도"
_SCORE_HEADERS = tuple(f"{s}점({SCALE_LABELS[s]})" for s in SCALE)


@dataclass(frozen=True, slots=True)
class SurveyWorkbook:
    data: bytes  # the .xlsx file
    results: SurveyResults


def export_workbook(
    survey: SurveyService, access_log: AccessLog, actor: Actor, year: int, *, reason: str
) -> SurveyWorkbook:
    """The workbook handed out to ``actor``: the responses' free-text opinions may name
    people, so the export asks why (refused without a reason) and the access log keeps it
    before the file is given (StorageError when it cannot: then no file)."""
    why = require_reason(reason)
    book = survey_workbook(survey, year)
    access_log.downloaded(actor, entity="survey_response", count=book.results.responses,
                          what=translate("SurveyExport", "고객만족도 조사 {year}년 XLSX").format(year=year),
                          reason=why)
    return book


def survey_workbook(survey: SurveyService, year: int) -> SurveyWorkbook:
    """The workbook of ``year`` (the year is checked: a bad one raises ValidationError)."""
    # openpyxl loads when a workbook is made, not when the desk starts.
    from openpyxl import Workbook

    results = survey.results(year)
    responses = survey.responses(year)
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = RESPONSES_SHEET
    _responses(sheet, results, responses)
    _summary(book.create_sheet(SUMMARY_SHEET), results, survey.survey_month)
    _ratings(book.create_sheet(RATINGS_SHEET), results)
    out = io.BytesIO()
    book.save(out)
    return SurveyWorkbook(out.getvalue(), results)


def _responses(
    sheet: Worksheet, results: SurveyResults, responses: Sequence[ResponseView]
) -> None:
    items = results.items
    sheet.append(
        ["번호", "입력 일시", "입력 창구"] + [f"{i.ordinal}. {i.text}" for i in items] + ["의견"]
    )
    for number, response in enumerate(responses, start=1):
        row: list[object] = [number, response.entered_at.replace(tzinfo=None), response.desk]
        row += [response.answers.get(i.item_id) for i in items]
        row.append(response.comment)
        _append_text_safe(sheet, row)
        sheet.cell(sheet.max_row, 2).number_format = "yyyy-mm-dd hh:mm"
    if not responses:
        sheet.append([f"{results.year}년에 입력된 설문 응답이 없습니다."])
    sheet.column_dimensions["B"].width = 17
    sheet.freeze_panes = "D2"


def _summary(sheet: Worksheet, results: SurveyResults, month: int | None) -> None:
    when = f" ({month}월 조사)" if month else ""
    sheet.append([f"{results.year}년 고객만족도 조사 결과{when}"])
    sheet.append([f"응답 {results.responses}건, 의견 {results.comments}건"])
    sheet.append([])
    sheet.append(["번호", "문항", "응답 수", "평균", *_SCORE_HEADERS])
    for item in results.items:
        _append_text_safe(sheet, [item.ordinal, item.text, *_figures(item.scores)])
    if results.items:
        sheet.append(["", "전체 문항", *_figures(results.overall)])
    else:
        sheet.append(["", f"{results.year}년 조사 문항이 없습니다."])
    _mean_format(sheet, "D")
    sheet.column_dimensions["B"].width = 48


def _ratings(sheet: Worksheet, results: SurveyResults) -> None:
    sheet.append([f"{results.year}년 퇴실할 때 남긴 만족도 (1~5점)"])
    sheet.append([])
    sheet.append(["월", "건수", "평균", *_SCORE_HEADERS])
    for month in results.ratings_by_month:
        sheet.append([f"{month.month}월", *_figures(month.scores)])
    sheet.append(["합계", *_figures(results.ratings)])
    if not results.ratings.count:
        sheet.append([f"{results.year}년에 퇴실할 때 남긴 만족도가 없습니다."])
    _mean_format(sheet, "C")


def _figures(scores: ScoreSummary) -> list[object]:
    return [scores.count, scores.rounded_mean(2), *scores.distribution]


def _mean_format(sheet: Worksheet, column: str) -> None:
    for cell in sheet[column]:
        if isinstance(cell.value, float):
            cell.number_format = "0.00"


def _append_text_safe(sheet: Worksheet, row: list[object]) -> None:
    # Typed text that looks like a formula would become one that runs when the file opens:
    # kept a string cell (in a workbook the cell's type says so; no apostrophe is needed).
    sheet.append(row)
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and looks_like_formula(cell.value):
            cell.data_type = "s"
