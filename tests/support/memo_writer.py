"""Another desk that keeps taking phone memos until told to stop, as a separate process:
``python memo_writer.py URL STOP_FILE``. Prints "ready" once its first memo is saved."""

from __future__ import annotations

import sys
from pathlib import Path

from minwon_desk.domain.charter import load_charter
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import MemoRequest
from tests.support.seed import actor_for


def main(url: str, stop_file: str) -> None:
    backend = Backend.open(url, charter=load_charter(charter_preset("mss")), desk="2층 민원실")
    actor = actor_for(backend, backend.staff.by_employee_no("T0001"), "2층 민원실")
    officer = backend.staff.by_employee_no("T0002")
    stop = Path(stop_file)
    n = 0
    while not stop.exists():
        n += 1
        backend.memos.take(actor, MemoRequest("정민원", "010-5555-6666", f"회신 바람 {n}",
                                              asked_for_id=officer.id))
        if n == 1:
            print("ready", flush=True)
    backend.close()
    print(n, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
