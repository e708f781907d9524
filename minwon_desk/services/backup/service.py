"""Backup, verify and restore, for the 관리자: the permission checked, each recorded in
the audit trail, and the day's automatic backup (one a day for the whole agency)."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path

from sqlalchemy import func, select, text

from minwon_desk import __version__
from minwon_desk.domain.errors import PermissionDenied
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.roles import Operation, refusal
from minwon_desk.domain.timeutil import SEOUL, Clock, to_seoul
from minwon_desk.files import write_failure
from minwon_desk.services import audit
from minwon_desk.services._tx import Database, require_actor
from minwon_desk.services.backup.copy import CheckedCopy, opened_copy, take_copy
from minwon_desk.services.backup.fileformat import SUFFIX, BackupRefused, Manifest
from minwon_desk.services.backup.restore import (
    restore_postgresql,
    restore_sqlite,
    upgrade_copy,
    writable_folder,
)
from minwon_desk.services.dto import Actor
from minwon_desk.store.accounts import Account
from minwon_desk.store.engine import sqlite_file
from minwon_desk.store.models import Agency, AuditEntry, Staff

BACKUP = "database.backup"
AUTO_BACKUP = "database.backup_auto"
RESTORE = "database.restore"
AUTO_PREFIX = "minwon-auto-"
_DAILY_LOCK = 0x4D574243  # "MWBC": the agency's one daily backup at a time (PostgreSQL)


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    manifest: Manifest


@dataclass(frozen=True, slots=True)
class RestoreResult:
    manifest: Manifest
    upgraded_from: str | None  # the backup's older schema, brought to this version's
    aside: Path  # the database as it was: a file beside it (SQLite) or a backup (PostgreSQL)


class BackupService:
    def __init__(self, db: Database, clock: Clock, desk: str) -> None:
        self._db = db
        self._clock = clock
        self._desk = desk

    @property
    def backend_name(self) -> str:
        return self._db.engine.dialect.name

    def check(self, actor: Actor) -> None:
        """Raises PermissionDenied unless ``actor`` may back up and restore."""
        with self._db.transaction() as session:
            require_actor(session, actor, Operation.BACKUP)

    def take(
        self, actor: Actor | None, target: Path, *, passphrase: str | None = None,
        automatic: bool = False,
    ) -> BackupResult:
        """A consistent copy of the database written to ``target`` (mode 0600), recorded
        in the audit trail. ``actor`` None: the app's own daily backup. Raises
        BackupRefused (a folder it cannot write), PermissionDenied, StorageError."""
        if actor is not None:
            self.check(actor)
        now = to_seoul(self._clock())
        manifest = take_copy(self._db.engine, target, now=now, passphrase=passphrase,
                             app_version=__version__)
        with self._db.transaction() as session:
            audit.record(
                session, at=now, actor=actor, desk=actor.desk if actor else self._desk,
                action=AUTO_BACKUP if automatic else BACKUP, entity="database", entity_id=None,
                detail={"file": target.name, "folder": str(target.parent),
                        "encrypted": passphrase is not None, "rows": sum(manifest.counts.values()),
                        "schema": manifest.schema},
            )
        return BackupResult(target, manifest)

    def restore(
        self, actor: Actor | None, source: Path, *, passphrase: str | None,
        confirm: Callable[[Manifest], bool], work_dir: Path, backup_dir: Path,
    ) -> RestoreResult | None:
        """Put the backup ``source`` in place of the database: checked (magic, checksum,
        passphrase, its own pages), refused when it is of a newer schema or another agency
        (BackupRefused), then ``confirm``-ed (None when it was not), the current database
        set aside, restored, upgraded when older, and recorded in the audit trail.

        ``actor`` None is allowed only into a database without accounts (a new PC after a
        lost disk): there is no one to sign in as there, nor anything to protect."""
        if actor is not None:
            self.check(actor)
        elif self._has_accounts():
            raise PermissionDenied(Operation.BACKUP, refusal(Operation.BACKUP))
        now = to_seoul(self._clock())
        live = sqlite_file(self._db.engine.url)
        if live is not None:
            writable_folder(live.parent)  # said before the file is even opened
        with opened_copy(source, passphrase, work_dir) as copy:
            self._fits(copy)
            if not confirm(copy.manifest):
                return None
            upgraded_from = None
            from minwon_desk.store.migrate import RELEASED_HEAD

            if copy.manifest.schema != RELEASED_HEAD:
                with tempfile.TemporaryDirectory(dir=work_dir) as scratch:
                    upgrade_copy(copy.path, Path(scratch))
                upgraded_from = copy.manifest.schema
            self._db.engine.dispose()  # no pooled connection holds the old pages
            if self.backend_name == "sqlite":
                aside = restore_sqlite(self._db.engine, copy.path, now)
            else:
                stamp = now.strftime("%Y%m%d-%H%M%S")
                backup_dir.mkdir(parents=True, exist_ok=True)
                aside = self.take(actor, backup_dir / f"minwon-before-restore-{stamp}{SUFFIX}",
                                  passphrase=passphrase).path
                restore_postgresql(self._db.engine, copy.path)
        self._db.engine.dispose()
        self._record_restore(actor, source, copy.manifest, upgraded_from, aside, now)
        return RestoreResult(copy.manifest, upgraded_from, aside)

    def _fits(self, copy: CheckedCopy) -> None:
        from minwon_desk.store.migrate import known_revisions

        manifest = copy.manifest
        if manifest.schema not in known_revisions():
            raise BackupRefused(translate(
                "Backup", "이 백업은 더 새 버전의 민원 데스크가 만든 것입니다(스키마 {schema}). "
                "프로그램을 업데이트한 뒤 복원해 주세요. 아무것도 바꾸지 않았습니다."
            ).format(schema=manifest.schema))
        with self._db.read() as session:
            ours = tuple(sorted(session.scalars(select(Agency.code))))
            names = ", ".join(session.scalars(select(Agency.name).order_by(Agency.id)))
        if ours and manifest.agency_codes and ours != manifest.agency_codes:
            raise BackupRefused(translate(
                "Backup", "이 백업은 다른 기관의 것입니다(백업: {theirs}, 이 데이터베이스: {ours}). "
                "이 기관의 백업 파일을 지정해 주세요. 아무것도 바꾸지 않았습니다."
            ).format(theirs=manifest.agency_label, ours=names))

    def _has_accounts(self) -> bool:
        with self._db.read() as session:
            return bool(session.scalar(select(func.count()).select_from(Account)))

    def _record_restore(
        self, actor: Actor | None, source: Path, manifest: Manifest, upgraded_from: str | None,
        aside: Path, now: datetime,
    ) -> None:
        with self._db.transaction() as session:
            # The restored database may not know the person (an account made after the
            # backup was taken): the row then names no one but says who in its detail.
            known = actor is not None and session.get(Staff, actor.staff_id) is not None
            audit.record(
                session, at=now, actor=actor if known else None,
                desk=actor.desk if actor else self._desk, action=RESTORE, entity="database",
                entity_id=None,
                detail={"file": source.name, "taken_at": manifest.created_at,
                        "schema": manifest.schema, "upgraded_from": upgraded_from,
                        "aside": str(aside), "by": "" if known or actor is None else actor.name},
            )

    # --- the daily backup ---------------------------------------------------------------

    def daily(self, folder: Path, keep: int, *, passphrase: str | None = None) -> Path | None:
        """Today's automatic backup into ``folder``, unless one was made today (here, or by
        another desk of a shared server: the audit trail says so), then the oldest
        automatic ones beyond ``keep`` removed. The path written, or None."""
        now = to_seoul(self._clock())
        day = now.strftime("%Y%m%d")
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise BackupRefused(write_failure(folder, exc)) from None
        if any(folder.glob(f"{AUTO_PREFIX}{day}-*{SUFFIX}")):
            return None
        with self._daily_turn() as mine:
            if not mine or self._backed_up_today(now):
                return None
            target = folder / f"{AUTO_PREFIX}{day}-{now.strftime('%H%M%S')}{SUFFIX}"
            self.take(None, target, passphrase=passphrase, automatic=True)
        prune(folder, keep)
        return target

    @contextmanager
    def _daily_turn(self) -> Iterator[bool]:
        """On a shared server, one desk at a time decides (a session advisory lock); the
        others go on with their day."""
        if self.backend_name != "postgresql":
            yield True
            return
        with self._db.engine.connect() as conn:
            # The lock is the server's: keyed by this database and schema too, so two agencies
            # (or schemas) on one server do not take each other's turn.
            got = bool(conn.execute(text(
                "SELECT pg_try_advisory_lock(:k, hashtext(current_database() || '.' || "
                "current_schema()))"), {"k": _DAILY_LOCK}).scalar())
            conn.commit()
            try:
                yield got
            finally:
                if got:
                    conn.execute(text(
                        "SELECT pg_advisory_unlock(:k, hashtext(current_database() || '.' || "
                        "current_schema()))"), {"k": _DAILY_LOCK})
                    conn.commit()

    def _backed_up_today(self, now: datetime) -> bool:
        start = datetime.combine(now.date(), time(0), tzinfo=SEOUL)
        with self._db.read() as session:
            return session.scalar(select(AuditEntry.id).where(
                AuditEntry.action == AUTO_BACKUP, AuditEntry.at >= start).limit(1)) is not None


def prune(folder: Path, keep: int) -> list[Path]:
    """The automatic backups beyond the newest ``keep`` removed (the ones a person made
    with ``backup -o`` are theirs to keep); the paths removed."""
    autos = sorted(folder.glob(f"{AUTO_PREFIX}*{SUFFIX}"), key=lambda p: p.name, reverse=True)
    gone = []
    for old in autos[max(keep, 1):]:
        with contextlib.suppress(OSError):
            old.unlink()
            gone.append(old)
    return gone
