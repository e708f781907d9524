"""``minwon-desk absence import FILE [--dry-run] [--as EMPLOYEE_NO]``: absences (출장,
휴가, 교육, 회의, 외근) and their deputies from the HR department's spreadsheet.

All rows or none; every bad row goes to stderr as "N행 열: 이유" and the exit status is 2.
Who is recorded: the account signed in with ``--as`` (a head or the administrator).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from minwon_desk.cli._common import command_group
from minwon_desk.cli._imports import import_options, import_table
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    actions = command_group(
        sub, common, "absence", translate("AbsenceCommand", "출장·휴가 등 부재 일정"), dest="absence_command", metavar="ACTION"
    )
    a_import = actions.add_parser(
        "import", parents=[common, import_options()], help=translate(
            "AbsenceCommand",
            "부재 일정(CSV/XLSX) 가져오기",
        ),
        description=translate(
            "AbsenceCommand",
            "머리행: 사번, 구분, 시작, 종료, 대행자사번. 구분은 출장, 휴가, 교육, 회의, 외근.",
        ),
    )
    a_import.add_argument("file", type=Path, metavar="FILE")
    a_import.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    return import_table(
        args, Operation.ABSENCES, lambda backend: backend.absence_import, _counts, translate(
            "AbsenceCommand",
            "부재 일정을 가져왔습니다",
        )
    )


def _counts(added: int, updated: int, unchanged: int, _departments: int) -> str:
    return translate(
        "AbsenceCommand",
        "새 부재 {added}건, 대행자 변경 {updated}건, 이미 있음 {unchanged}건",
    ).format(added=added, updated=updated, unchanged=unchanged)
