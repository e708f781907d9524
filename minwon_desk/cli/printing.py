"""``minwon-desk print seating-chart|nameplates``: the office-entrance poster and the desk
nameplates as PDF files, ready for the printer; and what every ``print`` command shares
(the output file, the demo, sending to a print queue).

The file is written whole or not at all: a run that fails leaves any earlier file as it
was. With ``--demo``, the demo agency is built first if it is not there yet.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from minwon_desk.bootstrap import open_backend
from minwon_desk.cli import EXIT_OK, UsageError
from minwon_desk.domain.charter import CharterError
from minwon_desk.domain.errors import MinwonError
from minwon_desk.services.backend import Backend
from minwon_desk.settings import resolve_config


def run_seating_chart(args: argparse.Namespace) -> int:
    output = checked_output(args.output)
    backend = open_with_demo(args)
    try:
        plan = backend.offices.find_office(args.office)
        data = backend.directory_print.seating_chart_pdf(plan, paper=args.paper)
        shown = len(backend.directory_print.poster_people(plan))
    except MinwonError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        backend.close()
    write_pdf(output, data)
    print(
        f"좌석배치도를 만들었습니다: {output} "
        f"({plan.name}, {args.paper} 가로, 좌석 {len(plan.seats)}석에 {shown}명)."
    )
    return EXIT_OK


def run_nameplates(args: argparse.Namespace) -> int:
    output = checked_output(args.output)
    backend = open_with_demo(args)
    try:
        people = backend.directory_print.nameplate_people(args.department)
        data = backend.directory_print.nameplates_pdf(args.department)
    except MinwonError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        backend.close()
    write_pdf(output, data)
    pages = (len(people) + 1) // 2
    print(f"명패를 만들었습니다: {output} ({len(people)}명, A4 {pages}쪽, 한 쪽에 2장).")
    return EXIT_OK


def open_with_demo(args: argparse.Namespace) -> Backend:
    config = resolve_config(
        data_dir=args.data_dir, db_url=args.db_url, charter=args.charter,
        desk_name=args.desk, demo=args.demo,
    )
    try:
        backend = open_backend(config)
    except (CharterError, MinwonError) as exc:
        raise UsageError(str(exc)) from exc
    if config.demo:
        from minwon_desk.services.demo.agency import ensure_demo

        try:
            ensure_demo(backend)
        except MinwonError as exc:
            backend.close()
            raise UsageError(str(exc)) from exc
    return backend


def checked_output(path: Path) -> Path:
    """Refused before any work is done: a folder that does not exist, or a folder given
    where a file is meant."""
    if path.is_dir():
        raise UsageError(f"{path}은(는) 폴더입니다. 저장할 PDF 파일 이름을 적어 주세요 (예: {path / '좌석배치도.pdf'}).")
    if not path.parent.is_dir():
        raise UsageError(f"폴더 {path.parent}이(가) 없습니다. 저장할 위치를 확인해 주세요.")
    return path


def write_pdf(path: Path, data: bytes) -> None:
    try:
        fd, tmp = tempfile.mkstemp(prefix=".print-", suffix=".pdf", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            # mkstemp makes the file private; a poster is for sharing, as any new file.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UsageError(
            f"{path}에 저장할 수 없습니다({exc.strerror}). 다른 위치를 지정해 주세요."
        ) from None


def send_to_printer(pdf: bytes, *, printer: str, title: str, noun: str) -> str | None:
    """Queue ``pdf`` on ``printer``: the job id, or None once the failure is said on stderr
    (the caller exits with failure). A printer that does not exist is bad input. ``noun``
    names what is printed (문서, 증서) in the hint to save it with ``-o`` instead."""
    from minwon_desk.services.spooler import NO_SUCH_PRINTER, PrintError, submit

    try:
        return submit(pdf, printer=printer, title=title)
    except PrintError as exc:
        message = f"{exc} {noun}는 -o 파일.pdf 로 저장할 수 있습니다."
        if exc.reason == NO_SUCH_PRINTER:  # a wrong name is bad input
            raise UsageError(f"--printer: {message}") from None
        print(f"minwon-desk: {message}", file=sys.stderr)
        return None
