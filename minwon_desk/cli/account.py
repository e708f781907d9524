"""``minwon-desk account …``: the first administrator, accounts, roles and service tokens.

``init --name NAME`` creates the first administrator (refused once any account exists).
The others act as ``--as`` and need the 관리자 role, but ``password``, which changes the
``--as`` account's own password (the one-time password too). New passwords are typed
twice at a prompt, or read from standard input when it is not a terminal (then the
``--as`` password, unless in ``MINWON_PASSWORD``, is its first line and the new one the
next). A one-time password or a token secret is printed alone on the last line, once.
Roles are written 안내, 담당자, 부서장, 감독, 개인정보, 관리자 (several with commas).
"""

from __future__ import annotations

import argparse

from minwon_desk.cli._common import EXIT_OK, UsageError, command_group, count_arg, opened
from minwon_desk.cli._signin import password_of, read_secret, signed_in
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.particles import settle
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers
    from minwon_desk.services.accounts.dto import AccountView

_ROLES_HELP = QT_TRANSLATE_NOOP("AccountCommand", "안내, 담당자, 부서장, 감독, 개인정보, 관리자 (여럿은 쉼표로)")
_OPTION = {"password": QT_TRANSLATE_NOOP("CommandLine", "새 비밀번호"), "login": "--login", "roles": "--role", "reason": "--reason",
           "purpose": "--purpose", "name": "--name"}


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    actions = command_group(
        sub, common, "account", translate("AccountCommand", "계정·권한·서비스 토큰 관리"), dest="account_command", metavar="ACTION"
    )
    init = actions.add_parser("init", parents=[common], help=translate(
        "AccountCommand",
        "첫 관리자 계정 만들기",
    ))
    init.add_argument("--name", required=True, metavar="NAME",
                      help=translate(
                          "AccountCommand",
                          "관리자의 이름 또는 사번 (명부에 없으면 직원으로 등록합니다)",
                      ))
    init.add_argument("--login", metavar="LOGIN", help=translate(
        "AccountCommand",
        "계정 이름 (없으면 사번으로 로그인)",
    ))
    init.set_defaults(handler=run_init)
    add = actions.add_parser("add", parents=[common], help=translate(
        "AccountCommand",
        "직원의 계정 만들기 (일회용 비밀번호)",
    ))
    add.add_argument("--staff", required=True, metavar=translate("AccountCommand", "사번"))
    add.add_argument("--role", required=True, metavar="ROLE[,ROLE…]", help=translate("AccountCommand", _ROLES_HELP))
    add.add_argument("--login", metavar="LOGIN", help=translate(
        "AccountCommand",
        "계정 이름 (없으면 사번으로 로그인)",
    ))
    add.set_defaults(handler=run_add)
    password = actions.add_parser("password", parents=[common], help=translate(
        "AccountCommand",
        "--as 계정의 비밀번호 바꾸기",
    ))
    password.set_defaults(handler=run_password)
    for name, text in (
        ("reset", translate("AccountCommand", "비밀번호 초기화 (일회용 비밀번호)")), ("disable", translate("AccountCommand", "계정 사용 중지")),
        ("enable", translate("AccountCommand", "계정 다시 사용")), ("unlock", translate("AccountCommand", "잠긴 계정 풀기")),
    ):
        one = actions.add_parser(name, parents=[common], help=text)
        one.add_argument("staff_no", metavar=translate("AccountCommand", "사번"))
        if name in ("disable", "enable"):
            one.add_argument("--reason", default="", metavar="TEXT", help=translate(
                "AccountCommand",
                "사유",
            ))
        one.set_defaults(handler=run_one)
    for name, text in (("grant", translate("AccountCommand", "역할 주기")), ("revoke", translate("AccountCommand", "역할 거두기"))):
        change = actions.add_parser(name, parents=[common], help=text)
        change.add_argument("staff_no", metavar=translate("AccountCommand", "사번"))
        change.add_argument("role", metavar="ROLE", help=translate("AccountCommand", _ROLES_HELP))
        change.add_argument("--reason", required=True, metavar="TEXT", help=translate(
            "AccountCommand",
            "사유 (3년 이상 보관)",
        ))
        change.set_defaults(handler=run_role)
    listing = actions.add_parser(
        "list", parents=[common], help=translate("AccountCommand", "계정 목록"),
        description=translate(
            "AccountCommand",
            "한 줄에 계정 하나를 탭으로 나눠 출력합니다: 사번, 계정 이름, 성명, 부서, 역할, "
            "상태(사용, 중지, 잠김 …까지), 비밀번호 변경 필요 여부, 마지막 로그인.",
        ),
    )
    listing.set_defaults(handler=run_list)
    token = actions.add_parser("token", parents=[common], help=translate(
        "AccountCommand",
        "서비스 토큰 만들기·폐기·목록",
    ))
    tokens = token.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    create = tokens.add_parser("create", parents=[common], help=translate(
        "AccountCommand",
        "토큰 만들기 (한 번만 보여 줍니다)",
    ))
    create.add_argument("--purpose", required=True, metavar="TEXT", help=translate(
        "AccountCommand",
        "용도, 예: 전화연동",
    ))
    create.add_argument("--role", required=True, metavar="ROLE[,ROLE…]", help=translate("AccountCommand", _ROLES_HELP))
    create.add_argument("--staff", metavar=translate("AccountCommand", "사번"),
                        help=translate(
                            "AccountCommand",
                            "토큰의 기록이 남을 직원 (기본: 만드는 관리자)",
                        ))
    create.set_defaults(handler=run_token_create)
    revoke = tokens.add_parser("revoke", parents=[common], help=translate(
        "AccountCommand",
        "토큰 폐기",
    ))
    revoke.add_argument("token_id", type=count_arg, metavar="ID")
    revoke.add_argument("--reason", default="", metavar="TEXT")
    revoke.set_defaults(handler=run_token_revoke)
    tlist = tokens.add_parser("list", parents=[common], help=translate(
        "AccountCommand",
        "토큰 목록",
    ))
    tlist.set_defaults(handler=run_token_list)


def _new_password() -> str:
    first = read_secret(translate("AccountCommand", "새 비밀번호: "))
    import sys

    typed = sys.stdin is not None and sys.stdin.isatty()
    if typed and read_secret(translate("AccountCommand", "새 비밀번호 확인: ")) != first:
        raise UsageError(translate(
            "AccountCommand",
            "두 번 입력한 새 비밀번호가 다릅니다. 아무것도 바꾸지 않았습니다.",
        ))
    if not first:
        raise UsageError(translate("AccountCommand", "새 비밀번호를 입력해 주세요."))
    return first


def run_init(args: argparse.Namespace) -> int:
    with opened(args, options=_OPTION) as (_config, backend):
        if not backend.accounts.needs_first_admin():
            raise UsageError(
                translate(
                    "AccountCommand",
                    "이미 계정이 있습니다. 계정은 관리자가 'minwon-desk account add'로 "
                    "만듭니다.",
                )
            )
        view = backend.accounts.init_admin(name=args.name, login=args.login,
                                           password=_new_password())
    if view.login:
        done = translate(
            "AccountCommand", "첫 관리자 계정을 만들었습니다: {name} (사번 {staff_no}, 계정 {login})."
        ).format(name=view.name, staff_no=view.staff_no, login=view.login)
    else:
        done = translate("AccountCommand", "첫 관리자 계정을 만들었습니다: {name} (사번 {staff_no}).")
        done = done.format(name=view.name, staff_no=view.staff_no)
    print(done)
    return EXIT_OK


def run_add(args: argparse.Namespace) -> int:
    from minwon_desk.domain.roles import parse_roles

    with opened(args, options=_OPTION) as (_config, backend):
        actor = signed_in(args, backend, Operation.ACCOUNTS_ADMIN)
        view, otp = backend.accounts.add(
            actor, staff_no=args.staff, roles=parse_roles(args.role), login=args.login
        )
    print(translate(
        "AccountCommand",
        "{name}({staff_no}) 님의 계정을 만들었습니다 ({roles}). 아래 일회용 비밀번호는 처음 "
        "로그인할 때 바꿔야 합니다.",
    ).format(name=view.name, staff_no=view.staff_no, roles=_roles(view)))
    print(otp)
    return EXIT_OK


def run_password(args: argparse.Namespace) -> int:
    with opened(args, options=_OPTION) as (_config, backend):
        actor = signed_in(args, backend, first_password=True)
        if actor.account_id is None:
            raise UsageError(translate(
                "AccountCommand",
                "서비스 토큰에는 비밀번호가 없습니다. --as로 계정을 지정해 주세요.",
            ))
        old = password_of(args, args.actor)
        backend.accounts.change_password(actor, old, _new_password())
    print(translate("AccountCommand", "{name} 님의 비밀번호를 바꿨습니다.").format(name=actor.name))
    return EXIT_OK


def run_one(args: argparse.Namespace) -> int:
    command = args.account_command
    with opened(args, options=_OPTION) as (_config, backend):
        actor = signed_in(args, backend, Operation.ACCOUNTS_ADMIN)
        accounts = backend.accounts
        if command == "reset":
            otp = accounts.reset(actor, args.staff_no)
            print(translate(
                "AccountCommand",
                "사번 {staff_no}의 비밀번호를 초기화했습니다. 아래 일회용 비밀번호는 처음 "
                "로그인할 때 바꿔야 합니다.",
            ).format(staff_no=args.staff_no))
            print(otp)
            return EXIT_OK
        if command == "disable":
            accounts.disable(actor, args.staff_no, reason=args.reason)
            said = translate("AccountCommand", "사용을 중지했습니다")
        elif command == "enable":
            accounts.enable(actor, args.staff_no, reason=args.reason)
            said = translate("AccountCommand", "다시 쓸 수 있게 했습니다")
        else:
            accounts.unlock(actor, args.staff_no)
            said = translate("AccountCommand", "잠금을 풀었습니다")
    print(translate("AccountCommand", "사번 {staff_no}의 계정: {said}.").format(staff_no=args.staff_no, said=said))
    return EXIT_OK


def run_role(args: argparse.Namespace) -> int:
    from minwon_desk.domain.roles import parse_roles, role_title

    try:
        roles = parse_roles(args.role)
    except ValidationError as exc:
        raise UsageError(f"ROLE: {exc.message}") from None
    if len(roles) != 1:
        raise UsageError(translate("AccountCommand", "역할은 한 번에 하나씩 주거나 거둡니다."))
    (role,) = roles
    with opened(args, options=_OPTION) as (_config, backend):
        actor = signed_in(args, backend, Operation.ACCOUNTS_ADMIN)
        if args.account_command == "grant":
            backend.accounts.grant(actor, args.staff_no, role, reason=args.reason)
            done = translate("AccountCommand", "사번 {staff_no}에게 {role} 권한을 주었습니다.")
        else:
            backend.accounts.revoke(actor, args.staff_no, role, reason=args.reason)
            done = translate("AccountCommand", "사번 {staff_no}에게서 {role} 권한을 거두었습니다.")
    print(done.format(staff_no=args.staff_no, role=role_title(role)))
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as (_config, backend):
        actor = signed_in(args, backend, Operation.ACCOUNTS_ADMIN)
        views = backend.accounts.accounts(actor)
        now = backend.clock()
    for v in views:
        if not v.active:
            state = translate("AccountCommand", "중지")
        elif v.locked_until is not None and v.locked_until > now:
            state = translate("AccountCommand", "잠김 {locked_until:%H:%M}까지").format(locked_until=v.locked_until)
        else:
            state = translate("AccountCommand", "사용")
        fields = (
            v.staff_no, v.login, v.name, v.department, _roles(v), state,
            translate("AccountCommand", "비밀번호 변경 필요") if v.must_change_password else "",
            f"{v.last_sign_in_at:%Y-%m-%d %H:%M}" if v.last_sign_in_at else "",
        )
        print("\t".join(fields))
    return EXIT_OK


def run_token_create(args: argparse.Namespace) -> int:
    from minwon_desk.domain.roles import parse_roles

    with opened(args, options=_OPTION) as (_config, backend):
        actor = signed_in(args, backend, Operation.ACCOUNTS_ADMIN)
        view, secret = backend.accounts.create_token(
            actor, purpose=args.purpose, roles=parse_roles(args.role), staff_no=args.staff
        )
    print(translate(
        "AccountCommand",
        "토큰 {id}({purpose})을 만들었습니다. 기록은 {staff_name} 님 이름으로 남습니다. 아래 "
        "토큰은 지금 한 번만 보여 주니 MINWON_TOKEN에 넣어 두세요.",
    ).format(id=view.id, purpose=view.purpose, staff_name=view.staff_name))
    print(secret)
    return EXIT_OK


def run_token_revoke(args: argparse.Namespace) -> int:
    with opened(args, options=_OPTION) as (_config, backend):
        actor = signed_in(args, backend, Operation.ACCOUNTS_ADMIN)
        backend.accounts.revoke_token(actor, args.token_id, reason=args.reason)
    print(settle(translate("AccountCommand", "토큰 {token_id}을(를) 폐기했습니다.").format(token_id=args.token_id)))
    return EXIT_OK


def run_token_list(args: argparse.Namespace) -> int:
    from minwon_desk.domain.roles import roles_text

    with opened(args) as (_config, backend):
        actor = signed_in(args, backend, Operation.ACCOUNTS_ADMIN)
        views = backend.accounts.tokens(actor)
    for t in views:
        state = translate("AccountCommand", "폐기 {revoked_at:%Y-%m-%d %H:%M}").format(revoked_at=t.revoked_at) if t.revoked_at else translate(
            "AccountCommand",
            "사용",
        )
        used = f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else ""
        print("\t".join((str(t.id), t.purpose, roles_text(t.roles), t.staff_name, state, used)))
    return EXIT_OK


def _roles(view: AccountView) -> str:
    from minwon_desk.domain.roles import roles_text

    return roles_text(view.roles)
