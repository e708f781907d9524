"""Printing compensation vouchers: one by one, or a month's batch in serial order.

Every real print — a print queue accepted it, or it was saved as a PDF — is counted on
the voucher (how many times, when last) and written to the audit trail by serial only; a
preview closed without printing counts nothing. A voided voucher is never printed. reportlab is loaded on
first use, not when the app starts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.inspection import format_month_ko, month_bounds
from minwon_desk.domain.particles import settle
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import Clock, format_date_ko, to_seoul
from minwon_desk.services import audit
from minwon_desk.services._tx import Database
from minwon_desk.services.dto import Actor, RenderedDocument
from minwon_desk.services.events import CompensationChange, CompensationChanged
from minwon_desk.services.privacy import access_log
from minwon_desk.services.privacy.access_log import Access, AccessOp
from minwon_desk.store.models import Department, Staff, Voucher

if TYPE_CHECKING:
    from minwon_desk.documents.voucher import CancelledFn, ProgressFn, VoucherSheet


PrintedHow = Literal["printer", "pdf"]


@dataclass(frozen=True, slots=True)
class VoucherDocument(RenderedDocument):
    """Vouchers drawn but not yet printed: ``count_printed`` once a print queue accepted
    them or the PDF was saved."""

    voucher_ids: tuple[int, ...] = ()
    action: str = "voucher.print"
    detail: dict[str, audit.JsonValue] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Issuer:
    department: str
    position: str
    name: str


class VoucherPrintService:
    def __init__(self, db: Database, clock: Clock, charter: Charter) -> None:
        self._db = db
        self._clock = clock
        self._charter = charter

    def __repr__(self) -> str:
        return f"VoucherPrintService(charter={self._charter.id!r})"

    def id_of(self, serial: str) -> int:
        """The voucher with this serial ("MSS-V2026-00012")."""
        wanted = serial.strip().upper()
        with self._db.read() as session:
            found = session.scalar(select(Voucher.id).where(Voucher.serial == wanted))
        if found is None:
            raise NotFoundError(
                translate(
                    "Vouchers",
                    "증서번호 {serial}인 보상 증서가 없습니다. 증서 대장에서 번호를 확인해 "
                    "주세요.",
                ).format(serial=serial.strip())
            )
        return found

    def render(self, actor: Actor, voucher_id: int) -> VoucherDocument:
        """One voucher's PDF, not yet counted as printed. A voided voucher is refused."""
        with self._db.read_as(actor, Operation.VOUCHER_PRINT) as session:
            voucher = session.get(Voucher, voucher_id)
            if voucher is None:
                raise NotFoundError(translate(
                    "Vouchers",
                    "보상 증서(번호 {voucher_id})를 찾을 수 없습니다. 목록을 새로 고쳐 "
                    "주세요.",
                ).format(voucher_id=voucher_id))
            if voucher.voided_at is not None:
                raise StateError(_voided_message(voucher, voucher.voided_at))
            sheets = self._sheets(session, [voucher])
            self._previewed(session, actor, [voucher_id])
        pdf = _draw(sheets)
        return VoucherDocument(
            pdf, f"{voucher.title} 증서 {voucher.serial}",
            f"{voucher.serial}_{_file_word(voucher.title)}.pdf", voucher.serial,
            voucher_ids=(voucher_id,), action="voucher.print", detail={"serial": voucher.serial},
        )

    def render_month(
        self,
        actor: Actor,
        year: int,
        month: int,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> VoucherDocument:
        """The month's issued, not voided vouchers in serial order, two to an A4 page; not
        yet counted as printed. ``progress(done, total)`` after each voucher; ``cancelled()``
        between them raises ``Cancelled``."""
        first = _month(year, month)
        start, end = month_bounds(first)
        with self._db.read_as(actor, Operation.VOUCHER_PRINT) as session:
            vouchers = list(session.scalars(
                select(Voucher)
                .where(Voucher.issued_at >= start, Voucher.issued_at < end,
                       Voucher.voided_at.is_(None))
                .order_by(Voucher.year, Voucher.sequence)
            ))
            if not vouchers:
                raise NotFoundError(
                    translate(
                        "Vouchers",
                        "{first}에 발급된 보상 증서가 없습니다(무효 처리된 증서는 인쇄하지 "
                        "않습니다). 달을 확인해 주세요.",
                    ).format(first=format_month_ko(first))
                )
            sheets = self._sheets(session, vouchers)
            self._previewed(session, actor, [v.id for v in vouchers])
        pdf = _draw(sheets, progress=progress, cancelled=cancelled)
        first_serial, last_serial = vouchers[0].serial, vouchers[-1].serial
        span = first_serial if len(vouchers) == 1 else f"{first_serial} ~ {last_serial}"
        return VoucherDocument(
            pdf, f"{format_month_ko(first)} 보상 증서 {len(vouchers)}매",
            f"보상증서_{year:04d}-{month:02d}.pdf", span,
            voucher_ids=tuple(v.id for v in vouchers), action="voucher.print_month",
            detail={"month": f"{year:04d}-{month:02d}", "count": len(vouchers),
                    "first": first_serial, "last": last_serial},
        )

    def count_printed(self, actor: Actor, document: VoucherDocument, how: PrintedHow) -> None:
        """Count ``document``'s vouchers as printed: a print queue accepted it (``printer``)
        or it was saved as a file (``pdf``)."""
        ids = list(document.voucher_ids)
        if not ids:
            return
        entity = ids[0] if document.action == "voucher.print" else None
        self._record(actor, ids, action=document.action, entity_id=entity,
                     detail={**document.detail, "how": how})

    # --- filling ------------------------------------------------------------------------

    def _sheets(self, session: Session, vouchers: list[Voucher]) -> list[VoucherSheet]:
        from minwon_desk.documents.voucher import VoucherSheet

        issuers = _issuers(session, {v.issued_by_id for v in vouchers})
        agency = self._charter.documents.agency_name
        sheets = []
        for v in vouchers:
            issuer = issuers.get(v.issued_by_id, _Issuer("", "", ""))
            sheets.append(VoucherSheet(
                serial=v.serial, title=v.title, amount=v.amount, wording=v.wording,
                recipient_name=v.recipient_name, reason=v.reason,
                issued_on=to_seoul(v.issued_at).date(), agency_name=agency,
                issuer_department=issuer.department, issuer_position=issuer.position,
                issuer_name=issuer.name,
            ))
        return sheets

    def _previewed(self, session: Session, actor: Actor, ids: list[int]) -> None:
        # The preview shows the recipients' names: logged in the read's transaction, so
        # no row means no document (접속기록).
        access_log.write(session, [Access(
            actor, AccessOp.PRINT, "voucher", self._clock(), tuple(ids[:1000]), count=len(ids),
            what="보상 상품권 미리보기")], host=access_log.HOST)

    def _record(
        self, actor: Actor, ids: list[int], *, action: str, entity_id: int | None,
        detail: dict[str, audit.JsonValue],
    ) -> None:
        now = self._clock()
        with self._db.write(actor, Operation.VOUCHER_PRINT) as (session, _staff):
            # In chunks: a parameter list has a limit (SQLite's is 32,766).
            for at in range(0, len(ids), 5000):
                session.execute(
                    update(Voucher)
                    .where(Voucher.id.in_(ids[at : at + 5000]))
                    .values(print_count=Voucher.print_count + 1, printed_at=now)
                    .execution_options(synchronize_session=False)
                )
            # The vouchers carry their recipients' names: a print of personal data.
            access_log.write(session, [Access(
                actor, AccessOp.PRINT, "voucher", now, tuple(ids[:1000]), count=len(ids),
                what="보상 상품권 인쇄")], host=access_log.HOST)
            audit.record(session, at=now, actor=actor, desk=actor.desk, action=action,
                         entity="voucher", entity_id=entity_id, detail=detail,
                         announce=CompensationChanged("", CompensationChange.PRINTED, entity_id, origin=actor.origin))
        # One event for a month's batch: the ledger reads its counts once, not per voucher.


def _issuers(session: Session, staff_ids: set[int]) -> dict[int, _Issuer]:
    rows = session.execute(
        select(Staff.id, Staff.name, Staff.position, Department.name)
        .join(Department, Department.id == Staff.department_id, isouter=True)
        .where(Staff.id.in_(staff_ids))
    )
    return {sid: _Issuer(dept or "", position, name) for sid, name, position, dept in rows}


def _month(year: int, month: int) -> date:
    if not 1 <= month <= 12 or not 1900 <= year <= 9999:
        raise ValidationError(
            "month", translate(
                "Vouchers",
                "{year}년 {month}월은 없는 달입니다. 2026-07처럼 연도와 월(1–12)을 적어 "
                "주세요.",
            ).format(year=year, month=month)
        )
    return date(year, month, 1)


def _voided_message(voucher: Voucher, voided_at: datetime) -> str:
    when = format_date_ko(to_seoul(voided_at).date())
    reason = voucher.void_reason.strip()
    why = f"(사유: {reason}) " if reason else ""
    return (
        settle(f"증서 {voucher.serial}은(는) {when}에 무효 처리되어 {why}인쇄할 수 없습니다. "
        "무효가 된 증서는 다시 쓸 수 없으니, 대장에서 유효한 증서인지 확인해 주세요.")
    )


def _file_word(title: str) -> str:
    return "".join(title.split()) or "증서"


def _draw(
    sheets: list[VoucherSheet], *, progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> bytes:
    # Imported here: reportlab takes a while to load and the window must not wait for it.
    from minwon_desk.documents.voucher import render_vouchers

    return render_vouchers(sheets, progress=progress, cancelled=cancelled)
