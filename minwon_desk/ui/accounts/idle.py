"""Noticing that nobody has touched the desk for a while (the idle lock), and keeping keys
away from what lies under a cover.

One event filter on the application sees every event: keyboard and mouse input moves the
"last input" mark (a number, nothing more: this runs for every event), and while the window
is covered, shortcuts of actions outside the cover are swallowed, so Ctrl+7 or F2 do nothing
under the sign-in or lock panel. Time since the mark comes from an injectable clock and is
looked at by a slow poll, so tests move the clock and call :meth:`IdleWatcher.check`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.InputMethod, QEvent.Type.TouchBegin,
})
_SHORTCUT = QEvent.Type.Shortcut
POLL_MS = 5_000


class IdleWatcher(QObject):
    """Emits ``idle`` once when ``minutes()`` pass without input, while active."""

    idle = Signal()

    def __init__(
        self,
        minutes: Callable[[], float],
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._minutes = minutes
        self._clock = clock
        self._last = clock()
        self._active = False
        self._covers: list[QWidget] = []  # shortcuts inside these still work while covered
        self._covered = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)

    def set_clock(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._last = clock()

    def set_active(self, active: bool) -> None:
        """Watch only while someone is signed in and the window is not covered."""
        self._active = active
        self._last = self._clock()
        if active:
            self.timer.start()
        else:
            self.timer.stop()

    def is_active(self) -> bool:
        return self._active

    def seconds_idle(self) -> float:
        return self._clock() - self._last

    def check(self) -> bool:
        """Lock if the time is up; True when it fired."""
        if not self._active:
            return False
        if self.seconds_idle() >= max(1.0, self._minutes()) * 60:
            self.set_active(False)
            self.idle.emit()
            return True
        return False

    def cover(self, covers: list[QWidget]) -> None:
        """Swallow shortcuts outside ``covers`` until :meth:`uncover`."""
        self._covers = covers
        self._covered = True

    def uncover(self) -> None:
        self._covers = []
        self._covered = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT:
            self._last = self._clock()
        elif kind == _SHORTCUT and self._covered:
            return not self._inside_cover(watched)
        return False

    def _inside_cover(self, watched: QObject) -> bool:
        if not isinstance(watched, QWidget):
            return False  # an action of the window or of a page
        return any(c is watched or c.isAncestorOf(watched) for c in self._covers)
