"""``minwon-desk case open|answer|transfer|list|show``: cases from the shell (or an intake
system).

``open`` prints one tab-separated line: receipt number, the handling officer's employee
number (the acting deputy when the officer is away at that moment; empty when nobody can
act and the desk must assign it), and the answer deadline in ISO 8601 (+09:00). Why it
went to someone else goes to stderr. Who registered it: the account signed in (``--as``).

A case that looks like one received within a day (same petitioner and subject) is not
opened: the likely duplicates go to stderr and the status is 2, unless ``--link CASE_NO``
(register it linked to that case) or ``--proceed`` (register it apart) says what to do.

``answer`` records the answer (as ``--as``: the handling officer, their deputy or their
head) and prints the
reply letter's document number. ``notify`` changes how the petitioner wants to hear (phone, email,
sms, none) and prints the receipt number and the new way. ``transfer`` sends a case that belongs to another agency
there (이송) with the reason and prints the transfer notice's number. ``list`` prints one line per case: receipt number,
officer's employee number, type, state, deadline, subject — open cases by time left,
then answered ones. ``show`` prints one case with its petitioner in full, after the view
is written to the access log (접속기록): if that cannot be written nothing is printed.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from minwon_desk.cli._common import EXIT_OK, UsageError, command_group, iso, moment, opened
from minwon_desk.cli._signin import signed_in, staff_id_of
from minwon_desk.domain.errors import NotFoundError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
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
    "back_date_reason": "--back-date-reason", "agency": "--to-agency", "reason": "--reason",
    "notify": "--notify", "notify_email": "--email", "notify_mobile": "--mobile",
}
# Said when neither --as, the desk's operator nor the case's officer names anyone.
_NOBODY = (
    QT_TRANSLATE_NOOP(
        "CaseCommand",
        "누가 하는 일인지 기록해야 합니다. --as 사번으로 직원을 적어 주세요 (담당자가 "
        "정해지지 않은 민원입니다).",
    )
)


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    actions = command_group(
        sub, common, "case", translate("CaseCommand", "민원 접수·회신·목록"), dest="case_command", metavar="ACTION"
    )
    types = "질의-법령, 질의-제도, 건의, 고충, 기타, 1357"
    channels = "방문, 전화, 우편, 팩스, 이메일, 인터넷, 1357"
    opened = actions.add_parser(
        "open", parents=[common], help=translate(
            "CaseCommand",
            "민원 접수 (담당자가 없으면 업무대행자에게)",
        ),
        description=translate(
            "CaseCommand",
            "민원을 접수하고 한 줄을 탭으로 나눠 출력합니다: 접수번호, 처리 담당자의 사번, "
            "처리기한(ISO 8601, +09:00). 담당자가 그 시각에 자리에 없으면 업무대행자가 맡고, "
            "그 까닭은 표준 오류로 알려 줍니다.",
        ),
    )
    opened.add_argument("--type", required=True, metavar="TYPE", help=types)
    opened.add_argument("--channel", required=True, metavar="CHANNEL", help=channels)
    opened.add_argument("--subject", required=True, metavar="TEXT", help=translate(
        "CaseCommand",
        "제목",
    ))
    opened.add_argument("--officer", required=True, metavar="EMPLOYEE_NO", help=translate(
        "CaseCommand",
        "담당자의 사번",
    ))
    opened.add_argument("--petitioner", metavar="NAME", help=translate("CaseCommand", "민원인 이름"))
    opened.add_argument("--contact", metavar="ADDR", help=translate(
        "CaseCommand",
        "회신 받을 곳 (주소·이메일·전화)",
    ))
    opened.add_argument("--content", metavar="TEXT", help=translate("CaseCommand", "내용"))
    opened.add_argument("--back-date-reason", default="", metavar="TEXT",
                        help=translate(
                            "CaseCommand",
                            "1년보다 오래된 --at을 기록하는 까닭 (감사 기록에 남습니다)",
                        ))
    opened.add_argument("--at", metavar="ISO8601", help=translate(
        "CaseCommand",
        "접수 시각 (기본: 지금; 오프셋이 없으면 서울 시각)",
    ))
    opened.add_argument("--notify", default="phone", metavar="HOW", help=translate(
        "CaseCommand",
        "민원인이 진행 상황을 받을 방법: phone(전화, 기본), email, sms, none "
        "(email·sms는 단계마다 알림을 보냅니다)",
    ))
    opened.add_argument("--email", default="", metavar="ADDR",
                        help=translate("CaseCommand", "알림을 받을 이메일 주소"))
    opened.add_argument("--mobile", default="", metavar="NUMBER",
                        help=translate("CaseCommand", "문자를 받을 휴대전화 번호"))
    same = opened.add_mutually_exclusive_group()
    same.add_argument("--link", metavar="CASE_NO",
                      help=translate(
                          "CaseCommand",
                          "같은 민원인·제목의 앞선 민원과 이어서 접수 (두 민원 이력에 서로 "
                          "남김)",
                      ))
    same.add_argument("--proceed", action="store_true",
                      help=translate(
                          "CaseCommand",
                          "같은 민원인·제목의 민원이 하루 안에 있어도 따로 접수",
                      ))
    opened.set_defaults(handler=run_open)
    answer = actions.add_parser(
        "answer", parents=[common], help=translate("CaseCommand", "민원 회신 (회신문 번호 출력)"),
        description=translate(
            "CaseCommand",
            "회신 내용을 기록하고 처리 시계를 멈춥니다. 회신문의 문서번호를 출력합니다.",
        ),
    )
    answer.add_argument("case_no", metavar="CASE_NO", help=translate("CaseCommand", "접수번호"))
    answer.add_argument("--text", required=True, metavar="TEXT", help=translate(
        "CaseCommand",
        "회신 내용",
    ))
    answer.set_defaults(handler=run_answer)
    transfer = actions.add_parser(
        "transfer", parents=[common], help=translate("CaseCommand", "다른 기관으로 민원 이송 (이송 통지 번호 출력)"),
        description=translate("CaseCommand", "다른 기관 소관인 민원을 사유와 함께 그 기관으로 이송합니다. 접수 후 8근무시간 "
                    "안에 해야 합니다(민원처리법 시행령 제13조). 민원은 처리 목록에서 빠지고 기록은 "
                    "남으며, 민원인에게 보낼 이송 통지의 문서번호를 출력합니다."),
    )
    transfer.add_argument("case_no", metavar="CASE_NO", help=translate("CaseCommand", "접수번호"))
    transfer.add_argument("--to-agency", required=True, metavar="NAME", help=translate("CaseCommand", "이송할 기관 이름"))
    transfer.add_argument("--reason", required=True, metavar="TEXT",
                          help=translate("CaseCommand", "이송 사유 (이송 통지에 실립니다)"))
    transfer.set_defaults(handler=run_transfer)
    notify = actions.add_parser(
        "notify", parents=[common], help=translate("CaseCommand", "민원인이 알림을 받을 방법 바꾸기"),
        description=translate(
            "CaseCommand",
            "접수한 뒤 민원인이 진행 상황을 받을 방법을 바꿉니다. 다음 단계의 알림부터 "
            "새 방법으로 갑니다. 민원 이력과 감사 기록에 남습니다.",
        ),
    )
    notify.add_argument("case_no", metavar="CASE_NO", help=translate("CaseCommand", "접수번호"))
    notify.add_argument("--notify", required=True, metavar="HOW", help=translate(
        "CaseCommand", "phone(전화), email, sms, none(알리지 않음)"))
    notify.add_argument("--email", default="", metavar="ADDR",
                        help=translate("CaseCommand", "알림을 받을 이메일 주소"))
    notify.add_argument("--mobile", default="", metavar="NUMBER",
                        help=translate("CaseCommand", "문자를 받을 휴대전화 번호"))
    notify.set_defaults(handler=run_notify)
    listing = actions.add_parser(
        "list", parents=[common], help=translate("CaseCommand", "민원 목록"),
        description=translate(
            "CaseCommand",
            "한 줄에 민원 하나를 탭으로 나눠 출력합니다: 접수번호, 담당자 사번, 종류, 상태, "
            "처리기한, 제목. 처리 중인 민원은 남은 시간이 짧은 것부터, 처리한 민원은 그 뒤에.",
        ),
    )
    listing.add_argument("--officer", metavar="EMPLOYEE_NO", help=translate(
        "CaseCommand",
        "이 직원이 맡은 민원만",
    ))
    listing.add_argument("--state", metavar="STATE",
                         help=translate(
                             "CaseCommand",
                             "on_time, warning, overdue, extended, paused, done 중 하나",
                         ))
    listing.set_defaults(handler=run_list)
    show = actions.add_parser(
        "show", parents=[common], help=translate(
            "CaseCommand",
            "민원 한 건 보기 (민원인 포함, 접속기록에 남음)",
        ),
        description=translate(
            "CaseCommand",
            "민원 한 건의 접수 내용과 민원인(이름·회신 받을 곳)을 가리지 않고 출력합니다. "
            "개인정보를 보는 일이므로 누가 언제 어느 민원을 보았는지 접속기록에 남깁니다.",
        ),
    )
    show.add_argument("case_no", metavar="CASE_NO", help=translate("CaseCommand", "접수번호"))
    show.set_defaults(handler=run_show)


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
            back_date_reason=args.back_date_reason, notify=args.notify,
            notify_email=args.email, notify_mobile=args.mobile,
        )
        if args.link:
            req = replace(req, related_case_id=case_id_of(backend, args.link, "--link"))
        elif not args.proceed:
            _refuse_duplicates(backend.cases.likely_duplicates(req))
        case = backend.cases.open(actor, req)
        note = backend.cases.detail(case.id).routed_note
    if note:
        print(note, file=sys.stderr)
    print("\t".join((case.number, case.officer_employee_no, iso(case.due_at))))
    return EXIT_OK


def run_answer(args: argparse.Namespace) -> int:
    with opened(args, options=_OPTION) as (_config, backend):
        case_id = case_id_of(backend, args.case_no)
        # The answer is the handling officer's (or their deputy's, or their head's).
        actor = signed_in(args, backend, Operation.CASE_WORK)
        ref = backend.cases.answer(actor, case_id, args.text)
    print(ref.number)
    return EXIT_OK


def run_transfer(args: argparse.Namespace) -> int:
    with opened(args, options=_OPTION) as (_config, backend):
        case_id = case_id_of(backend, args.case_no)
        actor = signed_in(args, backend, Operation.CASE_TRANSFER)
        ref = backend.cases.transfer_out(actor, case_id, agency=args.to_agency,
                                         reason=args.reason)
    print(ref.number)
    return EXIT_OK


def run_notify(args: argparse.Namespace) -> int:
    with opened(args, options=_OPTION) as (_config, backend):
        case_id = case_id_of(backend, args.case_no)
        actor = signed_in(args, backend, Operation.CASE_WORK)
        detail = backend.cases.set_notify(actor, case_id, args.notify, email=args.email,
                                          mobile=args.mobile)
    print("\t".join((detail.view.number, detail.notify)))
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


def run_show(args: argparse.Namespace) -> int:
    with opened(args, options=_OPTION) as (_config, backend):
        actor = signed_in(args, backend, Operation.RECORDS_READ)
        case_id = case_id_of(backend, args.case_no)
        detail = backend.cases.detail(case_id)
        # Logged before anything is printed: no row, no personal data.
        backend.access_log.viewed(actor, entity="case", subjects=[case_id],
                                  what="민원 보기 (명령줄)")
    view = detail.view
    for label, value in (
        (translate("CaseCommand", "접수번호"), view.number), (translate("CaseCommand", "제목"), view.subject), (translate("CaseCommand", "처리기한"), iso(view.due_at)),
        (translate("CaseCommand", "민원인"), detail.petitioner_name), (translate("CaseCommand", "회신 받을 곳"), detail.petitioner_contact),
        (translate("CaseCommand", "내용"), detail.content),
    ):
        print(f"{label}: {value}")
    # The history and the issued documents as the case page lists them, oldest first.
    if detail.events:
        print(translate("CaseCommand", "처리 경과:"))
    for event in detail.events:
        what = f"{event.label} → {event.to_name}" if event.to_name else event.label
        who = f" {event.actor} ·" if event.actor else " ·"
        print(f"  {iso(event.at)}{who} {what}" + (f" — {event.note}" if event.note else ""))
    if detail.documents:
        print(translate("CaseCommand", "발급한 문서:"))
    for doc in detail.documents:
        print(f"  {iso(doc.issued_at)} · {doc.label} · {doc.number}")
    return EXIT_OK


def _line(case: CaseView, status: CaseStatus) -> str:
    fields = (
        case.number, case.officer_employee_no, case.case_type, status.value, iso(case.due_at),
        case.subject,
    )
    return "\t".join(visible(f) for f in fields)


def case_id_of(backend: Backend, number: str, option: str = "CASE_NO") -> int:
    try:
        return backend.cases.id_of(number)
    except NotFoundError as exc:
        raise UsageError(f"{option}: {exc}") from None


def _refuse_duplicates(earlier: list[CaseView]) -> None:
    """Two numbers for one matter are hard to undo: the person at the shell decides."""
    if not earlier:
        return
    for case in earlier:
        print("\t".join((case.number, iso(case.received_at), case.petitioner_masked,
                         case.subject)), file=sys.stderr)
    numbers = ", ".join(case.number for case in earlier)
    raise UsageError(
        translate(
            "CaseCommand",
            "같은 민원인·제목의 민원이 하루 안에 이미 접수되어 있습니다 ({numbers}). 같은 "
            "민원이면 --link {number}(으)로 이어서, 다른 민원이면 --proceed로 따로 접수해 "
            "주세요. 아무것도 접수하지 않았습니다.",
        ).format(numbers=numbers, number=earlier[0].number)
    )
