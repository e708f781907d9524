"""A desk that keeps a check-in and a memo while the server is away, then is killed
outright (SIGKILL) before it could send them: ``python kept_then_killed.py URL DATA_DIR
DESK NOW``."""

from __future__ import annotations

import os
import signal
import sys
from datetime import datetime

from minwon_desk.domain.charter import load_charter
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import CheckInRequest, MemoRequest
from minwon_desk.services.queue.outbox import Outbox
from minwon_desk.services.queue.sending import KeepingDesk
from tests.support.seed import actor_for


def main(url: str, data_dir: str, desk: str, now: str) -> None:
    at = datetime.fromisoformat(now)
    backend = Backend.open(url, charter=load_charter(charter_preset("mss")), desk=desk,
                           clock=lambda: at)
    operator = backend.staff.by_employee_no("T0001")
    officer = backend.staff.by_employee_no("T0002")
    actor = actor_for(backend, operator, desk)  # signed in before the server went away
    from pathlib import Path

    keeping = KeepingDesk(backend, Outbox.in_folder(Path(data_dir)), server_away=lambda: True)
    keeping.check_in(actor, CheckInRequest("최방문", purpose="상담"), "")
    keeping.take_memo(actor, MemoRequest("정민원", "010-5555-6666", "회신 바람",
                                         asked_for_id=officer.id), officer.name)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main(*sys.argv[1:])
