"""``minwon-desk outbox list|send``: the notices to petitioners, from the shell.

``list`` prints one line per notice, in the order written: id, case number, stage,
channel, state, tries, the masked recipient, and for a failure what the server said and
what to do. ``--state waiting`` shows what is still to go (drafts the officer has not
confirmed included). ``send`` sends what waits and is due (the open window does so by
itself), one line per notice that failed for good, and a summary on stderr; the status
is 1 when something failed. Sending is the handler's work (민원 처리); listing is for
whoever may read the records.
"""

from __future__ import annotations

import argparse
import sys

from minwon_desk.cli._common import EXIT_FAILED, EXIT_OK, command_group, iso, opened
from minwon_desk.cli._signin import signed_in
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.plaintext import visible
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers
    from minwon_desk.services.notices.outbox import NoticeView

_OPTION = {"state": "--state", "body": "--text"}


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    actions = command_group(
        sub, common, "outbox", translate("OutboxCommand", "민원인 알림(이메일·문자) 보기·보내기"), dest="outbox_command",
        metavar="ACTION",
    )
    listing = actions.add_parser(
        "list", parents=[common], help=translate("OutboxCommand", "알림 목록"),
        description=translate("OutboxCommand", "한 줄에 알림 하나를 탭으로 나눠 출력합니다: 번호, 접수번호, 단계, 방법, 상태, "
                    "시도 횟수, 받는 곳(가림), 다음 시도 시각, 서버의 답과 할 일."),
    )
    listing.add_argument("--state", metavar="STATE",
                         help=translate("OutboxCommand", "waiting(보낼 예정·확인 대기), sent, failed, sending, cancelled 중 하나"))
    listing.set_defaults(handler=run_list)
    send = actions.add_parser(
        "send", parents=[common], help=translate("OutboxCommand", "보낼 알림을 지금 보냅니다"),
        description=translate("OutboxCommand", "기다리는 알림 가운데 보낼 때가 된 것을 보냅니다. 실패한 것은 다시 시도할 때를 "
                    "정하거나(1분, 5분, 30분 뒤), 끝내 실패로 남깁니다."),
    )
    send.set_defaults(handler=run_send)


def run_list(args: argparse.Namespace) -> int:
    with opened(args, options=_OPTION) as (_config, backend):
        actor = signed_in(args, backend, Operation.RECORDS_READ)
        notices = backend.notices.listing(actor, args.state)
    for notice in notices:
        print(_line(notice))
    return EXIT_OK


def run_send(args: argparse.Namespace) -> int:
    with opened(args, options=_OPTION) as (_config, backend):
        # A case's handler sends cases' notices, the memo desk its memos' (checked there).
        actor = signed_in(args, backend)
        report = backend.notices.send_due(actor)
    for notice in report.failed:
        print(_line(notice))
    print(translate("OutboxCommand", "보냄 {sent}건, 다시 시도할 것 {retrying}건, 실패 {failed}건").format(
        sent=report.sent, retrying=report.retrying, failed=len(report.failed)), file=sys.stderr)
    return EXIT_FAILED if report.failed else EXIT_OK


def _line(notice: NoticeView) -> str:
    fields = (
        str(notice.id), notice.case_number, notice.stage.value, notice.channel.value,
        notice.state.value, str(notice.attempts), notice.masked_recipient,
        iso(notice.next_try_at) if notice.state.value == "waiting" else "", notice.advice,
    )
    return "\t".join(visible(f) for f in fields)
