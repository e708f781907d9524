"""Fixtures for driving the real widgets: a desk config, silent alerts, the main window."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.settings import AppConfig, SettingsStore
from minwon_desk.ui.fonts import use_korean_font
from minwon_desk.ui.main_window import MainWindow

W = TypeVar("W", bound=QWidget)

# The offscreen platform cannot raise windows or grab the keyboard for popups (the staff
# completer opens one); it says so as a warning. Nothing the app can or should change.
OFFSCREEN_LIMITS = ("This plugin does not support raise()", "This plugin does not support grabbing")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_LIMITS))


class RecordingSound:
    def __init__(self) -> None:
        self.played: list[Path | None] = []

    def play(self, path: Path | None) -> None:
        self.played.append(path)


class RecordingNotifier:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> None:
        self.messages.append((title, message))


@pytest.fixture(scope="session", autouse=True)
def korean_font(qapp: QApplication) -> None:
    use_korean_font(qapp)


@pytest.fixture
def sound() -> RecordingSound:
    return RecordingSound()


@pytest.fixture(autouse=True)
def operator_signed_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the window signs people in, the person chosen in the operator list acts with
    their account. The tests' and the demo's accounts are made in the order of the staff
    rows, so an account's id is its staff member's."""
    from minwon_desk.domain.roles import Role
    from minwon_desk.services.dto import Actor
    from minwon_desk.ui.operator import DeskOperator
    from tests.support.seed import SEED_ROLES

    def actor(self: DeskOperator) -> Actor | None:
        person = self.current()
        if person is None:
            return None
        roles = SEED_ROLES.get(person.employee_no, frozenset(Role))
        return Actor(staff_id=person.id, name=person.name, desk=self._desk, roles=roles,
                     account_id=person.id)

    monkeypatch.setattr(DeskOperator, "actor", actor)


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


def desk_config(data_dir: Path, desk: str, **settings: Any) -> AppConfig:
    values: dict[str, Any] = {"desk_operator": "T0001"}
    values.update(settings)
    store = SettingsStore(data_dir / "settings.toml", values)
    return AppConfig(
        data_dir=data_dir, db_url="", charter_path=charter_preset("mss"), desk_name=desk,
        demo=False, settings=store,
    )


@pytest.fixture
def config(tmp_path: Path, backend: Backend) -> AppConfig:
    return desk_config(tmp_path, backend.desk)


WindowFactory = Callable[[Backend], MainWindow]


def show_window(qtbot: QtBot, window: QWidget) -> None:
    """Show and activate a top-level window (shortcuts only reach the active window)."""
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def make_window(
    qtbot: QtBot, config: AppConfig, sound: RecordingSound, notifier: RecordingNotifier
) -> Iterator[WindowFactory]:
    """Build, show and activate a main window on a backend (closed at the end of the test)."""
    windows: list[MainWindow] = []

    def make(backend: Backend) -> MainWindow:
        window = MainWindow(config, backend=backend, sound_player=sound, notifier=notifier)
        show_window(qtbot, window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window: WindowFactory, backend: Backend) -> MainWindow:
    return make_window(backend)


def find(root: QWidget, cls: type[W], accessible_name: str) -> W:
    """The one visible-or-not widget of ``cls`` under ``root`` with this accessible name."""
    found = [w for w in root.findChildren(cls) if w.accessibleName() == accessible_name]
    assert len(found) == 1, f"{len(found)} {cls.__name__} named {accessible_name!r}"
    return found[0]


@pytest.fixture
def qasync_loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """The app's asyncio loop, as app.py runs it: qasync drives asyncio from Qt's own event
    loop. In a test nothing calls ``run_forever``; a loop made with ``already_running=True``
    counts as running, and its callbacks and tasks (the change stream) advance whenever Qt
    processes events — i.e. inside ``qtbot.wait``/``waitUntil``. At the end the tasks still
    alive are cancelled and given a few turns to finish (closing their connections)."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            if not task.cancelling():  # once: a second cancel cuts its clean-up short
                task.cancel()
        deadline = time.monotonic() + 10
        while any(not t.done() for t in pending) and time.monotonic() < deadline:
            qapp.processEvents()
            time.sleep(0.01)
        # Marked stopped without stop() (which would call QApplication.exit() and end the
        # next test's waits), then closed: close() shuts down the worker threads that
        # asyncio.to_thread runs on (qasync's QThreads).
        loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
        loop.close()
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)
