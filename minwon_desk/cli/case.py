"""``minwon-desk case open|answer|list``: cases from the shell (or an intake system).

``open`` prints one tab-separated line: receipt number, the handling officer's employee
number (the acting deputy when the officer is away at that moment; empty when nobody can
act and the desk must assign it), and the answer deadline in ISO 8601 (+09:00). Why it
went to someone else goes to stderr. Who registered it: ``--as``, else this desk's
operator (the ``desk_operator`` setting), else the officer it is for.

``answer`` records the answer (as ``--as``, else the handling officer) and prints the
reply letter's document number. ``list`` prints one line per case: receipt number,
officer's employee number, type, state, deadline, subject — open cases by time left,
then answered ones.
"""

from __future__ import annotations

import argparse
import sys

from minwon_desk.cli import EXIT_OK, UsageError
from minwon_desk.cli.memo import iso, moment, staff_id_of
from minwon_desk.cli.staff import open_for
from minwon_desk.domain.case_clock import CaseStatus, parse_status
from minwon_desk.domain.errors import MinwonError, NotFoundError, ValidationError
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest, CaseView
from minwon_desk.services.dto import Actor
from minwon_desk.settings import AppConfig

_OPTION = {
    "type": "--type", "channel": "--channel", "subject": "--subject", "officer": "--officer",
    "petitioner_name": "--petitioner", "petitioner_contact": "--contact",
    "received_at": "--at", "content": "--content", "answer": "--text", "state": "--state",
}


def run_open(args: argparse.Namespace) -> int:
    at = moment(args.at, "--at")
    config, backend = open_for(args)
    try:
        officer = staff_id_of(backend, args.officer, "--officer")
        actor = _actor(backend, config, args.actor, fallback=officer)
        req = CaseRequest(
            case_type=args.type, channel=args.channel, subject=args.subject,
            content=args.content or "", petitioner_name=args.petitioner or "",
            petitioner_contact=args.contact or "", officer_id=officer, received_at=at,
        )
        case = backend.cases.open(actor, req)
        note = backend.cases.detail(case.id).routed_note
    except MinwonError as exc:
        raise _usage(exc) from exc
    finally:
        backend.close()
    if note:
        print(note, file=sys.stderr)
    print("\t".join((case.number, case.officer_employee_no, iso(case.due_at))))
    return EXIT_OK


def run_answer(args: argparse.Namespace) -> int:
    config, backend = open_for(args)
    try:
        case_id = _case_id(backend, args.case_no)
        case = backend.cases.get(case_id)
        actor = _actor(backend, config, args.actor, fallback=case.officer_id, setting=False)
        ref = backend.cases.answer(actor, case_id, args.text)
    except MinwonError as exc:
        raise _usage(exc) from exc
    finally:
        backend.close()
    print(ref.number)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    _config, backend = open_for(args)
    try:
        officer = staff_id_of(backend, args.officer, "--officer") if args.officer else None
        status = parse_status(args.state) if args.state else None
        cases = backend.cases.cases(officer_id=officer, status=status)
        now = backend.clock()
    except MinwonError as exc:
        raise _usage(exc) from exc
    finally:
        backend.close()
    for case in cases:
        print(_line(case, case.status(now)))
    return EXIT_OK


def _line(case: CaseView, status: CaseStatus) -> str:
    fields = (
        case.number, case.officer_employee_no, case.case_type, status.value, iso(case.due_at),
        case.subject,
    )
    return "\t".join(f.replace("\t", " ").replace("\n", " ") for f in fields)


def _case_id(backend: Backend, number: str) -> int:
    try:
        return backend.cases.id_of(number)
    except NotFoundError as exc:
        raise UsageError(f"CASE_NO: {exc}") from None


def _actor(
    backend: Backend, config: AppConfig, given: str | None, *, fallback: int | None,
    setting: bool = True,
) -> Actor:
    """``--as``, else (for registering) this desk's operator, else ``fallback``."""
    configured = str(config.settings.get("desk_operator") or "").strip() if setting else ""
    employee_no = (given or "").strip() or configured
    if employee_no:
        option = "--as" if given else "desk_operator 설정"
        staff_id = staff_id_of(backend, employee_no, option)
    elif fallback is not None:
        staff_id = fallback
    else:
        raise UsageError(
            "누가 하는 일인지 기록해야 합니다. --as 사번으로 직원을 적어 주세요 "
            "(담당자가 정해지지 않은 민원입니다)."
        )
    staff = backend.staff.get(staff_id)
    return Actor(staff_id=staff.id, name=staff.name, desk=backend.desk)


def _usage(exc: MinwonError) -> UsageError:
    if isinstance(exc, ValidationError) and (option := _OPTION.get(exc.field)):
        return UsageError(f"{option}: {exc.message}")
    return UsageError(str(exc))
