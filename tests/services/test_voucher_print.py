"""Printing vouchers from the register: one voucher, or a month's batch in serial order
without the voided ones; every print counted and audited; a voided voucher refused."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from minwon_desk.documents.voucher import Cancelled
from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.store.models import AuditEntry, Voucher
from tests.support.voucher_rows import VoucherRow, add_vouchers

JULY = datetime(2026, 7, 1, 9, 30, tzinfo=SEOUL)


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def _serials_in(pdf: bytes) -> list[str]:
    """The serials printed beside '증서번호', in the order they appear."""
    found = []
    for page in _pages(pdf):
        words = page.split()
        found += [words[i + 1] for i, w in enumerate(words[:-1]) if w == "증서번호"]
    return found


def _voucher(backend: Backend, voucher_id: int) -> Voucher:
    with backend.db.read() as session:
        found = session.get(Voucher, voucher_id)
        assert found is not None
        return found


def _audit(backend: Backend) -> list[AuditEntry]:
    with backend.db.read() as session:
        return list(session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "voucher").order_by(AuditEntry.id)
        ))


def test_one_voucher_prints_its_serial_amount_recipient_and_issuer(
    backend: Backend, actor: Actor
) -> None:
    [vid] = add_vouchers(backend, actor, [VoucherRow(12, JULY, recipient_name="홍길동")])
    doc = backend.voucher_print.render(actor, vid)
    assert doc.number == "MSS-V2026-00012"
    assert doc.filename == "MSS-V2026-00012_상품권.pdf"
    assert doc.title == "상품권 증서 MSS-V2026-00012"
    [page] = _pages(doc.pdf)
    for expected in ("MSS-V2026-00012", "상 품 권", "금 일만 원정 (10,000원)", "홍길동 귀하",
                     "직원 잘못으로 재방문", "2026년 7월 1일", "중소벤처기업부",
                     "민원안내팀 주무관 안내원", "불편을 드려 죄송합니다."):
        assert expected in page, expected


def test_printing_counts_the_print_and_audits_it_by_serial_only(
    backend: Backend, actor: Actor, fake_clock: object
) -> None:
    [vid] = add_vouchers(backend, actor, [VoucherRow(1, JULY)])
    doc = backend.voucher_print.render(actor, vid)
    assert _voucher(backend, vid).print_count == 0  # drawn for a preview: not printed yet
    assert _audit(backend) == []
    backend.voucher_print.count_printed(actor, doc, "printer")
    backend.voucher_print.count_printed(actor, doc, "pdf")
    voucher = _voucher(backend, vid)
    assert voucher.print_count == 2
    assert voucher.printed_at == datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)
    entries = _audit(backend)
    assert [e.action for e in entries] == ["voucher.print", "voucher.print"]
    assert entries[0].entity_id == vid and entries[0].actor_id == actor.staff_id
    assert json.loads(entries[0].detail) == {"serial": "MSS-V2026-00001", "how": "printer"}
    assert json.loads(entries[1].detail)["how"] == "pdf"
    assert "홍길동" not in entries[0].detail and "010" not in entries[0].detail


def test_a_voided_voucher_is_refused_and_nothing_is_recorded(
    backend: Backend, actor: Actor
) -> None:
    [vid] = add_vouchers(backend, actor, [VoucherRow(3, JULY, void_reason="수령인 정보 오기")])
    with pytest.raises(StateError, match="무효 처리되어") as refused:
        backend.voucher_print.render(actor, vid)
    assert "MSS-V2026-00003" in refused.value.message
    assert "수령인 정보 오기" in refused.value.message
    assert _voucher(backend, vid).print_count == 0
    assert _audit(backend) == []


def test_a_missing_voucher_is_not_found(backend: Backend, actor: Actor) -> None:
    with pytest.raises(NotFoundError, match="찾을 수 없습니다"):
        backend.voucher_print.render(actor, 999)
    with pytest.raises(NotFoundError, match="MSS-V2026-99999"):
        backend.voucher_print.id_of("MSS-V2026-99999")


def test_a_serial_finds_its_voucher_however_it_was_typed(
    backend: Backend, actor: Actor
) -> None:
    [vid] = add_vouchers(backend, actor, [VoucherRow(7, JULY)])
    assert backend.voucher_print.id_of(" mss-v2026-00007 ") == vid


@pytest.mark.pg
def test_the_month_batch_is_in_serial_order_without_voided_or_other_months(
    db_backend: Backend, db_actor: Actor
) -> None:
    backend, actor = db_backend, db_actor
    rows = [
        # Inserted out of order: the batch follows the serial, not the row order.
        VoucherRow(4, JULY + timedelta(days=3), recipient_name="넷째"),
        VoucherRow(2, JULY + timedelta(days=1), recipient_name="둘째"),
        VoucherRow(3, JULY + timedelta(days=2), recipient_name="셋째", void_reason="중복 발급"),
        VoucherRow(1, datetime(2026, 6, 30, 23, 59, tzinfo=SEOUL), recipient_name="유월"),
        VoucherRow(5, datetime(2026, 7, 31, 23, 59, tzinfo=SEOUL), recipient_name="다섯째"),
        VoucherRow(6, datetime(2026, 8, 1, 0, 0, tzinfo=SEOUL), recipient_name="팔월"),
    ]
    ids = add_vouchers(backend, actor, rows)
    seen: list[tuple[int, int]] = []
    doc = backend.voucher_print.render_month(
        actor, 2026, 7, progress=lambda done, total: seen.append((done, total))
    )
    assert _serials_in(doc.pdf) == ["MSS-V2026-00002", "MSS-V2026-00004", "MSS-V2026-00005"]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert len(_pages(doc.pdf)) == 2  # two vouchers to a page
    text = " ".join(_pages(doc.pdf))
    assert "셋째" not in text and "유월" not in text and "팔월" not in text
    assert doc.title == "2026년 7월 보상 증서 3매"
    assert doc.filename == "보상증서_2026-07.pdf"
    assert doc.number == "MSS-V2026-00002 ~ MSS-V2026-00005"
    assert _audit(backend) == []
    backend.voucher_print.count_printed(actor, doc, "printer")
    counts = {rows[i].sequence: _voucher(backend, vid).print_count for i, vid in enumerate(ids)}
    assert counts == {4: 1, 2: 1, 3: 0, 1: 0, 5: 1, 6: 0}
    [entry] = _audit(backend)
    assert entry.action == "voucher.print_month"
    assert json.loads(entry.detail) == {
        "month": "2026-07", "count": 3, "first": "MSS-V2026-00002", "last": "MSS-V2026-00005",
        "how": "printer",
    }


def test_an_empty_month_says_so(backend: Backend, actor: Actor) -> None:
    add_vouchers(backend, actor, [VoucherRow(1, JULY, void_reason="오발급")])
    with pytest.raises(NotFoundError, match="2026년 7월에 발급된 보상 증서가 없습니다"):
        backend.voucher_print.render_month(actor, 2026, 7)
    with pytest.raises(NotFoundError, match="2026년 8월"):
        backend.voucher_print.render_month(actor, 2026, 8)


def test_a_month_that_does_not_exist_is_refused(backend: Backend, actor: Actor) -> None:
    with pytest.raises(ValidationError, match="13월은 없는 달"):
        backend.voucher_print.render_month(actor, 2026, 13)


def test_a_cancelled_batch_records_no_print(backend: Backend, actor: Actor) -> None:
    ids = add_vouchers(backend, actor, [VoucherRow(n, JULY) for n in (1, 2, 3)])
    done: list[int] = []
    with pytest.raises(Cancelled):
        backend.voucher_print.render_month(
            actor, 2026, 7, progress=lambda d, _t: done.append(d), cancelled=lambda: len(done) >= 2
        )
    assert done == [1, 2]
    assert [_voucher(backend, vid).print_count for vid in ids] == [0, 0, 0]
    assert _audit(backend) == []
