"""Open the agency's backend from a resolved configuration (shared by the window and commands)."""

from __future__ import annotations

from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.timeutil import Clock, system_clock
from minwon_desk.services.backend import Backend
from minwon_desk.settings import AppConfig


def open_backend(config: AppConfig, *, clock: Clock = system_clock) -> Backend:
    """Load the charter, make the data folder, open (and migrate) the database.

    Raises CharterError for a broken charter file and MinwonError subclasses
    (StorageError, DatabaseTooNewError) when the database cannot be used.
    """
    charter = load_charter(config.charter_path)
    config.data_dir.mkdir(parents=True, exist_ok=True)
    return Backend.open(
        config.db_url,
        charter=charter,
        desk=config.desk_name,
        clock=clock,
        backup_dir=config.backup_dir,
    )
