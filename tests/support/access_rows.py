"""A month of access-log rows for the review's tests (November 2026): 25 views by one
officer, views at 22:00 and on a Saturday, a view in the lunch break, a bulk download with
its reason, rows on either side of the month, four failed sign-ins and a lock, a role
granted. The clock is left at 2026-12-03 10:00."""

from __future__ import annotations

from datetime import datetime

import pytest

from minwon_desk.domain.errors import SignInRefused
from minwon_desk.domain.roles import Role
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from tests.conftest import FakeClock
from tests.support.seed import SmallAgency, actor_for


def at(clock: FakeClock, day: int, hour: int, minute: int = 0, month: int = 11) -> None:
    clock.set(datetime(2026, month, day, hour, minute, tzinfo=SEOUL))


def write_month(backend: Backend, agency: SmallAgency, clock: FakeClock) -> None:
    """November 2026 as the tests read it (see the module's docstring)."""
    log = backend.access_log
    heavy, night, weekend, quiet = (actor_for(backend, s) for s in agency.officers)
    operator = actor_for(backend, agency.operator)
    at(clock, 10, 10)  # Tuesday, office hours: the heavy viewer's 25 looks
    for i in range(25):
        log.viewed(heavy, entity="memo", subjects=[i + 1], what="메모 상세")
    at(clock, 11, 22)  # Wednesday 22:00
    log.viewed(night, entity="case", subjects=[7], what="민원 상세")
    at(clock, 11, 14)
    log.viewed(night, entity="case", subjects=[8], what="민원 상세")
    at(clock, 14, 11)  # Saturday
    log.viewed(weekend, entity="visit", subjects=[3], what="방문객 상세")
    at(clock, 12, 12, 30)  # the lunch break is working time
    log.viewed(operator, entity="visit", subjects=[4], what="방문객 상세")
    at(clock, 12, 15)
    log.downloaded(operator, entity="survey_response", count=250, what="고객만족도 조사 XLSX",
                   reason="감사원 자료 요구")
    log.viewed(quiet, entity="memo", subjects=[9], what="메모 상세")
    at(clock, 31, 23, month=10)  # another month on each side: not counted
    log.viewed(night, entity="case", subjects=[7], what="민원 상세")
    at(clock, 1, 9, 30, month=12)
    log.viewed(night, entity="case", subjects=[7], what="민원 상세")
    at(clock, 20, 9)
    for _ in range(5):  # four failures, then the lock
        with pytest.raises(SignInRefused):
            backend.accounts.sign_in("T0003", "wrong-password", desk="2층")
    at(clock, 21, 16)
    admin = actor_for(backend, agency.operator)
    backend.accounts.grant(admin, "T0005", Role.SUPERVISOR, reason="감독 업무 겸임")
    at(clock, 3, 10, month=12)
