"""Start the desktop app: Qt application, fonts, charter, database, main window, event loop."""

from __future__ import annotations

# Import order matters for start-up time: once PySide6 is imported, its feature hook reads
# the source of every module imported after it. The storage stack is therefore imported
# first, and Qt only inside run_gui().
import asyncio
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from minwon_desk import __version__
from minwon_desk.domain.charter import CharterError, load_charter
from minwon_desk.domain.errors import MinwonError
from minwon_desk.services.backend import Backend
from minwon_desk.settings import AppConfig

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_STORAGE = 1
EXIT_CHARTER = 2


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("App", text)


def _application(language: str = "ko") -> QApplication:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from minwon_desk.ui.fonts import use_korean_font

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("minwon-desk")
    app.setApplicationDisplayName(_tr("민원 데스크"))
    app.setOrganizationName("minwon-desk")
    app.setApplicationVersion(__version__)
    QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
    use_korean_font(app)
    if language != "ko":
        _install_translation(app, language)
    return app


def _install_translation(app: QApplication, language: str) -> None:
    """Source strings are Korean; other languages come from Qt Linguist files, if shipped."""
    from PySide6.QtCore import QTranslator

    from minwon_desk.resources import resource_path

    try:
        folder = resource_path("translations")
    except FileNotFoundError:
        return
    translator = QTranslator(app)  # parented: must live as long as the application
    if translator.load(f"minwon_desk_{language}", str(folder)):
        app.installTranslator(translator)
    else:
        log.info("no %s translation shipped; showing Korean", language)


def _refuse(title: str, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    log.error("%s: %s", title, message)
    QMessageBox.critical(None, title, message)


def _save_screenshot(window: QWidget, path: Path, app: QApplication) -> None:
    app.processEvents()  # let layouts settle before the grab
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path), "PNG"):
        log.error("could not save the screenshot to %s", path)
        app.exit(EXIT_STORAGE)
        return
    app.exit(EXIT_OK)


def run_gui(config: AppConfig, *, screenshot: Path | None = None) -> int:
    """Open the main window on ``config`` and run until it closes; returns the exit code.

    With ``screenshot``, the window is saved as a PNG once shown and the app quits.
    """
    app = _application(str(config.settings.get("language") or "ko"))
    try:
        charter = load_charter(config.charter_path)
    except CharterError as exc:
        _refuse(_tr("이행표준 파일 오류"), exc.message)
        return EXIT_CHARTER

    try:
        config.data_dir.mkdir(parents=True, exist_ok=True)
        backend = Backend.open(
            config.db_url, charter=charter, desk=config.desk_name, backup_dir=config.backup_dir
        )
    except OSError as exc:
        _refuse(_tr("데이터 폴더 오류"), _tr("데이터 폴더 {path}을(를) 만들 수 없습니다: {error}").format(
            path=config.data_dir, error=exc.strerror or exc))
        return EXIT_STORAGE
    except MinwonError as exc:
        _refuse(_tr("데이터베이스를 열 수 없습니다"), exc.message)
        return EXIT_STORAGE

    try:
        if config.demo:
            from minwon_desk.services.demo import ensure_demo

            ensure_demo(backend)
        from PySide6.QtCore import QTimer

        from minwon_desk.ui.main_window import MainWindow

        window = MainWindow(backend, config)
        window.show()
        if screenshot is not None:
            QTimer.singleShot(0, lambda: _save_screenshot(window, screenshot, app))
        return _run_loop(app, window)
    except MinwonError as exc:
        _refuse(_tr("민원 데스크를 시작할 수 없습니다"), exc.message)
        return EXIT_STORAGE
    finally:
        backend.close()


def _run_loop(app: QApplication, window: QWidget) -> int:
    """Run Qt's event loop under qasync, so later work can use asyncio helpers."""
    import qasync
    from PySide6.QtCore import QEvent

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            code = loop.run_forever()
    finally:
        asyncio.set_event_loop(None)
        window.close()
        window.deleteLater()
        # Outside the loop deleteLater is not honoured by processEvents(): flush it, so
        # the window and its timers are gone before the database is closed.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return int(code) if isinstance(code, int) else EXIT_OK
