"""What the compensation screens and commands get: candidates with their evidence,
decisions, vouchers and the year's ledger. Plain frozen dataclasses, times in Seoul."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from minwon_desk.domain.compensation import CompensationKind, Decision, EventKey


@dataclass(frozen=True, slots=True)
class DecisionView:
    decision: Decision
    reason: str
    decided_at: datetime
    decided_by: str  # "김감독 서기관"
    voucher_serial: str  # "" when rejected


@dataclass(frozen=True, slots=True)
class Candidate:
    """One compensable event the app found, with what shows it happened."""

    key: EventKey
    rule_label: str  # the charter's label for the kind
    amount: int  # KRW, from the charter
    occurred_at: datetime  # the visit, the deadline that passed, the finding, the report
    recipient_name: str  # whole: the supervisor needs it to hand the voucher over
    recipient_masked: str
    recipient_contact: str
    reference: str  # "방문 2026-10-02 14:03" or the case number
    subject: str  # the visit's purpose or the case's subject
    officer_id: int | None  # who handled the matter (corrective action goes there)
    officer_label: str
    evidence: tuple[str, ...]  # Korean sentences, one fact each
    summary: str  # the one line the voucher itself says: no staff names, no internal notes
    visit_id: int | None
    case_id: int | None
    decision: DecisionView | None

    @property
    def kind(self) -> CompensationKind:
        return self.key.kind

    @property
    def decided(self) -> bool:
        return self.decision is not None


@dataclass(frozen=True, slots=True)
class VoucherView:
    id: int
    serial: str
    year: int
    sequence: int
    kind: CompensationKind
    kind_label: str
    amount: int
    title: str
    recipient_name: str
    recipient_masked: str
    recipient_contact: str
    reason: str
    reference: str
    visit_id: int | None
    case_id: int | None
    issued_at: datetime
    issued_by: str
    print_count: int
    printed_at: datetime | None
    voided_at: datetime | None
    voided_by: str
    void_reason: str

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


@dataclass(frozen=True, slots=True)
class LedgerMonth:
    month: int
    issued: int  # vouchers issued in the month (voided ones included)
    issued_amount: int
    voided: int  # of those, voided since
    voided_amount: int
    cumulative: int  # non-voided amount from January to this month

    @property
    def net_amount(self) -> int:
        return self.issued_amount - self.voided_amount


@dataclass(frozen=True, slots=True)
class Ledger:
    year: int
    months: tuple[LedgerMonth, ...]  # January to December
    cap: int | None  # the year's budget; None when not set

    @property
    def total(self) -> int:
        return sum(m.net_amount for m in self.months)

    @property
    def over_cap(self) -> bool:
        return self.cap is not None and self.total > self.cap

    @property
    def remaining(self) -> int | None:
        return None if self.cap is None else self.cap - self.total

    def warning_ko(self) -> str:
        if self.cap is None:
            return ""
        if self.total > self.cap:
            return f"예산 {self.cap:,}원을 {self.total - self.cap:,}원 넘었습니다."
        if self.total >= self.cap * 0.9:
            return f"예산 {self.cap:,}원 중 {self.total:,}원을 썼습니다 (남은 금액 {self.cap - self.total:,}원)."
        return ""
