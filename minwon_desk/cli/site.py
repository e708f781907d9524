"""``minwon-desk site plan|done|cancel|list``: visits to a company (현장 방문) for a case.

``plan`` records a visit agreed with the customer (``--agreed`` says when and with whom)
and prints its number; more than two people going is refused unless ``--many`` says the
planner has thought about it (the charter asks for the fewest people). ``done`` records
what came of it, ``cancel`` why it did not happen, ``list`` the visits of one case, one
line each: number, state, ISO time, place, who went.
"""

from __future__ import annotations

import argparse

from minwon_desk.cli._common import EXIT_OK, command_group, iso, moment, opened
from minwon_desk.cli._signin import signed_in, staff_id_of
from minwon_desk.cli.case import case_id_of
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers

_OPTION = {
    "place": "--place", "agenda": "--agenda", "agreed_how": "--agreed", "members": "--member",
    "visit_at": "--at", "company": "--company", "outcome": "--outcome", "reason": "--reason",
}


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    actions = command_group(sub, common, "site", translate("SiteCommand", "현장 방문 (기업 현장에 가는 일)"),
                            dest="site_command", metavar="ACTION")
    plan = actions.add_parser(
        "plan", parents=[common], help=translate("SiteCommand", "고객과 협의한 현장 방문 계획 기록 (방문 번호 출력)"),
        description=translate("SiteCommand", "민원을 위해 기업 현장을 방문할 계획을 기록합니다. 고객과 미리 협의한 일시와 "
                    "그 협의(언제, 누구와)를 적어야 하며, 방문 인원은 최소로 합니다(2명 초과는 "
                    "--many로 확인)."),
    )
    plan.add_argument("case_no", metavar="CASE_NO", help=translate("SiteCommand", "접수번호"))
    plan.add_argument("--at", required=True, metavar="ISO8601", help=translate("SiteCommand", "방문 일시, 예: 2026-07-09T14:00"))
    plan.add_argument("--place", required=True, metavar="TEXT", help=translate("SiteCommand", "방문 장소"))
    plan.add_argument("--agenda", required=True, metavar="TEXT", help=translate("SiteCommand", "협의할 내용"))
    plan.add_argument("--agreed", required=True, metavar="TEXT",
                      help=translate("SiteCommand", "고객과 언제, 누구와 협의했는지 (예: '7/2 전화로 대표와 협의')"))
    plan.add_argument("--member", action="append", required=True, metavar="EMPLOYEE_NO",
                      help=translate("SiteCommand", "가는 직원의 사번 (여러 번)"))
    plan.add_argument("--company", default="", metavar="NAME", help=translate("SiteCommand", "기업 이름 (기본: 민원인)"))
    plan.add_argument("--customer", default="", metavar="NAME", help=translate("SiteCommand", "협의한 고객 (예: 대표 이름)"))
    plan.add_argument("--many", action="store_true", help=translate("SiteCommand", "2명 넘게 가는 것을 확인함"))
    plan.set_defaults(handler=run_plan)
    done = actions.add_parser("done", parents=[common], help=translate("SiteCommand", "방문 결과 기록"))
    done.add_argument("visit_id", type=int, metavar="VISIT", help=translate("SiteCommand", "방문 번호"))
    done.add_argument("--outcome", required=True, metavar="TEXT", help=translate("SiteCommand", "확인한 것과 하기로 한 것"))
    done.set_defaults(handler=run_done)
    cancel = actions.add_parser("cancel", parents=[common], help=translate("SiteCommand", "방문 취소"))
    cancel.add_argument("visit_id", type=int, metavar="VISIT", help=translate("SiteCommand", "방문 번호"))
    cancel.add_argument("--reason", required=True, metavar="TEXT", help=translate("SiteCommand", "취소 사유"))
    cancel.set_defaults(handler=run_cancel)
    listing = actions.add_parser("list", parents=[common], help=translate("SiteCommand", "한 민원의 현장 방문 목록"))
    listing.add_argument("case_no", metavar="CASE_NO", help=translate("SiteCommand", "접수번호"))
    listing.set_defaults(handler=run_list)


def run_plan(args: argparse.Namespace) -> int:
    from minwon_desk.services.cases.site_visits import SiteVisitPlan

    at = moment(args.at, "--at")
    assert at is not None  # required
    with opened(args, options=_OPTION) as (_config, backend):
        case_id = case_id_of(backend, args.case_no)
        members = tuple(staff_id_of(backend, no, "--member") for no in args.member)
        actor = signed_in(args, backend, Operation.CASE_WORK)
        visit = backend.site_visits.plan(actor, SiteVisitPlan(
            case_id=case_id, visit_at=at, place=args.place, agenda=args.agenda,
            agreed_how=args.agreed, member_ids=members, company=args.company,
            customer=args.customer, many_confirmed=args.many))
    print(visit.id)
    return EXIT_OK


def run_done(args: argparse.Namespace) -> int:
    with opened(args, options=_OPTION) as (_config, backend):
        actor = signed_in(args, backend, Operation.CASE_WORK)
        backend.site_visits.record_outcome(actor, args.visit_id, args.outcome)
    return EXIT_OK


def run_cancel(args: argparse.Namespace) -> int:
    with opened(args, options=_OPTION) as (_config, backend):
        actor = signed_in(args, backend, Operation.CASE_WORK)
        backend.site_visits.cancel(actor, args.visit_id, args.reason)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with opened(args, options=_OPTION) as (_config, backend):
        signed_in(args, backend, Operation.RECORDS_READ)
        visits = backend.site_visits.for_case(case_id_of(backend, args.case_no))
    for v in visits:
        print("\t".join((str(v.id), v.state, iso(v.visit_at), v.place, ", ".join(v.members))))
    return EXIT_OK
