"""Writing a file whole or not at all, for everything the app saves, and saying in Korean
why a write failed."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

# What the app saves (exports, documents, settings) may name citizens: readable by the
# person who saved it alone, as the personal-data rules ask of files taken out of the system.
PRIVATE = 0o600


def write_atomically(path: Path, data: bytes, *, mode: int = PRIVATE) -> None:
    """Write all of ``data`` to ``path`` or nothing: an earlier file of that name stays until
    it is replaced, and a failed write leaves no temporary file behind.

    ``mode`` (owner-only by default) is taken as ``open()`` takes it: the umask is removed
    from it. ``OSError`` is raised as it comes
    (:func:`write_failure` says it in Korean).
    """
    # In the same folder: os.replace only swaps whole files within one file system.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            # A full disk may only say so when the blocks are written out: before the swap.
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); a wider ``mode`` is given when asked.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, mode & ~umask)
        os.replace(tmp, path)
    except BaseException:
        # The first failure is the one to report, not a failed clean-up after it.
        with contextlib.suppress(OSError):
            Path(tmp).unlink(missing_ok=True)
        raise


# errno → why, said so the person knows what to do next.
_WHY: dict[int, str] = {
    errno.ENOSPC: "디스크가 가득 찼습니다. 필요 없는 파일을 지우거나 다른 디스크에 저장해 주세요",
    errno.EDQUOT: "이 사용자에게 허용된 디스크 용량을 다 썼습니다. 필요 없는 파일을 지우거나 "
                  "관리자에게 문의해 주세요",
    errno.EROFS: "읽기 전용 디스크입니다. 쓸 수 있는 다른 위치에 저장해 주세요",
    errno.EACCES: "그 폴더에 쓸 권한이 없습니다. 다른 위치에 저장하거나 관리자에게 문의해 주세요",
    errno.EPERM: "그 폴더에 쓸 권한이 없습니다. 다른 위치에 저장하거나 관리자에게 문의해 주세요",
    errno.ENOENT: "폴더가 없습니다. 저장할 위치를 확인해 주세요",
    errno.ENOTDIR: "경로 중간에 폴더가 아닌 파일이 있습니다. 저장할 위치를 확인해 주세요",
    errno.EISDIR: "같은 이름의 폴더가 있습니다. 다른 파일 이름을 적어 주세요",
    errno.ENAMETOOLONG: "파일 이름이 너무 깁니다. 더 짧은 이름을 적어 주세요",
    errno.EIO: "디스크 오류가 났습니다. 다른 디스크에 저장하고 관리자에게 알려 주세요",
}


def write_failure(path: Path, exc: OSError) -> str:
    """The Korean sentence for a failed save of ``path``: what happened and what to do.
    Nothing was saved and an earlier file of that name is as it was."""
    why = _WHY.get(exc.errno or 0)
    if why is None:
        why = f"파일 시스템 오류 {exc.errno or '?'}. 다른 위치에 저장해 보고, 되풀이되면 관리자에게 알려 주세요"
    return f"저장하지 못했습니다: {path} ({why}). 아무것도 바꾸지 않았습니다."
