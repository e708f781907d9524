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
from pathlib import Path

from minwon_desk.cli import EXIT_FAILED, EXIT_OK, UsageError
from minwon_desk.cli.memo import staff_id_of
from minwon_desk.cli.printing import checked_output, open_with_demo, send_to_printer, write_pdf
from minwon_desk.domain.errors import MinwonError, NotFoundError, StateError
from minwon_desk.domain.inspection import parse_month
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.documents import RenderedDocument
from minwon_desk.services.dto import Actor
from minwon_desk.settings import resolve_config


def run_vouchers(args: argparse.Namespace) -> int:
    output = checked_output(args.output) if args.output is not None else None
    month = None
    if args.month is not None:
        try:
            month = parse_month(args.month)
        except ValueError as exc:
            raise UsageError(f"--month: {exc}") from None
    backend = open_with_demo(args)
    try:
        actor = _operator(backend, args)
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
    except MinwonError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        backend.close()
    return _deliver(doc, output, args.printer)


def _deliver(doc: RenderedDocument, output: Path | None, printer: str) -> int:
    if output is not None:
        write_pdf(output, doc.pdf)
        print(f"저장했습니다: {output} — {doc.title} ({doc.number}).")
        return EXIT_OK
    job = send_to_printer(doc.pdf, printer=printer, title=doc.title, noun="증서")
    if job is None:
        return EXIT_FAILED
    print(f"{printer} 프린터로 보냈습니다 (작업 {job}) — {doc.title} ({doc.number}).")
    return EXIT_OK


def _operator(backend: Backend, args: argparse.Namespace) -> Actor:
    """``--as``, else this desk's operator: every print records who printed it."""
    employee_no = (args.actor or "").strip()
    option = "--as"
    if not employee_no:
        config = resolve_config(
            data_dir=args.data_dir, db_url=args.db_url, charter=args.charter,
            desk_name=args.desk, demo=args.demo,
        )
        employee_no = str(config.settings.get("desk_operator") or "").strip()
        option = "desk_operator 설정"
        if not employee_no and args.demo:
            from minwon_desk.services.demo.agency import DEMO_OPERATOR_NO

            # The demo window starts with its operator at the desk; so does the demo here.
            employee_no, option = DEMO_OPERATOR_NO, "--demo"
    if not employee_no:
        raise UsageError(
            "누가 인쇄했는지 기록해야 합니다. --as 사번으로 인쇄하는 직원을 적거나, "
            "이 창구의 근무자(desk_operator 설정)를 정해 주세요."
        )
    staff = backend.staff.get(staff_id_of(backend, employee_no, option))
    return Actor(staff_id=staff.id, name=staff.name, desk=backend.desk)
