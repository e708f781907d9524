"""Absences (출장 · 휴가 · 교육 · 회의 · 외근): when an officer is away, and who acts for them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.particles import settle

PRESENT = QT_TRANSLATE_NOOP("AbsenceKind", "재실")  # translated where shown


class AbsenceKind(StrEnum):
    """The kinds the HR export and the charters use; the value is the Korean word."""

    TRIP = QT_TRANSLATE_NOOP("AbsenceKind", "출장")
    LEAVE = QT_TRANSLATE_NOOP("AbsenceKind", "휴가")
    TRAINING = QT_TRANSLATE_NOOP("AbsenceKind", "교육")
    MEETING = QT_TRANSLATE_NOOP("AbsenceKind", "회의")
    FIELD = QT_TRANSLATE_NOOP("AbsenceKind", "외근")

    @classmethod
    def parse(cls, text: str) -> AbsenceKind:
        """'출장' → TRIP. Raises ValueError with the accepted words."""
        word = text.strip()
        for kind in cls:
            if kind.value == word:
                return kind
        accepted = ", ".join(k.value for k in cls)
        raise ValueError(settle(translate(
            "Absence", "'{word}'은(는) 부재 구분이 아닙니다. {accepted} 중 하나로 적어 주세요."
        ).format(word=word, accepted=accepted)))

    @property
    def label(self) -> str:
        """The kind in the desk's language, for the window and messages (stored and
        imported as the Korean word)."""
        return translate("AbsenceKind", self.value)


@dataclass(frozen=True, slots=True)
class Absence:
    """One period away. ``ends_at`` is exclusive: an absence ending at 18:00 does not
    cover 18:00 itself. ``deputy_id`` None means "the officer's default deputy"."""

    staff_id: int
    kind: AbsenceKind
    starts_at: datetime
    ends_at: datetime
    deputy_id: int | None = None
    id: int | None = None

    def covers(self, at: datetime) -> bool:
        return self.starts_at <= at < self.ends_at
