"""Alerts when a waiting visitor's greeting clock turns red: a sound and a notification.

Only the PySide6 Essentials wheel is shipped (no QtMultimedia), so the sound is played by the
platform: ``winsound`` on Windows, ``afplay`` on macOS, ``paplay``/``pw-play``/``aplay`` on
Linux, and ``QApplication.beep()`` when none of those is there. The player and the notifier
are injected so tests can check they were called without making any noise.
"""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QProcess
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from minwon_desk.services.dto import VisitView
from minwon_desk.ui.i18n import translate

log = logging.getLogger(__name__)

_LINUX_PLAYERS = ("paplay", "pw-play", "aplay")


class SoundPlayer(Protocol):
    def play(self, path: Path | None) -> None: ...


class Notifier(Protocol):
    def notify(self, title: str, message: str) -> None: ...


class PlatformSoundPlayer:
    """Plays a WAV file once, asynchronously, with whatever the platform offers."""

    def __init__(self, which: Callable[[str], str | None] = shutil.which) -> None:
        self._which = which

    def command(self, path: Path) -> list[str] | None:
        """The player command for ``path`` on this platform, or None (then: beep)."""
        names = ("afplay",) if sys.platform == "darwin" else _LINUX_PLAYERS
        for name in names:
            found = self._which(name)
            if found:
                return [found, str(path)]
        return None

    def play(self, path: Path | None) -> None:
        if path is None or not path.is_file():
            QApplication.beep()
            return
        if sys.platform == "win32":
            try:
                import winsound

                winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
                return
            except (ImportError, RuntimeError) as exc:
                log.warning("could not play %s: %s", path, exc)
                QApplication.beep()
                return
        cmd = self.command(path)
        if cmd is not None:
            started, _pid = QProcess.startDetached(cmd[0], cmd[1:])
            if started:
                return
            log.warning("could not start %s", cmd[0])
        QApplication.beep()

    def __repr__(self) -> str:
        return f"PlatformSoundPlayer(platform={sys.platform!r})"


class TrayNotifier(QObject):
    """A tray balloon where the desktop has a tray; otherwise ``fallback(message)``."""

    def __init__(
        self,
        icon: QIcon,
        fallback: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fallback = fallback
        self._tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable() and not icon.isNull():
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip(translate("GreetingAlerts", "민원 데스크"))
            self._tray.show()

    def notify(self, title: str, message: str) -> None:
        if self._tray is not None and QSystemTrayIcon.supportsMessages():
            self._tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Warning, 15000)
        else:
            self._fallback(message)

    def hide(self) -> None:
        if self._tray is not None:
            self._tray.hide()

    def __repr__(self) -> str:
        return f"TrayNotifier(tray={self._tray is not None})"


class GreetingAlerts(QObject):
    """Rings once per visit per run when its greeting clock turns red."""

    def __init__(
        self,
        sound: SoundPlayer,
        notifier: Notifier,
        *,
        sound_path: Path | None,
        sound_enabled: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sound = sound
        self._notifier = notifier
        self._sound_path = sound_path
        self._sound_enabled = sound_enabled
        self._rung: set[int] = set()

    @property
    def notifier(self) -> Notifier:
        """Where the desk's notices go (the tray, or the window when there is none)."""
        return self._notifier

    @staticmethod
    def message_for(visit: VisitView) -> str:
        """"홍*동 님이 3분 넘게 기다리고 있습니다"."""
        minutes = 0
        if visit.greeting_due_at is not None:
            minutes = round((visit.greeting_due_at - visit.checked_in_at).total_seconds() / 60)
        return translate("GreetingAlerts", "{name} 님이 {minutes}분 넘게 기다리고 있습니다").format(
            name=visit.visitor_name_masked, minutes=minutes
        )

    def on_turned_red(self, visit: VisitView) -> None:
        if visit.id in self._rung:
            return
        self._rung.add(visit.id)
        if self._sound_enabled():
            self._sound.play(self._sound_path)
        self._notifier.notify(translate("GreetingAlerts", "응대 기한이 지났습니다"), self.message_for(visit))

    def __repr__(self) -> str:
        return f"GreetingAlerts(rung={len(self._rung)}, sound={self._sound!r})"
