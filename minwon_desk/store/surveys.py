"""Satisfaction surveys: the questions, each response and its answers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from minwon_desk.store.base import Base, UtcDateTime


class SurveyItem(Base):
    """One question of a year's satisfaction survey, answered on a 5-point scale."""

    __tablename__ = "survey_item"
    __table_args__ = (UniqueConstraint("year", "ordinal", name="uq_survey_item_year_ordinal"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    ordinal: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(300))


class SurveyResponse(Base):
    """One respondent's answers (anonymous: no name or contact is kept)."""

    __tablename__ = "survey_response"
    __table_args__ = (Index("ix_survey_response_year", "year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    entered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    entered_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    desk: Mapped[str] = mapped_column(String(100))
    comment: Mapped[str] = mapped_column(Text, default="")
    # When the retention purge destroyed this record's personal fields (None: not yet).
    purged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SurveyAnswer(Base):
    __tablename__ = "survey_answer"

    response_id: Mapped[int] = mapped_column(ForeignKey("survey_response.id"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("survey_item.id"), primary_key=True)
    score: Mapped[int] = mapped_column(Integer)  # 1–5
