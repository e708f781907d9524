"""Messages that used to mislead: a database or role missing on the server is not "the
server cannot be reached", and a full disk says so and leaves no half-written file."""

from __future__ import annotations

import errno
import os
import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from minwon_desk import files
from minwon_desk.files import write_atomically, write_failure

from .probe import cli, has_korean

PG_URL = os.environ.get("MINWON_TEST_PG_URL", "")
needs_pg = pytest.mark.skipif(not PG_URL, reason="MINWON_TEST_PG_URL is not set")
ENGLISH_DB_TEXT = re.compile(r"does not exist|FATAL|connection (to|failed|refused)|server at|role \"")


@needs_pg
@pytest.mark.parametrize(
    ("part", "says"),
    [
        ({"database": "no_such_minwon_db"}, "'no_such_minwon_db' 데이터베이스가 없습니다"),
        ({"username": "no_such_minwon_role"}, "'no_such_minwon_role' 사용자가 없습니다"),
        ({"port": 1}, "연결을 거부했습니다"),
    ],
    ids=["database", "role", "refused"],
)
def test_the_server_says_what_it_refused(part: dict[str, object], says: str) -> None:
    url = make_url(PG_URL).set(**part).render_as_string(hide_password=False)  # type: ignore[arg-type]
    ran = cli("--db-url", url, "--as", "T0001", "memo", "list")
    assert ran.code == 2, ran
    assert says in ran.err and has_korean(ran.err), ran.err
    assert "Traceback" not in ran.err and not ENGLISH_DB_TEXT.search(ran.err), ran.err
    if "port" not in part:  # the server answered: not a network fault
        assert "연결할 수 없" not in ran.err, ran.err


class _FullDisk:
    """The file object the OS hands back, on a disk that fills up after the file is made."""

    def __init__(self, fd: int) -> None:
        self._file = open(fd, "wb")  # noqa: SIM115  # closed by __exit__

    def write(self, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name: str) -> object:
        return getattr(self._file, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._file.close()


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up while the file is being written (mkstemp made it: 0 bytes)."""
    monkeypatch.setattr(files.os, "fdopen", lambda fd, _mode: _FullDisk(fd))


def test_a_full_disk_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "명부.csv"
    target.write_bytes(b"earlier")
    _full_disk(monkeypatch)
    with pytest.raises(OSError) as raised:
        write_atomically(target, b"x" * 200_000)
    monkeypatch.undo()
    assert raised.value.errno == errno.ENOSPC
    assert sorted(p.name for p in tmp_path.iterdir()) == ["명부.csv"]  # no .part left
    assert target.read_bytes() == b"earlier"
    message = write_failure(target, raised.value)
    assert "디스크가 가득 찼습니다" in message and "No space" not in message


def test_a_full_disk_found_at_the_flush_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A small write sits in the buffer: the disk says it is full only when it is written out.
    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", no_space)
    with pytest.raises(OSError):
        write_atomically(tmp_path / "a.pdf", b"%PDF-1.4")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_the_directory_export_says_the_disk_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minwon_desk.cli._common import UsageError, write_output

    _full_disk(monkeypatch)
    with pytest.raises(UsageError) as raised:
        write_output(tmp_path / "좌석배치도.pdf", b"%PDF" + b"x" * 100_000)
    monkeypatch.undo()
    assert "디스크가 가득 찼습니다" in str(raised.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("code", "says"),
    [(errno.EROFS, "읽기 전용"), (errno.EACCES, "권한이 없습니다"), (errno.EDQUOT, "용량")],
)
def test_each_failed_write_says_why_in_korean(code: int, says: str) -> None:
    message = write_failure(Path("/x/y.xlsx"), OSError(code, os.strerror(code)))
    assert says in message and os.strerror(code) not in message


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a folder whatever its mode")
def test_a_read_only_output_folder_is_named_as_such(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(OSError) as raised:
            write_atomically(folder / "a.csv", b"a")
        assert "권한이 없습니다" in write_failure(folder / "a.csv", raised.value)
    finally:
        folder.chmod(0o755)


def test_a_read_only_disk_for_an_export_is_named_as_such(tmp_path: Path) -> None:
    """Where root may mount: a read-only tmpfs, which refuses root too."""
    mount = tmp_path / "ro"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("mounting a file system needs root")
    try:
        with pytest.raises(OSError) as raised:
            write_atomically(mount / "명부.csv", b"a,b")
    finally:
        subprocess.run(["umount", str(mount)], check=False)
    message = write_failure(mount / "명부.csv", raised.value)
    assert "읽기 전용" in message and "Read-only" not in message, message


def test_a_refusal_is_read_from_the_words_before_the_code() -> None:
    from minwon_desk.store.errors import _refusal

    said = _refusal('FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "desk"', "28000")
    assert said is not None and "접속을 허용하지 않습니다" in said
    said = _refusal("FATAL:  password authentication failed for user \"desk\"", None)
    assert said is not None and "'desk' 사용자의 비밀번호" in said
    said = _refusal("(localised text)", "3D000")
    assert said is not None and "데이터베이스가 없습니다" in said
