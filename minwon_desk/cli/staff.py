"""``minwon-desk staff import|export``: the roster from the HR department's spreadsheet,
and the directory for the agency's homepage.

Importing is the administrator's (관리자): it acts as the account signed in with ``--as``
(or ``MINWON_TOKEN``). A new database needs its first administrator first
(``account init``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from minwon_desk.cli._common import EXIT_OK, opened
from minwon_desk.cli._imports import import_options, import_table
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers


def register(actions: Subparsers, common: argparse.ArgumentParser) -> None:
    """``import`` and ``export`` under ``staff`` (``actions``)."""
    s_import = actions.add_parser(
        "import", parents=[common, import_options()], help=translate(
            "StaffCommand",
            "인사 자료(CSV/XLSX)에서 직원 명부 가져오기",
        ),
        description=translate(
            "StaffCommand",
            "머리행: 사번, 성명, 직위, 부서, 내선번호, 이메일, 담당업무, 기본대행자사번. 한 "
            "행이라도 틀리면 아무것도 가져오지 않습니다.",
        ),
    )
    s_import.add_argument("file", type=Path, metavar="FILE")
    s_import.set_defaults(handler=run_import)
    s_export = actions.add_parser("export", parents=[common], help=translate(
        "StaffCommand",
        "홈페이지용 직원 안내 내보내기",
    ))
    s_export.add_argument("--format", choices=("csv", "html"), required=True)
    s_export.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    s_export.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace) -> int:
    return import_table(
        args, Operation.ROSTER_ADMIN, lambda backend: backend.roster_import, _staff_counts, translate(
            "StaffCommand",
            "직원 명부를 가져왔습니다",
        )
    )


def run_export(args: argparse.Namespace) -> int:
    with opened(args) as (_config, backend):
        summary = backend.directory_export.write(args.output, args.format)
    print(
        translate(
            "StaffCommand",
            "직원 안내를 내보냈습니다: {path} ({format}, 부서 {departments}곳, 직원 "
            "{officers}명).",
        ).format(path=summary.path, format=summary.format.upper(), departments=summary.departments, officers=summary.officers)
    )
    return EXIT_OK


def _staff_counts(added: int, updated: int, unchanged: int, departments: int) -> str:
    return translate(
        "StaffCommand",
        "추가 {added}명, 수정 {updated}명, 변경 없음 {unchanged}명, 새 부서 {departments}곳",
    ).format(added=added, updated=updated, unchanged=unchanged, departments=departments)
