"""``minwon-desk staff import|export``: the roster from the HR department's spreadsheet,
and the directory for the agency's homepage.

Who is recorded as having imported: ``--as EMPLOYEE_NO``, else the desk operator set for
this desk (``desk_operator``), else — only while the database has no staff at all, the
first roster of a new agency — the system itself (an audit row without an actor).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import NoReturn

from minwon_desk.bootstrap import open_backend
from minwon_desk.cli import EXIT_OK, UsageError
from minwon_desk.domain.charter import CharterError
from minwon_desk.domain.errors import MinwonError, NotFoundError
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.services.tabular import ADD, SAME, UPDATE, ImportRejected, RowError
from minwon_desk.settings import AppConfig, resolve_config


def run_import(args: argparse.Namespace) -> int:
    config, backend = open_for(args)
    try:
        importer = backend.roster_import
        actor = import_actor(backend, config, args.actor)
        if args.dry_run:
            preview = importer.preview(args.file)
            if not preview.ok:
                reject(preview.file, preview.errors, dry_run=True)
            counts = _staff_counts(
                preview.count(ADD), preview.count(UPDATE), preview.count(SAME),
                len(preview.new_departments),
            )
            print(f"가져오면 {counts} ({preview.file}, {preview.encoding}). 검사만 했고 저장하지 않았습니다.")
            return EXIT_OK
        try:
            result = importer.apply(actor, args.file)
        except ImportRejected as exc:
            reject(args.file.name, exc.errors, dry_run=False)
        counts = _staff_counts(result.added, result.updated, result.unchanged, result.new_departments)
        print(f"직원 명부를 가져왔습니다: {counts} ({result.file}, {result.encoding}).")
        return EXIT_OK
    except MinwonError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        backend.close()


def run_export(args: argparse.Namespace) -> int:
    _config, backend = open_for(args)
    try:
        summary = backend.directory_export.write(args.output, args.format)
    except MinwonError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        backend.close()
    print(
        f"직원 안내를 내보냈습니다: {summary.path} "
        f"({summary.format.upper()}, 부서 {summary.departments}곳, 직원 {summary.officers}명)."
    )
    return EXIT_OK


# --- shared with ``absence import`` -------------------------------------------------------


def open_for(args: argparse.Namespace) -> tuple[AppConfig, Backend]:
    """The backend the options point at; a missing input file is refused before opening."""
    file = getattr(args, "file", None)
    if file is not None and not file.is_file():
        raise UsageError(f"파일 {file}을(를) 찾을 수 없습니다. 경로를 확인해 주세요.")
    config = resolve_config(
        data_dir=args.data_dir, db_url=args.db_url, charter=args.charter,
        desk_name=args.desk, demo=args.demo,
    )
    try:
        return config, open_backend(config)
    except (CharterError, MinwonError) as exc:
        raise UsageError(str(exc)) from exc


def import_actor(backend: Backend, config: AppConfig, given: str | None) -> Actor | None:
    """``--as``, else this desk's operator, else None (the system) on an empty roster."""
    operator = str(config.settings.get("desk_operator") or "").strip()
    employee_no = (given or "").strip() or operator
    if employee_no:
        try:
            staff = backend.staff.by_employee_no(employee_no)
            return Actor(staff_id=staff.id, name=staff.name, desk=backend.desk)
        except NotFoundError:
            pass
    empty = backend.roster_import.roster_is_empty()
    if given:
        if empty:
            raise UsageError(
                f"아직 등록된 직원이 없어 사번 {given}인 직원을 찾을 수 없습니다. 첫 명부는 --as 없이 "
                "가져오면 됩니다 (시스템이 가져온 것으로 기록됩니다)."
            )
        raise UsageError(f"사번 {given}인 직원이 없습니다. --as에 관리자의 사번을 적어 주세요.")
    if empty:
        return None
    if operator:
        raise UsageError(
            f"이 창구의 근무자로 설정된 사번 {operator}인 직원이 없습니다. --as 사번으로 관리자를 지정해 주세요."
        )
    raise UsageError(
        "누가 가져오는지 기록해야 합니다. --as 사번으로 관리자를 지정하거나, "
        "desk_operator 설정에 이 창구 근무자의 사번을 적어 주세요."
    )


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


def _staff_counts(added: int, updated: int, unchanged: int, departments: int) -> str:
    return f"추가 {added}명, 수정 {updated}명, 변경 없음 {unchanged}명, 새 부서 {departments}곳"
