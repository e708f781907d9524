"""Issued vouchers written straight into a database, each with the approved decision it
comes from, for the tests and the benchmark of voucher printing (the issuing service
has tests of its own)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from minwon_desk.domain.compensation import CompensationKind, voucher_serial
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.store.models import CompensationDecision, Voucher

WORDING = (
    "고객응대서비스 이행표준에 따라, 불편을 드린 데 대한 보상으로 10,000원 상당의 상품권을 "
    "드립니다. 불편을 드려 죄송합니다."
)


@dataclass(frozen=True)
class VoucherRow:
    sequence: int
    issued_at: datetime
    recipient_name: str = "홍길동"
    reason: str = "직원 잘못으로 재방문 (2026년 6월 30일 방문, 서류 안내 잘못)"
    amount: int = 10_000
    void_reason: str = ""  # not empty: voided with this reason

    @property
    def serial(self) -> str:
        return voucher_serial("MSS", self.issued_at.year, self.sequence)


def add_vouchers(backend: Backend, actor: Actor, rows: Iterable[VoucherRow]) -> list[int]:
    """The vouchers' ids, in the order of ``rows``; issued (and voided) by ``actor``."""
    vouchers = []
    with backend.db.write(actor) as (session, _staff):
        for row in rows:
            decision = CompensationDecision(
                kind=CompensationKind.REPEAT_VISIT.value, source="visit",
                source_id=row.issued_at.year * 100_000 + row.sequence, decision="approved",
                reason="사실 확인", decided_at=row.issued_at, decided_by_id=actor.staff_id,
                desk=actor.desk,
            )
            session.add(decision)
            session.flush()
            voucher = Voucher(
                serial=row.serial, year=row.issued_at.year, sequence=row.sequence,
                decision_id=decision.id, kind=decision.kind, amount=row.amount, title="상품권",
                wording=WORDING, recipient_name=row.recipient_name,
                recipient_contact="010-1234-5678", reason=row.reason, visit_id=None,
                case_id=None, issued_at=row.issued_at, issued_by_id=actor.staff_id,
                print_count=0,
            )
            if row.void_reason:
                voucher.voided_at = row.issued_at
                voucher.voided_by_id = actor.staff_id
                voucher.void_reason = row.void_reason
            session.add(voucher)
            vouchers.append(voucher)
        session.flush()
        return [v.id for v in vouchers]
