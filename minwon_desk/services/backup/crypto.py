"""A backup's payload sealed with a passphrase: scrypt for the key, AES-256-GCM in chunks.

Chunks (1 MiB) keep memory flat for a database of any size. Each chunk's nonce is a
random prefix stored in the manifest, the chunk's number and a flag for the last chunk, so
chunks cannot be reordered, dropped or the payload cut at a chunk's end without the tag
check failing (the STREAM construction). A fresh salt per file gives a fresh key per file.
"""

from __future__ import annotations

import base64
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

CHUNK = 1 << 20
TAG = 16
# scrypt's cost: ~0.1 s and 32 MB on a desk PC; a guessed passphrase costs the same.
SCRYPT_N = 1 << 15
SCRYPT_R = 8
SCRYPT_P = 1
_PREFIX = 7


class WrongPassphrase(Exception):
    """The tag of the first chunk did not check: the passphrase is not the one used (the
    checksum already told the bytes are as written)."""


class Damaged(Exception):
    """A later chunk did not check: the bytes were changed after they were written."""


@dataclass(frozen=True, slots=True)
class Sealing:
    """How a payload was sealed, as stored in the manifest (no secret in it)."""

    salt: bytes
    nonce_prefix: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P
    chunk: int = CHUNK

    @classmethod
    def fresh(cls) -> Sealing:
        return cls(salt=os.urandom(16), nonce_prefix=os.urandom(_PREFIX))

    def to_json(self) -> dict[str, Any]:
        return {
            "cipher": "AES-256-GCM", "kdf": "scrypt",
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "nonce_prefix": base64.b64encode(self.nonce_prefix).decode("ascii"),
            "n": self.n, "r": self.r, "p": self.p, "chunk": self.chunk,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Sealing:
        """Raises ValueError (or KeyError, TypeError) for anything this version did not write."""
        if data.get("cipher") != "AES-256-GCM" or data.get("kdf") != "scrypt":
            raise ValueError("unknown cipher")
        sealing = cls(
            salt=base64.b64decode(data["salt"]), nonce_prefix=base64.b64decode(data["nonce_prefix"]),
            n=int(data["n"]), r=int(data["r"]), p=int(data["p"]), chunk=int(data["chunk"]),
        )
        # Bounds against a crafted file that asks for gigabytes of memory.
        if not (1 << 10 <= sealing.n <= 1 << 20 and 1 <= sealing.r <= 32 and 1 <= sealing.p <= 16
                and 1 << 12 <= sealing.chunk <= 1 << 26 and len(sealing.nonce_prefix) == _PREFIX):
            raise ValueError("unusable parameters")
        return sealing

    def key(self, passphrase: str) -> bytes:
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        kdf = Scrypt(salt=self.salt, length=32, n=self.n, r=self.r, p=self.p)
        return kdf.derive(passphrase.encode("utf-8"))

    def sealed_size(self, plain_size: int) -> int:
        chunks = max(1, -(-plain_size // self.chunk))
        return plain_size + chunks * TAG

    def _nonce(self, index: int, last: bool) -> bytes:
        return self.nonce_prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


def seal(source: BinaryIO, size: int, sealing: Sealing, passphrase: str) -> Iterator[bytes]:
    """The sealed chunks of ``size`` bytes read from ``source``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(sealing.key(passphrase))
    chunks = max(1, -(-size // sealing.chunk))
    for index in range(chunks):
        plain = source.read(sealing.chunk)
        yield aead.encrypt(sealing._nonce(index, index == chunks - 1), plain, None)


def unseal(
    source: BinaryIO, size: int, sealing: Sealing, passphrase: str
) -> Iterator[bytes]:
    """The plain chunks of the ``size`` sealed bytes read from ``source``. Raises
    WrongPassphrase when the first chunk does not check, Damaged for a later one."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(sealing.key(passphrase))
    step = sealing.chunk + TAG
    chunks = max(1, -(-size // step))
    for index in range(chunks):
        sealed = source.read(step)
        try:
            yield aead.decrypt(sealing._nonce(index, index == chunks - 1), sealed, None)
        except InvalidTag:
            if index == 0:
                raise WrongPassphrase from None
            raise Damaged from None
