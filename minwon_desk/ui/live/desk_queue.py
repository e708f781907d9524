"""The desk's queue as the window uses it: saving a check-in or a memo (kept on this PC
when the server is away), sending what waits when the server is back, and telling the
board, the memo page and the connection bar when what waits has changed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from minwon_desk.domain.errors import MinwonError
from minwon_desk.services.dto import Actor, CheckInRequest, MemoRequest, MemoView, VisitView
from minwon_desk.services.queue.outbox import Kept, Outbox
from minwon_desk.services.queue.sending import KeepingDesk, Sent

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

log = logging.getLogger(__name__)

# While items wait and the feed does not say the server is away (SQLite, or no feed),
# sending is tried this often.
RETRY_MS = 5000


class DeskQueue(QObject):
    """``changed``: what waits or was refused changed; ``sent``: a round of sending did
    something (a :class:`Sent`)."""

    changed = Signal()
    sent = Signal(object)  # Sent

    def __init__(self, outbox: Outbox, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self._desk: KeepingDesk | None = None
        self._away = False
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.send_now)

    def attach(self, backend: Backend) -> None:
        self._desk = KeepingDesk(backend, self.outbox, server_away=lambda: self._away)
        self._after_change()

    @property
    def desk_name(self) -> str | None:
        return self._desk.desk if self._desk is not None else None

    def set_server_away(self, away: bool) -> None:
        """What the change feed knows: while away, items are kept without trying; once
        back, what waits is sent."""
        self._away = away
        if not away:
            QTimer.singleShot(0, self, self.send_now)

    # --- the two writes -----------------------------------------------------------------

    def check_in(self, actor: Actor, req: CheckInRequest, officer: str = "") -> VisitView | Kept:
        desk = self._require()
        self._send_first()
        saved = desk.check_in(actor, req, officer)
        self._after_save(saved)
        return saved

    def take_memo(self, actor: Actor, req: MemoRequest, officer: str = "") -> MemoView | Kept:
        desk = self._require()
        self._send_first()
        saved = desk.take_memo(actor, req, officer)
        self._after_save(saved)
        return saved

    def _send_first(self) -> None:
        # What waits goes before the new item (which then waits behind it if it must):
        # sent here, so the board, the bar and any refusal are told as after any round.
        if not self._away and self._count():
            self.send_now()

    # --- what waits ---------------------------------------------------------------------

    def waiting(self) -> list[Kept]:
        return self._read(self.outbox.waiting)

    def refused(self) -> list[Kept]:
        return self._read(self.outbox.refused)

    def dismiss(self, kept_id: int) -> None:
        self.outbox.dismiss(kept_id)
        self.changed.emit()

    def send_now(self) -> Sent | None:
        """Send what waits (in order); None when there is nothing or no database."""
        if self._desk is None or self._away or not self._count():
            self._after_change()
            return None
        try:
            sent = self._desk.send()
        except MinwonError as exc:  # the queue file itself: reported, retried later
            log.error("could not send the kept items: %s", exc.message)
            return None
        if sent:
            self.sent.emit(sent)
        self._after_change()
        return sent

    def close(self) -> None:
        self._retry.stop()
        self.outbox.close()

    # --- internals ----------------------------------------------------------------------

    def _require(self) -> KeepingDesk:
        if self._desk is None:
            raise RuntimeError("the desk's queue is used before the database is open")
        return self._desk

    def _after_save(self, saved: object) -> None:
        if isinstance(saved, Kept):
            self._after_change()

    def _after_change(self) -> None:
        if self._count():
            self._retry.start()
        else:
            self._retry.stop()
        self.changed.emit()

    def _count(self) -> int:
        try:
            return self.outbox.count(self.desk_name)
        except MinwonError:
            return 0

    def _read(self, read: Callable[[str | None], list[Kept]]) -> list[Kept]:
        try:
            return read(self.desk_name)
        except MinwonError as exc:
            log.error("could not read the kept items: %s", exc.message)
            return []

    def __repr__(self) -> str:
        return f"DeskQueue({self.outbox!r}, away={self._away})"
