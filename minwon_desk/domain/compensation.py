"""Compensation and corrective action: the kinds of event the charter pays for, what
identifies one event, voucher serials, and the checks a supervisor's decision must pass.

Which events exist is decided by the charter in use: a kind with no ``[[compensation]]``
rule (TIPA pays only for a repeat visit) never becomes a candidate.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from minwon_desk.domain.errors import StateError, ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.privacy import reject_resident_number


class CompensationKind(Enum):
    REPEAT_VISIT = "repeat_visit"
    DEADLINE_WITHOUT_NOTICE = "deadline_without_notice"
    DISCOURTESY = "discourtesy"
    BRIBERY_REPORT = "bribery_report"

    @property
    def label_ko(self) -> str:
        return _KIND_LABELS[self]

    @property
    def label(self) -> str:
        """The label in the desk's language, for the window and messages."""
        return translate("CompensationKind", _KIND_LABELS[self])

    @property
    def source(self) -> str:
        """Where the event lives: a repeat visit on a visit, the rest on a case."""
        return "visit" if self is CompensationKind.REPEAT_VISIT else "case"


_KIND_LABELS = {
    CompensationKind.REPEAT_VISIT: QT_TRANSLATE_NOOP("CompensationKind", "직원 잘못으로 재방문"),
    CompensationKind.DEADLINE_WITHOUT_NOTICE: QT_TRANSLATE_NOOP("CompensationKind", "안내 없이 처리기간 경과"),
    CompensationKind.DISCOURTESY: QT_TRANSLATE_NOOP("CompensationKind", "불친절·불성실 처리"),
    CompensationKind.BRIBERY_REPORT: QT_TRANSLATE_NOOP("CompensationKind", "금품수수·부정비리 신고"),
}


@dataclass(frozen=True, slots=True)
class EventKey:
    """One compensable event: a kind on one visit or case. At most one decision (and so
    at most one voucher) exists per key."""

    kind: CompensationKind
    source_id: int

    @property
    def source(self) -> str:
        return self.kind.source

    def __str__(self) -> str:
        return f"{self.kind.value}:{self.source}:{self.source_id}"


class Decision(Enum):
    APPROVED = "approved"
    REJECTED = "rejected"

    @property
    def label_ko(self) -> str:
        return _APPROVED if self is Decision.APPROVED else _REJECTED

    @property
    def label(self) -> str:
        """The label in the desk's language, for the window and messages."""
        return translate("Decision", _APPROVED if self is Decision.APPROVED else _REJECTED)


_APPROVED = QT_TRANSLATE_NOOP("Decision", "승인")
_REJECTED = QT_TRANSLATE_NOOP("Decision", "반려")


class CorrectiveKind(Enum):
    CAUTION = QT_TRANSLATE_NOOP("CorrectiveKind", "주의")
    WARNING = QT_TRANSLATE_NOOP("CorrectiveKind", "경고")
    RETRAINING = QT_TRANSLATE_NOOP("CorrectiveKind", "재교육")
    REASSIGNMENT = QT_TRANSLATE_NOOP("CorrectiveKind", "업무 조정")
    OTHER = QT_TRANSLATE_NOOP("CorrectiveKind", "기타")

    @property
    def label_ko(self) -> str:
        return self.value

    @property
    def label(self) -> str:
        """The label in the desk's language, for the window and messages."""
        return translate("CorrectiveKind", self.value)


def voucher_serial(agency_code: str, year: int, sequence: int) -> str:
    """'MSS-V2026-00012': agency, year and order of issue, never given twice (a voided
    voucher keeps its serial)."""
    return f"{agency_code.upper()}-V{year}-{sequence:05d}"


def corrective_number(agency_code: str, year: int, sequence: int) -> str:
    return f"{agency_code.upper()}-C{year}-{sequence:04d}"


def check_reason(text: str, *, field: str = "reason", what: str | None = None) -> str:
    """A decision's or a void's reason (``what``: 사유 unless said): required, and never a
    resident number."""
    what = what or translate("Compensation", "사유")
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(field, translate(
            "Compensation",
            "{what}를 적어 주세요. 기록에 남고 나중에 점검에 쓰입니다.",
        ).format(what=what))
    if len(cleaned) > 2000:
        raise ValidationError(field, translate(
            "Compensation",
            "{what}는 2,000자까지 적을 수 있습니다.",
        ).format(what=what))
    reject_resident_number(field, what, cleaned)
    return cleaned


@dataclass(frozen=True, slots=True)
class BudgetCheck:
    """Where an approval leaves the year's spending against the budget."""

    cap: int | None  # None: no budget set
    spent: int  # issued and not voided, before this approval
    adding: int

    @property
    def after(self) -> int:
        return self.spent + self.adding

    @property
    def exceeds(self) -> bool:
        return self.cap is not None and self.after > self.cap

    def message_ko(self) -> str:
        if self.cap is None or not self.exceeds:
            return ""
        return (
            translate(
                "Compensation",
                "올해 보상 예산 {cap:,}원을 넘습니다: 지금까지 {spent:,}원, 이번 "
                "{adding:,}원을 더하면 {after:,}원입니다. 그래도 지급하려면 확인해 주세요.",
            ).format(cap=self.cap, spent=self.spent, adding=self.adding, after=self.after)
        )


class BudgetExceeded(StateError):
    """Approving would pass the year's budget: the supervisor must confirm to go on."""

    def __init__(self, check: BudgetCheck) -> None:
        super().__init__(check.message_ko())
        self.check = check


SCALE = (1, 2, 3, 4, 5)
SCALE_LABELS = {1: "매우 불만족", 2: "불만족", 3: "보통", 4: "만족", 5: "매우 만족"}


def check_score(score: int, *, field: str = "score") -> int:
    """A 5-point answer: 1 (매우 불만족) … 5 (매우 만족)."""
    if isinstance(score, bool) or not isinstance(score, int) or score not in SCALE:
        raise ValidationError(
            field, translate(
                "Compensation",
                "만족도는 1(매우 불만족)부터 5(매우 만족)까지입니다. '{score}'는 쓸 수 "
                "없습니다.",
            ).format(score=score)
        )
    return score
