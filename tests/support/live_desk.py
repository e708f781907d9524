"""Another desk, as a separate process, for the tests of changes between processes.

    python -m tests.support.live_desk visits URL
        two check-ins at "2층 민원실", the second a repeat visit after a staff error;
        prints the two visit ids
    python -m tests.support.live_desk case-and-voucher URL REPEAT_VISIT_ID
        opens a case, answers it, approves the repeat visit's compensation; prints the case
        id, the voucher id, and what this process's own reader saw of it (nothing) and
        what a reader that does not skip its own saw (four changes)
    python -m tests.support.live_desk check-in URL COUNT
        COUNT check-ins, one transaction each; prints the visit ids
    python -m tests.support.live_desk greet URL EMPLOYEE_NO VISIT_ID GO_FILE
        waits for GO_FILE to appear, then greets the visitor; prints "ok" or
        "refused<TAB>message"

Every line of output is tab-separated; the desk is always "2층 민원실".
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.compensation import CompensationKind, EventKey
from minwon_desk.domain.errors import StateError
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.dto import CheckInRequest
from minwon_desk.services.live import ChangeReader
from tests.support.seed import actor_for

DESK = "2층 민원실"


def _open(url: str) -> Backend:
    return Backend.open(url, charter=load_charter(charter_preset("mss")), desk=DESK)


def _actor(backend: Backend, employee_no: str = "T0001"):  # type: ignore[no-untyped-def]
    return actor_for(backend, backend.staff.by_employee_no(employee_no))


def visits(url: str) -> None:
    with _open(url) as backend:
        actor = _actor(backend)
        officer = backend.staff.by_employee_no("T0002").id
        first = backend.visits.check_in(actor, CheckInRequest("김민원", "010-2222-3333",
                                                              "창업자금 서류 제출", officer))
        second = backend.visits.check_in(actor, CheckInRequest(
            "김민원", "010-2222-3333", "창업자금 서류 다시 제출", officer,
            repeat_of_id=first.id, repeat_staff_error=True,
            repeat_note="지난번 담당자가 서류 목록을 잘못 알려 줌",
        ))
        print(f"{first.id}\t{second.id}", flush=True)


def case_and_voucher(url: str, repeat_visit_id: int) -> None:
    with _open(url) as backend:
        actor = _actor(backend)
        own = ChangeReader(backend.db)
        everything = ChangeReader(backend.db, skip_own=False)
        officer = backend.staff.by_employee_no("T0003").id
        case = backend.cases.open(actor, CaseRequest(
            case_type="고충", channel="방문", subject="지원금 지급 지연",
            content="지급 예정일이 지났습니다.", petitioner_name="홍길동",
            petitioner_contact="010-1234-5678", officer_id=officer,
        ))
        backend.cases.answer(actor, case.id, "다음 주에 지급됩니다.")
        voucher = backend.compensation.approve(
            actor, EventKey(CompensationKind.REPEAT_VISIT, repeat_visit_id)
        )
        print(f"{case.id}\t{voucher.id}\t{len(own.read())}\t{len(everything.read())}",
              flush=True)


def check_in(url: str, count: int) -> None:
    with _open(url) as backend:
        actor = _actor(backend)
        ids = [backend.visits.check_in(actor, CheckInRequest(f"방문객{i}")).id
               for i in range(count)]
        print("\t".join(map(str, ids)), flush=True)


def greet(url: str, employee_no: str, visit_id: int, go_file: Path) -> None:
    with _open(url) as backend:
        actor = _actor(backend, employee_no)
        print("ready", flush=True)
        deadline = time.monotonic() + 30
        while not go_file.exists() and time.monotonic() < deadline:
            time.sleep(0.001)
        try:
            backend.visits.greet(actor, visit_id)
        except StateError as exc:
            print(f"refused\t{exc}", flush=True)
        else:
            print("ok", flush=True)


def main(argv: list[str]) -> None:
    command, url, *rest = argv
    if command == "visits":
        visits(url)
    elif command == "case-and-voucher":
        case_and_voucher(url, int(rest[0]))
    elif command == "check-in":
        check_in(url, int(rest[0]))
    elif command == "greet":
        greet(url, rest[0], int(rest[1]), Path(rest[2]))
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main(sys.argv[1:])
