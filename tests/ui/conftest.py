"""Fixtures for driving the real widgets: a desk config, silent alerts, the main window."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.roles import Role
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.services.notices.config import NoticeConfig
from minwon_desk.settings import AppConfig, SettingsStore
from minwon_desk.ui.fonts import use_korean_font
from minwon_desk.ui.main_window import MainWindow
from tests.support.mail_server import Inbox, receiving

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


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


# The desk's account in the UI tests: 안내원 (T0001), holding every role, so the pages the
# existing tests drive are all there. A Korean password, typed as a person would.
DESK_LOGIN = "T0001"
DESK_PASSWORD = "안내데스크2026"


@pytest.fixture(autouse=True)
def quick_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id with the smallest cost: the UI tests sign in hundreds of times. The
    production cost is measured by the benchmarks."""
    from argon2 import PasswordHasher

    from minwon_desk.services.accounts import passwords

    monkeypatch.setattr(passwords, "_HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture(autouse=True)
def language_put_back(qapp: QApplication) -> Iterator[None]:
    """A test that opens a window in English (or a Korean window that installs Qt's own
    Korean words) leaves the next test on this worker as it found it: the translators it
    installed are removed and the words below the window go back to the source."""
    from PySide6.QtCore import QLocale, QTranslator

    from minwon_desk.domain import i18n
    from minwon_desk.ui.common import time_words

    before = set(qapp.findChildren(QTranslator))
    lookup, locale = i18n.installed(), QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        if translator not in before:
            qapp.removeTranslator(translator)
            translator.setParent(None)
    i18n.install(lookup)
    QLocale.setDefault(locale)
    time_words.forget()


def desk_account(
    backend: Backend, roles: Iterable[Role] | None = None, *, staff_no: str = DESK_LOGIN,
    password: str = DESK_PASSWORD,
) -> None:
    """``staff_no`` (a seeded account) signs in with ``password`` (Korean) and, when
    ``roles`` are given, holds exactly those (changed by the seeded administrator, 안내원)."""
    from tests.support.seed import SEED_PASSWORD, actor_for

    accounts = backend.accounts
    person = backend.staff.by_employee_no(staff_no)
    actor = actor_for(backend, person)
    with contextlib.suppress(MinwonError):  # changed already by an earlier call in this test
        accounts.change_password(actor, SEED_PASSWORD, password)
    if roles is None:
        return
    admin = actor_for(backend, backend.staff.by_employee_no(DESK_LOGIN))
    wanted = frozenset(roles)
    for role in Role:
        if role in wanted and role not in actor.roles:
            accounts.grant(admin, staff_no, role, reason="시험 준비")
        elif role not in wanted and role in actor.roles:
            accounts.revoke(admin, staff_no, role, reason="시험 준비")


def with_roles(backend: Backend, staff_no: str, roles: Iterable[Role]) -> Actor:
    """``staff_no`` given ``roles`` (besides what they hold) by the seeded administrator,
    acting at their own desk."""
    from tests.support.seed import actor_for

    admin = actor_for(backend, backend.staff.by_employee_no(DESK_LOGIN))
    person = backend.staff.by_employee_no(staff_no)
    held = actor_for(backend, person).roles
    for role in roles:
        if role not in held:
            backend.accounts.grant(admin, staff_no, role, reason="시험 준비")
    return actor_for(backend, person)


def sign_in(window: MainWindow, login: str = DESK_LOGIN, password: str = DESK_PASSWORD) -> None:
    """Sign in through the window's panel (fields filled, the button's own path)."""
    panel = window.access.cover.sign_in
    panel.login_edit.setText(login)
    panel.password_edit.setText(password)
    panel.submit()
    assert window.session.is_signed_in(), panel.message.text()


def desk_config(data_dir: Path, desk: str, **settings: Any) -> AppConfig:
    values: dict[str, Any] = {}
    values.update(settings)
    store = SettingsStore(data_dir / "settings.toml", values)
    return AppConfig(
        data_dir=data_dir, db_url="", charter_path=charter_preset("mss"), desk_name=desk,
        demo=False, settings=store,
    )


@pytest.fixture
def config(tmp_path: Path, backend: Backend) -> AppConfig:
    return desk_config(tmp_path, backend.desk)


WindowFactory = Callable[..., MainWindow]


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

    def make(backend: Backend, *, signed_in: bool = True) -> MainWindow:
        if signed_in:
            desk_account(backend)
        window = MainWindow(config, backend=backend, sound_player=sound, notifier=notifier)
        show_window(qtbot, window)
        windows.append(window)
        if signed_in:
            sign_in(window)
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


LiveWindowFactory = Callable[[Backend, Path], MainWindow]
LIVE_WAIT_MS = 20_000  # another process starts Python and opens the database; back-off waits


@pytest.fixture
def open_live_window(
    qasync_loop: asyncio.AbstractEventLoop, qtbot: QtBot,
    sound: RecordingSound, notifier: RecordingNotifier,
) -> Iterator[LiveWindowFactory]:
    """``open_live_window(backend, desk_dir)``: the desk's window signed in and following
    the other desks, as app.py runs it; closed at the end."""
    windows: list[MainWindow] = []

    def make(backend: Backend, desk_dir: Path) -> MainWindow:
        desk_account(backend)
        window = MainWindow(desk_config(desk_dir, backend.desk), backend=backend,
                            sound_player=sound, notifier=notifier)
        show_window(qtbot, window)
        sign_in(window)
        qtbot.waitUntil(window.is_built)
        qtbot.waitUntil(lambda: window.live.feed.linked, timeout=LIVE_WAIT_MS)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def inbox(backend: Backend) -> Iterator[Inbox]:
    """A real SMTP server on loopback that the backend's notices are sent to."""
    with receiving() as (box, port):
        backend.notices.config = NoticeConfig(smtp_host="127.0.0.1", smtp_port=port,
                                              smtp_security="none", mail_from="minwon@test.go.kr")
        yield box
