"""Who does the work a command does: signing in with ``--as`` (a password from the
environment, a prompt or standard input), a service token or the demo's operator; and the
staff named by a 사번 in an option.

Imported every time the program starts: the accounts and the demo are imported inside the
functions that use them.
"""

from __future__ import annotations

import argparse
import sys

from minwon_desk.cli._common import Denied, UsageError
from minwon_desk.domain.errors import NotFoundError
from minwon_desk.domain.i18n import translate

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.domain.roles import Operation
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.dto import Actor, StaffSummary


def staff_id_of(backend: Backend, employee_no: str, option: str) -> int:
    """The staff id of the employee number given with ``option``."""
    return _staff(backend, employee_no, _not_on_staff(option, employee_no)).id


def signed_in(
    args: argparse.Namespace, backend: Backend, op: Operation | None = None, *,
    first_password: bool = False,
) -> Actor:
    """Who does the work, signed in: ``--as`` (an account name or a 사번) with the password
    from ``MINWON_PASSWORD``, a prompt, or the first line of standard input when it is
    not a terminal; else the service token in ``MINWON_TOKEN``; else, with ``--demo``,
    the demo's reception operator. Raises Denied (exit status 3) when the sign-in is
    refused (a wrong password counts toward the lock), when a one-time password has not
    been changed yet (unless ``first_password``: changing it), and when the account's
    roles do not allow ``op``. The ``desk_operator`` setting no longer names anyone."""
    import os

    from minwon_desk.domain.errors import SignInRefused
    from minwon_desk.domain.roles import allows, refusal

    if getattr(args, "demo", False) and backend.accounts.needs_first_admin():
        from minwon_desk.services.demo.agency import ensure_demo

        ensure_demo(backend)  # the demo's accounts come with it
    if backend.accounts.needs_first_admin():
        raise Denied(
            translate(
                "CommandLine",
                "아직 계정이 없습니다. 먼저 관리자 계정을 만들어 주세요: minwon-desk account "
                "init --name 이름",
            )
        )
    login = (getattr(args, "actor", None) or "").strip()
    token = os.environ.get("MINWON_TOKEN", "").strip()
    try:
        if login:
            signed = backend.accounts.sign_in(login, password_of(args, login), desk=backend.desk)
        elif token:
            signed = backend.accounts.sign_in_token(token, desk=backend.desk)
        elif getattr(args, "demo", False):
            from minwon_desk.services.demo.accounts import DEMO_PASSWORD
            from minwon_desk.services.demo.agency import DEMO_OPERATOR_NO

            signed = backend.accounts.sign_in(DEMO_OPERATOR_NO, DEMO_PASSWORD, desk=backend.desk)
        else:
            raise Denied(
                translate(
                    "CommandLine",
                    "누가 하는 일인지 밝혀 주세요: --as 계정 이름 또는 사번(비밀번호는 "
                    "입력하거나 MINWON_PASSWORD로), 또는 MINWON_TOKEN에 서비스 토큰을 주세요.",
                )
            )
    except SignInRefused as exc:
        raise Denied(translate("CommandLine", "로그인하지 못했습니다: {message}").format(message=exc.message)) from None
    if signed.must_change_password and not first_password:
        raise Denied(
            translate(
                "CommandLine",
                "처음 받은 비밀번호를 아직 바꾸지 않았습니다. 먼저 바꿔 주세요: minwon-desk "
                "account password --as {login}",
            ).format(login=login)
        )
    if op is not None and not allows(signed.actor.roles, op):
        raise Denied(refusal(op))
    return signed.actor


def password_of(args: argparse.Namespace, login: str) -> str:
    """The password of ``--as`` (read once per command)."""
    import os

    cached = getattr(args, "_password", None)
    if isinstance(cached, str):
        return cached
    password = os.environ.get("MINWON_PASSWORD")
    if password is None and getattr(args, "demo", False):
        from minwon_desk.services.demo.accounts import DEMO_PASSWORD

        password = DEMO_PASSWORD  # the demo's passwords are known (README)
    if password is None:
        password = read_secret(translate("CommandLine", "{login}의 비밀번호: ").format(login=login))
    args._password = password
    return password


def read_secret(prompt: str) -> str:
    """A password typed at a prompt (not echoed), or the next line of standard input when
    it is not a terminal (scripts, tests)."""
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def _staff(backend: Backend, employee_no: str, not_found: str) -> StaffSummary:
    try:
        return backend.staff.by_employee_no(employee_no.strip())
    except NotFoundError:
        raise UsageError(not_found) from None


def _not_on_staff(option: str, employee_no: str) -> str:
    return (
        translate(
            "CommandLine",
            "{option}: 사번 {employee_no}인 직원이 없습니다. 'minwon-desk staff find "
            "이름'으로 사번을 찾아 보세요.",
        ).format(option=option, employee_no=employee_no)
    )
