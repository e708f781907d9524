"""One directory snapshot for the whole window, read again when the directory changes.

The directory page and the check-in form's officer search share it, so a change of
absences is read once, not once per screen.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from minwon_desk.domain.errors import MinwonError
from minwon_desk.services.events import AbsenceChanged, OfficeChanged, StaffChanged
from minwon_desk.ui.bridge import EventBridge

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.directory.service import DirectorySnapshot

log = logging.getLogger(__name__)


class DirectoryCache(QObject):
    changed = Signal()  # a new snapshot is in place
    failed = Signal(str)  # reading failed (the old snapshot stays)

    def __init__(self, bridge: EventBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend: Backend | None = None
        self._snapshot: DirectorySnapshot | None = None
        for kind in (StaffChanged, AbsenceChanged, OfficeChanged):
            bridge.subscribe(kind, lambda _event: self.reload(), owner=self)

    def attach(self, backend: Backend) -> None:
        self._backend = backend
        self.reload()

    @property
    def backend(self) -> Backend | None:
        return self._backend

    @property
    def snapshot(self) -> DirectorySnapshot | None:
        return self._snapshot

    def reload(self) -> None:
        if self._backend is None:
            return
        try:
            self._snapshot = self._backend.directory.snapshot()
        except MinwonError as exc:
            log.warning("could not read the directory: %s", exc.message)
            self.failed.emit(exc.message)
            return
        self.changed.emit()

    def __repr__(self) -> str:
        return f"DirectoryCache({self._snapshot!r})"
