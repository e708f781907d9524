"""A page that knows whether it is shown: its keys act only then, and what changed while it
was hidden is read when it is shown again."""

from __future__ import annotations

from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QWidget


class ShownPage(QWidget):
    """The window's pages sit in a stack: a page's keys (F2 greets, Delete cancels) must not
    act on a list the operator cannot see, and a hidden page need not read what changes
    until it is shown."""

    _visible = False  # shown now
    _read_when_shown = False  # changed while hidden: read again when shown

    def _update_actions(self, *_args: object) -> None:
        """Enable the page's actions for what is shown and chosen now."""

    def _when_shown(self) -> None:
        """The page was just shown: read again what went out of date meanwhile."""

    def read_now(self) -> bool:
        """True when the page is shown and may read now; a hidden page only notes that it
        is out of date, and reads when it is shown."""
        if not self.isVisible():
            self._read_when_shown = True
            return False
        self._read_when_shown = False
        return True

    def showEvent(self, event: QShowEvent) -> None:
        self._visible = True
        self._when_shown()
        self._update_actions()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._visible = False
        self._update_actions()
        super().hideEvent(event)
