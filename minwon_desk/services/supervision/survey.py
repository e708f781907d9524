"""The yearly satisfaction survey (고객만족도 조사): the administrator's items, the paper
forms typed in, and the results beside the year's one-tap ratings at check-out.

Responses are anonymous: no name or contact is kept, and a comment holding a resident
registration number is refused.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.compensation import SCALE, check_score
from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.plaintext import check_plain
from minwon_desk.domain.privacy import reject_resident_number
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import SEOUL, Clock, to_seoul
from minwon_desk.services import audit
from minwon_desk.services._tx import Database
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import SurveyChanged
from minwon_desk.services.supervision.survey_dto import (
    ItemResult,
    MonthRatings,
    ResponseView,
    ScoreSummary,
    SurveyItemView,
    SurveyResults,
)
from minwon_desk.store.models import SurveyAnswer, SurveyItem, SurveyResponse, Visit

FIRST_YEAR = 2000
MAX_ITEM_TEXT = 300
MAX_COMMENT = 2000


class SurveyService:
    def __init__(self, db: Database, clock: Clock, charter: Charter) -> None:
        self._db = db
        self._clock = clock
        self._charter = charter

    @property
    def survey_month(self) -> int | None:
        """The month the charter runs the survey in (MSS: October); None when not fixed."""
        return self._charter.survey_month

    def check_year(self, year: int) -> int:
        last = to_seoul(self._clock()).year + 1
        if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= last:
            raise ValidationError(
                "year", translate(
                    "Survey",
                    "연도는 {first_year}년부터 {last}년까지 적을 수 있습니다 ('{year}').",
                ).format(first_year=FIRST_YEAR, last=last, year=year)
            )
        return year

    # --- items -------------------------------------------------------------------------

    def items(self, year: int) -> list[SurveyItemView]:
        year = self.check_year(year)
        answers = (
            select(SurveyAnswer.item_id, func.count().label("n"))
            .group_by(SurveyAnswer.item_id)
            .subquery()
        )
        query = (
            select(SurveyItem, func.coalesce(answers.c.n, 0))
            .outerjoin(answers, answers.c.item_id == SurveyItem.id)
            .where(SurveyItem.year == year)
            .order_by(SurveyItem.ordinal)
        )
        with self._db.read() as session:
            return [_item_view(item, n) for item, n in session.execute(query)]

    def add_item(self, actor: Actor, year: int, text: str) -> SurveyItemView:
        year = self.check_year(year)
        text = _item_text(text)
        with self._db.write(actor, Operation.SURVEY_ADMIN) as (session, _staff):
            _refuse_duplicate(session, year, text, None)
            last = session.scalar(select(func.max(SurveyItem.ordinal)).where(SurveyItem.year == year))
            item = SurveyItem(year=year, ordinal=(last or 0) + 1, text=text)
            session.add(item)
            session.flush()
            self._audit(session, actor, "survey.add_item", "survey_item", item.id, year)
            view = _item_view(item, 0)
        return view

    def edit_item(self, actor: Actor, item_id: int, text: str) -> SurveyItemView:
        """New wording; answers already given stay with the item."""
        text = _item_text(text)
        with self._db.write(actor, Operation.SURVEY_ADMIN) as (session, _staff):
            item = _item(session, item_id)
            _refuse_duplicate(session, item.year, text, item.id)
            item.text = text
            self._audit(session, actor, "survey.edit_item", "survey_item", item.id, item.year)
            view = _item_view(item, _answer_count(session, item.id))
        return view

    def reorder(self, actor: Actor, year: int, item_ids: Sequence[int]) -> list[SurveyItemView]:
        """Put the year's items in this order (every item of the year, once)."""
        year = self.check_year(year)
        with self._db.write(actor, Operation.SURVEY_ADMIN) as (session, _staff):
            items = {
                i.id: i for i in session.scalars(select(SurveyItem).where(SurveyItem.year == year))
            }
            if sorted(item_ids) != sorted(items):
                raise StateError(
                    translate(
                        "Survey",
                        "문항 목록이 그사이 바뀌었습니다. 목록을 새로 읽은 뒤 다시 옮겨 "
                        "주세요.",
                    )
                )
            # Two steps: (year, ordinal) is unique at every statement on PostgreSQL.
            for place, item_id in enumerate(item_ids, start=1):
                items[item_id].ordinal = -place
            session.flush()
            for place, item_id in enumerate(item_ids, start=1):
                items[item_id].ordinal = place
            self._audit(session, actor, "survey.reorder", "survey_item", None, year)
        return self.items(year)

    def remove_item(self, actor: Actor, item_id: int) -> None:
        """Only while nobody has answered it: answers are never thrown away."""
        with self._db.write(actor, Operation.SURVEY_ADMIN) as (session, _staff):
            item = _item(session, item_id)
            answered = _answer_count(session, item.id)
            if answered:
                raise StateError(
                    translate(
                        "Survey",
                        "이 문항에는 이미 응답 {answered}건이 있어 지울 수 없습니다. 문구를 "
                        "고치는 것은 할 수 있습니다.",
                    ).format(answered=answered)
                )
            year, ordinal = item.year, item.ordinal
            session.delete(item)
            session.flush()
            # Close the gap so the form keeps numbering 1, 2, 3…
            later = session.scalars(
                select(SurveyItem)
                .where(SurveyItem.year == year, SurveyItem.ordinal > ordinal)
                .order_by(SurveyItem.ordinal)
            )
            for moved in later:
                moved.ordinal -= 1
                session.flush()
            self._audit(session, actor, "survey.remove_item", "survey_item", item_id, year)

    # --- responses ---------------------------------------------------------------------

    def record_response(
        self, actor: Actor, year: int, scores: Mapping[int, int | None], comment: str = ""
    ) -> ResponseView:
        """One paper form: item id → score 1–5, or None (left blank, not answered)."""
        year = self.check_year(year)
        answers = {
            item_id: check_score(score, field=f"item:{item_id}")
            for item_id, score in scores.items()
            if score is not None
        }
        comment = comment.strip()
        if len(comment) > MAX_COMMENT:
            raise ValidationError(
                "comment", translate(
                    "Survey",
                    "의견은 {max_comment:,}자까지 적을 수 있습니다 (지금 {count:,}자).",
                ).format(max_comment=MAX_COMMENT, count=len(comment))
            )
        reject_resident_number("comment", "의견", comment)
        if not answers and not comment:
            raise ValidationError(
                "scores", translate(
                    "Survey",
                    "빈 응답입니다. 한 문항 이상 점수를 넣거나 의견을 적어 주세요.",
                )
            )
        now = self._clock()
        with self._db.write(actor, Operation.SURVEY_ENTRY) as (session, _staff):
            known = set(session.scalars(select(SurveyItem.id).where(SurveyItem.year == year)))
            if not known:
                raise StateError(
                    translate("Survey", "{year}년 조사 문항이 없습니다. 먼저 문항을 등록해 주세요.").format(year=year)
                )
            if stray := sorted(set(scores) - known):
                raise ValidationError(
                    f"item:{stray[0]}",
                    translate(
                        "Survey",
                        "{year}년 조사에 없는 문항입니다. 문항 목록을 새로 읽은 뒤 다시 "
                        "입력해 주세요.",
                    ).format(year=year),
                )
            response = SurveyResponse(
                year=year, entered_at=now, entered_by_id=actor.staff_id, desk=actor.desk,
                comment=comment,
            )
            session.add(response)
            session.flush()
            session.add_all(
                SurveyAnswer(response_id=response.id, item_id=i, score=s) for i, s in answers.items()
            )
            self._audit(
                session, actor, "survey.record_response", "survey_response", response.id, year,
                answered=len(answers),
            )
            view = ResponseView(response.id, year, to_seoul(now), actor.desk, answers, comment)
        return view

    def remove_response(self, actor: Actor, response_id: int) -> None:
        """A form typed in by mistake (twice, or into the wrong year)."""
        with self._db.write(actor, Operation.SURVEY_ADMIN) as (session, _staff):
            response = session.get(SurveyResponse, response_id)
            if response is None:
                raise NotFoundError(translate(
                    "Survey",
                    "설문 응답(번호 {response_id})을 찾을 수 없습니다.",
                ).format(response_id=response_id))
            year = response.year
            session.execute(delete(SurveyAnswer).where(SurveyAnswer.response_id == response_id))
            session.delete(response)
            self._audit(session, actor, "survey.remove_response", "survey_response", response_id, year)

    def response_count(self, year: int) -> int:
        with self._db.read() as session:
            return session.scalar(
                select(func.count()).select_from(SurveyResponse).where(SurveyResponse.year == year)
            ) or 0

    def responses(self, year: int) -> list[ResponseView]:
        """Every response of the year, in the order entered."""
        year = self.check_year(year)
        with self._db.read() as session:
            rows = list(session.scalars(
                select(SurveyResponse).where(SurveyResponse.year == year).order_by(SurveyResponse.id)
            ))
            answers: dict[int, dict[int, int]] = {r.id: {} for r in rows}
            query = (
                select(SurveyAnswer.response_id, SurveyAnswer.item_id, SurveyAnswer.score)
                .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
                .where(SurveyResponse.year == year)
            )
            for response_id, item_id, score in session.execute(query):
                answers[response_id][item_id] = score
        return [
            ResponseView(r.id, r.year, to_seoul(r.entered_at), r.desk, answers[r.id], r.comment)
            for r in rows
        ]

    # --- results -----------------------------------------------------------------------

    def results(self, year: int) -> SurveyResults:
        items = self.items(year)
        with self._db.read() as session:
            counts: dict[int, dict[int, int]] = {item.id: {} for item in items}
            query = (
                select(SurveyAnswer.item_id, SurveyAnswer.score, func.count())
                .join(SurveyItem, SurveyItem.id == SurveyAnswer.item_id)
                .where(SurveyItem.year == year)
                .group_by(SurveyAnswer.item_id, SurveyAnswer.score)
            )
            for item_id, score, n in session.execute(query):
                counts[item_id][score] = n
            responses, comments = session.execute(
                select(func.count(), func.count(func.nullif(SurveyResponse.comment, "")))
                .where(SurveyResponse.year == year)
            ).one()
            months = tuple(
                MonthRatings(m, ScoreSummary.of(_ratings(session, *_month_range(year, m))))
                for m in range(1, 13)
            )
        overall: dict[int, int] = {}
        for per_item in counts.values():
            for score, n in per_item.items():
                overall[score] = overall.get(score, 0) + n
        ratings = {s: sum(m.scores.distribution[s - 1] for m in months) for s in SCALE}
        return SurveyResults(
            year=year,
            responses=responses,
            comments=comments,
            items=tuple(
                ItemResult(i.id, i.ordinal, i.text, ScoreSummary.of(counts[i.id])) for i in items
            ),
            overall=ScoreSummary.of(overall),
            ratings=ScoreSummary.of(ratings),
            ratings_by_month=months,
        )

    def _audit(
        self, session: Session, actor: Actor, action: str, entity: str, entity_id: int | None,
        year: int, **extra: audit.JsonValue,
    ) -> None:
        audit.record(
            session, at=self._clock(), actor=actor, desk=actor.desk, action=action,
            entity=entity, entity_id=entity_id, detail={"year": year, **extra},
            announce=SurveyChanged(year, origin=actor.origin),
        )


def _item_text(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise ValidationError("text", translate(
            "Survey",
            "문항 내용을 적어 주세요 (예: 직원이 친절하게 응대했습니까?).",
        ))
    if len(text) > MAX_ITEM_TEXT:
        raise ValidationError(
            "text", translate(
                "Survey",
                "문항은 {max_item_text}자까지 적을 수 있습니다 (지금 {count}자). 줄여 주세요.",
            ).format(max_item_text=MAX_ITEM_TEXT, count=len(text))
        )
    check_plain("text", "문항", text, max_length=MAX_ITEM_TEXT)  # before any lookup by it
    return text


def _refuse_duplicate(session: Session, year: int, text: str, item_id: int | None) -> None:
    query = select(SurveyItem.ordinal).where(SurveyItem.year == year, SurveyItem.text == text)
    if item_id is not None:
        query = query.where(SurveyItem.id != item_id)
    ordinal = session.scalar(query)
    if ordinal is not None:
        raise ValidationError("text", translate(
            "Survey",
            "{year}년 조사의 {ordinal}번 문항과 같은 내용입니다.",
        ).format(year=year, ordinal=ordinal))


def _item(session: Session, item_id: int) -> SurveyItem:
    item = session.get(SurveyItem, item_id)
    if item is None:
        raise NotFoundError(
            translate(
                "Survey",
                "설문 문항(번호 {item_id})을 찾을 수 없습니다. 다른 곳에서 지웠을 수 "
                "있습니다.",
            ).format(item_id=item_id)
        )
    return item


def _answer_count(session: Session, item_id: int) -> int:
    return session.scalar(
        select(func.count()).select_from(SurveyAnswer).where(SurveyAnswer.item_id == item_id)
    ) or 0


def _item_view(item: SurveyItem, answers: int) -> SurveyItemView:
    return SurveyItemView(item.id, item.year, item.ordinal, item.text, answers)


def _month_range(year: int, month: int) -> tuple[datetime, datetime]:
    start = date(year, month, 1)
    end = (start + timedelta(days=32)).replace(day=1)
    return (datetime(start.year, start.month, 1, tzinfo=SEOUL),
            datetime(end.year, end.month, 1, tzinfo=SEOUL))


def _ratings(session: Session, start: datetime, end: datetime) -> dict[int, int]:
    # One range per month over the check-in index: portable, and months in Seoul time.
    query = (
        select(Visit.rating, func.count())
        .where(Visit.checked_in_at >= start, Visit.checked_in_at < end, Visit.rating.is_not(None))
        .group_by(Visit.rating)
    )
    return {rating: n for rating, n in session.execute(query)}
