"""Open the agency's backend from a resolved configuration (shared by the window and commands)."""

from __future__ import annotations

import errno
from pathlib import Path

from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.errors import StorageError
from minwon_desk.domain.timeutil import Clock, system_clock
from minwon_desk.services.backend import Backend
from minwon_desk.services.notices.config import notice_config
from minwon_desk.settings import AppConfig


def open_backend(config: AppConfig, *, clock: Clock = system_clock) -> Backend:
    """Load the charter, make the data folder, open (and migrate) the database.

    Raises CharterError for a broken charter file and MinwonError subclasses
    (StorageError, DatabaseTooNewError) when the database cannot be used.
    """
    charter = load_charter(config.charter_path)
    make_data_dir(config.data_dir)
    backend = Backend.open(
        config.db_url,
        charter=charter,
        desk=config.desk_name,
        clock=clock,
        backup_dir=config.backup_dir,
    )
    backend.notices.config = notice_config(config.settings, config.data_dir)
    return backend


def make_data_dir(folder: Path) -> None:
    """The data folder, made if it is not there; StorageError saying why it cannot be."""
    if folder.exists() and not folder.is_dir():
        raise StorageError(
            f"데이터 폴더 {folder}이(가) 폴더가 아니라 파일입니다. --data-dir에 폴더를 적어 주세요."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if exc.errno == errno.EROFS:
            why = "읽기 전용 디스크입니다"
        elif exc.errno in (errno.ENOTDIR, errno.EEXIST):
            why = "경로 중간에 폴더가 아닌 파일이 있습니다"
        elif exc.errno in (errno.EACCES, errno.EPERM):
            why = "쓰기 권한이 없습니다"
        else:
            why = exc.strerror or "알 수 없는 까닭"
        raise StorageError(
            f"데이터 폴더 {folder}을(를) 만들 수 없습니다({why}). 쓸 수 있는 폴더를 --data-dir로 "
            "지정하거나 관리자에게 문의해 주세요."
        ) from None
