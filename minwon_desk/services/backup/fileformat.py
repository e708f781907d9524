"""The backup file: a magic line, a manifest (JSON) and the payload, a SQLite database.

    MWDK-BACKUP\\n   12 bytes, the magic
    length          4 bytes, big-endian: the manifest's length
    manifest        UTF-8 JSON: format, schema revision, agency, created-at, backend,
                    row counts per table, the payload's size and SHA-256, and how it is
                    sealed (null when it is not encrypted)
    payload         the SQLite database (sealed in chunks when encrypted)

The checksum is of the payload as stored, so a damaged or cut file is told without the
passphrase. The manifest is written with a blank checksum first and filled in once the
payload is written (the checksum's width is fixed), then the file is renamed into place:
a backup killed midway leaves only a hidden ``.part`` file, never one that looks whole.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.i18n import translate
from minwon_desk.services.backup.crypto import Damaged, Sealing, WrongPassphrase, seal, unseal

MAGIC = b"MWDK-BACKUP\n"
FORMAT = 1
SUFFIX = ".mwbak"
_LENGTH = struct.Struct(">I")
_MANIFEST_MAX = 1 << 20
_BLANK_SUM = "0" * 64
_BLOCK = 1 << 20
PRIVATE = 0o600  # a backup holds every citizen's record: its owner alone reads it


class BackupRefused(MinwonError):
    """A backup file that cannot be used (not ours, cut, damaged, wrong passphrase, newer
    schema, another agency), or a place it cannot be written or restored to. Nothing was
    changed."""


class PassphraseNeeded(BackupRefused):
    """The file is encrypted and no passphrase was given."""


class NewerFormat(ValueError):
    """A manifest of a later file format than this version writes."""


@dataclass(frozen=True, slots=True)
class Manifest:
    schema: str
    agency: tuple[tuple[str, str], ...]  # (code, name) of each agency the database holds
    created_at: str  # ISO 8601, Seoul time
    backend: str  # "sqlite" or "postgresql": where the copy was taken
    counts: dict[str, int]
    payload_size: int = 0
    sha256: str = _BLANK_SUM
    sealing: Sealing | None = None
    app_version: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def encrypted(self) -> bool:
        return self.sealing is not None

    @property
    def agency_codes(self) -> tuple[str, ...]:
        return tuple(sorted(code for code, _ in self.agency))

    @property
    def agency_label(self) -> str:
        return ", ".join(f"{name} ({code})" for code, name in self.agency) or translate(
            "Backup", "(기관 없음)")

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT, "app": "minwon-desk", "app_version": self.app_version,
            "schema": self.schema, "agency": [{"code": c, "name": n} for c, n in self.agency],
            "created_at": self.created_at, "backend": self.backend, "counts": self.counts,
            "payload": {"size": self.payload_size, "sha256": self.sha256},
            "encryption": self.sealing.to_json() if self.sealing else None, **self.extra,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        """Raises ValueError (KeyError, TypeError) for a manifest that is not one of ours."""
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("app") != "minwon-desk":
            raise ValueError("not a minwon-desk manifest")
        if type(data.get("format")) is not int:
            raise ValueError("no format")
        if data["format"] > FORMAT:
            raise NewerFormat("format")
        sealing = data.get("encryption")
        counts = data["counts"]
        if not isinstance(counts, dict) or not all(
                isinstance(k, str) and type(v) is int for k, v in counts.items()):
            raise ValueError("bad counts")
        payload = data["payload"]
        sha = str(payload["sha256"])
        if len(sha) != 64:
            raise ValueError("bad checksum")
        return cls(
            schema=str(data["schema"]),
            agency=tuple((str(a["code"]), str(a["name"])) for a in data["agency"]),
            created_at=str(data["created_at"]), backend=str(data["backend"]),
            counts=dict(counts), payload_size=int(payload["size"]), sha256=sha,
            sealing=Sealing.from_json(sealing) if sealing is not None else None,
            app_version=str(data.get("app_version", "")),
        )


def write_backup(
    target: Path, snapshot: Path, manifest: Manifest, passphrase: str | None = None
) -> Manifest:
    """Write ``snapshot`` (a SQLite file) with ``manifest`` to ``target``, sealed with
    ``passphrase`` when one is given. Whole or not at all; the file is mode 0600. Raises
    OSError as it comes."""
    plain_size = snapshot.stat().st_size
    sealing = Sealing.fresh() if passphrase else None
    size = sealing.sealed_size(plain_size) if sealing else plain_size
    manifest = _with(manifest, payload_size=size, sealing=sealing, sha256=_BLANK_SUM)
    head = manifest.to_bytes()
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(MAGIC + _LENGTH.pack(len(head)) + head)
            digest = hashlib.sha256()
            with snapshot.open("rb") as source:
                chunks = (seal(source, plain_size, sealing, passphrase) if sealing and passphrase
                          else iter(lambda: source.read(_BLOCK), b""))
                for chunk in chunks:
                    digest.update(chunk)
                    out.write(chunk)
            manifest = _with(manifest, sha256=digest.hexdigest())
            final = manifest.to_bytes()
            assert len(final) == len(head)  # the checksum's width is fixed
            out.seek(len(MAGIC) + _LENGTH.size)
            out.write(final)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, PRIVATE)  # mkstemp made it so already; said, not assumed
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)
    return manifest


def _with(manifest: Manifest, **changes: Any) -> Manifest:
    from dataclasses import replace

    return replace(manifest, **changes)


def _sync_folder(folder: Path) -> None:
    """The rename itself survives a power cut (POSIX; nothing to do elsewhere)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def read_manifest(path: Path) -> tuple[Manifest, int]:
    """The manifest of the backup file at ``path`` and where its payload begins. Raises
    BackupRefused for a file that is not a minwon_desk backup, is cut short or too long."""
    try:
        with path.open("rb") as handle:
            if not path.is_file():
                raise BackupRefused(translate(
                    "Backup", "{path}은(는) 일반 파일이 아닙니다. 백업 파일을 지정해 주세요."
                ).format(path=path))
            start = handle.read(len(MAGIC) + _LENGTH.size)
            if not start.startswith(MAGIC):
                raise BackupRefused(translate(
                    "Backup", "{path}은(는) 민원 데스크의 백업 파일이 아닙니다. "
                    "'minwon-desk backup'으로 만든 파일(.mwbak)을 지정해 주세요."
                ).format(path=path))
            if len(start) < len(MAGIC) + _LENGTH.size:
                raise _cut(path)
            (length,) = _LENGTH.unpack(start[len(MAGIC):])
            if length > _MANIFEST_MAX:
                raise _damaged(path)
            raw = handle.read(length)
            if len(raw) < length:
                raise _cut(path)
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        raise BackupRefused(translate("Backup", "백업 파일 {path}을(를) 찾을 수 없습니다. 경로를 확인해 주세요.")
                            .format(path=path)) from None
    except IsADirectoryError:
        raise BackupRefused(translate("Backup", "{path}은(는) 폴더입니다. 백업 파일을 지정해 주세요.")
                            .format(path=path)) from None
    except PermissionError:
        raise BackupRefused(translate("Backup", "백업 파일 {path}을(를) 읽을 권한이 없습니다. "
                                      "파일의 주인 계정으로 실행해 주세요.").format(path=path)) from None
    try:
        manifest = Manifest.from_bytes(raw)
    except NewerFormat:
        raise BackupRefused(translate(
            "Backup", "{path}은(는) 더 새 버전의 민원 데스크가 만든 백업입니다. "
            "프로그램을 업데이트한 뒤 다시 해 주세요. 아무것도 바꾸지 않았습니다.").format(path=path)) from None
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise _damaged(path) from None
    begin = len(MAGIC) + _LENGTH.size + length
    if size < begin + manifest.payload_size:
        raise _cut(path)
    if size > begin + manifest.payload_size:
        raise _damaged(path)
    return manifest, begin


def check_sum(path: Path, manifest: Manifest, begin: int) -> None:
    """The payload's SHA-256 against the manifest's (BackupRefused when it differs)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        handle.seek(begin)
        for block in iter(lambda: handle.read(_BLOCK), b""):
            digest.update(block)
    if digest.hexdigest() != manifest.sha256:
        raise _damaged(path)


def extract(
    path: Path, manifest: Manifest, begin: int, target: Path, passphrase: str | None
) -> None:
    """Write the payload (unsealed) to ``target``, a file already made private. Raises
    PassphraseNeeded, BackupRefused (a wrong passphrase, damage)."""
    with path.open("rb") as handle, target.open("wb") as out:
        handle.seek(begin)
        for chunk in _payload(path, handle, manifest, passphrase):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())


def _payload(
    path: Path, handle: BinaryIO, manifest: Manifest, passphrase: str | None
) -> Iterator[bytes]:
    if manifest.sealing is None:
        remaining = manifest.payload_size
        while remaining:
            block = handle.read(min(_BLOCK, remaining))
            if not block:
                raise _cut(path)
            remaining -= len(block)
            yield block
        return
    if not passphrase:
        raise PassphraseNeeded(translate(
            "Backup", "{path}은(는) 암호화된 백업입니다. 암호를 입력하거나 "
            "MINWON_BACKUP_PASSPHRASE로 주세요.").format(path=path))
    try:
        yield from unseal(handle, manifest.payload_size, manifest.sealing, passphrase)
    except WrongPassphrase:
        raise BackupRefused(translate(
            "Backup", "암호가 맞지 않습니다. 이 백업을 만들 때 쓴 암호를 입력해 주세요. "
            "아무것도 바꾸지 않았습니다.")) from None
    except Damaged:
        raise _damaged(path) from None


def _cut(path: Path) -> BackupRefused:
    return BackupRefused(translate(
        "Backup", "백업 파일 {path}이(가) 중간에 잘려 있습니다(복사나 백업이 끝나지 않은 파일). "
        "온전한 다른 백업 파일을 지정해 주세요. 아무것도 바꾸지 않았습니다.").format(path=path))


def _damaged(path: Path) -> BackupRefused:
    return BackupRefused(translate(
        "Backup", "백업 파일 {path}이(가) 손상되었습니다(검사합이 맞지 않습니다). "
        "온전한 다른 백업 파일을 지정해 주세요. 아무것도 바꾸지 않았습니다.").format(path=path))
