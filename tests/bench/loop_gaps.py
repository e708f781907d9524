"""How long the window would stand still while work runs as the window runs it: a 10 ms
QTimer notes every gap in the event loop, over an idle loop (the floor) or while a job runs
on the background helper (ui/background.py)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEventLoop, QTimer

from minwon_desk.ui.background import Background, Work

TICK_MS = 10


class GapMeter:
    """A QTimer every 10 ms; the longest time between two of its ticks."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.worst, self._last = 0.0, time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return self.worst * 1000

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last)
        self._last = now


def idle_gap(seconds: float) -> float:
    """The worst gap (ms) of an idle event loop watched for ``seconds``."""
    meter = GapMeter()
    loop = QEventLoop()
    meter.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    return meter.stop()


def run_watched(work: Work[object], *, label: str, quiet: bool = False) -> tuple[object, float, float]:
    """Run ``work(progress, cancelled)`` on the background helper and wait in an event loop:
    what it returned (or the message it failed with), the seconds it took and the worst
    event-loop gap (ms) meanwhile."""
    meter = GapMeter()
    loop = QEventLoop()
    result: list[object] = []

    def done(value: object) -> None:
        result.append(value)
        loop.quit()

    def failed(message: str) -> None:
        result.append(message)
        loop.quit()

    meter.start()
    start = time.perf_counter()
    Background(None).run(work, on_done=done, on_error=failed, label=label, quiet=quiet)
    loop.exec()
    seconds = time.perf_counter() - start
    gap = meter.stop()
    [outcome] = result
    return outcome, seconds, gap
