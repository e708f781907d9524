"""Reading vouchers: the rows of the ledger joined with who issued and who voided them,
turned into the plain views the screens get; and a month's bounds in Seoul."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row, select

from minwon_desk.domain.compensation import CompensationKind
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.privacy import mask_name
from minwon_desk.domain.timeutil import SEOUL, to_seoul
from minwon_desk.services.orgchart import staff_label
from minwon_desk.services.supervision.compensation_dto import VoucherView
from minwon_desk.services.tables import CASE, STAFF, VOUCHER

_ISSUER = STAFF.alias("issuer")
_VOIDER = STAFF.alias("voider")


def bounds(year: int, month: int | None) -> tuple[datetime, datetime]:
    if month is not None and not 1 <= month <= 12:
        raise ValidationError("month", translate("Vouchers", "달은 1부터 12까지입니다 ({month}).").format(month=month))
    if not 2000 <= year <= 2999:
        raise ValidationError("year", translate("Vouchers", "연도 {year}은(는) 쓸 수 없습니다.").format(year=year))
    if month is None:
        return datetime(year, 1, 1, tzinfo=SEOUL), datetime(year + 1, 1, 1, tzinfo=SEOUL)
    start = datetime(year, month, 1, tzinfo=SEOUL)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=SEOUL)
    return start, end


VOUCHERS = select(
    VOUCHER.c.id, VOUCHER.c.serial, VOUCHER.c.year, VOUCHER.c.sequence, VOUCHER.c.kind,
    VOUCHER.c.amount, VOUCHER.c.title, VOUCHER.c.recipient_name, VOUCHER.c.recipient_contact,
    VOUCHER.c.reason, VOUCHER.c.visit_id, VOUCHER.c.case_id, CASE.c.number,
    VOUCHER.c.issued_at, _ISSUER.c.name, _ISSUER.c.position, VOUCHER.c.print_count,
    VOUCHER.c.printed_at, VOUCHER.c.voided_at, _VOIDER.c.name, _VOIDER.c.position,
    VOUCHER.c.void_reason,
).select_from(
    VOUCHER.join(_ISSUER, _ISSUER.c.id == VOUCHER.c.issued_by_id)
    .outerjoin(_VOIDER, _VOIDER.c.id == VOUCHER.c.voided_by_id)
    .outerjoin(CASE, CASE.c.id == VOUCHER.c.case_id)
)


def voucher_view(row: Row[Any]) -> VoucherView:
    (vid, serial, year, sequence, kind, amount, title, name, contact, reason, visit_id,
     case_id, case_number, issued_at, issuer, issuer_pos, prints, printed_at, voided_at,
     voider, voider_pos, void_reason) = row
    kind_ = CompensationKind(kind)
    reference = case_number or (
        translate("Vouchers", "방문 번호 {visit}").format(visit=visit_id) if visit_id else "")
    return VoucherView(
        id=vid, serial=serial, year=year, sequence=sequence, kind=kind_,
        kind_label=kind_.label, amount=amount, title=title, recipient_name=name,
        recipient_masked=mask_name(name), recipient_contact=contact, reason=reason,
        reference=reference, visit_id=visit_id, case_id=case_id,
        issued_at=to_seoul(issued_at), issued_by=staff_label(issuer, issuer_pos),
        print_count=prints, printed_at=to_seoul(printed_at) if printed_at else None,
        voided_at=to_seoul(voided_at) if voided_at else None,
        voided_by=staff_label(voider, voider_pos), void_reason=void_reason,
    )
