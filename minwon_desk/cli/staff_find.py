"""``minwon-desk staff find QUERY [--at ISO8601]``: the directory search from the shell.

One line per match, best first, tab-separated: employee number, name, position,
department, extension, seat, status at that moment (``재실`` or the absence kind), and —
when absent — the employee number and name of whoever acts now (empty otherwise; both
empty too when nobody is present and the front desk handles it).
"""

from __future__ import annotations

import argparse

from minwon_desk.cli._common import EXIT_OK, UsageError, moment, opened
from minwon_desk.domain.i18n import translate

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers


def register(actions: Subparsers, common: argparse.ArgumentParser) -> None:
    """``find`` under ``staff`` (``actions``)."""
    s_find = actions.add_parser(
        "find", parents=[common], help=translate(
            "StaffCommand",
            "이름·초성·부서·업무·내선으로 직원 찾기",
        ),
        description=translate(
            "StaffCommand",
            "맞는 직원을 좋은 순서대로 한 줄에 한 명씩, 탭으로 나눠 출력합니다: 사번, 성명, "
            "직위, 부서, 내선, 좌석, 상태, 업무대행자 사번, 업무대행자 성명.",
        ),
    )
    s_find.add_argument("query", metavar="QUERY")
    s_find.add_argument("--at", metavar="ISO8601", help=translate(
        "StaffCommand",
        "이 시각의 재실 상태 (기본: 지금)",
    ))
    s_find.set_defaults(handler=run_find)


def run_find(args: argparse.Namespace) -> int:
    if not args.query.strip():
        raise UsageError(translate(
            "StaffCommand",
            "찾을 말을 적어 주세요 (이름, 초성, 부서, 담당업무, 내선번호).",
        ))
    at = moment(args.at, "--at")
    with opened(args) as (_config, backend):
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
