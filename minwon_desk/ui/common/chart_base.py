"""What the charts share: the colours, the value wording, the axis ends, the font a
counter needs, the base widget (tooltips and words as a list), the target line and the
"자료 없음" ground."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from minwon_desk.ui.i18n import translate

# The app's colours (style.py and the clock tables): navy for what is fine, the error red
# for what falls short of the promise, green for the promise itself.
NAVY = QColor("#1f3a5f")
WARNING = QColor("#b3261e")
TARGET = QColor("#2e7d32")
TEXT = QColor("#1b2733")
MUTED = QColor("#5d6b7a")
GRID = QColor("#e3e8ef")
TRACK = QColor("#f0f3f7")
BACKGROUND = QColor("#ffffff")
# Lines told apart by colour and by marker shape (for anyone who cannot tell the colours).
SERIES_COLOURS = (
    QColor("#1f3a5f"), QColor("#e8890c"), QColor("#00838f"), QColor("#7b3fa0"),
    QColor("#8a4b00"), QColor("#5d6b7a"),
)

MARKERS = ("circle", "square", "triangle", "diamond")

NO_DATA = QT_TRANSLATE_NOOP("Charts", "자료 없음")
PAD = 10.0  # around the drawing, in pixels


def tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def format_value(value: float | None, unit: str = "%") -> str:
    """"95.2%", "12건", "4.3점"; whole numbers without decimals; None → "자료 없음"."""
    if value is None or math.isnan(value):
        return tr(NO_DATA)
    rounded = round(value, 1)
    if unit == "%":  # shares side by side read best with the same decimals
        return f"{rounded:.1f}%"
    text = f"{rounded:,.0f}" if rounded == int(rounded) else f"{rounded:,.1f}"
    return f"{text}{unit}"


def target_text(target: float, unit: str) -> str:
    return translate("Charts", "목표 {value}").format(value=f"{target:g}{unit}")


def nice_maximum(value: float) -> float:
    """A round number at or above ``value`` (1, 2, 2.5, 5 × 10ⁿ), for an axis end."""
    if value <= 0:
        return 1.0
    magnitude = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def chart_font(widget: QWidget, scale: float = 1.0, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(base, 10.0) * scale)  # never smaller than 10 pt at a counter
    font.setBold(bold)
    return font


class Chart(QWidget):
    """What both charts share: white ground, a tooltip per region, the words as a list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self._lines: list[str] = []

    def lines(self) -> list[str]:
        """The words a person reads off the chart, one line per bar or series."""
        return list(self._lines)

    def _set_lines(self, lines: list[str]) -> None:
        self._lines = lines
        self.setAccessibleDescription("\n".join(lines))
        self.setToolTip("\n".join(lines))  # where no single bar or point is under the mouse
        self.updateGeometry()
        self.update()

    def tooltip_at(self, pos: QPointF) -> str:
        """The words for what is under ``pos`` (all the chart's words if nothing is)."""
        return "\n".join(self._lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)



def draw_target(painter: QPainter, widget: QWidget, top: QPointF, bottom: QPointF, text: str) -> None:
    """The promise as a dashed green line down the bars, its value written above it."""
    painter.setPen(QPen(TARGET, 2, Qt.PenStyle.DashLine))
    painter.drawLine(top, bottom)
    font = chart_font(widget, 0.85, bold=True)
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(text) + 4
    left = min(max(top.x() - width / 2, 0.0), widget.width() - width)
    painter.setFont(font)
    painter.setPen(TARGET)
    painter.drawText(QRectF(left, top.y() - metrics.height() - 2, width, metrics.height()),
                     Qt.AlignmentFlag.AlignCenter, text)


def draw_no_data(painter: QPainter, widget: QWidget) -> None:
    painter.setFont(chart_font(widget, 1.1))
    painter.setPen(MUTED)
    painter.drawText(QRectF(widget.rect()), Qt.AlignmentFlag.AlignCenter, tr(NO_DATA))

