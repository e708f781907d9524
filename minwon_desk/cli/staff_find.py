"""``minwon-desk staff find QUERY [--at ISO8601]``: the directory search from the shell.

One line per match, best first, tab-separated: employee number, name, position,
department, extension, seat, status at that moment (``재실`` or the absence kind), and —
when absent — the employee number and name of whoever acts now (empty otherwise; both
empty too when nobody is present and the front desk handles it).
"""

from __future__ import annotations

import argparse

from minwon_desk.bootstrap import open_backend
from minwon_desk.cli import EXIT_OK, UsageError
from minwon_desk.domain.charter import CharterError
from minwon_desk.domain.errors import MinwonError
from minwon_desk.services.deadlines import parse_start
from minwon_desk.settings import resolve_config


def run_find(args: argparse.Namespace) -> int:
    if not args.query.strip():
        raise UsageError("찾을 말을 적어 주세요 (이름, 초성, 부서, 담당업무, 내선번호).")
    try:
        at = parse_start(args.at) if args.at else None
    except ValueError as exc:
        raise UsageError(str(exc).replace("시작 시각", "--at 시각")) from None
    config = resolve_config(
        data_dir=args.data_dir, db_url=args.db_url, charter=args.charter,
        desk_name=args.desk, demo=args.demo,
    )
    try:
        backend = open_backend(config)
    except (CharterError, MinwonError) as exc:
        raise UsageError(str(exc)) from exc
    try:
        for entry, presence in backend.directory.find(args.query, at):
            acting = presence.acting
            fields = [
                entry.employee_no, entry.name, entry.position, entry.department,
                entry.extension, entry.seat, presence.status,
                acting.employee_no if acting and not presence.present else "",
                acting.name if acting and not presence.present else "",
            ]
            print("\t".join(f.replace("\t", " ") for f in fields))
        return EXIT_OK
    except MinwonError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        backend.close()
