"""The once-a-second redraw of clocks on screen, in step with the wall clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer

SECOND_MS = 1000


class SecondTicker(QTimer):
    """Calls ``tick`` just after each whole second while ``running()`` says a clock runs,
    so "2분 10초" changes when the second does; idle when no clock runs.

    Single-shot and armed again after each tick: a repeating timer would drift off the
    second, and a page with no running clock should not wake up at all."""

    def __init__(
        self,
        now: Callable[[], datetime],
        tick: Callable[[], None],
        running: Callable[[], bool],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.setSingleShot(True)
        self._now, self._tick, self._running = now, tick, running
        self.timeout.connect(self._fire)

    def schedule(self) -> None:
        """Arm for the next whole second when a clock runs (unless armed); else stop."""
        if self._running():
            if not self.isActive():
                self.start(SECOND_MS - self._now().microsecond // 1000 + 5)
        else:
            self.stop()

    def _fire(self) -> None:
        self._tick()
        self.schedule()
