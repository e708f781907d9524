"""``minwon-desk audit verify``: check that the audit trail and the access log (접속기록)
are whole — no row edited, deleted or inserted since it was written.

Exit status 0 and "이상 없음 — N건" for each log when both chains hold; status 1 and the
first row where a chain breaks otherwise. For the privacy officer (개인정보 관리).
"""

from __future__ import annotations

import argparse

from minwon_desk.cli._common import EXIT_FAILED, EXIT_OK, command_group, opened, signed_in
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    actions = command_group(
        sub, common, "audit", translate("AuditCommand", "감사 기록·접속기록 위변조 검사"), dest="audit_command", metavar="ACTION"
    )
    verify = actions.add_parser(
        "verify", parents=[common], help=translate(
            "AuditCommand",
            "감사 기록과 접속기록의 해시 사슬 검사",
        ),
        description=translate(
            "AuditCommand",
            "감사 기록과 접속기록의 모든 행의 해시를 다시 계산해, 기록된 뒤 고쳐지거나 "
            "지워지거나 끼워 넣어진 행이 있으면 처음 끊긴 곳을 알려 줍니다. 이상이 없으면 "
            "종료 코드 0, 있으면 1입니다. 개인정보 관리 권한이 필요합니다.",
        ),
    )
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    from minwon_desk.services.privacy.verify import summary

    with opened(args) as (_config, backend):
        actor = signed_in(args, backend, Operation.AUDIT_VERIFY)
        reports = backend.chains.verify(actor)
    for report in reports:
        print(summary(report))
    return EXIT_OK if all(r.ok for r in reports) else EXIT_FAILED
