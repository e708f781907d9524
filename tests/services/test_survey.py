"""The yearly satisfaction survey: items set by the administrator, paper forms typed in,
results per item and overall, and the check-out ratings of the year by month."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlalchemy import func, select

from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, CheckInRequest
from minwon_desk.services.events import Event, SurveyChanged
from minwon_desk.services.supervision.survey_dto import ScoreSummary
from minwon_desk.store.models import AuditEntry, SurveyAnswer, SurveyResponse

ITEMS = ("직원이 친절했습니까?", "안내가 정확했습니까?", "기다린 시간은 적당했습니까?")


def _setup(backend: Backend, actor: Actor, year: int = 2026) -> list[int]:
    return [backend.survey.add_item(actor, year, text).id for text in ITEMS]


def _rows(backend: Backend, table: type[SurveyAnswer] | type[SurveyResponse]) -> int:
    with backend.db.read() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def test_items_are_added_edited_reordered_and_removed(db_backend: Backend, db_actor: Actor) -> None:
    survey = db_backend.survey
    seen: list[Event] = []
    db_backend.events.subscribe(Event, seen.append)
    kind, exact, wait = _setup(db_backend, db_actor)
    assert [(i.ordinal, i.text) for i in survey.items(2026)] == list(enumerate(ITEMS, start=1))
    assert seen == [SurveyChanged(2026)] * 3

    edited = survey.edit_item(db_actor, exact, "  안내가   정확하고 알기 쉬웠습니까? ")
    assert edited.text == "안내가 정확하고 알기 쉬웠습니까?"

    survey.reorder(db_actor, 2026, [wait, kind, exact])
    assert [i.id for i in survey.items(2026)] == [wait, kind, exact]
    assert [i.ordinal for i in survey.items(2026)] == [1, 2, 3]

    survey.remove_item(db_actor, wait)
    assert [(i.id, i.ordinal) for i in survey.items(2026)] == [(kind, 1), (exact, 2)]
    assert survey.items(2025) == []
    with db_backend.db.read() as session:
        actions = list(session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "survey_item").order_by(AuditEntry.id)))
    assert actions == ["survey.add_item"] * 3 + ["survey.edit_item", "survey.reorder", "survey.remove_item"]


def test_an_item_with_answers_cannot_be_removed_but_can_be_reworded(
    db_backend: Backend, db_actor: Actor
) -> None:
    kind, *_ = _setup(db_backend, db_actor)
    db_backend.survey.record_response(db_actor, 2026, {kind: 5})
    with pytest.raises(StateError, match="응답 1건이 있어 지울 수 없습니다"):
        db_backend.survey.remove_item(db_actor, kind)
    assert db_backend.survey.items(2026)[0].answers == 1
    db_backend.survey.edit_item(db_actor, kind, "직원이 친절하게 응대했습니까?")
    assert db_backend.survey.results(2026).items[0].scores.count == 1


@pytest.mark.parametrize(
    ("text", "words"),
    [("   ", "문항 내용을 적어 주세요"), ("가" * 301, "300자까지"),
     ("직원이 친절했습니까?", "1번 문항과 같은 내용"), ("800101-1234567 확인", "주민등록번호")],
)
def test_bad_item_text_is_refused(backend: Backend, actor: Actor, text: str, words: str) -> None:
    _setup(backend, actor)
    with pytest.raises(ValidationError, match=words):
        backend.survey.add_item(actor, 2026, text)
    assert len(backend.survey.items(2026)) == 3


@pytest.mark.parametrize("year", [1999, 2028, 0])
def test_a_year_out_of_range_is_refused(backend: Backend, actor: Actor, year: int) -> None:
    with pytest.raises(ValidationError, match="연도는 2000년부터 2027년까지"):
        backend.survey.add_item(actor, year, "직원이 친절했습니까?")


def test_reorder_with_a_stale_list_is_refused(db_backend: Backend, db_actor: Actor) -> None:
    kind, exact, wait = _setup(db_backend, db_actor)
    with pytest.raises(StateError, match="새로 읽은 뒤"):
        db_backend.survey.reorder(db_actor, 2026, [exact, kind])
    assert [i.id for i in db_backend.survey.items(2026)] == [kind, exact, wait]


def test_a_response_keeps_its_scores_blanks_and_comment(db_backend: Backend, db_actor: Actor) -> None:
    kind, exact, wait = _setup(db_backend, db_actor)
    saved = db_backend.survey.record_response(
        db_actor, 2026, {kind: 5, exact: None, wait: 2}, comment="  대기 의자가 부족합니다 ")
    assert dict(saved.answers) == {kind: 5, wait: 2}
    [stored] = db_backend.survey.responses(2026)
    assert stored.id == saved.id
    assert dict(stored.answers) == {kind: 5, wait: 2}  # a blank is not an answer
    assert stored.comment == "대기 의자가 부족합니다"
    assert stored.entered_at == datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)
    assert db_backend.survey.response_count(2026) == 1
    with db_backend.db.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "survey.record_response")).one()
    assert json.loads(entry.detail) == {"year": 2026, "answered": 2}


@pytest.mark.parametrize(
    ("scores", "comment", "field", "words"),
    [
        ({0: 6}, "", "item:0", "1(매우 불만족)부터 5(매우 만족)까지"),
        ({0: 0}, "", "item:0", "'0'는 쓸 수 없습니다"),
        ({0: None, 1: None}, "", "scores", "빈 응답입니다"),
        ({0: 4}, "연락처 900101-1234567", "comment", "주민등록번호"),
        ({0: 4}, "가" * 2001, "comment", "2,000자까지"),
        ({-1: 4}, "", "item:-1", "2026년 조사에 없는 문항"),
    ],
)
def test_a_bad_response_is_refused_and_nothing_is_written(
    backend: Backend, actor: Actor, scores: dict[int, int | None], comment: str,
    field: str, words: str,
) -> None:
    ids = _setup(backend, actor)
    other_year = backend.survey.add_item(actor, 2025, "작년 문항").id
    real = {(ids[k] if k >= 0 else other_year): v for k, v in scores.items()}
    field = field.replace("item:0", f"item:{ids[0]}").replace("item:-1", f"item:{other_year}")
    with pytest.raises(ValidationError) as caught:
        backend.survey.record_response(actor, 2026, real, comment=comment)
    assert caught.value.field == field
    assert words in caught.value.message
    assert _rows(backend, SurveyResponse) == 0 and _rows(backend, SurveyAnswer) == 0


def test_a_year_without_items_takes_no_response(backend: Backend, actor: Actor) -> None:
    with pytest.raises(StateError, match="2026년 조사 문항이 없습니다"):
        backend.survey.record_response(actor, 2026, {}, comment="좋아요")


def test_a_response_typed_by_mistake_can_be_removed(db_backend: Backend, db_actor: Actor) -> None:
    kind, *_ = _setup(db_backend, db_actor)
    saved = db_backend.survey.record_response(db_actor, 2026, {kind: 3})
    db_backend.survey.remove_response(db_actor, saved.id)
    assert db_backend.survey.responses(2026) == []
    assert _rows(db_backend, SurveyAnswer) == 0
    with pytest.raises(NotFoundError):
        db_backend.survey.remove_response(db_actor, saved.id)


def test_results_per_item_overall_and_ratings_by_month(
    db_backend: Backend, db_actor: Actor, fake_clock
) -> None:
    kind, exact, wait = _setup(db_backend, db_actor)
    forms = [
        ({kind: 5, exact: 4, wait: 3}, "친절했습니다"),
        ({kind: 4, exact: 4, wait: None}, ""),
        ({kind: 5, exact: None, wait: 1}, ""),
        ({kind: 3, exact: 2, wait: 2}, "주차가 불편"),
    ]
    for scores, comment in forms:
        db_backend.survey.record_response(db_actor, 2026, scores, comment)
    # Ratings at check-out: two in March, one in July, one on 31 December 23:30 Seoul
    # (still 2026 in Seoul although it is 2026-12-31 14:30 UTC), and one in 2025.
    for when, score in [
        (datetime(2026, 3, 3, 10, 0, tzinfo=SEOUL), 5), (datetime(2026, 3, 20, 15, 0, tzinfo=SEOUL), 2),
        (datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL), 4), (datetime(2026, 12, 31, 23, 30, tzinfo=SEOUL), 5),
        (datetime(2025, 12, 31, 23, 59, tzinfo=SEOUL), 1),
    ]:
        fake_clock.set(when)
        visit = db_backend.visits.check_in(db_actor, CheckInRequest("방문객"))
        db_backend.visits.check_out(db_actor, visit.id)
        db_backend.visits.rate(db_actor, visit.id, score)
    db_backend.visits.check_in(db_actor, CheckInRequest("평가 안 함"))

    results = db_backend.survey.results(2026)
    assert (results.responses, results.comments) == (4, 2)
    by_item = {r.item_id: r.scores for r in results.items}
    assert by_item[kind].distribution == (0, 0, 1, 1, 2)
    assert by_item[kind].mean == pytest.approx(17 / 4)
    assert (by_item[exact].count, by_item[exact].mean) == (3, pytest.approx(10 / 3))
    assert (by_item[wait].count, by_item[wait].mean) == (3, pytest.approx(2.0))
    assert results.overall.distribution == (1, 2, 2, 3, 2)
    assert results.overall.mean == pytest.approx(33 / 10)

    assert results.ratings.distribution == (0, 1, 0, 1, 2)
    assert results.ratings.mean == pytest.approx(4.0)
    months = {m.month: m.scores for m in results.ratings_by_month}
    assert sorted(months) == list(range(1, 13))
    assert months[3].distribution == (0, 1, 0, 0, 1) and months[3].mean == pytest.approx(3.5)
    assert months[7].count == 1 and months[12].count == 1
    assert months[1].count == 0 and months[1].mean is None
    assert db_backend.survey.results(2025).ratings.count == 1


def test_an_empty_year_has_honest_empty_results(db_backend: Backend) -> None:
    results = db_backend.survey.results(2026)
    assert results.empty
    assert results.overall == ScoreSummary((0, 0, 0, 0, 0))
    assert results.overall.mean is None
    assert len(results.ratings_by_month) == 12


def test_means_round_half_up_as_reports_do() -> None:
    assert ScoreSummary((0, 0, 3, 1, 0)).mean == 3.25
    assert ScoreSummary((0, 0, 3, 1, 0)).rounded_mean(1) == 3.3
    assert ScoreSummary((0, 0, 1, 0, 2)).rounded_mean(2) == 4.33
    assert ScoreSummary((0, 0, 0, 0, 0)).rounded_mean() is None
