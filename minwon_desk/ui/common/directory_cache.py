"""One directory snapshot for the whole window, read again when the directory changes,
and the reads pages make through it.

The directory page and the check-in form's officer search share it, so a change of
absences is read once, not once per screen. Staff photos are read through it too: the
directory's cards and every floor plan show the same faces, forgotten with the snapshot
(a new photo comes with a ``StaffChanged``).
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPixmap

from minwon_desk.domain.errors import MinwonError
from minwon_desk.services.events import AbsenceChanged, OfficeChanged, StaffChanged
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.common.avatar import photo_pixmap, staff_picture
from minwon_desk.ui.common.staff_picker import StaffSearch, staff_summaries

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.directory.service import DirectorySnapshot
    from minwon_desk.services.dto import DirectoryEntry, StaffSummary

log = logging.getLogger(__name__)

CARD_W, CARD_H = 120, 160  # a person's card on the directory page
PLAN_W, PLAN_H = 90, 120  # the largest a face is drawn on a floor plan


class DirectoryCache(QObject):
    changed = Signal()  # a new snapshot is in place
    failed = Signal(str)  # reading failed (the old snapshot stays)

    def __init__(self, bridge: EventBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend: Backend | None = None
        self._snapshot: DirectorySnapshot | None = None
        self._photos: dict[int, QPixmap] = {}
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
        self._photos.clear()
        self.changed.emit()

    # --- staff photos ---------------------------------------------------------------------

    def photo(self, entry: DirectoryEntry) -> QPixmap:
        """Someone's card picture: the stored photo, else a card with their name."""
        cached = self._photos.get(entry.id)
        if cached is not None:
            return cached
        backend = self._backend
        read = None
        if entry.has_photo and backend is not None:
            read = partial(backend.directory.photo, entry.id)
        pixmap = self._photos[entry.id] = staff_picture(read, entry.name, CARD_W, CARD_H)
        return pixmap

    def plan_photo(self, staff_id: int) -> QPixmap | None:
        """Faces on a floor plan: the stored photo (the plan draws an avatar otherwise).
        Not kept here: each plan keeps the sizes it draws."""
        if self._snapshot is None or self._backend is None:
            return None
        try:
            entry = self._snapshot.entry(staff_id)
            data = self._backend.directory.photo(staff_id) if entry.has_photo else None
        except MinwonError:
            return None
        return photo_pixmap(data, PLAN_W, PLAN_H) if data else None

    def plan_away(self, staff_id: int) -> str | None:
        """What a floor plan tags an empty chair with: "휴가", "출장"… now; None when the
        person is in (or not known)."""
        if self._snapshot is None or self._backend is None:
            return None
        try:
            presence = self._snapshot.presence(staff_id, self._backend.clock())
        except (MinwonError, KeyError):
            return None
        return None if presence.present else presence.status

    def __repr__(self) -> str:
        return f"DirectoryCache({self._snapshot!r})"


def current_snapshot(backend: Backend, cache: DirectoryCache | None) -> DirectorySnapshot:
    """The window's snapshot once read, else a fresh read (which may raise MinwonError)."""
    snapshot = cache.snapshot if cache is not None else None
    return snapshot if snapshot is not None else backend.directory.snapshot()


def active_staff(
    cache: DirectoryCache | None, backend: Backend
) -> tuple[list[StaffSummary], StaffSearch | None]:
    """Who can be picked, with the ranked search when the window's snapshot is read; from
    the database otherwise (no search then; a failed read raises MinwonError)."""
    snapshot = cache.snapshot if cache is not None else None
    if snapshot is not None:
        return staff_summaries(snapshot.active), snapshot.search_ids
    return backend.staff.list_active(), None


def entry_of(snapshot: DirectorySnapshot | None, staff_id: int) -> DirectoryEntry | None:
    """Someone's directory entry (None when unknown or not read yet)."""
    if snapshot is None:
        return None
    try:
        return snapshot.entry(staff_id)
    except MinwonError:
        return None
