"""``minwon-desk print receipt|reply-letter|extension-notice|interim-notice CASE_NO``:
a case's document as a PDF file (``-o``) or straight to a print queue (``--printer``).

A printer that is missing or offline is reported and nothing is lost: the same command
with ``-o`` saves the document instead.
"""

from __future__ import annotations

import argparse

from minwon_desk.cli._common import (
    EXIT_FAILED,
    EXIT_OK,
    UsageError,
    add_destination,
    checked_output,
    count_arg,
    opened,
    send_to_printer,
    write_output,
)
from minwon_desk.cli._signin import signed_in
from minwon_desk.domain.errors import NotFoundError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.particles import settle

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers

# The command's name, what it prints, and the document kind the service renders.
_DOCUMENTS = (
    ("receipt", QT_TRANSLATE_NOOP("CasePrintCommand", "접수증 (처리예정일 안내)"), "receipt"),
    ("reply-letter", QT_TRANSLATE_NOOP("CasePrintCommand", "회신문 (담당자 소속·성명·연락처)"), "reply"),
    ("extension-notice", QT_TRANSLATE_NOOP("CasePrintCommand", "처리기간 연장 통지"), "extension"),
    ("interim-notice", QT_TRANSLATE_NOOP("CasePrintCommand", "중간 통지 (처리 진행상황)"), "interim"),
)
_KINDS = {name: kind for name, _text, kind in _DOCUMENTS}


def register(actions: Subparsers, common: argparse.ArgumentParser) -> None:
    """A command for each case document under ``print`` (``actions``)."""
    for name, source, _kind in _DOCUMENTS:
        text = translate("CasePrintCommand", source)
        doc = actions.add_parser(
            name, parents=[common], help=translate("CasePrintCommand", "민원 {text}").format(text=text),
            description=translate(
                "CasePrintCommand",
                "민원의 {text}를 PDF 파일로 저장하거나(-o) 프린터로 보냅니다(--printer).",
            ).format(text=text),
        )
        doc.add_argument("case_no", metavar="CASE_NO", help=translate(
            "CasePrintCommand",
            "접수번호, 예: MSS-2026-000123",
        ))
        add_destination(doc, queue_metavar="NAME")
        if name in ("extension-notice", "interim-notice"):
            doc.add_argument("--ordinal", type=count_arg, metavar="N", help=translate(
                "CasePrintCommand",
                "몇 번째 통지인지 (기본: 마지막)",
            ))
        doc.set_defaults(handler=run_print, document=name)


def run_print(args: argparse.Namespace) -> int:
    output = checked_output(args.output) if args.output is not None else None
    kind = _KINDS[args.document]
    with opened(args, build_demo=True) as (_config, backend):
        try:
            case_id = backend.cases.id_of(args.case_no)
        except NotFoundError as exc:
            raise UsageError(f"CASE_NO: {exc}") from None
        actor = signed_in(args, backend)
        doc = backend.case_documents.render(
            case_id, kind, getattr(args, "ordinal", None), actor=actor
        )
    if output is not None:
        write_output(output, doc.pdf)
        print(settle(translate(
            "CasePrintCommand",
            "{title}을(를) 저장했습니다: {output} (문서번호 {number}).",
        ).format(title=doc.title, output=output, number=doc.number)))
        return EXIT_OK
    job = send_to_printer(doc.pdf, printer=args.printer, title=doc.title, noun=translate(
        "CasePrintCommand",
        "문서",
    ))
    if job is None:
        return EXIT_FAILED
    print(settle(translate(
        "CasePrintCommand",
        "{title}을(를) {printer} 프린터로 보냈습니다 (작업 {job}, 문서번호 {number}).",
    ).format(title=doc.title, printer=args.printer, job=job, number=doc.number)))
    return EXIT_OK
