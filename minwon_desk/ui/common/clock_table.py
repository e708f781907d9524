"""The colour language every table of promise clocks shares (green, amber, red…): the
fills, the text colour, the sort rank, and the role a row's colour is read by."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from minwon_desk.domain.clockstate import ClockColour

COLOUR_ROLE = Qt.ItemDataRole.UserRole + 1  # after the table models' ITEM_ROLE

GREEN, AMBER, RED = ClockColour.GREEN, ClockColour.AMBER, ClockColour.RED
MET, LATE, UNTIMED = ClockColour.MET, ClockColour.LATE, ClockColour.UNTIMED
LIVE = frozenset({GREEN, AMBER, RED, UNTIMED})

# Pale fills: dark text stays readable on every one of them.
FILL: dict[ClockColour, QBrush] = {
    GREEN: QBrush(QColor("#dcf1df")),
    AMBER: QBrush(QColor("#ffe6a6")),
    RED: QBrush(QColor("#f7c4bd")),
    UNTIMED: QBrush(QColor("#ffffff")),
    MET: QBrush(QColor("#eef1f5")),
    LATE: QBrush(QColor("#f2e8ee")),
}
TEXT = QBrush(QColor("#1b1b1b"))
# Sort order: overdue first, then amber, green, untimed; finished clocks last.
RANK = {RED: 0, AMBER: 1, GREEN: 2, UNTIMED: 3, LATE: 4, MET: 4}
