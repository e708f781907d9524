"""The other desks' changes, brought into this window as they are committed.

A :class:`~minwon_desk.services.live.ChangeStream` runs as an asyncio task on the app's
loop (qasync: Qt's own event loop drives it, so ``deliver`` and ``on_link`` run on the GUI
thread). Each change is published on the backend's bus exactly as a change made here, so
the bridge brings it to every page that shows it. Without a running asyncio loop (a
window built in a test without one) the window simply does not follow other desks.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from minwon_desk.domain.errors import MinwonError
from minwon_desk.services.live import Change, ChangeReader, ChangeStream, Link

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

log = logging.getLogger(__name__)


class LiveFeed(QObject):
    """Follows the change feed for one open backend; ``link_changed`` carries each
    :class:`Link` (the server went away, or is back)."""

    link_changed = Signal(object)  # Link
    delivered = Signal(int)  # how many changes of other desks were just published

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend: Backend | None = None
        self._reader: ChangeReader | None = None
        self._task: asyncio.Task[None] | None = None
        self.link = Link(True)
        self.linked = False  # the stream has reached the server at least once

    def prepare(self, backend: Backend) -> None:
        """Note where the feed stands now, before the pages read what they show: a change
        committed between their reads and the stream's start is then delivered, not lost."""
        self._backend = backend
        try:
            self._reader = ChangeReader(backend.db)
        except MinwonError as exc:  # the stream finds its place when it connects
            log.warning("change feed position not read: %s", exc.message)
            self._reader = None

    def start(self) -> bool:
        """Start following (needs a running asyncio loop); False when it cannot."""
        if self._backend is None or self._task is not None:
            return False
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            log.info("no asyncio loop is running: this window does not follow other desks")
            return False
        stream = ChangeStream(self._backend.db, reader=self._reader, on_link=self._on_link)
        self._task = loop.create_task(stream.run(self._deliver), name="change-stream")
        self._task.add_done_callback(self._ended)
        return True

    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def stop(self) -> None:
        """Stop following (the window is closing); the task ends on the loop's next turn."""
        # Once: a second cancel would interrupt the stream closing its connection.
        if self._task is not None and not self._task.done() and not self._task.cancelling():
            self._task.cancel()

    def _deliver(self, batch: list[Change]) -> None:
        backend = self._backend
        if backend is None:
            return
        for change in batch:
            backend.events.publish(change.event)
        self.delivered.emit(len(batch))

    def _on_link(self, link: Link) -> None:
        self.link = link
        self.linked = self.linked or link.connected
        self.link_changed.emit(link)

    def _ended(self, task: asyncio.Task[None]) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.error("the change stream stopped", exc_info=task.exception())

    def __repr__(self) -> str:
        return f"LiveFeed(running={self.running()}, connected={self.link.connected})"
