"""Backup and restore through the services, on SQLite and PostgreSQL: what is restored is
what was backed up, and every bad file is refused with nothing changed."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select

from minwon_desk.domain.errors import PermissionDenied
from minwon_desk.domain.roles import Operation, Role, allows
from minwon_desk.services.backend import Backend
from minwon_desk.services.backup.copy import verify
from minwon_desk.services.backup.fileformat import BackupRefused, PassphraseNeeded, read_manifest
from minwon_desk.services.backup.service import RESTORE
from minwon_desk.services.dto import Actor, MemoRequest
from minwon_desk.store.migrate import RELEASED_HEAD, stored_revision
from minwon_desk.store.models import AuditEntry, Department, Memo
from tests.support.backup_files import memo_count, rewrite_backup, yes
from tests.support.seed import SmallAgency, actor_for, auditor


def _memo(agency: SmallAgency, gist: str = "창업 지원사업 신청 서류 문의") -> MemoRequest:
    return MemoRequest(caller_name="홍길동", phone="010-1234-5678", gist=gist,
                       asked_for_id=agency.officers[0].id)


def _heads(backend: Backend) -> list[tuple[int, int | None]]:
    with backend.db.read() as session:
        return [(d.id, d.head_id) for d in session.scalars(select(Department).order_by(Department.id))]


def _restore(backend: Backend, actor: Actor | None, source: Path, tmp_path: Path,
             passphrase: str | None = None) -> object:
    return backend.backups.restore(actor, source, passphrase=passphrase, confirm=yes,
                                   work_dir=tmp_path, backup_dir=tmp_path / "backups")


def test_only_the_administrator_may_back_up_and_restore() -> None:
    assert allows(frozenset({Role.ADMIN}), Operation.BACKUP)
    for role in Role:
        if role is not Role.ADMIN:
            assert not allows(frozenset({role}), Operation.BACKUP)


def test_a_restore_brings_back_what_was_backed_up(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor, tmp_path: Path
) -> None:
    db_backend.memos.take(db_actor, _memo(db_agency, "백업 전에 받은 메모"))
    heads = _heads(db_backend)
    assert any(head is not None for _, head in heads)
    result = db_backend.backups.take(db_actor, tmp_path / "before.mwbak")
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    manifest = result.manifest
    assert manifest.schema == RELEASED_HEAD
    assert manifest.agency_codes == ("TEST",)
    assert manifest.counts["memo"] == 1 and manifest.counts["staff"] == 6
    assert manifest.backend == db_backend.db.engine.dialect.name

    db_backend.memos.take(db_actor, _memo(db_agency, "백업 뒤에 받은 메모"))
    assert memo_count(db_backend) == 2
    restored = _restore(db_backend, db_actor, result.path, tmp_path)
    assert restored is not None
    with db_backend.db.read() as session:
        assert session.scalars(select(Memo.gist)).all() == ["백업 전에 받은 메모"]
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-1] == RESTORE
    assert _heads(db_backend) == heads  # a department's head: a key loaded after the table
    # The trail goes on from the restored one: the chain holds across the restore.
    assert all(report.ok for report in db_backend.chains.verify(auditor(db_backend)))
    # And the desk keeps working on it: the next memo gets a fresh id.
    db_backend.memos.take(db_actor, _memo(db_agency, "복원 뒤에 받은 메모"))
    assert memo_count(db_backend) == 2


def test_the_current_database_is_kept_aside_before_a_restore(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor, tmp_path: Path
) -> None:
    backup = db_backend.backups.take(db_actor, tmp_path / "b.mwbak").path
    db_backend.memos.take(db_actor, _memo(db_agency, "복원 때 따로 보관될 메모"))
    result = _restore(db_backend, db_actor, backup, tmp_path)
    assert result is not None
    aside = result.aside  # type: ignore[attr-defined]
    assert aside.exists() and stat.S_IMODE(aside.stat().st_mode) == 0o600
    if db_backend.backups.backend_name == "sqlite":
        assert aside.parent == Path(str(db_backend.db.engine.url.database)).parent
        assert aside.name.startswith("minwon.before-restore.")
    else:  # on the server: a backup of the state before, in the backup folder
        assert verify(aside, None).counts["memo"] == 1


def test_an_encrypted_backup_needs_its_passphrase(
    db_backend: Backend, db_actor: Actor, tmp_path: Path
) -> None:
    path = db_backend.backups.take(db_actor, tmp_path / "sealed.mwbak",
                                   passphrase="봉투에 넣어 둔 암호 2026").path
    raw = path.read_bytes()
    assert "테스트 중소기업청".encode() in raw[:4096]  # the manifest is readable…
    assert b"SQLite format 3" not in raw  # …the database is not
    with pytest.raises(PassphraseNeeded):
        verify(path, None)
    with pytest.raises(BackupRefused, match="암호가 맞지 않습니다"):
        verify(path, "틀린 암호입니다")
    with pytest.raises(BackupRefused, match="암호가 맞지 않습니다"):
        _restore(db_backend, db_actor, path, tmp_path, passphrase="틀린 암호입니다")
    assert verify(path, "봉투에 넣어 둔 암호 2026").counts["staff"] == 6
    assert _restore(db_backend, db_actor, path, tmp_path, passphrase="봉투에 넣어 둔 암호 2026")


@pytest.mark.parametrize("damage", ["cut", "cut-in-header", "flipped", "appended", "other-app",
                                    "sqlite-file", "empty"])
def test_a_bad_file_is_refused_and_nothing_changes(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor, tmp_path: Path, damage: str
) -> None:
    good = db_backend.backups.take(db_actor, tmp_path / "good.mwbak").path
    raw = good.read_bytes()
    bad = tmp_path / "bad.mwbak"
    bad.write_bytes({
        "cut": raw[: len(raw) // 2],
        "cut-in-header": raw[:20],
        "flipped": raw[:-100] + bytes([raw[-100] ^ 0xFF]) + raw[-99:],
        "appended": raw + b"more",
        "other-app": b"PK\x03\x04 a spreadsheet, not a backup" * 10,
        "sqlite-file": raw[raw.index(b"SQLite format 3"):],
        "empty": b"",
    }[damage])
    db_backend.memos.take(db_actor, _memo(db_agency))
    with pytest.raises(BackupRefused) as refused:
        _restore(db_backend, db_actor, bad, tmp_path)
    assert ("잘려" in refused.value.message or "손상" in refused.value.message
            or "백업 파일이 아닙니다" in refused.value.message)
    assert "아무것도 바꾸지 않았습니다" in refused.value.message or "백업 파일이 아닙니다" in refused.value.message
    assert memo_count(db_backend) == 1
    assert not list(tmp_path.glob(".minwon-backup-*"))  # no scratch copy left behind
    with pytest.raises(BackupRefused):
        verify(bad, None)


def test_a_backup_of_a_newer_schema_is_refused(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor, tmp_path: Path
) -> None:
    good = db_backend.backups.take(db_actor, tmp_path / "good.mwbak").path
    newer = rewrite_backup(good, tmp_path / "newer.mwbak",
                           "UPDATE alembic_version SET version_num = '0999'")
    db_backend.memos.take(db_actor, _memo(db_agency))
    with pytest.raises(BackupRefused, match="더 새 버전"):
        _restore(db_backend, db_actor, newer, tmp_path)
    assert memo_count(db_backend) == 1
    assert stored_revision(db_backend.db.engine) == RELEASED_HEAD


def test_a_backup_of_another_agency_is_refused(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor, tmp_path: Path
) -> None:
    good = db_backend.backups.take(db_actor, tmp_path / "good.mwbak").path
    other = rewrite_backup(good, tmp_path / "other.mwbak",
                           "UPDATE agency SET code = 'OTHER', name = '다른 기관'")
    with pytest.raises(BackupRefused, match="다른 기관") as refused:
        _restore(db_backend, db_actor, other, tmp_path)
    assert "다른 기관 (OTHER)" in refused.value.message


def test_a_manifest_that_does_not_match_its_database_is_refused(
    db_backend: Backend, db_actor: Actor, tmp_path: Path
) -> None:
    good = db_backend.backups.take(db_actor, tmp_path / "good.mwbak").path
    # The rows changed, the manifest (and its checksum) made again, the counts left as
    # they were: an edited file.
    edited = rewrite_backup(good, tmp_path / "edited.mwbak", "DELETE FROM absence",
                            keep_counts={"staff": 99})
    with pytest.raises(BackupRefused, match="맞지 않거나"):
        verify(edited, None)


def test_someone_who_is_not_an_administrator_may_not_back_up_or_restore(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor, tmp_path: Path
) -> None:
    officer = actor_for(db_backend, db_agency.officers[0])
    with pytest.raises(PermissionDenied):
        db_backend.backups.take(officer, tmp_path / "x.mwbak")
    assert not (tmp_path / "x.mwbak").exists()
    good = db_backend.backups.take(db_actor, tmp_path / "good.mwbak").path
    with pytest.raises(PermissionDenied):
        _restore(db_backend, officer, good, tmp_path)
    with pytest.raises(PermissionDenied):  # nobody signed in, and accounts exist
        _restore(db_backend, None, good, tmp_path)


def test_a_backup_into_a_missing_folder_is_refused(
    db_backend: Backend, db_actor: Actor, tmp_path: Path
) -> None:
    with pytest.raises(BackupRefused, match="없습니다"):
        db_backend.backups.take(db_actor, tmp_path / "no such folder" / "x.mwbak")
    with pytest.raises(BackupRefused, match="폴더입니다"):
        db_backend.backups.take(db_actor, tmp_path)


def test_the_manifest_names_the_schema_agency_and_counts(
    backend: Backend, actor: Actor, tmp_path: Path
) -> None:
    path = backend.backups.take(actor, tmp_path / "b.mwbak").path
    manifest, begin = read_manifest(path)
    assert path.read_bytes().startswith(b"MWDK-BACKUP\n")
    assert manifest.created_at.startswith("2026-07-02T10:00:00+09:00")
    assert manifest.agency == (("TEST", "테스트 중소기업청"),)
    assert manifest.payload_size == path.stat().st_size - begin
    assert len(manifest.sha256) == 64


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder")
def test_a_restore_into_a_folder_that_is_not_writable_is_refused(
    backend: Backend, agency: SmallAgency, actor: Actor, tmp_path: Path
) -> None:
    good = backend.backups.take(actor, tmp_path / "good.mwbak").path
    folder = Path(str(backend.db.engine.url.database)).parent
    folder.chmod(0o500)
    try:
        with pytest.raises(BackupRefused, match="쓸 수 없어"):
            _restore(backend, actor, good, tmp_path / "work")
    finally:
        folder.chmod(0o700)


def test_a_restore_that_cannot_keep_the_current_database_aside_changes_nothing(
    backend: Backend, agency: SmallAgency, actor: Actor, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The folder refuses the set-aside copy (as a read-only disk or a full one would):
    the restore stops before the database is touched."""
    from minwon_desk.services.backup import restore

    good = backend.backups.take(actor, tmp_path / "good.mwbak").path
    backend.memos.take(actor, _memo(agency, "지켜져야 할 메모"))

    def refuse(path: Path) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(restore, "create_private", refuse)
    with pytest.raises(BackupRefused, match="따로 보관하지 못해"):
        _restore(backend, actor, good, tmp_path)
    assert memo_count(backend) == 1


def test_a_restore_the_person_does_not_confirm_changes_nothing(
    backend: Backend, agency: SmallAgency, actor: Actor, tmp_path: Path
) -> None:
    good = backend.backups.take(actor, tmp_path / "good.mwbak").path
    backend.memos.take(actor, _memo(agency))
    result = backend.backups.restore(actor, good, passphrase=None, confirm=lambda _m: False,
                                     work_dir=tmp_path, backup_dir=tmp_path / "backups")
    assert result is None
    assert memo_count(backend) == 1
    with backend.db.read() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.action == RESTORE)) == 0
