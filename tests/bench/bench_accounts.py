"""Accounts: signing in (the Argon2id check and the session's start written) and unlocking
the idle lock, beside the bare hash check; and what the permission check adds to the two busiest writes — the
check-in and taking a phone memo — beside the same write with the check taken out.

The write paths read the acting person's roles in the statement that already reads the
acting staff row; "without" runs the statements as they were before roles existed (no
account join, no check). The two take turns, one call each, so that a busy moment of a
shared machine falls on both.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from common import Row
from sqlalchemy import bindparam, exists, select

from minwon_desk.domain.charter import load_charter
from minwon_desk.resources import charter_preset
from minwon_desk.services import access
from minwon_desk.services.accounts import passwords
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import CheckInRequest, MemoRequest
from minwon_desk.services.memos import take as memo_take
from minwon_desk.services.tables import ABSENCE, DEPARTMENT, STAFF
from minwon_desk.services.visits import check_in as visit_check_in
from tests.support.seed import SEED_PASSWORD, actor_for, seed_password_hash, seed_small_agency

# The statements as they were before roles: the acting staff row alone.
_PEOPLE_BEFORE = (
    select(STAFF.c.id, STAFF.c.active, STAFF.c.name, STAFF.c.position,
           DEPARTMENT.c.name.label("department"))
    .join(DEPARTMENT, STAFF.c.department_id == DEPARTMENT.c.id)
    .where(STAFF.c.id.in_([bindparam("actor"), bindparam("officer")]))
)
_AT = bindparam("at", type_=ABSENCE.c.starts_at.type)
_CONTEXT_BEFORE = memo_take._Prepared(
    select(
        STAFF.c.id, STAFF.c.active, STAFF.c.name, STAFF.c.position,
        STAFF.c.employee_no, DEPARTMENT.c.name.label("department"),
        exists().where(
            ABSENCE.c.staff_id == STAFF.c.id, ABSENCE.c.cancelled_at.is_(None),
            ABSENCE.c.starts_at <= _AT, ABSENCE.c.ends_at > _AT,
        ).label("away"),
        memo_take._LAST_NUMBER.label("last_number"),
    )
    .join(DEPARTMENT, STAFF.c.department_id == DEPARTMENT.c.id)
    .where(STAFF.c.id.in_([bindparam("actor"), bindparam("officer")]))
)


@contextmanager
def _without_check() -> Iterator[None]:
    saved = (visit_check_in._PEOPLE, memo_take._CONTEXT, access.check, access.roles_of)
    visit_check_in._PEOPLE = _PEOPLE_BEFORE
    memo_take._CONTEXT = _CONTEXT_BEFORE
    access.check = lambda *_a, **_k: None  # type: ignore[assignment]
    access.roles_of = lambda *_a, **_k: frozenset()  # type: ignore[assignment]
    try:
        yield
    finally:
        (visit_check_in._PEOPLE, memo_take._CONTEXT, access.check,
         access.roles_of) = saved


def _alternate(with_check: Callable[[int], Any], without: Callable[[int], Any], count: int
               ) -> tuple[float, float]:
    a: list[float] = []
    b: list[float] = []
    for i in range(count):
        start = time.perf_counter()
        with_check(i)
        a.append((time.perf_counter() - start) * 1000)
        with _without_check():
            start = time.perf_counter()
            without(i)
            b.append((time.perf_counter() - start) * 1000)
    return statistics.median(a), statistics.median(b)


def bench_accounts(count: int, sign_ins: int) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        backend = Backend.open(
            f"sqlite:///{Path(tmp) / 'minwon.db'}",
            charter=load_charter(charter_preset("mss")), desk="1층 민원안내",
        )
        agency = seed_small_agency(backend)
        actor = actor_for(backend, agency.operator)
        officer = agency.officers[0].id
        stored = seed_password_hash()

        def sign_in() -> None:
            backend.accounts.sign_in("T0001", SEED_PASSWORD, desk="1층 민원안내")

        def verify() -> None:
            passwords.verify_password(stored, SEED_PASSWORD)

        sign_in()
        sign_in_ms, verify_ms = _alternate(lambda _i: sign_in(), lambda _i: verify(), sign_ins)
        unlock_ms, verify_again_ms = _alternate(
            lambda _i: backend.accounts.verify(actor, SEED_PASSWORD), lambda _i: verify(),
            sign_ins,
        )

        def check_in(i: int) -> None:
            backend.visits.check_in(actor, CheckInRequest(f"방문객{i}", "010-1234-5678",
                                                          "사업 신청 문의", officer))

        def take(i: int) -> None:
            backend.memos.take(actor, MemoRequest(f"민원인{i}", "010-1234-5678", "문의",
                                                  asked_for_id=officer))

        for i in range(20):  # warm caches and statements, both ways
            check_in(i)
            take(i)
            with _without_check():
                check_in(i)
                take(i)
        check_in_ms, check_in_before = _alternate(check_in, check_in, count)
        take_ms, take_before = _alternate(take, take, count)
        backend.close()
    return [
        Row("sign-in (Argon2id check + session start)", sign_in_ms,
            "the bare Argon2id check of the same password", verify_ms, "ms", "≤ 300 ms",
            sign_in_ms <= 300),
        Row("unlocking the idle lock (password checked, recorded)", unlock_ms,
            "the bare Argon2id check of the same password", verify_again_ms, "ms", "≤ 300 ms",
            unlock_ms <= 300),
        Row("check-in with the permission check", check_in_ms,
            "the same check-in without it (statement as before roles)", check_in_before, "ms",
            "≤ 1.05× floor", check_in_ms <= 1.05 * check_in_before),
        Row("memo take with the permission check", take_ms,
            "the same memo take without it (statement as before roles)", take_before, "ms",
            "≤ 1.05× floor", take_ms <= 1.05 * take_before),
    ]
