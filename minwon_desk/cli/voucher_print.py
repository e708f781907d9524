"""``minwon-desk print vouchers --month YYYY-MM | --serial SERIAL``: compensation vouchers
as a PDF file (``-o``) or straight to a print queue (``--printer``).

A month prints its issued, not voided vouchers in serial order, two to an A4 page. Every
print is counted on the voucher and audited under the operator (``--as``, else this
desk's ``desk_operator`` setting).

Exit status: 0 printed; 1 nothing to print (a month without vouchers, a voided voucher)
or the printer failed; 2 bad input (a month that cannot be read, an unknown serial).
"""

from __future__ import annotations

import argparse
import sys

from minwon_desk.cli._common import (
    EXIT_FAILED,
    EXIT_OK,
    UsageError,
    add_destination,
    checked_output,
    opened,
    send_to_printer,
    write_output,
)
from minwon_desk.cli._signin import signed_in
from minwon_desk.domain.errors import NotFoundError, StateError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from pathlib import Path

    from minwon_desk.cli._common import Subparsers
    from minwon_desk.services.dto import RenderedDocument
    from minwon_desk.services.supervision.voucher_print import PrintedHow


def register(actions: Subparsers, common: argparse.ArgumentParser) -> None:
    """``vouchers`` under ``print`` (``actions``)."""
    vouchers = actions.add_parser(
        "vouchers", parents=[common], help=translate(
            "VoucherCommand",
            "보상 증서 (한 달치 또는 한 장)",
        ),
        description=translate(
            "VoucherCommand",
            "보상 증서를 A4 한 쪽에 두 장씩 PDF로 저장하거나(-o) 프린터로 "
            "보냅니다(--printer). 한 달치는 증서번호 순서이고 무효 처리된 증서는 빠집니다. "
            "인쇄 횟수와 인쇄한 직원이 기록됩니다.",
        ),
    )
    which = vouchers.add_mutually_exclusive_group(required=True)
    which.add_argument("--month", metavar="YYYY-MM", help=translate(
        "VoucherCommand",
        "이 달에 발급된 증서 모두, 예: 2026-07",
    ))
    which.add_argument("--serial", metavar="SERIAL", help=translate(
        "VoucherCommand",
        "증서 한 장, 예: MSS-V2026-00012",
    ))
    add_destination(vouchers, queue_metavar="QUEUE")
    vouchers.set_defaults(handler=run_vouchers)


def run_vouchers(args: argparse.Namespace) -> int:
    from minwon_desk.domain.inspection import parse_month

    output = checked_output(args.output) if args.output is not None else None
    month = None
    if args.month is not None:
        try:
            month = parse_month(args.month)
        except ValueError as exc:
            raise UsageError(f"--month: {exc}") from None
    with opened(args, build_demo=True) as (_config, backend):
        try:
            # Every print records who printed it.
            actor = signed_in(args, backend, Operation.VOUCHER_PRINT)
            if month is not None:
                doc = backend.voucher_print.render_month(actor, month.year, month.month)
            else:
                try:
                    voucher_id = backend.voucher_print.id_of(args.serial)
                except NotFoundError as exc:
                    raise UsageError(f"--serial: {exc}") from None
                doc = backend.voucher_print.render(actor, voucher_id)
        except (NotFoundError, StateError) as exc:
            # Well-formed, but there is nothing to print: not a usage error.
            print(f"minwon-desk: {exc}", file=sys.stderr)
            return EXIT_FAILED
        how = _deliver(doc, output, args.printer)
        if how is None:
            return EXIT_FAILED
        # Counted once the file is written or a queue took it, not when it was drawn.
        backend.voucher_print.count_printed(actor, doc, how)
    return EXIT_OK


def _deliver(doc: RenderedDocument, output: Path | None, printer: str) -> PrintedHow | None:
    if output is not None:
        write_output(output, doc.pdf)
        print(translate("VoucherCommand", "저장했습니다: {output} — {title} ({number}).").format(output=output, title=doc.title, number=doc.number))
        return "pdf"
    job = send_to_printer(doc.pdf, printer=printer, title=doc.title, noun=translate(
        "VoucherCommand",
        "증서",
    ))
    if job is None:
        return None
    print(translate(
        "VoucherCommand",
        "{printer} 프린터로 보냈습니다 (작업 {job}) — {title} ({number}).",
    ).format(printer=printer, job=job, title=doc.title, number=doc.number))
    return "printer"
