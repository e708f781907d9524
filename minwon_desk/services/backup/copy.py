"""Taking a backup into a file, and opening one back into a checked SQLite copy.

No permission is checked here (service.py does): these are the steps, shared by the
command, the daily backup and ``backup verify`` (which needs no database at all).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from minwon_desk.domain.i18n import translate
from minwon_desk.files import write_failure
from minwon_desk.services.backup.fileformat import (
    SUFFIX,
    BackupRefused,
    Manifest,
    check_sum,
    extract,
    read_manifest,
    write_backup,
)
from minwon_desk.services.backup.snapshot import (
    copy_sqlite,
    discard,
    dump_postgresql,
    is_whole,
    read_facts,
)
from minwon_desk.store.engine import sqlite_file


@dataclass(frozen=True, slots=True)
class CheckedCopy:
    """A backup opened: its manifest, and its database as a private scratch SQLite file
    whose contents were checked against the manifest."""

    manifest: Manifest
    path: Path


def take_copy(
    engine: Engine, target: Path, *, now: datetime, passphrase: str | None, app_version: str
) -> Manifest:
    """The database of ``engine`` copied to the backup file ``target``. Raises
    BackupRefused when ``target``'s folder cannot be written."""
    from minwon_desk.store.migrate import RELEASED_HEAD

    if target.is_dir():
        raise BackupRefused(translate(
            "Backup", "{path}은(는) 폴더입니다. 저장할 백업 파일 이름을 적어 주세요 (예: {example})."
        ).format(path=target, example=target / f"minwon-{now.strftime('%Y%m%d')}.mwbak"))
    if not target.parent.is_dir():
        raise BackupRefused(translate(
            "Backup", "폴더 {folder}이(가) 없습니다. 백업을 저장할 위치를 확인해 주세요."
        ).format(folder=target.parent))
    sweep(target.parent)
    try:
        snapshot = _scratch(target.parent)
    except OSError as exc:
        raise BackupRefused(write_failure(target, exc)) from None
    try:
        live = sqlite_file(engine.url)
        if live is not None:
            copy_sqlite(live, snapshot)
        else:
            dump_postgresql(engine, snapshot, RELEASED_HEAD)
        facts = read_facts(snapshot)
        manifest = Manifest(
            schema=facts.schema or "", agency=facts.agency,
            created_at=now.isoformat(timespec="seconds"), backend=engine.dialect.name,
            counts=facts.counts, app_version=app_version,
        )
        return write_backup(target, snapshot, manifest, passphrase)
    except OSError as exc:
        raise BackupRefused(write_failure(target, exc)) from None
    finally:
        discard(snapshot)


@contextmanager
def opened_copy(source: Path, passphrase: str | None, work_dir: Path) -> Iterator[CheckedCopy]:
    """``with opened_copy(path, passphrase, folder) as copy:`` the backup at ``source``
    checked (magic, checksum, passphrase) and opened into a scratch file in ``work_dir``,
    removed when the block ends. Raises BackupRefused, PassphraseNeeded."""
    manifest, begin = read_manifest(source)
    check_sum(source, manifest, begin)
    try:
        scratch = _scratch(work_dir)
    except OSError as exc:
        raise BackupRefused(translate(
            "Backup", "작업 폴더 {folder}에 쓸 수 없습니다({why}). 쓰기 권한과 여유 공간을 확인해 "
            "주세요. 아무것도 바꾸지 않았습니다.").format(folder=work_dir, why=exc.strerror)) from None
    try:
        try:
            extract(source, manifest, begin, scratch, passphrase)
        except OSError as exc:
            raise BackupRefused(write_failure(scratch, exc)) from None
        _matches(source, scratch, manifest)
        yield CheckedCopy(manifest, scratch)
    finally:
        discard(scratch)


def _matches(source: Path, scratch: Path, manifest: Manifest) -> None:
    """The copy's own schema, agency and rows are what the manifest says, and SQLite finds
    its pages whole (a manifest edited by hand, or a database damaged before its backup)."""
    try:
        facts = read_facts(scratch)
        whole = is_whole(scratch)
    except sqlite3.Error:
        facts, whole = None, False
    if (facts is None or not whole or facts.schema != manifest.schema
            or facts.agency != manifest.agency or facts.counts != manifest.counts):
        raise BackupRefused(translate(
            "Backup", "백업 파일 {path}의 내용이 머리말(스키마, 기관, 건수)과 맞지 않거나 데이터베이스가 "
            "손상되어 있습니다. 온전한 다른 백업 파일을 지정해 주세요. 아무것도 바꾸지 않았습니다."
        ).format(path=source))


# A backup's scratch files older than this were left by one that was killed (the longest
# backup takes seconds): the next backup in that folder removes them.
STALE_AFTER_S = 3600


def sweep(folder: Path) -> None:
    """Remove what a killed backup left in ``folder``: a hidden scratch copy of the
    database and a half-written file, both private and never named like a backup."""
    import time

    limit = time.time() - STALE_AFTER_S
    for left in [*folder.glob(".minwon-backup-*.part"), *folder.glob(f".*{SUFFIX}.*.part")]:
        with contextlib.suppress(OSError):
            if left.stat().st_mtime < limit:
                left.unlink()


def _scratch(folder: Path) -> Path:
    """An empty private file in ``folder`` (hidden, named for what it is)."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=".minwon-backup-", suffix=".part")
    os.close(fd)
    return Path(name)


def verify(source: Path, passphrase: str | None, work_dir: Path | None = None) -> Manifest:
    """The backup ``source`` checked whole and opened; its manifest. Raises BackupRefused."""
    if work_dir is not None:
        with opened_copy(source, passphrase, work_dir) as copy:
            return copy.manifest
    with tempfile.TemporaryDirectory() as folder, opened_copy(source, passphrase, Path(folder)) as copy:
        return copy.manifest
