"""Importing a spreadsheet from the command line (``FILE [--dry-run]``): all rows or none,
every bad row and every warning on its own line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable

from minwon_desk.cli._common import EXIT_OK, UsageError, opened
from minwon_desk.cli._signin import signed_in
from minwon_desk.domain.i18n import translate

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any, NoReturn, Protocol

    from minwon_desk.domain.roles import Operation
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.dto import Actor
    from minwon_desk.services.spreadsheets import RowError
    from minwon_desk.services.tabular import ImportPreview, ImportResult

    class TableImporter(Protocol):
        def preview(self, path: Path) -> ImportPreview[Any]: ...

        def apply(self, actor: Actor | None, path: Path) -> ImportResult: ...


def import_options() -> argparse.ArgumentParser:
    """``--dry-run`` of the spreadsheet imports, as a parent parser."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--dry-run", action="store_true", help=translate(
        "CommandLine",
        "검사만 하고 저장하지 않음",
    ))
    return options


def import_table(
    args: argparse.Namespace,
    op: Operation,
    importer_of: Callable[[Backend], TableImporter],
    counts: Callable[[int, int, int, int], str],
    imported: str,
) -> int:
    """``FILE [--dry-run] [--as EMPLOYEE_NO]``: all rows or none, every bad row on stderr
    (exit status 2). ``counts(added, updated, unchanged, new departments)`` words the
    figures; ``imported`` begins the line said once the rows are saved."""
    from minwon_desk.services.tabular import ADD, SAME, UPDATE, ImportRejected

    with opened(args) as (_config, backend):
        importer = importer_of(backend)
        actor = signed_in(args, backend, op)
        if args.dry_run:
            preview = importer.preview(args.file)
            if not preview.ok:
                reject(preview.file, preview.errors, dry_run=True)
            warn(preview.warnings)
            figures = counts(
                preview.count(ADD), preview.count(UPDATE), preview.count(SAME),
                len(preview.new_departments),
            )
            print(translate(
                "CommandLine",
                "가져오면 {figures} ({file}, {encoding}). 검사만 했고 저장하지 않았습니다.",
            ).format(figures=figures, file=preview.file, encoding=preview.encoding))
            return EXIT_OK
        try:
            result = importer.apply(actor, args.file)
        except ImportRejected as exc:
            reject(args.file.name, exc.errors, dry_run=False)
        warn(result.warnings)
        figures = counts(result.added, result.updated, result.unchanged, result.new_departments)
        print(f"{imported}: {figures} ({result.file}, {result.encoding}).")
        return EXIT_OK


def warn(warnings: Iterable[RowError]) -> None:
    """What is worth a look but does not stop the import, each on its own line on stderr."""
    for warning in warnings:
        print(translate("CommandLine", "주의 — {warning}").format(warning=warning), file=sys.stderr)


def reject(file: str, errors: Iterable[RowError], *, dry_run: bool) -> NoReturn:
    """Every error on its own line on stderr, then the verdict (exit status 2)."""
    errors = list(errors)
    for error in errors:
        print(error, file=sys.stderr)
    if dry_run:
        raise UsageError(translate(
            "CommandLine",
            "{file}에 고칠 곳이 {count}군데 있습니다. 고친 뒤 다시 검사해 주세요.",
        ).format(file=file, count=len(errors)))
    raise UsageError(
        translate(
            "CommandLine",
            "{file}에 고칠 곳이 {count}군데 있어 아무것도 가져오지 않았습니다. 고친 뒤 다시 "
            "가져와 주세요.",
        ).format(file=file, count=len(errors))
    )
