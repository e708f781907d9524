"""The app's own backup, once a day, off the GUI thread.

A minute after the desk opens (its busiest moment is left alone), then every hour for a
desk left open overnight, the backup service is asked for the day's backup: it makes one
only when none was made today, here or (on a shared server) by another desk, and keeps
the newest ``backup_keep``. What happened is said in the status bar; a failure is said
there too and logged, never in a box over the counter's work.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from minwon_desk.ui.background import Background
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

FIRST_AFTER_MS = 60_000
EVERY_MS = 60 * 60_000
PASSPHRASE_ENV = "MINWON_BACKUP_PASSPHRASE"

_log = logging.getLogger(__name__)


class DailyBackup(QObject):
    def __init__(
        self, window: QWidget, backend: Backend, folder: Path, keep: int,
        notify: Callable[[str], None], *, first_after_ms: int = FIRST_AFTER_MS,
    ) -> None:
        super().__init__(window)
        self._backend = backend
        self._folder = folder
        self._keep = keep
        self._notify = notify
        self._background = Background(window)
        self.idle = threading.Event()  # no backup under way (waited on before closing)
        self.idle.set()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.run_now)
        QTimer.singleShot(first_after_ms, self, self._begin)

    def _begin(self) -> None:
        self._timer.start(EVERY_MS)
        self.run_now()

    def run_now(self) -> None:
        if not self.idle.is_set():
            return
        self.idle.clear()
        folder, keep = self._folder, self._keep
        # Sealed when the agency keeps a passphrase in the desk's environment.
        passphrase = os.environ.get(PASSPHRASE_ENV) or None

        def work(_progress: object, _cancelled: object) -> Path | None:
            try:
                return self._backend.backups.daily(folder, keep, passphrase=passphrase)
            finally:
                self.idle.set()

        self._background.run(work, on_done=self._done, on_error=self._failed, quiet=True,
                             label=translate("DailyBackup", "자동 백업 중…"))

    def _done(self, path: Path | None) -> None:
        if path is not None:
            self._notify(translate("DailyBackup", "오늘의 자동 백업을 만들었습니다: {path}").format(path=path))

    def _failed(self, message: str) -> None:
        _log.error("automatic backup failed: %s", message)
        self._notify(translate("DailyBackup", "자동 백업을 만들지 못했습니다: {message}").format(message=message))

