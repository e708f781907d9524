"""Start the desktop app: Qt application and fonts, the main window at once, then the database.

The window is shown before the storage stack is even imported: the desk appears quickly,
and a slow or unreachable database is explained in the window (with "다시 시도") instead of
holding up start-up or ending it with a dialog.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from minwon_desk import __version__
from minwon_desk.domain.particles import settle
from minwon_desk.settings import AppConfig
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from minwon_desk.services.backend import Backend
    from minwon_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_STORAGE = 1
EXIT_CHARTER = 2

TRACE_ENV = "MINWON_STARTUP_TRACE"
# Opens the database even if the window never gets painted (e.g. started minimised).
_OPEN_WITHOUT_PAINT_MS = 1000
_IMPORTED_AT = time.perf_counter()


# --- start-up trace (for the benchmark) ---------------------------------------------------


def _process_clock() -> tuple[float, float]:
    """(process start, now) in seconds on one clock.

    On Linux the start is the process creation time from /proc/self/stat (field 22, clock
    ticks since boot, same base as CLOCK_BOOTTIME), so interpreter start-up and imports are
    counted. It is truncated to a tick (10 ms), so figures can only err on the slow side.
    Elsewhere: the moment this module was imported.
    """
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        start = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return start, time.clock_gettime(time.CLOCK_BOOTTIME)
    except (OSError, ValueError, IndexError, AttributeError):
        return _IMPORTED_AT, time.perf_counter()


def _trace(label: str) -> None:
    """Append ``<label> <ms since process start>`` to $MINWON_STARTUP_TRACE, if set."""
    path = os.environ.get(TRACE_ENV)
    if not path:
        return
    start, now = _process_clock()
    try:
        with open(path, "a", encoding="utf-8") as out:
            out.write(f"{label} {(now - start) * 1000:.0f}\n")
    except OSError as exc:
        log.warning("could not write the start-up trace to %s: %s", path, exc)


# --- opening the database behind a shown window -------------------------------------------


class DeskStartup(QObject):
    """Opens the database once ``window`` is on screen, and again on "다시 시도".

    ``finished`` carries the outcome of each attempt: EXIT_OK when the window is attached,
    EXIT_STORAGE or EXIT_CHARTER when the reason is shown in the window.
    """

    finished = Signal(int)

    def __init__(self, config: AppConfig, window: MainWindow) -> None:
        # Not parented to the window: it closes the database after the window is deleted.
        super().__init__()
        self._config = config
        self.window = window
        self._painted = False
        self._started = False
        self.backend: Backend | None = None
        self.failure: int | None = None
        self._backup_idle: threading.Event | None = None
        window.retry_requested.connect(self.retry)
        window.installEventFilter(self)
        QTimer.singleShot(_OPEN_WITHOUT_PAINT_MS, self, self._on_first_frame)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint and not self._painted:
            # Paint is being delivered; the frame is on screen once this round of painting
            # and flushing is over, i.e. on the next turn of the event loop.
            self._painted = True
            QTimer.singleShot(0, self, self._on_first_frame)
        return False

    def _on_first_frame(self) -> None:
        if self._started:
            return
        self._started = True
        self.window.removeEventFilter(self)
        if self._painted:  # not when the fallback timer got here first: nothing was drawn
            _trace("shown")
        QTimer.singleShot(0, self, self.open)

    def retry(self) -> None:
        if self.backend is not None:
            return
        self.window.show_opening()
        self.window.repaint()  # the "여는 중" panel must be seen while opening blocks
        self.open()

    def open(self) -> int:
        """Open the database and attach the window; on failure show why. Returns the outcome."""
        code = self._open()
        self.failure = None if code == EXIT_OK else code
        self.finished.emit(code)
        return code

    def _open(self) -> int:
        # Imported here, after the window is shown: SQLAlchemy alone takes ~0.3 s to import.
        from minwon_desk.bootstrap import open_backend
        from minwon_desk.domain.charter import CharterError
        from minwon_desk.domain.errors import MinwonError

        config, window = self._config, self.window
        try:
            backend = open_backend(config)
        except CharterError as exc:
            return self._fail(translate("App", "이행표준 파일 오류"), exc.message, EXIT_CHARTER)
        except OSError as exc:
            message = settle(translate("App", "데이터 폴더 {path}을(를) 만들 수 없습니다: {error}").format(
                path=config.data_dir, error=exc.strerror or exc))
            return self._fail(translate("App", "데이터 폴더 오류"), message, EXIT_STORAGE)
        except MinwonError as exc:
            return self._fail(translate("App", "데이터베이스를 열 수 없습니다"), exc.message, EXIT_STORAGE)
        try:
            if config.demo:
                from minwon_desk.services.demo.agency import ensure_demo

                ensure_demo(backend)
        except MinwonError as exc:
            backend.close()
            return self._fail(translate("App", "민원 데스크를 시작할 수 없습니다"), exc.message, EXIT_STORAGE)
        self.backend = backend
        # Views of personal data are logged off the GUI path; closing the backend commits
        # what is still queued.
        backend.access_log.start_batching()
        window.attach(backend)
        self._start_daily_backup(backend)
        _trace("ready")
        return EXIT_OK

    def _start_daily_backup(self, backend: Backend) -> None:
        config = self._config
        if config.demo or not config.settings.get("auto_backup"):
            return
        from minwon_desk.ui.common.daily_backup import DailyBackup

        window = self.window
        daily = DailyBackup(window, backend, config.backup_folder,
                            int(config.settings.get("backup_keep")),
                            notify=lambda text: window.statusBar().showMessage(text, 60_000))
        self._backup_idle = daily.idle

    def _fail(self, title: str, message: str, code: int) -> int:
        log.error("%s: %s", title, message)
        self.window.show_open_failure(title, message)
        return code

    def close(self) -> None:
        """Close the database (after the window is gone)."""
        if self.backend is not None:
            # A backup under way finishes first: it reads the database being closed.
            if self._backup_idle is not None:
                self._backup_idle.wait(120)
            self.backend.close()
            self.backend = None


# --- the application ----------------------------------------------------------------------


def _application(language: str = "ko") -> QApplication:
    from PySide6.QtWidgets import QApplication

    from minwon_desk.ui.fonts import use_korean_font
    from minwon_desk.ui.translations import install

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    # Before any word is looked up: the application's own name is translated too.
    install(app, language)
    app.setApplicationName("minwon-desk")
    app.setApplicationDisplayName(translate("App", "민원 데스크"))
    app.setOrganizationName("minwon-desk")
    app.setApplicationVersion(__version__)
    use_korean_font(app)
    return app


def _save_screenshot(window: QWidget, path: Path, app: QApplication, code: int) -> None:
    app.processEvents()  # let layouts settle before the grab
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path), "PNG"):
        log.error("could not save the screenshot to %s", path)
        app.exit(code or EXIT_STORAGE)
        return
    app.exit(code)


def run_gui(config: AppConfig, *, screenshot: Path | None = None, language: str | None = None) -> int:
    """Show the main window, open the database behind it, run until it closes.

    Returns the exit code: 0, or 1 (storage) / 2 (charter) when the database never opened.
    With ``screenshot``, the window is saved as a PNG once the board is filled (or the
    failure is shown) and the app quits with that outcome. ``language`` (``--lang``)
    overrides the desk's setting for this run.
    """
    app = _application(language or str(config.settings.get("language") or "ko"))
    from minwon_desk.ui.main_window import MainWindow

    window = MainWindow(config)
    startup = DeskStartup(config, window)
    if screenshot is not None:
        startup.finished.connect(
            lambda code: QTimer.singleShot(0, lambda: _save_screenshot(window, screenshot, app, code))
        )
    window.show()
    try:
        code = _run_loop(app, window)
    finally:
        startup.close()
    if code == EXIT_OK and startup.failure is not None:
        return startup.failure  # closed without the database ever opening
    return code


def _finish_tasks(loop: asyncio.AbstractEventLoop) -> None:
    """Let cancelled tasks (the change stream) end before the loop closes: each closes
    its own connection on the way out instead of being dropped mid-await."""
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    if not pending:
        return
    for task in pending:
        if not task.cancelling():  # once: a second cancel cuts its clean-up short
            task.cancel()
    loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))


def _run_loop(app: QApplication, window: QWidget) -> int:
    """Run Qt's event loop under qasync, so later work can use asyncio helpers."""
    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            code = loop.run_forever()
            window.close()  # stops the change stream (a no-op when already closed)
            _finish_tasks(loop)
    finally:
        asyncio.set_event_loop(None)
        window.close()
        window.deleteLater()
        # Outside the loop deleteLater is not honoured by processEvents(): flush it, so
        # the window and its timers are gone before the database is closed.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return int(code) if isinstance(code, int) else EXIT_OK
