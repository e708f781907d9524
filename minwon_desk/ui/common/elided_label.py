"""A label that gives way when the window is narrow: its text shortened with "…" where it
does not fit (in the middle, so a folder path keeps its file name), the whole text in its
tooltip and in ``text()``. For the status bar's facts, which must never hold the window
wider than the screen (a long data folder would, at 1024×768)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

# The least a fact keeps on screen: its first word or two.
MIN_WIDTH = 80


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle) -> None:
        super().__init__(parent)
        self._mode = mode

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), MIN_WIDTH), hint.height())

    def elided(self) -> bool:
        """True when the text is shortened on screen now."""
        room = self.contentsRect().width()
        return self.fontMetrics().horizontalAdvance(self.text()) > room

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.elided():
            self.setToolTip("")
            super().paintEvent(event)
            return
        self.setToolTip(self.text())
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), self._mode, rect.width())
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()), shown)
