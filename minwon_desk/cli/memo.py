"""``minwon-desk memo take|list|show``: phone memos from the shell (or a telephone system).

``take`` prints one tab-separated line: memo number, employee number and name of whoever
holds it (the acting deputy when the officer was away at that moment, the operator when
nobody can act), and the callback deadline in ISO 8601 (+09:00; empty when the charter
sets no figure, or the caller asked for nothing: ``--notify none``). Why it went to
someone else goes to stderr. A caller who asked for e-mail or a text (``--notify email
--email ADDR``, ``--notify sms --mobile NUMBER``, as ``case open`` takes them) is sent
the message that it was passed on, through the outbox (``outbox send``). Who took it: the account
signed in with ``--as``, or the telephone system's token (``MINWON_TOKEN``).

``list`` prints one line per memo: number, holder's employee number, caller (masked),
deadline, state (``open`` or ``closed``). Open lists come in clock order (overdue first);
the full history newest first. ``show`` prints one memo (``cli.memo_show``).
"""

from __future__ import annotations

import argparse
import sys

from minwon_desk.cli._common import EXIT_OK, command_group, iso, moment, opened
from minwon_desk.cli._signin import signed_in, staff_id_of
from minwon_desk.cli.memo_show import register_show
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.plaintext import visible
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers
    from minwon_desk.services.dto import MemoView

_OPTION = {
    "caller_name": "--caller", "phone": "--phone", "gist": "--gist", "caller_org": "--org",
    "channel": "--channel", "address": "--address", "asked_for": "--for", "taken_at": "--at",
    "back_date_reason": "--back-date-reason",
}


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    actions = command_group(
        sub, common, "memo", translate("MemoCommand", "전화메모 받기·목록·보기"), dest="memo_command", metavar="ACTION"
    )
    take = actions.add_parser(
        "take", parents=[common], help=translate(
            "MemoCommand",
            "전화메모 받기 (담당자가 없으면 업무대행자에게)",
        ),
        description=translate(
            "MemoCommand",
            "메모를 저장하고 한 줄을 탭으로 나눠 출력합니다: 메모 번호, 받은 사람의 사번, "
            "성명, 답신 기한(ISO 8601, +09:00). 담당자가 그 시각에 자리에 없으면 "
            "업무대행자에게 가고, 그 까닭은 표준 오류로 알려 줍니다.",
        ),
    )
    take.add_argument("--caller", required=True, metavar="NAME", help=translate(
        "MemoCommand",
        "전화하신 분의 이름",
    ))
    take.add_argument("--phone", metavar="NUMBER", help=translate("MemoCommand", "회신할 전화번호"))
    take.add_argument("--gist", required=True, metavar="TEXT", help=translate("MemoCommand", "요지"))
    take.add_argument("--for", dest="officer", required=True, metavar="EMPLOYEE_NO",
                      help=translate("MemoCommand", "찾는 담당자의 사번"))
    take.add_argument("--org", metavar="ORG", help=translate("MemoCommand", "소속 (회사·기관)"))
    take.add_argument("--notify", metavar="phone|email|sms|none",
                      help=translate(
                          "MemoCommand",
                          "원하는 회신·알림 방법: phone(전화, 기본), email, sms, none(전달만, "
                          "회신 없음). email·sms는 메모를 전달했다는 알림과 답변을 보냅니다",
                      ))
    take.add_argument("--channel", metavar="phone|email|sms|none",
                      help=translate("MemoCommand", "--notify와 같습니다"))
    take.add_argument("--email", metavar="ADDR",
                      help=translate("MemoCommand", "--notify email일 때 받을 이메일 주소"))
    take.add_argument("--mobile", metavar="NUMBER",
                      help=translate("MemoCommand", "--notify sms일 때 문자 받을 휴대전화 번호 "
                                                    "(비우면 --phone)"))
    take.add_argument("--address", metavar="ADDR",
                      help=translate(
                          "MemoCommand",
                          "회신 주소: 이메일 주소, 또는 다른 번호로 회신받을 때 그 번호",
                      ))
    take.add_argument("--back-date-reason", default="", metavar="TEXT",
                      help=translate(
                          "MemoCommand",
                          "1년보다 오래된 --at을 기록하는 까닭 (감사 기록에 남습니다)",
                      ))
    take.add_argument("--at", metavar="ISO8601",
                      help=translate(
                          "MemoCommand",
                          "전화를 받은 시각 (기본: 지금; 오프셋이 없으면 서울 시각)",
                      ))
    take.set_defaults(handler=run_take)
    listing = actions.add_parser(
        "list", parents=[common], help=translate("MemoCommand", "전화메모 목록"),
        description=translate(
            "MemoCommand",
            "한 줄에 메모 하나를 탭으로 나눠 출력합니다: 메모 번호, 가진 사람의 사번, "
            "전화하신 분(가림), 답신 기한, 상태(open 또는 closed). 처리 중인 목록은 기한이 "
            "지난 것부터, 전체 목록은 최근 것부터 나옵니다.",
        ),
    )
    listing.add_argument("--for", dest="officer", metavar="EMPLOYEE_NO",
                         help=translate(
                             "MemoCommand",
                             "이 직원이 가진 메모만 (업무대행으로 가진 것 포함)",
                         ))
    listing.add_argument("--open", action="store_true", help=translate(
        "MemoCommand",
        "처리 중인 메모만",
    ))
    listing.add_argument("--overdue-at", metavar="ISO8601",
                         help=translate("MemoCommand", "이 시각에 답신 기한이 지난 처리 중 메모만"))
    listing.set_defaults(handler=run_list)
    register_show(actions, common)


def run_take(args: argparse.Namespace) -> int:
    from minwon_desk.services.dto import MemoRequest

    at = moment(args.at, "--at")
    channel = args.notify or args.channel or "phone"
    options = {**_OPTION, "channel": "--notify" if args.notify else "--channel"}
    address = args.address or ""
    if not address and channel.strip().lower() == "email" and args.email:
        address, options["address"] = args.email, "--email"
    elif not address and channel.strip().lower() != "email" and args.mobile:
        address, options["address"] = args.mobile, "--mobile"
    with opened(args, options=options) as (_config, backend):
        # Every memo records who took it.
        actor = signed_in(args, backend, Operation.MEMO_TAKE)
        officer = staff_id_of(backend, args.officer, "--for")
        req = MemoRequest(
            caller_name=args.caller, phone=args.phone or "", gist=args.gist,
            channel=channel, address=address, org=args.org or "",
            asked_for_id=officer, taken_at=at, back_date_reason=args.back_date_reason,
        )
        memo = backend.memos.take(actor, req)
        holder = backend.staff.get(memo.holder_id)
    if memo.routed_note:
        print(memo.routed_note, file=sys.stderr)
    print("\t".join((memo.number, holder.employee_no, holder.name, iso(memo.due_at))))
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    overdue_at = moment(args.overdue_at, "--overdue-at")
    with opened(args) as (_config, backend):
        signed_in(args, backend, Operation.RECORDS_READ)
        holder = staff_id_of(backend, args.officer, "--for") if args.officer else None
        if args.open or overdue_at is not None:
            memos = backend.memos.open_memos(holder_id=holder, overdue_at=overdue_at)
        else:
            memos = backend.memos.search("", holder_id=holder, limit=None)
    for memo in memos:
        print(_line(memo))
    return EXIT_OK


def _line(memo: MemoView) -> str:
    fields = (
        memo.number, memo.holder_employee_no, memo.caller_name_masked, iso(memo.due_at),
        memo.state,
    )
    return "\t".join(visible(f) for f in fields)
