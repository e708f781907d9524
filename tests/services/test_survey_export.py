"""The survey workbook read back: responses, the summary per item, ratings by month."""

from __future__ import annotations

import io
from datetime import datetime

import openpyxl
import pytest

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, CheckInRequest
from minwon_desk.services.supervision.survey_export import survey_workbook


def _book(backend: Backend, year: int = 2026) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(survey_workbook(backend.survey, year).data))


def test_the_workbook_holds_responses_summary_and_monthly_ratings(
    backend: Backend, actor: Actor, fake_clock
) -> None:
    survey = backend.survey
    kind = survey.add_item(actor, 2026, "직원이 친절했습니까?").id
    wait = survey.add_item(actor, 2026, "=기다린 시간은 적당했습니까?").id
    survey.record_response(actor, 2026, {kind: 5, wait: 3}, "=HYPERLINK(\"x\")")
    fake_clock.advance(minutes=5)
    survey.record_response(actor, 2026, {kind: 4, wait: None})
    survey.record_response(actor, 2026, {kind: 2, wait: 4})
    for month, score in [(3, 5), (3, 4), (7, 1)]:
        fake_clock.set(datetime(2026, month, 2, 10, 0, tzinfo=SEOUL))
        visit = backend.visits.check_in(actor, CheckInRequest("방문객"))
        backend.visits.check_out(actor, visit.id)
        backend.visits.rate(actor, visit.id, score)

    book = _book(backend)
    assert book.sheetnames == ["응답", "요약", "퇴실 만족도"]

    responses = list(book["응답"].iter_rows(values_only=True))
    assert responses[0] == ("번호", "입력 일시", "입력 창구", "1. 직원이 친절했습니까?",
                            "2. =기다린 시간은 적당했습니까?", "의견")
    assert responses[1] == (1, datetime(2026, 7, 2, 10, 0), "1층 민원안내", 5, 3, '=HYPERLINK("x")')
    assert responses[2][3:] == (4, None, None)  # left blank: an empty cell, not a zero
    assert len(responses) == 4
    # Typed text that starts with "=" stays text: nothing runs when the file is opened.
    assert book["응답"]["F2"].data_type == "s"
    assert book["요약"]["B6"].data_type == "s"

    summary = list(book["요약"].iter_rows(values_only=True))
    assert summary[0] == ("2026년 고객만족도 조사 결과 (10월 조사)",) + (None,) * 8
    assert summary[1][0] == "응답 3건, 의견 1건"
    assert summary[3] == ("번호", "문항", "응답 수", "평균", "1점(매우 불만족)", "2점(불만족)",
                          "3점(보통)", "4점(만족)", "5점(매우 만족)")
    assert summary[4] == (1, "직원이 친절했습니까?", 3, 3.67, 0, 1, 0, 1, 1)
    assert summary[5] == (2, "=기다린 시간은 적당했습니까?", 2, 3.5, 0, 0, 1, 1, 0)
    assert summary[6] == (None, "전체 문항", 5, 3.6, 0, 1, 1, 2, 1)

    ratings = list(book["퇴실 만족도"].iter_rows(values_only=True))
    assert ratings[2][:3] == ("월", "건수", "평균")
    months = {r[0]: r[1:] for r in ratings[3:15]}
    assert months["3월"] == (2, 4.5, 0, 0, 0, 1, 1)
    assert months["7월"] == (1, 1, 1, 0, 0, 0, 0)
    assert months["1월"] == (0, None, 0, 0, 0, 0, 0)
    assert ratings[15] == ("합계", 3, 3.33, 1, 0, 0, 1, 1)


def test_an_empty_year_gives_a_workbook_that_says_so(backend: Backend) -> None:
    book = _book(backend, 2024)
    assert book["응답"]["A2"].value == "2024년에 입력된 설문 응답이 없습니다."
    assert book["요약"]["B5"].value == "2024년 조사 문항이 없습니다."
    assert book["퇴실 만족도"]["A17"].value == "2024년에 퇴실할 때 남긴 만족도가 없습니다."


def test_a_bad_year_is_refused(backend: Backend) -> None:
    from minwon_desk.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="연도는"):
        survey_workbook(backend.survey, 1900)


@pytest.mark.parametrize("reason", ["", "   ", "a"])
def test_the_export_is_refused_without_a_reason_and_logs_nothing(
    backend: Backend, actor: Actor, reason: str
) -> None:
    from sqlalchemy import select

    from minwon_desk.domain.errors import ValidationError
    from minwon_desk.services.supervision.survey_export import export_workbook
    from minwon_desk.store.models import AccessLog

    with pytest.raises(ValidationError, match="사유를 적어야 합니다"):
        export_workbook(backend.survey, backend.access_log, actor, 2026, reason=reason)
    with backend.db.read() as session:
        assert session.scalars(select(AccessLog)).all() == []


def test_the_export_logs_the_download_with_its_reason_and_count(
    backend: Backend, actor: Actor
) -> None:
    from sqlalchemy import select

    from minwon_desk.services.supervision.survey_export import export_workbook
    from minwon_desk.store.models import AccessLog

    item = backend.survey.add_item(actor, 2026, "직원이 친절했습니까?").id
    for score in (5, 4):
        backend.survey.record_response(actor, 2026, {item: score}, "")
    export_workbook(backend.survey, backend.access_log, actor, 2026, reason="감사 자료 제출")
    with backend.db.read() as session:
        [row] = session.scalars(select(AccessLog)).all()
    assert (row.operation, row.entity, row.count, row.reason, row.account_id) == (
        "다운로드", "survey_response", 2, "감사 자료 제출", actor.account_id)
