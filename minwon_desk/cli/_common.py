"""What the commands share: exit codes and bad input, option types and the options every
command takes, opening the database, who is recorded as doing the work, importing a
spreadsheet, and the file or print queue a document goes to.

Imported every time the program starts (``--version`` too): the database, the settings
and the print spooler are imported inside the functions that use them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from pathlib import Path

from minwon_desk.domain.errors import MinwonError, NotFoundError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.particles import settle

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from types import TracebackType
    from typing import Any, NoReturn, Protocol, TypeAlias

    from minwon_desk.domain.roles import Operation
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.dto import Actor, StaffSummary
    from minwon_desk.services.tabular import ImportPreview, ImportResult, RowError
    from minwon_desk.settings import AppConfig

    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

    # What ``set_defaults(handler=…)`` names: runs the parsed command, returns the exit status.
    Handler: TypeAlias = Callable[[argparse.Namespace], int]

    class TableImporter(Protocol):
        def preview(self, path: Path) -> ImportPreview[Any]: ...

        def apply(self, actor: Actor | None, path: Path) -> ImportResult: ...


EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_DENIED = 3


class UsageError(Exception):
    """Bad command-line input: printed and exit status 2."""

    def __init__(self, message: str) -> None:
        super().__init__(settle(message))


class Denied(Exception):
    """Not signed in, or not allowed: printed and exit status 3. Nothing was changed."""


# --- options ------------------------------------------------------------------------------


def date_arg(text: str) -> date:
    from minwon_desk.domain.timeutil import year_in_range, years_allowed

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(
                "CommandLine",
                "날짜 '{text}'를 읽을 수 없습니다. YYYY-MM-DD 형식으로 적어 주세요 (예: "
                "2026-10-02).",
            ).format(text=text)
        ) from None
    if not year_in_range(day.year):
        raise argparse.ArgumentTypeError(translate(
            "CommandLine",
            "날짜 '{text}'의 연도는 {years} 적을 수 있습니다.",
        ).format(text=text, years=years_allowed()))
    return day


def year_arg(text: str) -> int:
    from minwon_desk.domain.timeutil import year_in_range, years_allowed

    try:
        year = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(
                "CommandLine",
                "연도 '{text}'를 읽을 수 없습니다. 네 자리 숫자로 적어 주세요 (예: 2026).",
            ).format(text=text)
        ) from None
    if not year_in_range(year):
        raise argparse.ArgumentTypeError(translate(
            "CommandLine",
            "연도 '{text}'는 {years} 적을 수 있습니다.",
        ).format(text=text, years=years_allowed()))
    return year


def count_arg(text: str) -> int:
    """A positive whole number such as an ordinal (up to a million: anything more is a typo)."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            settle(translate(
                "CommandLine",
                "'{text}'은(는) 숫자가 아닙니다. 1 이상의 정수로 적어 주세요.",
            ).format(text=text))
        ) from None
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(settle(translate(
            "CommandLine",
            "'{text}'은(는) 1부터 1000000까지 적을 수 있습니다.",
        ).format(text=text)))
    return value


def common_options(*, subcommand: bool = False) -> argparse.ArgumentParser:
    """The options every command takes, as a parent parser: one for the main parser, and
    one (``subcommand``) for the commands, whose copies have no default — otherwise a
    command's default would overwrite what was given before the command word, and
    ``minwon-desk --data-dir A memo list`` would read the default folder."""
    common = argparse.ArgumentParser(add_help=False)
    extra: dict[str, Any] = {"default": argparse.SUPPRESS} if subcommand else {}
    group = common.add_argument_group(translate("CommandLine", "데이터와 설정"))
    group.add_argument("--data-dir", metavar="DIR", help=translate(
        "CommandLine",
        "데이터 폴더 (기본: 이 컴퓨터의 사용자 데이터 폴더)",
    ), **extra)
    group.add_argument("--db-url", metavar="URL", help=translate(
        "CommandLine",
        "데이터베이스 주소 (환경 변수 MINWON_DB_URL도 됩니다)",
    ), **extra)
    group.add_argument("--charter", metavar="FILE", help=translate(
        "CommandLine",
        "이행표준: mss, tipa 또는 TOML 파일 경로",
    ), **extra)
    group.add_argument("--desk", metavar="NAME", help=translate("CommandLine", "이 창구의 이름"), **extra)
    group.add_argument("--demo", action="store_true", help=translate(
        "CommandLine",
        "데모 기관으로 실행 (실제 데이터베이스는 건드리지 않음)",
    ), **extra)
    # Read before the parser is built too (cli.chosen_language), so that --help follows it.
    group.add_argument(
        "--lang", choices=("ko", "en"),
        help=translate("CommandLine", "화면과 메시지의 언어 (기본: 설정의 language)"), **extra,
    )
    who = common.add_argument_group(translate("CommandLine", "누가 하는지"))
    who.add_argument(
        "--as", dest="actor", metavar="ACCOUNT",
        help=translate(
            "CommandLine",
            "계정 이름 또는 사번. 비밀번호는 물어보거나 환경 변수 MINWON_PASSWORD에서 "
            "읽습니다. 서비스 토큰은 MINWON_TOKEN으로 줍니다",
        ),
        **extra,
    )
    return common


def command_group(
    sub: Subparsers, common: argparse.ArgumentParser, name: str, summary: str, *,
    dest: str, metavar: str,
) -> Subparsers:
    """``minwon-desk NAME ACTION …``: a command word and the place for its actions, one of
    which must be given."""
    group = sub.add_parser(name, parents=[common], help=summary)
    return group.add_subparsers(dest=dest, metavar=metavar, required=True)


def import_options() -> argparse.ArgumentParser:
    """``--dry-run`` of the spreadsheet imports, as a parent parser."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--dry-run", action="store_true", help=translate(
        "CommandLine",
        "검사만 하고 저장하지 않음",
    ))
    return options


def add_destination(parser: argparse.ArgumentParser, *, queue_metavar: str) -> None:
    """``-o FILE.pdf`` or ``--printer QUEUE``: exactly one of them."""
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", type=Path, metavar="FILE.pdf")
    where.add_argument("--printer", metavar=queue_metavar, help=translate(
        "CommandLine",
        "이 인쇄 대기열로 보냅니다 (CUPS)",
    ))


# --- input --------------------------------------------------------------------------------


def moment(text: str | None, option: str) -> datetime | None:
    """An ISO 8601 moment given with ``option`` (Seoul time without an offset), or None."""
    from minwon_desk.services.deadlines import parse_start

    if not text:
        return None
    try:
        return parse_start(text, what=translate("CommandLine", "{option} 시각").format(option=option))
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def iso(dt: datetime | None) -> str:
    """A moment as printed: ISO 8601 in Seoul time (+09:00); empty for none."""
    from minwon_desk.domain.timeutil import to_seoul

    return to_seoul(dt).isoformat(timespec="seconds") if dt is not None else ""


# --- the database -------------------------------------------------------------------------


class opened:
    """``with opened(args) as (config, backend):`` the configuration and backend the
    options point at, closed when the block ends. A refusal from the rules in the block is
    bad input, naming the option of the field it is about (``options``: field → option).

    A missing input file is refused before anything is opened; with ``build_demo`` and
    ``--demo``, the demo agency is built first if it is not there yet.
    """

    # A class rather than @contextmanager: contextlib is not imported at start-up.

    def __init__(
        self, args: argparse.Namespace, *, build_demo: bool = False,
        options: Mapping[str, str] | None = None,
    ) -> None:
        self._args = args
        self._build_demo = build_demo
        self._options = options
        self._backend: Backend | None = None

    def __enter__(self) -> tuple[AppConfig, Backend]:
        config, self._backend = _open(self._args, build_demo=self._build_demo)
        return config, self._backend

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._backend is not None:
            self._backend.close()
        from minwon_desk.domain.errors import PermissionDenied, SignInRefused

        if isinstance(exc, PermissionDenied | SignInRefused):
            raise Denied(exc.message) from exc
        if isinstance(exc, ValidationError) and (option := (self._options or {}).get(exc.field)):
            # An option's name is itself; a field named in words is said in the language.
            raise UsageError(f"{translate('CommandLine', option)}: {exc.message}") from exc
        if isinstance(exc, MinwonError):
            raise UsageError(str(exc)) from exc


def config_of(args: argparse.Namespace) -> AppConfig:
    """The configuration the options point at; a settings file that cannot be read is bad
    input (its sentence says which file and why)."""
    from minwon_desk.settings import SettingsError, resolve_config

    try:
        return resolve_config(
            data_dir=args.data_dir, db_url=args.db_url, charter=args.charter,
            desk_name=args.desk, demo=args.demo,
        )
    except SettingsError as exc:
        raise UsageError(str(exc)) from None


def _open(args: argparse.Namespace, *, build_demo: bool) -> tuple[AppConfig, Backend]:
    from minwon_desk.bootstrap import open_backend
    from minwon_desk.domain.charter import CharterError
    file = getattr(args, "file", None)
    if file is not None and not file.is_file():
        if file.exists() and not file.is_dir():  # a device or a pipe: it would never end
            raise UsageError(translate(
                "CommandLine",
                "{file}은(는) 일반 파일이 아닙니다. 가져올 CSV나 XLSX 파일을 지정해 주세요.",
            ).format(file=file))
        raise UsageError(translate(
            "CommandLine",
            "파일 {file}을(를) 찾을 수 없습니다. 경로를 확인해 주세요.",
        ).format(file=file))
    config = config_of(args)
    try:
        backend = open_backend(config)
    except (CharterError, MinwonError) as exc:
        raise UsageError(str(exc)) from exc
    if build_demo and config.demo:
        from minwon_desk.services.demo.agency import ensure_demo

        try:
            ensure_demo(backend)
        except MinwonError as exc:
            backend.close()
            raise UsageError(str(exc)) from exc
    return config, backend


# --- who does it --------------------------------------------------------------------------


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


def import_actor(backend: Backend, args: argparse.Namespace, op: Operation) -> Actor:
    """Who imports a spreadsheet: the account signed in, whose roles allow ``op``."""
    return signed_in(args, backend, op)


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


# --- spreadsheet imports ------------------------------------------------------------------


def import_table(
    args: argparse.Namespace,
    op: Operation,
    importer_of: Callable[[Backend], TableImporter],
    counts: Callable[[int, int, int, int], str],
    imported: str,
) -> int:
    """``FILE [--dry-run] [--as EMPLOYEE_NO]``: all rows or none, every bad row on stderr
    (exit status 2). ``counts(added, updated, unchanged, new departments)`` words the
    figures; ``imported`` begins the line said once the rows are saved."""
    from minwon_desk.services.tabular import ADD, SAME, UPDATE, ImportRejected

    with opened(args) as (_config, backend):
        importer = importer_of(backend)
        actor = import_actor(backend, args, op)
        if args.dry_run:
            preview = importer.preview(args.file)
            if not preview.ok:
                reject(preview.file, preview.errors, dry_run=True)
            warn(preview.warnings)
            figures = counts(
                preview.count(ADD), preview.count(UPDATE), preview.count(SAME),
                len(preview.new_departments),
            )
            print(translate(
                "CommandLine",
                "가져오면 {figures} ({file}, {encoding}). 검사만 했고 저장하지 않았습니다.",
            ).format(figures=figures, file=preview.file, encoding=preview.encoding))
            return EXIT_OK
        try:
            result = importer.apply(actor, args.file)
        except ImportRejected as exc:
            reject(args.file.name, exc.errors, dry_run=False)
        warn(result.warnings)
        figures = counts(result.added, result.updated, result.unchanged, result.new_departments)
        print(f"{imported}: {figures} ({result.file}, {result.encoding}).")
        return EXIT_OK


def warn(warnings: Iterable[RowError]) -> None:
    """What is worth a look but does not stop the import, each on its own line on stderr."""
    for warning in warnings:
        print(translate("CommandLine", "주의 — {warning}").format(warning=warning), file=sys.stderr)


def reject(file: str, errors: Iterable[RowError], *, dry_run: bool) -> NoReturn:
    """Every error on its own line on stderr, then the verdict (exit status 2)."""
    errors = list(errors)
    for error in errors:
        print(error, file=sys.stderr)
    if dry_run:
        raise UsageError(translate(
            "CommandLine",
            "{file}에 고칠 곳이 {count}군데 있습니다. 고친 뒤 다시 검사해 주세요.",
        ).format(file=file, count=len(errors)))
    raise UsageError(
        translate(
            "CommandLine",
            "{file}에 고칠 곳이 {count}군데 있어 아무것도 가져오지 않았습니다. 고친 뒤 다시 "
            "가져와 주세요.",
        ).format(file=file, count=len(errors))
    )


# --- where a document goes ----------------------------------------------------------------


def checked_output(
    path: Path, *, example: str | None = None, kind: str | None = None
) -> Path:
    """Refused before any work is done: a folder that does not exist, or a folder given
    where a file is meant (the message suggests ``example`` in it: a seating chart's
    name unless said; ``kind``: a PDF file unless said)."""
    example = example or translate("CommandLine", "좌석배치도.pdf")
    kind = kind or translate("CommandLine", "PDF 파일")
    if path.is_dir():
        raise UsageError(translate(
            "CommandLine",
            "{path}은(는) 폴더입니다. 저장할 {kind} 이름을 적어 주세요 (예: {example}).",
        ).format(path=path, kind=kind, example=path / example))
    if not path.parent.is_dir():
        raise UsageError(translate(
            "CommandLine",
            "폴더 {parent}이(가) 없습니다. 저장할 위치를 확인해 주세요.",
        ).format(parent=path.parent))
    return path


def write_output(path: Path, data: bytes) -> None:
    """The file written whole or not at all: a failed run leaves any earlier file as it was."""
    from minwon_desk.files import write_atomically, write_failure

    try:
        write_atomically(path, data)
    except OSError as exc:
        raise UsageError(write_failure(path, exc)) from None


def send_to_printer(pdf: bytes, *, printer: str, title: str, noun: str) -> str | None:
    """Queue ``pdf`` on ``printer``: the job id, or None once the failure is said on stderr
    (the caller exits with failure). A printer that does not exist is bad input. ``noun``
    names what is printed (문서, 증서) in the hint to save it with ``-o`` instead."""
    from minwon_desk.services.spooler import NO_SUCH_PRINTER, PrintError, submit

    try:
        return submit(pdf, printer=printer, title=title)
    except PrintError as exc:
        message = translate("CommandLine", "{exc} {noun}는 -o 파일.pdf 로 저장할 수 있습니다.").format(exc=exc, noun=noun)
        if exc.reason == NO_SUCH_PRINTER:  # a wrong name is bad input
            raise UsageError(f"--printer: {message}") from None
        print(f"minwon-desk: {message}", file=sys.stderr)
        return None
