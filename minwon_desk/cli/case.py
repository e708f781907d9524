"""``minwon-desk case open|answer|list``: cases from the shell (or an intake system).

``open`` prints one tab-separated line: receipt number, the handling officer's employee
number (the acting deputy when the officer is away at that moment; empty when nobody can
act and the desk must assign it), and the answer deadline in ISO 8601 (+09:00). Why it
went to someone else goes to stderr. Who registered it: the account signed in (``--as``).

``answer`` records the answer (as ``--as``: the handling officer, their deputy or their
head) and prints the
reply letter's document number. ``list`` prints one line per case: receipt number,
officer's employee number, type, state, deadline, subject — open cases by time left,
then answered ones.
"""

from __future__ import annotations

import argparse
import sys

from minwon_desk.cli._common import (
    EXIT_OK,
    UsageError,
    command_group,
    iso,
    moment,
    opened,
    signed_in,
    staff_id_of,
)
from minwon_desk.domain.errors import NotFoundError
from minwon_desk.domain.plaintext import visible
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers
    from minwon_desk.domain.case_clock import CaseStatus
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.cases.dto import CaseView

_OPTION = {
    "type": "--type", "channel": "--channel", "subject": "--subject", "officer": "--officer",
    "petitioner_name": "--petitioner", "petitioner_contact": "--contact",
    "received_at": "--at", "content": "--content", "answer": "--text", "state": "--state",
    "back_date_reason": "--back-date-reason",
}
# Said when neither --as, the desk's operator nor the case's officer names anyone.
_NOBODY = (
    "누가 하는 일인지 기록해야 합니다. --as 사번으로 직원을 적어 주세요 "
    "(담당자가 정해지지 않은 민원입니다)."
)


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    actions = command_group(
        sub, common, "case", "민원 접수·회신·목록", dest="case_command", metavar="ACTION"
    )
    types = "질의-법령, 질의-제도, 건의, 고충, 기타, 1357"
    channels = "방문, 전화, 우편, 팩스, 이메일, 인터넷, 1357"
    opened = actions.add_parser(
        "open", parents=[common], help="민원 접수 (담당자가 없으면 업무대행자에게)",
        description="민원을 접수하고 한 줄을 탭으로 나눠 출력합니다: 접수번호, 처리 담당자의 사번, "
                    "처리기한(ISO 8601, +09:00). 담당자가 그 시각에 자리에 없으면 업무대행자가 "
                    "맡고, 그 까닭은 표준 오류로 알려 줍니다.",
    )
    opened.add_argument("--type", required=True, metavar="TYPE", help=types)
    opened.add_argument("--channel", required=True, metavar="CHANNEL", help=channels)
    opened.add_argument("--subject", required=True, metavar="TEXT", help="제목")
    opened.add_argument("--officer", required=True, metavar="EMPLOYEE_NO", help="담당자의 사번")
    opened.add_argument("--petitioner", metavar="NAME", help="민원인 이름")
    opened.add_argument("--contact", metavar="ADDR", help="회신 받을 곳 (주소·이메일·전화)")
    opened.add_argument("--content", metavar="TEXT", help="내용")
    opened.add_argument("--back-date-reason", default="", metavar="TEXT",
                        help="1년보다 오래된 --at을 기록하는 까닭 (감사 기록에 남습니다)")
    opened.add_argument("--at", metavar="ISO8601", help="접수 시각 (기본: 지금; 오프셋이 없으면 서울 시각)")
    opened.set_defaults(handler=run_open)
    answer = actions.add_parser(
        "answer", parents=[common], help="민원 회신 (회신문 번호 출력)",
        description="회신 내용을 기록하고 처리 시계를 멈춥니다. 회신문의 문서번호를 출력합니다.",
    )
    answer.add_argument("case_no", metavar="CASE_NO", help="접수번호")
    answer.add_argument("--text", required=True, metavar="TEXT", help="회신 내용")
    answer.set_defaults(handler=run_answer)
    listing = actions.add_parser(
        "list", parents=[common], help="민원 목록",
        description="한 줄에 민원 하나를 탭으로 나눠 출력합니다: 접수번호, 담당자 사번, 종류, 상태, "
                    "처리기한, 제목. 처리 중인 민원은 남은 시간이 짧은 것부터, 처리한 민원은 그 뒤에.",
    )
    listing.add_argument("--officer", metavar="EMPLOYEE_NO", help="이 직원이 맡은 민원만")
    listing.add_argument("--state", metavar="STATE",
                         help="on_time, warning, overdue, extended, paused, done 중 하나")
    listing.set_defaults(handler=run_list)


def run_open(args: argparse.Namespace) -> int:
    from minwon_desk.services.cases.dto import CaseRequest

    at = moment(args.at, "--at")
    with opened(args, options=_OPTION) as (_config, backend):
        officer = staff_id_of(backend, args.officer, "--officer")
        actor = signed_in(args, backend, Operation.CASE_REGISTER)
        req = CaseRequest(
            case_type=args.type, channel=args.channel, subject=args.subject,
            content=args.content or "", petitioner_name=args.petitioner or "",
            petitioner_contact=args.contact or "", officer_id=officer, received_at=at,
            back_date_reason=args.back_date_reason,
        )
        case = backend.cases.open(actor, req)
        note = backend.cases.detail(case.id).routed_note
    if note:
        print(note, file=sys.stderr)
    print("\t".join((case.number, case.officer_employee_no, iso(case.due_at))))
    return EXIT_OK


def run_answer(args: argparse.Namespace) -> int:
    with opened(args, options=_OPTION) as (_config, backend):
        case_id = _case_id(backend, args.case_no)
        # The answer is the handling officer's (or their deputy's, or their head's).
        actor = signed_in(args, backend, Operation.CASE_WORK)
        ref = backend.cases.answer(actor, case_id, args.text)
    print(ref.number)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from minwon_desk.domain.case_clock import parse_status

    with opened(args, options=_OPTION) as (_config, backend):
        signed_in(args, backend, Operation.RECORDS_READ)
        officer = staff_id_of(backend, args.officer, "--officer") if args.officer else None
        status = parse_status(args.state) if args.state else None
        cases = backend.cases.cases(officer_id=officer, status=status)
        now = backend.clock()
    for case in cases:
        print(_line(case, case.status(now)))
    return EXIT_OK


def _line(case: CaseView, status: CaseStatus) -> str:
    fields = (
        case.number, case.officer_employee_no, case.case_type, status.value, iso(case.due_at),
        case.subject,
    )
    return "\t".join(visible(f) for f in fields)


def _case_id(backend: Backend, number: str) -> int:
    try:
        return backend.cases.id_of(number)
    except NotFoundError as exc:
        raise UsageError(f"CASE_NO: {exc}") from None
