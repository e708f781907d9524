"""``minwon-desk print receipt|reply-letter|extension-notice|interim-notice CASE_NO``:
a case's document as a PDF file (``-o``) or straight to a print queue (``--printer``).

A printer that is missing or offline is reported and nothing is lost: the same command
with ``-o`` saves the document instead.
"""

from __future__ import annotations

import argparse

from minwon_desk.cli import EXIT_FAILED, EXIT_OK, UsageError
from minwon_desk.cli.printing import checked_output, open_with_demo, send_to_printer, write_pdf
from minwon_desk.domain.errors import MinwonError, NotFoundError

_KINDS = {
    "receipt": "receipt", "reply-letter": "reply", "extension-notice": "extension",
    "interim-notice": "interim",
}


def run_print(args: argparse.Namespace) -> int:
    output = checked_output(args.output) if args.output is not None else None
    kind = _KINDS[args.document]
    backend = open_with_demo(args)
    try:
        try:
            case_id = backend.cases.id_of(args.case_no)
        except NotFoundError as exc:
            raise UsageError(f"CASE_NO: {exc}") from None
        doc = backend.case_documents.render(case_id, kind, getattr(args, "ordinal", None))
    except MinwonError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        backend.close()
    if output is not None:
        write_pdf(output, doc.pdf)
        print(f"{doc.title}을(를) 저장했습니다: {output} (문서번호 {doc.number}).")
        return EXIT_OK
    job = send_to_printer(doc.pdf, printer=args.printer, title=doc.title, noun="문서")
    if job is None:
        return EXIT_FAILED
    print(f"{doc.title}을(를) {args.printer} 프린터로 보냈습니다 (작업 {job}, 문서번호 {doc.number}).")
    return EXIT_OK
