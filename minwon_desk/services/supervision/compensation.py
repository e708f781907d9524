"""Compensation: the supervisor reviews the candidates the app found, approves (issuing a
numbered voucher) or rejects with a reason, voids a voucher with a reason, and keeps the
year's ledger against the budget.

One event yields at most one decision: the decision row's unique key (kind, source,
source_id) is inserted first with "on conflict do nothing", so a double-click or a second
desk approving at the same moment finds the event already decided and is told by whom.
Voucher serials come from the register counter and are never given again, voided or not.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from minwon_desk.domain.charter import Charter, CompensationRule
from minwon_desk.domain.compensation import (
    BudgetCheck,
    BudgetExceeded,
    CompensationKind,
    Decision,
    EventKey,
    check_reason,
    voucher_serial,
)
from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.particles import settle
from minwon_desk.domain.privacy import reject_resident_number
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import Clock, format_moment, to_seoul
from minwon_desk.services import audit
from minwon_desk.services._tx import Database
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import CompensationChange, CompensationChanged
from minwon_desk.services.orgchart import staff_label
from minwon_desk.services.registers import next_number
from minwon_desk.services.supervision import candidates as found
from minwon_desk.services.supervision.compensation_dto import (
    Candidate,
    Ledger,
    LedgerMonth,
    VoucherView,
)
from minwon_desk.services.supervision.voucher_queries import VOUCHERS, bounds, voucher_view
from minwon_desk.services.tables import AGENCY, STAFF, VOUCHER
from minwon_desk.services.tables import COMPENSATION_DECISION as DECISION
from minwon_desk.services.tables import VOUCHER_BUDGET as BUDGET


class CompensationService:
    def __init__(self, db: Database, clock: Clock, charter: Charter) -> None:
        self._db = db
        self._clock = clock
        self._charter = charter

    # --- reads -------------------------------------------------------------------------

    def kinds(self) -> tuple[CompensationKind, ...]:
        """The kinds the charter in use pays for (TIPA: the repeat visit only)."""
        return tuple(k for k in CompensationKind if self._charter.compensation_for(k.value))

    def candidates(
        self,
        actor: Actor,
        *,
        kinds: Iterable[CompensationKind] | None = None,
        include_decided: bool = False,
    ) -> list[Candidate]:
        """The events awaiting a decision (with ``include_decided``, all), newest first.
        They name visitors and petitioners: the supervisor's and the privacy officer's."""
        with self._db.read_as(actor, _READ) as session:
            return found.candidates(
                session.connection(), self._charter, self._clock(),
                kinds=kinds, include_decided=include_decided,
            )

    def candidate(self, actor: Actor, key: EventKey) -> Candidate:
        with self._db.read_as(actor, _READ) as session:
            return self._candidate(session.connection(), key)

    def vouchers(self, actor: Actor, year: int, month: int | None = None) -> list[VoucherView]:
        """The vouchers issued in a year (or one month of it), voided ones included, by serial."""
        since, until = bounds(year, month)
        with self._db.read_as(actor, _READ) as session:
            rows = session.connection().execute(
                VOUCHERS.where(VOUCHER.c.issued_at >= since, VOUCHER.c.issued_at < until)
                .order_by(VOUCHER.c.year, VOUCHER.c.sequence)
            )
            return [voucher_view(row) for row in rows]

    def voucher(self, actor: Actor, voucher_id: int) -> VoucherView:
        with self._db.read_as(actor, _READ) as session:
            row = session.connection().execute(
                VOUCHERS.where(VOUCHER.c.id == voucher_id)
            ).first()
        if row is None:
            raise NotFoundError(translate(
                "Compensation",
                "보상 증서(번호 {voucher_id})를 찾을 수 없습니다.",
            ).format(voucher_id=voucher_id))
        return voucher_view(row)

    def find_serial(self, actor: Actor, serial: str) -> VoucherView:
        with self._db.read_as(actor, _READ) as session:
            row = session.connection().execute(
                VOUCHERS.where(VOUCHER.c.serial == serial.strip().upper())
            ).first()
        if row is None:
            raise NotFoundError(translate(
                "Compensation",
                "일련번호 '{serial}'인 보상 증서가 없습니다.",
            ).format(serial=serial))
        return voucher_view(row)

    def ledger(self, year: int) -> Ledger:
        """Issued, voided and running total per month, and the year's budget."""
        since, until = bounds(year, None)
        query = select(VOUCHER.c.issued_at, VOUCHER.c.amount, VOUCHER.c.voided_at).where(
            VOUCHER.c.issued_at >= since, VOUCHER.c.issued_at < until
        )
        # A year holds hundreds of vouchers: bucketing them by Seoul month here is simpler
        # than each database's own time-zone arithmetic, and as fast.
        issued = [0] * 13
        amounts = [0] * 13
        voided = [0] * 13
        voided_amounts = [0] * 13
        with self._db.read() as session:
            conn = session.connection()
            for at, amount, voided_at in conn.execute(query):
                m = to_seoul(at).month
                issued[m] += 1
                amounts[m] += amount
                if voided_at is not None:
                    voided[m] += 1
                    voided_amounts[m] += amount
            cap = conn.execute(select(BUDGET.c.amount).where(BUDGET.c.year == year)).scalar()
        months: list[LedgerMonth] = []
        running = 0
        for m in range(1, 13):
            running += amounts[m] - voided_amounts[m]
            months.append(
                LedgerMonth(m, issued[m], amounts[m], voided[m], voided_amounts[m], running)
            )
        return Ledger(year, tuple(months), None if cap is None else int(cap))

    def budget(self, year: int) -> int | None:
        with self._db.read() as session:
            cap = session.connection().execute(
                select(BUDGET.c.amount).where(BUDGET.c.year == year)
            ).scalar()
        return None if cap is None else int(cap)

    # --- writes ------------------------------------------------------------------------

    def approve(
        self,
        actor: Actor,
        key: EventKey,
        *,
        recipient_name: str | None = None,
        confirm_over_budget: bool = False,
        note: str = "",
    ) -> VoucherView:
        """Approve the event and issue its voucher. Raises StateError when the event was
        already decided (by anyone), BudgetExceeded when the year's budget would be passed
        and ``confirm_over_budget`` is not given."""
        rule = self._rule(key.kind)
        now = self._clock()
        year = to_seoul(now).year
        with self._db.write(actor, Operation.COMPENSATION_DECIDE) as (session, _staff):
            conn = session.connection()
            candidate = self._candidate(conn, key)
            recipient = _recipient(recipient_name, candidate)
            reason_note = note.strip()
            if reason_note:
                reject_resident_number("note", "승인 메모", reason_note)
            spent = _spent(conn, year)
            cap = conn.execute(select(BUDGET.c.amount).where(BUDGET.c.year == year)).scalar()
            check = BudgetCheck(None if cap is None else int(cap), spent, rule.amount)
            if check.exceeds and not confirm_over_budget:
                raise BudgetExceeded(check)
            decision_id = self._decide(
                conn, actor, key, Decision.APPROVED, reason_note or "보상 승인", now
            )
            sequence = next_number(conn, "voucher", year)
            code = conn.execute(select(AGENCY.c.code).limit(1)).scalar_one()
            serial = voucher_serial(code, year, sequence)
            # The voucher goes to the person: the rule and what it is about, not the
            # evidence's staff names or notes (those stay with the decision).
            reason = f"{candidate.rule_label}\n{candidate.summary}"
            voucher_id = conn.execute(
                VOUCHER.insert()
                .values(
                    serial=serial, year=year, sequence=sequence, decision_id=decision_id,
                    kind=key.kind.value, amount=rule.amount,
                    title=self._charter.documents.voucher_title,
                    wording=self._charter.documents.voucher_wording,
                    recipient_name=recipient, recipient_contact=candidate.recipient_contact,
                    reason=reason, visit_id=candidate.visit_id, case_id=candidate.case_id,
                    issued_at=now, issued_by_id=actor.staff_id, print_count=0,
                    void_reason="",
                )
                .returning(VOUCHER.c.id)
            ).scalar_one()
            audit.record(
                session, at=now, actor=actor, desk=actor.desk, action="voucher.issue",
                entity="voucher", entity_id=voucher_id,
                detail={"serial": serial, "kind": key.kind.value, "amount": rule.amount,
                        "over_budget": check.exceeds},
                announce=CompensationChanged(str(key), CompensationChange.APPROVED, voucher_id, origin=actor.origin),
            )
        return self.voucher(actor, voucher_id)

    def reject(self, actor: Actor, key: EventKey, reason: str) -> Candidate:
        """Reject the event with a reason (kept, shown to whoever looks at it later)."""
        why = check_reason(reason)
        now = self._clock()
        with self._db.write(actor, Operation.COMPENSATION_DECIDE) as (session, _staff):
            conn = session.connection()
            self._candidate(conn, key)
            decision_id = self._decide(conn, actor, key, Decision.REJECTED, why, now)
            audit.record(
                session, at=now, actor=actor, desk=actor.desk, action="compensation.reject",
                entity="compensation_decision", entity_id=decision_id,
                detail={"kind": key.kind.value, "source": key.source, "source_id": key.source_id},
                announce=CompensationChanged(str(key), CompensationChange.REJECTED, None, origin=actor.origin),
            )
        return self.candidate(actor, key)

    def void(self, actor: Actor, voucher_id: int, reason: str) -> VoucherView:
        """Void a voucher with a reason. It stays in the ledger, its serial is not reused."""
        why = check_reason(reason, what="무효 사유")
        now = self._clock()
        with self._db.write(actor, Operation.COMPENSATION_DECIDE) as (session, _staff):
            conn = session.connection()
            row = conn.execute(
                select(VOUCHER.c.serial, VOUCHER.c.voided_at)
                .where(VOUCHER.c.id == voucher_id)
                .with_for_update()
            ).first()
            if row is None:
                raise NotFoundError(translate(
                    "Compensation",
                    "보상 증서(번호 {voucher_id})를 찾을 수 없습니다.",
                ).format(voucher_id=voucher_id))
            if row.voided_at is not None:
                raise StateError(
                    translate(
                        "Compensation",
                        "증서 {serial}은(는) {voided_at}에 이미 무효 처리했습니다.",
                    ).format(serial=row.serial, voided_at=format_moment(row.voided_at))
                )
            conn.execute(
                update(VOUCHER)
                .where(VOUCHER.c.id == voucher_id)
                .values(voided_at=now, voided_by_id=actor.staff_id, void_reason=why)
            )
            audit.record(
                session, at=now, actor=actor, desk=actor.desk, action="voucher.void",
                entity="voucher", entity_id=voucher_id, detail={"serial": row.serial},
                announce=CompensationChanged("", CompensationChange.VOIDED, voucher_id, origin=actor.origin),
            )
        return self.voucher(actor, voucher_id)

    def set_budget(self, actor: Actor, year: int, amount: int | None) -> None:
        """The year's compensation budget (None: no budget, no warning)."""
        if amount is not None and (isinstance(amount, bool) or amount < 0):
            raise ValidationError("budget", translate(
                "Compensation",
                "예산은 0원 이상의 금액으로 적어 주세요.",
            ))
        now = self._clock()
        with self._db.write(actor, Operation.COMPENSATION_DECIDE) as (session, _staff):
            conn = session.connection()
            conn.execute(BUDGET.delete().where(BUDGET.c.year == year))
            if amount is not None:
                conn.execute(
                    BUDGET.insert().values(
                        year=year, amount=amount, set_at=now, set_by_id=actor.staff_id
                    )
                )
            audit.record(
                session, at=now, actor=actor, desk=actor.desk, action="voucher.budget",
                entity="voucher_budget", entity_id=year, detail={"amount": amount},
                announce=CompensationChanged("", CompensationChange.BUDGET, None, origin=actor.origin),
            )

    # --- helpers -----------------------------------------------------------------------

    def _rule(self, kind: CompensationKind) -> CompensationRule:
        rule = self._charter.compensation_for(kind.value)
        if rule is None:
            raise StateError(
                translate(
                    "Compensation",
                    "이 기관의 고객응대서비스 헌장에는 '{label_ko}' 보상이 없습니다.",
                ).format(label_ko=kind.label)
            )
        return rule

    def _candidate(self, conn: Connection, key: EventKey) -> Candidate:
        self._rule(key.kind)
        found_ = found.candidates(
            conn, self._charter, self._clock(), include_decided=True, only=key
        )
        if not found_:
            raise NotFoundError(
                translate(
                    "Compensation",
                    "'{label_ko}' 보상 대상이 아닙니다 ({value} 번호 {source_id}). 기록이 "
                    "바뀌었을 수 있으니 목록을 새로 보세요.",
                ).format(label_ko=key.kind.label, value=_source_word(key.source),
                         source_id=key.source_id)
            )
        return found_[0]

    def _decide(
        self, conn: Connection, actor: Actor, key: EventKey, decision: Decision,
        reason: str, now: datetime,
    ) -> int:
        values = {
            "kind": key.kind.value, "source": key.source, "source_id": key.source_id,
            "decision": decision.value, "reason": reason, "decided_at": now,
            "decided_by_id": actor.staff_id, "desk": actor.desk,
        }
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        # A second desk's insert waits for the first to commit, then does nothing.
        inserted = conn.execute(
            dialect.insert(DECISION)
            .values(**values)
            .on_conflict_do_nothing(index_elements=["kind", "source", "source_id"])
            .returning(DECISION.c.id)
        ).scalar()
        if inserted is None:
            raise StateError(_already_decided(conn, key))
        return int(inserted)


def _source_word(source: str) -> str:
    return translate("Compensation", "방문") if source == "visit" else translate("Compensation", "민원")


def _already_decided(conn: Connection, key: EventKey) -> str:
    row = conn.execute(
        select(DECISION.c.decision, DECISION.c.decided_at, STAFF.c.name, STAFF.c.position,
               VOUCHER.c.serial)
        .select_from(
            DECISION.join(STAFF, STAFF.c.id == DECISION.c.decided_by_id).outerjoin(
                VOUCHER, VOUCHER.c.decision_id == DECISION.c.id
            )
        )
        .where(DECISION.c.kind == key.kind.value, DECISION.c.source == key.source,
               DECISION.c.source_id == key.source_id)
    ).first()
    if row is None:  # pragma: no cover - the conflict says it exists
        return translate("Compensation", "이미 결정된 보상 대상입니다.")
    what = Decision(row.decision).label
    issued = translate("Compensation", " (증서 {serial})").format(serial=row.serial) if row.serial else ""
    return settle(translate(
        "Compensation", "이미 {at}에 {who}이(가) {what}한 보상 대상입니다{issued}. "
                        "한 사건에는 증서를 한 번만 발급합니다.",
    ).format(at=format_moment(row.decided_at), who=staff_label(row.name, row.position),
             what=what, issued=issued))


def _recipient(given: str | None, candidate: Candidate) -> str:
    name = (given if given is not None else candidate.recipient_name).strip()
    if not name:
        raise ValidationError(
            "recipient", translate(
                "Compensation",
                "받는 분의 이름이 기록에 없습니다. 증서에 적을 이름을 입력해 주세요.",
            )
        )
    if len(name) > 100:
        raise ValidationError("recipient", translate(
            "Compensation",
            "받는 분 이름은 100자까지 적을 수 있습니다.",
        ))
    reject_resident_number("recipient", "받는 분 이름", name)
    return name


def _spent(conn: Connection, year: int) -> int:
    total = conn.execute(
        select(func.coalesce(func.sum(VOUCHER.c.amount), 0)).where(
            VOUCHER.c.year == year, VOUCHER.c.voided_at.is_(None)
        )
    ).scalar_one()
    return int(total)


# Who may read the events and vouchers (they name visitors and recipients).
_READ = Operation.COMPENSATION_READ
