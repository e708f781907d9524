"""Command-line entry: the desk window by default, and administrative subcommands.

``minwon-desk``                      the window (``--demo`` for the demo agency)
``minwon-desk due …``               when a period falls due (no database needed)
``minwon-desk calendar …``          the agency's own holidays and working days
``minwon-desk staff …``             import, export and find staff
``minwon-desk absence import …``    import absences (출장, 휴가, …) with their deputies
``minwon-desk print …``             seating-chart posters and nameplates as PDF
``minwon-desk memo take|list``      phone memos: take one for an officer, list them
``minwon-desk case open|answer|list|show``  cases (민원): register, answer, list by state, show one
``minwon-desk outbox list|send``  notices to petitioners: what waits, was sent or failed; send now
``minwon-desk print receipt|reply-letter|extension-notice|interim-notice``  case documents
``minwon-desk print vouchers --month YYYY-MM | --serial SERIAL``  compensation vouchers
``minwon-desk site plan|done|cancel|list``  visits to a company for a case (현장 방문)
``minwon-desk survey export YEAR -o FILE.xlsx``  the year's satisfaction survey as a workbook
``minwon-desk report monthly YYYY-MM -o FILE.pdf``  the month's self-inspection report
``minwon-desk db upgrade|check``    create or upgrade the schema; check the server from this PC
``minwon-desk watch [--kinds …] [--since SEQ]``  every change, as it is committed
``minwon-desk account init|add|password|reset|disable|enable|unlock|grant|revoke|list|token``
                                     accounts, roles and service tokens
``minwon-desk audit verify``        check that the audit trail and the access log are whole
``minwon-desk purge [--dry-run] [--yes] | purge ledger -o FILE.pdf``  destroy what is past
                                     its retention period; the destruction ledger
``minwon-desk backup [-o FILE] [--encrypt]``, ``backup verify FILE``, ``restore FILE``
                                     a consistent copy of the database, checked, and put back
``minwon-desk audit review YYYY-MM --finding TEXT``  record the month's access-log review
``minwon-desk report access YYYY-MM -o FILE.pdf|.xlsx``  the month's access-log review

Commands that read or write citizen data, or administer, act as someone: ``--as ACCOUNT``
(an account name or a 사번) with the password from a prompt or ``MINWON_PASSWORD``, or a
service token in ``MINWON_TOKEN``. Bad input exits with status 2 and a sentence that says
what is wrong; a refused sign-in or a permission the account lacks exits with status 3,
nothing changed.

One module per command: ``register`` declares its subcommands, options and help and names
its handler; ``_common`` holds what the commands share (``_signin`` who does the work,
``_imports`` importing a spreadsheet). Commands use services, and domain
for parsing and formatting (with ``bootstrap``, ``settings`` and ``files`` from the top of
the package); they never import ui. The one way to the window is ``main`` without a
command: ``_run_gui`` imports ``minwon_desk.app`` (which brings Qt and ui) inside the
function. Every command module is imported to build the parser, so each imports the
database, settings and documents inside its handlers: ``--version`` and ``due`` start
without SQLAlchemy, Qt or reportlab.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from minwon_desk.cli import (
    absence,
    account,
    audit,
    backup,
    calendar,
    case,
    case_print,
    db,
    due,
    memo,
    outbox,
    printing,
    purge,
    report,
    site,
    staff,
    staff_find,
    survey,
    voucher_print,
    watch,
)
from minwon_desk.cli._common import (
    EXIT_BAD_INPUT,
    EXIT_DENIED,
    EXIT_FAILED,
    EXIT_OK,
    Denied,
    UsageError,
    command_group,
    common_options,
    config_of,
)
from minwon_desk.cli._shown import shown_output
from minwon_desk.domain import i18n
from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.i18n import translate
from minwon_desk.translations import lookup_for

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Handler


def build_parser() -> argparse.ArgumentParser:
    # The commands' copies of the common options have no defaults, so that an option given
    # before the command word is not overwritten by the command's default.
    common = common_options(subcommand=True)
    parser = argparse.ArgumentParser(
        prog="minwon-desk",
        description=translate(
            "CommandLine",
            "민원 데스크 — 고객응대서비스 이행표준으로 운영하는 민원 안내 창구",
        ),
        parents=[common_options()],
    )
    parser.add_argument(
        "--version", action=_VersionAction, help=translate(
            "CommandLine",
            "버전과 데이터베이스 스키마 버전을 보여 주고 끝냅니다",
        ),
    )
    parser.add_argument(
        "--screenshot", metavar="PATH", type=Path,
        help=translate("CommandLine", "창이 준비되면 PNG로 저장하고 종료합니다"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # In the order ``--help`` lists them. ``staff`` and ``print`` gather commands of
    # several modules, so their words are made here.
    due.register(sub, common)
    calendar.register(sub, common)
    staff_actions = command_group(
        sub, common, "staff", translate("CommandLine", "직원 명부 가져오기·내보내기·찾기"), dest="staff_command", metavar="ACTION"
    )
    staff.register(staff_actions, common)
    staff_find.register(staff_actions, common)
    absence.register(sub, common)
    print_actions = command_group(
        sub, common, "print", translate("CommandLine", "좌석배치도·명패 PDF 만들기"), dest="print_command", metavar="WHAT"
    )
    printing.register(print_actions, common)
    case_print.register(print_actions, common)
    voucher_print.register(print_actions, common)
    memo.register(sub, common)
    case.register(sub, common)
    site.register(sub, common)
    outbox.register(sub, common)
    survey.register(sub, common)
    report.register(sub, common)
    db.register(sub, common)
    watch.register(sub, common)
    account.register(sub, common)
    audit.register(sub, common)
    purge.register(sub, common)
    backup.register(sub, common)
    return parser


class _VersionAction(argparse.Action):
    """``--version``: the app's version and its schema version, read from the migration
    files when asked (not each time a parser is built)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
        values: object, option_string: str | None = None,
    ) -> None:
        from minwon_desk.services.about import version_text

        print(version_text())
        parser.exit()


def main(argv: Sequence[str] | None = None) -> int:
    with shown_output():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    before = i18n.installed()
    # The language is known before the parser is built, so that its help follows it.
    i18n.install(lookup_for(chosen_language(words)))
    try:
        return _run(words)
    finally:
        i18n.install(before)


def chosen_language(argv: Sequence[str]) -> str | None:
    """``--lang`` if given, else the ``language`` setting of the data folder the options
    point at (None when it cannot be read: the command itself will say why)."""
    options = argv[: argv.index("--")] if "--" in argv else argv
    asked = _option_value(options, "--lang")
    if asked is not None:
        return asked
    from minwon_desk.settings import SettingsError, SettingsStore, default_data_dir

    folder = _option_value(options, "--data-dir")
    base = Path(folder).expanduser() if folder else default_data_dir()
    if "--demo" in options:
        base = base / "demo"
    try:
        language = SettingsStore.load(base / "settings.toml").get("language")
    except (SettingsError, OSError, ValueError):
        return None
    return language if isinstance(language, str) else None


def _option_value(argv: Sequence[str], option: str) -> str | None:
    """The value of ``option`` as argparse takes it (``--opt V`` or ``--opt=V``, the last
    one winning)."""
    value = None
    for at, word in enumerate(argv):
        if word == option and at + 1 < len(argv):
            value = argv[at + 1]
        elif word.startswith(option + "="):
            value = word.split("=", 1)[1]
    return value


def _run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return _run_gui(args)
        code = handler(args)
        sys.stdout.flush()  # a reader gone is met here, not at exit
        return code
    except BrokenPipeError:
        # ``minwon-desk memo list | head -1``: the reader has what it wanted.
        _discard_stdout()
        return EXIT_OK
    except UsageError as exc:
        print(f"minwon-desk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Denied as exc:
        print(f"minwon-desk: {exc}", file=sys.stderr)
        return EXIT_DENIED
    except MinwonError as exc:
        # A refusal met outside ``opened`` (a settings file, a database address): still
        # a sentence and status 2, never a traceback.
        print(f"minwon-desk: {exc.message}", file=sys.stderr)
        return EXIT_BAD_INPUT



def _discard_stdout() -> None:
    """Point standard output at nothing, so that Python's own flush at exit does not
    complain about the closed pipe once more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # not a real file (a test's capture): nothing to do
        pass


def _run_gui(args: argparse.Namespace) -> int:
    if _no_display():
        if args.screenshot is None:
            print(
                translate(
                    "CommandLine",
                    "minwon-desk: 화면(디스플레이)을 찾을 수 없어 창을 열 수 없습니다. "
                    "데스크톱에서 실행하거나, 화면 없이 확인하려면 --screenshot PATH를 "
                    "쓰세요.",
                ),
                file=sys.stderr,
            )
            return EXIT_FAILED
        # A screenshot needs no screen: draw offscreen instead of letting Qt abort.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from minwon_desk.app import run_gui  # Qt is imported only when a window is wanted
    config = config_of(args)
    return run_gui(config, screenshot=args.screenshot, language=args.lang)


def _no_display() -> bool:
    """On Linux/BSD without X11 or Wayland (and no platform chosen), Qt would abort."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


if __name__ == "__main__":
    sys.exit(main())
