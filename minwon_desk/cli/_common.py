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

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from types import TracebackType
    from typing import Any, NoReturn, Protocol, TypeAlias

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


class UsageError(Exception):
    """Bad command-line input: printed and exit status 2."""


# --- options ------------------------------------------------------------------------------


def date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"날짜 '{text}'를 읽을 수 없습니다. YYYY-MM-DD 형식으로 적어 주세요 (예: 2026-10-02)."
        ) from None


def year_arg(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"연도 '{text}'를 읽을 수 없습니다. 네 자리 숫자로 적어 주세요 (예: 2026)."
        ) from None


def common_options() -> argparse.ArgumentParser:
    """The options every command takes, as a parent parser."""
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("데이터와 설정")
    group.add_argument("--data-dir", metavar="DIR", help="데이터 폴더 (기본: 이 컴퓨터의 사용자 데이터 폴더)")
    group.add_argument("--db-url", metavar="URL", help="데이터베이스 주소 (환경 변수 MINWON_DB_URL도 됩니다)")
    group.add_argument("--charter", metavar="FILE", help="이행표준: mss, tipa 또는 TOML 파일 경로")
    group.add_argument("--desk", metavar="NAME", help="이 창구의 이름")
    group.add_argument("--demo", action="store_true", help="데모 기관으로 실행 (실제 데이터베이스는 건드리지 않음)")
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
    """``--as`` and ``--dry-run`` of the spreadsheet imports, as a parent parser."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--as", dest="actor", metavar="EMPLOYEE_NO",
        help="기록에 남을 관리자의 사번 (기본: 이 창구에 설정된 근무자)",
    )
    options.add_argument("--dry-run", action="store_true", help="검사만 하고 저장하지 않음")
    return options


def add_destination(parser: argparse.ArgumentParser, *, queue_metavar: str) -> None:
    """``-o FILE.pdf`` or ``--printer QUEUE``: exactly one of them."""
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", type=Path, metavar="FILE.pdf")
    where.add_argument("--printer", metavar=queue_metavar, help="이 인쇄 대기열로 보냅니다 (CUPS)")


# --- input --------------------------------------------------------------------------------


def moment(text: str | None, option: str) -> datetime | None:
    """An ISO 8601 moment given with ``option`` (Seoul time without an offset), or None."""
    from minwon_desk.services.deadlines import parse_start

    if not text:
        return None
    try:
        return parse_start(text)
    except ValueError as exc:
        raise UsageError(str(exc).replace("시작 시각", f"{option} 시각")) from None


def iso(dt: datetime | None) -> str:
    """A moment as printed: ISO 8601 in Seoul time (+09:00); empty for none."""
    from minwon_desk.domain.timeutil import to_seoul

    return to_seoul(dt).isoformat() if dt is not None else ""


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
        if isinstance(exc, ValidationError) and (option := (self._options or {}).get(exc.field)):
            raise UsageError(f"{option}: {exc.message}") from exc
        if isinstance(exc, MinwonError):
            raise UsageError(str(exc)) from exc


def _open(args: argparse.Namespace, *, build_demo: bool) -> tuple[AppConfig, Backend]:
    from minwon_desk.bootstrap import open_backend
    from minwon_desk.domain.charter import CharterError
    from minwon_desk.settings import resolve_config

    file = getattr(args, "file", None)
    if file is not None and not file.is_file():
        raise UsageError(f"파일 {file}을(를) 찾을 수 없습니다. 경로를 확인해 주세요.")
    config = resolve_config(
        data_dir=args.data_dir, db_url=args.db_url, charter=args.charter,
        desk_name=args.desk, demo=args.demo,
    )
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


def desk_operator(config: AppConfig) -> str:
    """The employee number set for this desk (the ``desk_operator`` setting), or ""."""
    return str(config.settings.get("desk_operator") or "").strip()


def staff_actor(backend: Backend, employee_no: str, not_found: str) -> Actor:
    """The staff member with ``employee_no`` as the one doing the work; ``not_found`` is
    said when there is none."""
    return _actor(backend, _staff(backend, employee_no, not_found))


def desk_actor(
    backend: Backend, given: str | None, *, nobody: str, operator: str = "",
    demo: bool = False, fallback: int | None = None,
    unknown: Callable[[str, str], str] | None = None,
) -> Actor:
    """Who is recorded as doing the work: ``--as`` (``given``), else this desk's operator
    (``operator``, where the setting counts), else with ``demo`` the demo's operator, else
    the staff member ``fallback``; with none of them, ``nobody`` is said.

    An employee number that is not on the staff is said by ``unknown(option, number)``
    (``option`` names where the number came from), by default with a hint to look it up.
    """
    employee_no, option = (given or "").strip(), "--as"
    if not employee_no:
        employee_no, option = operator, "desk_operator 설정"
    if not employee_no and demo:
        from minwon_desk.services.demo.agency import DEMO_OPERATOR_NO

        # The demo window starts with its operator at the desk; so does the demo here.
        employee_no, option = DEMO_OPERATOR_NO, "--demo"
    if employee_no:
        return staff_actor(backend, employee_no, (unknown or _not_on_staff)(option, employee_no))
    if fallback is None:
        raise UsageError(nobody)
    return _actor(backend, backend.staff.get(fallback))


def import_actor(backend: Backend, config: AppConfig, given: str | None) -> Actor | None:
    """Who imports a spreadsheet: as ``desk_actor``, but None (the system itself) while the
    database has no staff at all, the first roster of a new agency."""
    if backend.roster_import.roster_is_empty():
        if given:
            raise UsageError(
                f"아직 등록된 직원이 없어 사번 {given}인 직원을 찾을 수 없습니다. 첫 명부는 --as 없이 "
                "가져오면 됩니다 (시스템이 가져온 것으로 기록됩니다)."
            )
        return None
    return desk_actor(
        backend, given, operator=desk_operator(config), unknown=_not_an_administrator,
        nobody="누가 가져오는지 기록해야 합니다. --as 사번으로 관리자를 지정하거나, "
               "desk_operator 설정에 이 창구 근무자의 사번을 적어 주세요.",
    )


def _staff(backend: Backend, employee_no: str, not_found: str) -> StaffSummary:
    try:
        return backend.staff.by_employee_no(employee_no.strip())
    except NotFoundError:
        raise UsageError(not_found) from None


def _actor(backend: Backend, staff: StaffSummary) -> Actor:
    from minwon_desk.services.dto import Actor

    return Actor(staff_id=staff.id, name=staff.name, desk=backend.desk)


def _not_on_staff(option: str, employee_no: str) -> str:
    return (
        f"{option}: 사번 {employee_no}인 직원이 없습니다. "
        "'minwon-desk staff find 이름'으로 사번을 찾아 보세요."
    )


def _not_an_administrator(option: str, employee_no: str) -> str:
    if option == "--as":
        return f"사번 {employee_no}인 직원이 없습니다. --as에 관리자의 사번을 적어 주세요."
    return (
        f"이 창구의 근무자로 설정된 사번 {employee_no}인 직원이 없습니다. "
        "--as 사번으로 관리자를 지정해 주세요."
    )


# --- spreadsheet imports ------------------------------------------------------------------


def import_table(
    args: argparse.Namespace,
    importer_of: Callable[[Backend], TableImporter],
    counts: Callable[[int, int, int, int], str],
    imported: str,
) -> int:
    """``FILE [--dry-run] [--as EMPLOYEE_NO]``: all rows or none, every bad row on stderr
    (exit status 2). ``counts(added, updated, unchanged, new departments)`` words the
    figures; ``imported`` begins the line said once the rows are saved."""
    from minwon_desk.services.tabular import ADD, SAME, UPDATE, ImportRejected

    with opened(args) as (config, backend):
        importer = importer_of(backend)
        actor = import_actor(backend, config, args.actor)
        if args.dry_run:
            preview = importer.preview(args.file)
            if not preview.ok:
                reject(preview.file, preview.errors, dry_run=True)
            figures = counts(
                preview.count(ADD), preview.count(UPDATE), preview.count(SAME),
                len(preview.new_departments),
            )
            print(f"가져오면 {figures} ({preview.file}, {preview.encoding}). 검사만 했고 저장하지 않았습니다.")
            return EXIT_OK
        try:
            result = importer.apply(actor, args.file)
        except ImportRejected as exc:
            reject(args.file.name, exc.errors, dry_run=False)
        figures = counts(result.added, result.updated, result.unchanged, result.new_departments)
        print(f"{imported}: {figures} ({result.file}, {result.encoding}).")
        return EXIT_OK


def reject(file: str, errors: Iterable[RowError], *, dry_run: bool) -> NoReturn:
    """Every error on its own line on stderr, then the verdict (exit status 2)."""
    errors = list(errors)
    for error in errors:
        print(error, file=sys.stderr)
    if dry_run:
        raise UsageError(f"{file}에 고칠 곳이 {len(errors)}군데 있습니다. 고친 뒤 다시 검사해 주세요.")
    raise UsageError(
        f"{file}에 고칠 곳이 {len(errors)}군데 있어 아무것도 가져오지 않았습니다. 고친 뒤 다시 가져와 주세요."
    )


# --- where a document goes ----------------------------------------------------------------


def checked_output(path: Path, *, example: str = "좌석배치도.pdf", kind: str = "PDF 파일") -> Path:
    """Refused before any work is done: a folder that does not exist, or a folder given
    where a file is meant (the message suggests ``example`` in it)."""
    if path.is_dir():
        raise UsageError(f"{path}은(는) 폴더입니다. 저장할 {kind} 이름을 적어 주세요 (예: {path / example}).")
    if not path.parent.is_dir():
        raise UsageError(f"폴더 {path.parent}이(가) 없습니다. 저장할 위치를 확인해 주세요.")
    return path


def write_output(path: Path, data: bytes) -> None:
    """The file written whole or not at all: a failed run leaves any earlier file as it was."""
    from minwon_desk.files import write_atomically

    try:
        write_atomically(path, data)
    except OSError as exc:
        raise UsageError(
            f"{path}에 저장할 수 없습니다({exc.strerror}). 다른 위치를 지정해 주세요."
        ) from None


def send_to_printer(pdf: bytes, *, printer: str, title: str, noun: str) -> str | None:
    """Queue ``pdf`` on ``printer``: the job id, or None once the failure is said on stderr
    (the caller exits with failure). A printer that does not exist is bad input. ``noun``
    names what is printed (문서, 증서) in the hint to save it with ``-o`` instead."""
    from minwon_desk.services.spooler import NO_SUCH_PRINTER, PrintError, submit

    try:
        return submit(pdf, printer=printer, title=title)
    except PrintError as exc:
        message = f"{exc} {noun}는 -o 파일.pdf 로 저장할 수 있습니다."
        if exc.reason == NO_SUCH_PRINTER:  # a wrong name is bad input
            raise UsageError(f"--printer: {message}") from None
        print(f"minwon-desk: {message}", file=sys.stderr)
        return None
