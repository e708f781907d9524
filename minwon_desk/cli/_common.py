"""What the commands share: exit codes and bad input, option types and the options every
command takes, opening the database, and the file or print queue a document goes to. Who
does the work is in ``_signin``; importing a spreadsheet in ``_imports``.

Imported every time the program starts (``--version`` too): the database, the settings
and the print spooler are imported inside the functions that use them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path

from minwon_desk.domain.errors import MinwonError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.particles import settle

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from types import TracebackType
    from typing import Any, TypeAlias

    from minwon_desk.services.backend import Backend
    from minwon_desk.settings import AppConfig

    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

    # What ``set_defaults(handler=…)`` names: runs the parsed command, returns the exit status.
    Handler: TypeAlias = Callable[[argparse.Namespace], int]


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
