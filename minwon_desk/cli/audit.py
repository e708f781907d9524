"""``minwon-desk audit verify``: check that the audit trail and the access log (접속기록)
are whole — no row edited, deleted or inserted since it was written. ``audit review
YYYY-MM --finding TEXT``: record that the month's access log was reviewed, and what was
found (the review itself: ``report access``).

Exit status 0 and "이상 없음 — N건" for each log when both chains hold; status 1 and the
first row where a chain breaks otherwise. For the privacy officer (개인정보 관리).
"""

from __future__ import annotations

import argparse

from minwon_desk.cli._common import EXIT_FAILED, EXIT_OK, UsageError, command_group, opened
from minwon_desk.cli._signin import signed_in
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
    review = actions.add_parser(
        "review", parents=[common], help=translate("AuditCommand", "한 달의 접속기록 점검을 마쳤다고 기록"),
        description=translate("AuditCommand", "점검한 달, 점검한 사람(로그인한 계정), 시각과 점검 결과를 남깁니다. 기록은 "
                    "고칠 수 없고, 다시 점검하면 새 기록이 더해집니다. 점검 내용은 'report "
                    "access'로 만듭니다. 개인정보 관리 권한이 필요합니다."),
    )
    review.add_argument("month", metavar="YYYY-MM", help=translate("AuditCommand", "점검한 달, 예: 2026-11"))
    review.add_argument("--finding", required=True, metavar="TEXT",
                        help=translate("AuditCommand", "점검 결과 (이상이 없으면 '이상 없음')"))
    review.set_defaults(handler=run_review)


def run_verify(args: argparse.Namespace) -> int:
    from minwon_desk.services.privacy.verify import summary

    with opened(args) as (_config, backend):
        actor = signed_in(args, backend, Operation.AUDIT_VERIFY)
        reports = backend.chains.verify(actor)
    for report in reports:
        print(summary(report))
    return EXIT_OK if all(r.ok for r in reports) else EXIT_FAILED


def run_review(args: argparse.Namespace) -> int:
    from minwon_desk.domain.access_review import review_month
    from minwon_desk.domain.i18n import translate
    from minwon_desk.domain.inspection import parse_month
    from minwon_desk.domain.timeutil import format_month

    try:
        parse_month(args.month)  # a malformed month is refused before the database opens
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    with opened(args) as (_config, backend):
        try:
            month = review_month(args.month, backend.clock())
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        actor = signed_in(args, backend, Operation.PRIVACY_REVIEW)
        record = backend.access_review.record(actor, month, finding=args.finding)
    print(translate("AccessReview", "{month} 접속기록 점검을 기록했습니다: {who}, {at} — {finding}")
          .format(month=format_month(month), who=record.reviewer.label,
                  at=f"{record.at:%Y-%m-%d %H:%M}", finding=record.finding))
    return EXIT_OK
