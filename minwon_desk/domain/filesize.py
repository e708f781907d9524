"""Reading a file the program is given, but only a regular file of a sane size: a device
(/dev/zero) or a file grown by mistake would otherwise be read whole into memory."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from minwon_desk.domain.i18n import translate

CHARTER_MAX = 1024 * 1024  # a charter is a few kilobytes of TOML
SETTINGS_MAX = 1024 * 1024  # so are a desk's settings
IMPORT_MAX = 10 * 1024 * 1024  # a roster of 10,000 staff with their duties is ~3 MB
IMPORT_ROWS_MAX = 50_000


class FileRefused(Exception):
    """Not read: ``reason`` says why in Korean (the size and the limit, or what it is)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def size_text(size: int) -> str:
    """1536 → "1.5 KB", 10485760 → "10 MB"."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:,.1f}".rstrip("0").rstrip(".") + f" {unit}"
    return translate("FileSize", "{size:,} 바이트").format(size=size)


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of ``path``; FileRefused when it is no regular file or holds more than
    ``limit`` bytes (then nothing past the limit is read). OSError as ``open`` raises it."""
    with open(path, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(translate(
                "FileSize",
                "일반 파일이 아닙니다(장치나 파이프 같은 특수 파일은 읽지 않습니다)",
            ))
        if info.st_size > limit:
            raise FileRefused(_too_large(info.st_size, limit))
        raw = handle.read(limit + 1)  # a file still growing is cut at the limit
    if len(raw) > limit:
        raise FileRefused(_too_large(len(raw), limit))
    return raw


def _too_large(size: int, limit: int) -> str:
    return translate("FileSize", "파일이 너무 큽니다 ({size}, 최대 {limit})").format(size=size_text(size), limit=size_text(limit))
