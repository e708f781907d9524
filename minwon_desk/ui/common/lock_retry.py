"""A save another desk's lock held up, tried again off the GUI thread: the form says
"다른 창구가 저장하는 중입니다 — 다시 시도합니다", keeps every field as typed, tries again
with growing waits (through the one background helper) and only then gives up with the
refusal sentence."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from minwon_desk.ui import background

WAITING = QT_TRANSLATE_NOOP("LockRetry", "다른 창구가 저장하는 중입니다 — 다시 시도합니다")
KEPT = QT_TRANSLATE_NOOP("LockRetry", "입력한 내용은 그대로 있습니다.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("LockRetry", text)


def lock_waiting_text() -> str:
    return _tr(WAITING)


def lock_kept_text() -> str:
    return _tr(KEPT)


class LockRetry:
    """One form's saves held up by a lock. ``say(text, error)`` writes the form's message;
    ``buttons`` are disabled while a try is under way, so Enter does not save twice."""

    def __init__(self, owner: QWidget, say: Callable[[str, bool], None], buttons: Sequence[QWidget]) -> None:
        self._owner = owner
        self._say = say
        self._buttons = tuple(buttons)
        self._task: background.Task[Any] | None = None

    def running(self) -> bool:
        return self._task is not None and self._task.is_running()

    def start(self, save: Callable[[], Any], on_saved: Callable[[Any], object], label: str) -> None:
        """``save`` failed with LockedError just now: say so and try it again."""
        self._say(f"{_tr(WAITING)}. {_tr(KEPT)}", False)
        self._enable(False)

        def tell(attempt: int, attempts: int) -> None:
            # The first try was made on the spot: it counts.
            self._say(f"{_tr(WAITING)} ({attempt + 1}/{attempts + 1}). {_tr(KEPT)}", False)

        def done(saved: Any) -> None:
            self._enable(True)
            on_saved(saved)

        def gave_up(message: str) -> None:
            self._enable(True)
            self._say(message, True)

        self._task = background.Background(self._owner).run(
            lambda _progress, _cancelled: save(),
            on_done=done, on_error=gave_up, on_cancelled=lambda: self._enable(True),
            label=label, quiet=True, retry_locked=background.LOCK_RETRY_WAITS_S, on_retry=tell,
        )

    def _enable(self, on: bool) -> None:
        for button in self._buttons:
            button.setEnabled(on)
