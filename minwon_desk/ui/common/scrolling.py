"""A long text that scrolls in its place instead of being cut off when the window is short
(1024×768) or the words are longer (English)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QScrollArea


def scroll_in_place(label: QLabel, layout: QBoxLayout) -> QScrollArea:
    """Put ``label`` (in ``layout``) into a frameless scroll area at the same place."""
    scroll = QScrollArea(label.parentWidget())
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setAccessibleName(label.accessibleName())
    index = layout.indexOf(label)
    stretch = layout.stretch(index)
    layout.removeWidget(label)
    scroll.setWidget(label)
    layout.insertWidget(index, scroll, stretch)
    return scroll
