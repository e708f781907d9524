"""Another desk, in a process of its own: ``python -m tests.support.other_desk URL ACTION
ARGS…`` opens the agency's database as a desk PC would and does one thing, printing the id
of what it made. The tests drive a real window in the test process and watch it follow.

Actions (staff by employee number; ``--now ISO`` stands the clock at that instant):
  check_in AS NAME [OFFICER]    a visitor checked in at the "2층 민원실" desk
  greet AS VISIT_ID             someone starts listening to the visitor
  answer AS CASE_ID             the case is answered
  approve AS KIND SOURCE_ID     a compensation event approved (its voucher issued)
  trip AS WHO DEPUTY            WHO away on a trip today 09–17, DEPUTY acting
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.compensation import CompensationKind, EventKey
from minwon_desk.domain.roles import Role
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import CheckInRequest
from tests.support.seed import actor_for

DESK = "2층 민원실"
_NEEDS = {"check_in": Role.RECEPTION, "approve": Role.SUPERVISOR}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="other_desk")
    parser.add_argument("url")
    parser.add_argument("action")
    parser.add_argument("as_no")
    parser.add_argument("args", nargs="*")
    parser.add_argument("--now")
    args = parser.parse_args(argv)
    now = datetime.fromisoformat(args.now) if args.now else None
    kwargs = {"clock": (lambda: now)} if now is not None else {}
    with Backend.open(args.url, charter=load_charter(charter_preset("mss")), desk=DESK,
                      **kwargs) as backend:
        person = backend.staff.by_employee_no(args.as_no)
        needed = _NEEDS.get(args.action)
        if needed is not None:
            # Setting the scene: whoever acts at the other desk holds the role it needs,
            # given by the seeded administrator as an agency would.
            admin = actor_for(backend, backend.staff.by_employee_no("T0001"))
            if needed not in actor_for(backend, person).roles:
                backend.accounts.grant(admin, args.as_no, needed, reason="다른 창구 근무")
        actor = actor_for(backend, person, DESK)  # signed in: their account and roles
        if args.action == "check_in":
            officer = backend.staff.by_employee_no(args.args[1]).id if len(args.args) > 1 else None
            print(backend.visits.check_in(actor, CheckInRequest(
                args.args[0], "010-3333-4444", "다른 창구에서 접수", officer)).id)
        elif args.action == "greet":
            print(backend.visits.greet(actor, int(args.args[0])).id)
        elif args.action == "answer":
            backend.cases.answer(actor, int(args.args[0]), "요청하신 내용을 처리했습니다.")
            print(args.args[0])
        elif args.action == "approve":
            key = EventKey(CompensationKind(args.args[0]), int(args.args[1]))
            print(backend.compensation.approve(actor, key).id)
        elif args.action == "trip":
            day = backend.clock().date()
            start = datetime(day.year, day.month, day.day, 9, tzinfo=SEOUL)
            backend.absences.add(
                actor, staff_id=backend.staff.by_employee_no(args.args[0]).id,
                kind=AbsenceKind.TRIP, starts_at=start, ends_at=start + timedelta(hours=8),
                deputy_id=backend.staff.by_employee_no(args.args[1]).id,
            )
        else:
            parser.error(f"unknown action {args.action}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
