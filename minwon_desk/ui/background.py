"""Long work off the GUI thread: the one helper every page uses for it.

    Background(window).run(
        lambda progress, cancelled: service.render_month(actor, 2026, 7,
                                                         progress=progress, cancelled=cancelled),
        on_done=show_preview, on_error=show_message, label="증서 인쇄 준비 중…",
    )

The work runs on Qt's thread pool and is handed ``progress(done, total)`` and
``cancelled()``. A progress window (with 취소) appears only when the work is still running
after half a second, so quick work never flashes one; work the page shows in its own way
(a list being read) asks for none with ``quiet=True``. What the work returns, or the
Korean message of the MinwonError it raised, comes back on the GUI thread by a queued
signal; after 취소, only ``on_cancelled`` is called, whatever the work did then.

Work given ``retry_locked`` (waits in seconds) is tried again when another desk held the
lock too long (LockedError): ``on_retry(attempt, attempts)`` is told on the GUI thread each
time, so the form can say "다른 창구가 저장하는 중입니다 — 다시 시도합니다"; only after
the last try does ``on_error`` get the refusal. 취소 ends the waiting.

Work given a ``key`` replaces the earlier work of the same key on the same helper: a newer
request (another department's list, another document) cancels the older one, whose result
is then dropped.

It needs nothing but a running Qt event loop: the app runs Qt's loop under qasync, the
tests under pytest-qt, and the same signals serve both. Progress is coalesced: a fast loop
of a thousand items leaves at most one progress event waiting in the queue.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from minwon_desk.domain.errors import LockedError, MinwonError
from minwon_desk.ui.i18n import translate

T = TypeVar("T")
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Work = Callable[[Progress, IsCancelled], T]

SHOW_AFTER_MS = 500  # quicker work shows no progress window at all
# Between tries of a save another desk's lock held up: each try already waited the lock
# timeout (5 s), so three more tries, spaced out, give a busy moment ~20 s to pass.
LOCK_RETRY_WAITS_S: tuple[float, ...] = (0.5, 1.5, 3.0)

# Python threads share one interpreter lock, and two things kept the window waiting for
# it while a batch of 1,000 vouchers was drawn (measured with a 10 ms timer):
# - the cyclic garbage collector's full passes walk every object holding the lock: over a
#   running desk (~170,000 objects) 50–80 ms each. While work runs, the objects the app
#   already holds are left out of them (gc.freeze); a pass then walks only what the work
#   made. They go back to the collector when the last work ends.
# - each Qt call from Python gives the lock up and takes it back, waiting up to the switch
#   interval (5 ms) while the worker holds it: showing the progress window took ~40 ms.
#   While work runs the interval is 1 ms; the work itself was not measurably slower.
SWITCH_INTERVAL_S = 0.001
_under_way = 0
_usual_interval = 0.0

_log = logging.getLogger(__name__)


class Task(QObject, Generic[T]):
    """One piece of work under way: cancel it, or ask whether it still runs."""

    progressed = Signal(int, int)  # done, total — on the GUI thread
    # From the worker thread (queued to this object's thread, the GUI thread):
    _returned = Signal(object)
    _raised = Signal(object)
    _poked = Signal()  # new progress is waiting in _latest
    _retrying = Signal(int, int)  # the try about to start, of how many

    def __init__(
        self,
        label: str,
        on_done: Callable[[T], None],
        on_error: Callable[[str], None] | None,
        on_cancelled: Callable[[], None] | None,
        on_end: Callable[[Task[T]], None],
        window: QWidget | None,
        retry_locked: Sequence[float] = (),
        on_retry: Callable[[int, int], None] | None = None,
    ) -> None:
        # Owned by the application, not by Python or the window: it lives until its
        # outcome is delivered, whoever still holds it.
        super().__init__(QCoreApplication.instance())
        self.label = label
        self._window = window
        self._on_end = on_end
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self._cancel = threading.Event()
        self._running = True
        self.dialog: QProgressDialog | None = None
        self._total = 0
        self._done = 0
        # The worker leaves its latest progress here and pokes the GUI thread only when no
        # poke is pending: the GUI always shows the latest figure, and however fast the
        # work counts, at most one progress event waits in the queue.
        self._latest_lock = threading.Lock()
        self._latest: tuple[int, int] | None = None
        self._returned.connect(self._finish_with_result)
        self._raised.connect(self._finish_with_error)
        self._poked.connect(self._take_progress)
        self._waits = tuple(retry_locked)
        self._on_retry = on_retry
        self._retrying.connect(self._tell_retry)

    def cancel(self) -> None:
        """Ask the work to stop; it stops at its next ``cancelled()`` check."""
        self._cancel.set()

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._running

    # --- on the worker thread ---------------------------------------------------------

    def _run(self, work: Work[T]) -> None:
        attempts = len(self._waits) + 1
        for attempt, wait in enumerate((*self._waits, None), start=1):
            try:
                result = work(self._progress, self._cancel.is_set)
            except LockedError as exc:
                # Another desk is saving: wait a little longer each time, then try again.
                if wait is None or self._cancel.is_set():
                    self._emit(self._raised, exc)
                    return
                self._emit(self._retrying, attempt + 1, attempts)
                if self._cancel.wait(wait):
                    self._emit(self._raised, exc)
                    return
            except BaseException as exc:  # every outcome must reach the GUI
                self._emit(self._raised, exc)
                return
            else:
                self._emit(self._returned, result)
                return

    def _progress(self, done: int, total: int) -> None:
        with self._latest_lock:
            pending = self._latest is not None
            self._latest = (done, total)
        if not pending:
            self._emit(self._poked)

    def _emit(self, signal: Any, *args: object) -> None:
        # RuntimeError: the window that asked is gone, nobody is waiting for the answer.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)

    # --- on the GUI thread ------------------------------------------------------------

    def _window_alive(self) -> QWidget | None:
        window = self._window
        return window if window is not None and shiboken6.isValid(window) else None

    def _show_dialog(self) -> None:
        if not self._running or self.dialog is not None or self._cancel.is_set():
            return
        if self._window is not None and self._window_alive() is None:
            return  # the window has gone; the work has been told to stop
        dialog = QProgressDialog(self.label, translate("Background", "취소"), 0, self._total, self._window)
        dialog.setWindowTitle(self.label)
        dialog.setAccessibleName(self.label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)  # shown now: the half second has been waited already
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        self._show_progress(self._done, self._total)
        dialog.show()

    @Slot()
    def _take_progress(self) -> None:
        with self._latest_lock:
            latest, self._latest = self._latest, None
        if latest is not None and self._running:
            self._show_progress(*latest)
            self.progressed.emit(*latest)

    def _show_progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        if self.dialog is None:
            return
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total))
        if total:
            self.dialog.setLabelText(f"{self.label} ({done:,} / {total:,})")

    @Slot(int, int)
    def _tell_retry(self, attempt: int, attempts: int) -> None:
        if self._running and not self._cancel.is_set() and self._on_retry is not None:
            self._on_retry(attempt, attempts)

    @Slot(object)
    def _finish_with_result(self, result: object) -> None:
        if self._end():
            self._on_done(result)  # type: ignore[arg-type]  # what the work returned

    @Slot(object)
    def _finish_with_error(self, exc: BaseException) -> None:
        if not self._end():
            return
        if isinstance(exc, MinwonError):
            message = exc.message
        else:
            _log.error("%s: 작업 중 오류", self.label, exc_info=exc)
            message = translate("Background",
                "뜻밖의 오류로 작업을 마치지 못했습니다({error}). 다시 해 보고, 되풀이되면 "
                "관리자에게 알려 주세요."
            ).format(error=type(exc).__name__)
        if self._on_error is not None:
            self._on_error(message)
        else:
            box = QMessageBox(QMessageBox.Icon.Warning, self.label, message,
                              QMessageBox.StandardButton.Ok, self._window_alive())
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def _end(self) -> bool:
        """Close the progress window; True when the caller still wants the outcome."""
        self._running = False
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self._on_end(self)
        self.deleteLater()
        wanted = not self._cancel.is_set()
        if not wanted and self._on_cancelled is not None:
            self._on_cancelled()
        return wanted

    def __repr__(self) -> str:
        state = "running" if self._running else "ended"
        return f"Task({self.label!r}, {state}, {self._done}/{self._total})"


class Background:
    """Runs work off the GUI thread for one window: the progress window's parent, and
    whose closing stops the work it started. Cheap to make; ``Background(self).run(...)``
    is fine, the work does not depend on this object staying alive."""

    def __init__(
        self,
        window: QWidget | None = None,
        *,
        show_after_ms: int = SHOW_AFTER_MS,
        pool: QThreadPool | None = None,
    ) -> None:
        self._window = window
        self._show_after_ms = show_after_ms
        self._pool = pool or QThreadPool.globalInstance()
        self._tasks: set[Task[Any]] = set()
        self._latest: dict[str, Task[Any]] = {}

    def run(
        self,
        work: Work[T],
        *,
        on_done: Callable[[T], None],
        on_error: Callable[[str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        label: str,
        key: str = "",
        quiet: bool = False,
        retry_locked: Sequence[float] = (),
        on_retry: Callable[[int, int], None] | None = None,
    ) -> Task[T]:
        """Start ``work(progress, cancelled)`` on a worker thread. ``on_error`` gets the
        Korean message (without it, a message box shows it). ``key``: cancel this helper's
        earlier work of that key; ``quiet``: never a progress window; ``retry_locked``:
        the waits before trying again when another desk held the lock (``on_retry`` told)."""
        task: Task[T] = Task(label, on_done, on_error, on_cancelled, self._ended, self._window,
                             retry_locked, on_retry)
        if key:
            older = self._latest.get(key)
            if older is not None and older.is_running():
                older.cancel()
            self._latest[key] = task
        self._tasks.add(task)
        if self._window is not None:
            # When the window goes, the work it started has no one to report to.
            self._window.destroyed.connect(task.cancel)
        if not quiet:
            QTimer.singleShot(self._show_after_ms, task, task._show_dialog)
        _first_started()
        self._pool.start(lambda: task._run(work))
        return task

    def running(self) -> bool:
        return any(task.is_running() for task in self._tasks)

    def _ended(self, task: Task[Any]) -> None:
        self._tasks.discard(task)
        for key in [k for k, latest in self._latest.items() if latest is task]:
            del self._latest[key]
        _last_ended()

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def __repr__(self) -> str:
        return f"Background({len(self._tasks)} under way)"


def _first_started() -> None:
    global _under_way, _usual_interval
    if _under_way == 0:
        gc.freeze()
        _usual_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(_usual_interval, SWITCH_INTERVAL_S))
    _under_way += 1


def _last_ended() -> None:
    global _under_way
    _under_way -= 1
    if _under_way == 0:
        gc.unfreeze()
        sys.setswitchinterval(_usual_interval)


def wait_for_all(timeout_ms: int) -> bool:
    """Let work under way end (a closing window); False when some is still running."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
