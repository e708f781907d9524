"""``minwon-desk backup [-o FILE] [--encrypt]``, ``backup verify FILE`` and
``minwon-desk restore FILE [--yes]``: a consistent copy of the database while the desks keep
working, checked, and put back.

Backup and restore act as a 관리자 (``--as``). ``backup verify`` needs no database: it
checks the file (magic, checksum, passphrase, its own pages) and prints what it holds,
exit status 0 when it is whole and 1 when it is not. A restore refused (another agency, a
newer schema, a damaged file, a wrong passphrase, a folder it cannot write) exits with
status 2 and changes nothing.

The passphrase of an encrypted backup comes from ``MINWON_BACKUP_PASSPHRASE`` or a prompt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from minwon_desk.cli._common import EXIT_FAILED, EXIT_OK, UsageError, opened
from minwon_desk.cli._signin import read_secret, signed_in
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers
    from minwon_desk.services.backup.fileformat import Manifest
    from minwon_desk.services.backup.service import RestoreResult

PASSPHRASE_ENV = "MINWON_BACKUP_PASSPHRASE"
MIN_PASSPHRASE = 8


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    backup = sub.add_parser(
        "backup", parents=[common], help=translate("BackupCommand", "데이터베이스 백업(일관된 사본) 만들기·검사"),
        description=translate("BackupCommand", "창구들이 일하는 중에도 데이터베이스의 일관된 사본을 만듭니다(파일은 주인만 읽을 수 "
                    "있게 0600). 'backup verify 파일'은 백업 파일을 검사하고 담긴 건수를 보여 줍니다. "
                    "관리자 권한이 필요합니다."),
    )
    backup.add_argument("-o", "--output", type=Path, metavar="FILE.mwbak",
                        help=translate("BackupCommand", "저장할 파일 (없으면 백업 폴더에 날짜 이름으로)"))
    backup.add_argument("--encrypt", action="store_true",
                        help=translate("BackupCommand", "암호로 암호화합니다 (암호는 입력하거나 {env}로)").format(
                            env=PASSPHRASE_ENV))
    backup.set_defaults(handler=run_backup)
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION")
    verify = actions.add_parser(
        "verify", parents=[common], help=translate("BackupCommand", "백업 파일 검사(검사합·암호·건수)"),
        description=translate("BackupCommand", "백업 파일이 온전한지(형식, 검사합, 암호, 데이터베이스) 검사하고 종류별 건수, "
                    "스키마, 기관을 보여 줍니다. 온전하면 종료 코드 0, 아니면 1입니다."),
    )
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.set_defaults(handler=run_verify)
    restore = sub.add_parser(
        "restore", parents=[common], help=translate("BackupCommand", "백업 파일로 데이터베이스 되돌리기"),
        description=translate("BackupCommand", "백업 파일을 검사하고(다른 기관·더 새 스키마의 백업은 거절), 확인을 받은 뒤 "
                    "지금의 데이터베이스를 따로 보관하고 복원합니다. 관리자 권한이 필요합니다."),
    )
    restore.add_argument("backup_file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help=translate("BackupCommand", "묻지 않고 복원합니다 (스크립트용)"))
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from minwon_desk.domain.timeutil import to_seoul

    passphrase = _new_passphrase() if args.encrypt else None
    with opened(args) as (config, backend):
        actor = signed_in(args, backend, Operation.BACKUP)
        target = args.output
        if target is None:
            stamp = to_seoul(backend.clock()).strftime("%Y%m%d-%H%M%S")
            target = config.backup_folder / f"minwon-{stamp}.mwbak"
            _make_folder(target.parent)
        result = backend.backups.take(actor, target, passphrase=passphrase)
    print(translate("BackupCommand", "백업했습니다: {path}").format(path=result.path))
    _describe(result.manifest)
    return EXIT_OK


def run_verify(args: argparse.Namespace) -> int:
    from minwon_desk.services.backup.copy import verify
    from minwon_desk.services.backup.fileformat import BackupRefused, PassphraseNeeded

    try:
        try:
            manifest = verify(args.file, _given_passphrase())
        except PassphraseNeeded:
            manifest = verify(args.file, _asked_passphrase())
    except BackupRefused as exc:
        print(f"minwon-desk: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    print(translate("BackupCommand", "이상 없음 — {path}").format(path=args.file))
    _describe(manifest)
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from minwon_desk.services.backup.fileformat import PassphraseNeeded

    with opened(args) as (config, backend):
        actor = None
        if not backend.accounts.needs_first_admin():
            actor = signed_in(args, backend, Operation.BACKUP)
        confirmed = {"asked": False}

        def confirm(manifest: Manifest) -> bool:
            confirmed["asked"] = True
            print(translate("BackupCommand", "복원할 백업: {path}").format(path=args.backup_file))
            _describe(manifest)
            print(translate("BackupCommand", "복원할 곳: {database}").format(database=backend.database_label))
            return bool(args.yes) or _ask_yes(translate(
                "BackupCommand", "지금의 데이터베이스를 따로 보관하고 이 백업으로 바꿉니다. 계속할까요? [y/N] "))

        def restore(passphrase: str | None) -> RestoreResult | None:
            return backend.backups.restore(
                actor, args.backup_file, passphrase=passphrase, confirm=confirm,
                work_dir=_work_dir(config.data_dir), backup_dir=config.backup_folder)

        try:
            result = restore(_given_passphrase())
        except PassphraseNeeded:
            result = restore(_asked_passphrase())
    if result is None:
        print(translate("BackupCommand", "복원하지 않았습니다. 아무것도 바꾸지 않았습니다."), file=sys.stderr)
        return EXIT_FAILED
    if result.aside.suffix == ".mwbak":
        print(translate("BackupCommand", "복원 전의 데이터베이스를 백업했습니다: {path}").format(path=result.aside))
    else:
        print(translate("BackupCommand", "복원 전의 데이터베이스는 여기 따로 두었습니다: {path}").format(path=result.aside))
    if result.upgraded_from:
        print(translate("BackupCommand", "백업의 스키마({schema})를 이 버전에 맞게 올렸습니다.").format(
            schema=result.upgraded_from))
    print(translate("BackupCommand", "복원했습니다. 열려 있는 다른 창구의 프로그램은 다시 시작해 주세요."))
    return EXIT_OK


def _describe(manifest: Manifest) -> None:
    from minwon_desk.services.backup.kinds import counted

    sealed = (translate("BackupCommand", "암호화됨") if manifest.encrypted
              else translate("BackupCommand", "암호화 안 함"))
    print("  " + translate("BackupCommand", "만든 때: {at} · 스키마: {schema} · 기관: {agency} · {sealed}").format(
        at=manifest.created_at, schema=manifest.schema, agency=manifest.agency_label, sealed=sealed))
    print("  " + " · ".join(translate("BackupCommand", "{kind} {n}건").format(kind=kind, n=f"{n:,}")
                            for kind, n in counted(manifest.counts)))


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        from minwon_desk.files import write_failure

        raise UsageError(write_failure(folder, exc)) from None


def _work_dir(data_dir: Path) -> Path:
    """Where the restore opens the backup: the data folder (the database's disk), else the
    system's temporary folder when that one is not there."""
    return data_dir if data_dir.is_dir() else Path(__import__("tempfile").gettempdir())


def _given_passphrase() -> str | None:
    import os

    return os.environ.get(PASSPHRASE_ENV) or None


def _asked_passphrase() -> str:
    passphrase = read_secret(translate("BackupCommand", "백업 암호: "))
    if not passphrase:
        raise UsageError(translate("BackupCommand", "암호화된 백업입니다. 암호를 입력하거나 {env}로 주세요.").format(
            env=PASSPHRASE_ENV))
    return passphrase


def _new_passphrase() -> str:
    passphrase = _given_passphrase()
    if passphrase is None:
        passphrase = read_secret(translate("BackupCommand", "백업 암호({n}자 이상): ").format(n=MIN_PASSPHRASE))
        if sys.stdin is not None and sys.stdin.isatty() and read_secret(translate("BackupCommand", "한 번 더: ")) != passphrase:
            raise UsageError(translate("BackupCommand", "두 번 입력한 암호가 다릅니다. 아무것도 만들지 않았습니다."))
    if len(passphrase) < MIN_PASSPHRASE:
        raise UsageError(translate(
            "BackupCommand", "백업 암호는 {n}자 이상이어야 합니다. 아무것도 만들지 않았습니다.",
        ).format(n=MIN_PASSPHRASE))
    return passphrase


def _ask_yes(prompt: str) -> bool:
    print(prompt, end="", flush=True)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.strip().lower() in {"y", "yes", "예", "네", "ㅇ"}
