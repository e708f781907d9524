"""``minwon-desk absence import FILE [--dry-run] [--as EMPLOYEE_NO]``: absences (출장,
휴가, 교육, 회의, 외근) and their deputies from the HR department's spreadsheet.

All rows or none; every bad row goes to stderr as "N행 열: 이유" and the exit status is 2.
Who is recorded: as for ``staff import`` (``--as``, else this desk's operator).
"""

from __future__ import annotations

import argparse

from minwon_desk.cli import EXIT_OK, UsageError
from minwon_desk.cli.staff import import_actor, open_for, reject
from minwon_desk.domain.errors import MinwonError
from minwon_desk.services.tabular import ADD, SAME, UPDATE, ImportRejected


def run_import(args: argparse.Namespace) -> int:
    config, backend = open_for(args)
    try:
        importer = backend.absence_import
        actor = import_actor(backend, config, args.actor)
        if args.dry_run:
            preview = importer.preview(args.file)
            if not preview.ok:
                reject(preview.file, preview.errors, dry_run=True)
            counts = _counts(preview.count(ADD), preview.count(UPDATE), preview.count(SAME))
            print(f"가져오면 {counts} ({preview.file}, {preview.encoding}). 검사만 했고 저장하지 않았습니다.")
            return EXIT_OK
        try:
            result = importer.apply(actor, args.file)
        except ImportRejected as exc:
            reject(args.file.name, exc.errors, dry_run=False)
        counts = _counts(result.added, result.updated, result.unchanged)
        print(f"부재 일정을 가져왔습니다: {counts} ({result.file}, {result.encoding}).")
        return EXIT_OK
    except MinwonError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        backend.close()


def _counts(added: int, updated: int, unchanged: int) -> str:
    return f"새 부재 {added}건, 대행자 변경 {updated}건, 이미 있음 {unchanged}건"
