"""Writing a file whole or not at all, for everything the app saves."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, mode: int = 0o666) -> None:
    """Write all of ``data`` to ``path`` or nothing: an earlier file of that name stays until
    it is replaced, and a failed write leaves no temporary file behind.

    ``mode`` is taken as ``open()`` takes it: the umask is removed from it, so a new file
    gets the permissions any other new file would. ``OSError`` is raised as it comes.
    """
    # In the same folder: os.replace only swaps whole files within one file system.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        # mkstemp makes the file private (0600); a saved file gets the usual mode.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, mode & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
