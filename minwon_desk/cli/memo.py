"""``minwon-desk memo take|list``: phone memos from the shell (or a telephone system).

``take`` prints one tab-separated line: memo number, employee number and name of whoever
holds it (the acting deputy when the officer was away at that moment, the operator when
nobody can act), and the callback deadline in ISO 8601 (+09:00; empty when the charter
sets no figure). Why it went to someone else goes to stderr. Who took it: ``--as``, else
this desk's operator (the ``desk_operator`` setting).

``list`` prints one line per memo: number, holder's employee number, caller (masked),
deadline, state (``open`` or ``closed``). Open lists come in clock order (overdue first);
the full history newest first.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from minwon_desk.cli import EXIT_OK, UsageError
from minwon_desk.cli.staff import open_for
from minwon_desk.domain.errors import MinwonError, NotFoundError, ValidationError
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.services.backend import Backend
from minwon_desk.services.deadlines import parse_start
from minwon_desk.services.dto import Actor, MemoRequest, MemoView
from minwon_desk.settings import AppConfig

_OPTION = {
    "caller_name": "--caller", "phone": "--phone", "gist": "--gist", "caller_org": "--org",
    "channel": "--channel", "address": "--address", "asked_for": "--for", "taken_at": "--at",
}


def run_take(args: argparse.Namespace) -> int:
    at = moment(args.at, "--at")
    config, backend = open_for(args)
    try:
        actor = _operator(backend, config, args.actor)
        officer = staff_id_of(backend, args.officer, "--for")
        req = MemoRequest(
            caller_name=args.caller, phone=args.phone or "", gist=args.gist,
            channel=args.channel, address=args.address or "", org=args.org or "",
            asked_for_id=officer, taken_at=at,
        )
        memo = backend.memos.take(actor, req)
        holder = backend.staff.get(memo.holder_id)
    except ValidationError as exc:
        option = _OPTION.get(exc.field)
        raise UsageError(f"{option}: {exc.message}" if option else exc.message) from exc
    except MinwonError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        backend.close()
    if memo.routed_note:
        print(memo.routed_note, file=sys.stderr)
    print("\t".join((memo.number, holder.employee_no, holder.name, iso(memo.due_at))))
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    overdue_at = moment(args.overdue_at, "--overdue-at")
    _config, backend = open_for(args)
    try:
        holder = staff_id_of(backend, args.officer, "--for") if args.officer else None
        if args.open or overdue_at is not None:
            memos = backend.memos.open_memos(holder_id=holder, overdue_at=overdue_at)
        else:
            memos = backend.memos.search("", holder_id=holder, limit=None)
    except MinwonError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        backend.close()
    for memo in memos:
        print(_line(memo))
    return EXIT_OK


def _line(memo: MemoView) -> str:
    fields = (
        memo.number, memo.holder_employee_no, memo.caller_name_masked, iso(memo.due_at),
        memo.state,
    )
    return "\t".join(f.replace("\t", " ") for f in fields)


def iso(dt: datetime | None) -> str:
    return to_seoul(dt).isoformat() if dt is not None else ""


def moment(text: str | None, option: str) -> datetime | None:
    if not text:
        return None
    try:
        return parse_start(text)
    except ValueError as exc:
        raise UsageError(str(exc).replace("시작 시각", f"{option} 시각")) from None


def staff_id_of(backend: Backend, employee_no: str, option: str) -> int:
    try:
        return backend.staff.by_employee_no(employee_no.strip()).id
    except NotFoundError:
        raise UsageError(
            f"{option}: 사번 {employee_no}인 직원이 없습니다. 'minwon-desk staff find 이름'으로 사번을 찾아 보세요."
        ) from None


def _operator(backend: Backend, config: AppConfig, given: str | None) -> Actor:
    """``--as``, else the operator set for this desk: every memo records who took it."""
    setting = str(config.settings.get("desk_operator") or "").strip()
    employee_no = (given or "").strip() or setting
    if not employee_no:
        raise UsageError(
            "누가 받은 메모인지 기록해야 합니다. --as 사번으로 받은 직원을 적거나, "
            "desk_operator 설정에 이 창구 근무자의 사번을 적어 주세요."
        )
    option = "--as" if given else "desk_operator 설정"
    staff_id = staff_id_of(backend, employee_no, option)
    staff = backend.staff.get(staff_id)
    return Actor(staff_id=staff.id, name=staff.name, desk=backend.desk)
