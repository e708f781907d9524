"""Two small charts drawn with QPainter: bars by department or officer, lines by month.

Read at a counter from a step away: large type, every value written out beside its bar or
at the end of its line, and the charter's promise as a dashed line. What a person reads is
also the widget's ``accessibleDescription`` (one line per bar or series) and a tooltip
under the mouse, so screen readers and tests get the same words as the eye.
A missing value is shown as "자료 없음", never as a zero.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

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

NO_DATA = "자료 없음"
PAD = 10.0  # around the drawing, in pixels


def _tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def format_value(value: float | None, unit: str = "%") -> str:
    """"95.2%", "12건", "4.3점"; whole numbers without decimals; None → "자료 없음"."""
    if value is None or math.isnan(value):
        return _tr(NO_DATA)
    rounded = round(value, 1)
    if unit == "%":  # shares side by side read best with the same decimals
        return f"{rounded:.1f}%"
    text = f"{rounded:,.0f}" if rounded == int(rounded) else f"{rounded:,.1f}"
    return f"{text}{unit}"


def _target_text(target: float, unit: str) -> str:
    return _tr("목표 {value}").format(value=f"{target:g}{unit}")


def _nice_maximum(value: float) -> float:
    """A round number at or above ``value`` (1, 2, 2.5, 5 × 10ⁿ), for an axis end."""
    if value <= 0:
        return 1.0
    magnitude = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _chart_font(widget: QWidget, scale: float = 1.0, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(base, 10.0) * scale)  # never smaller than 10 pt at a counter
    font.setBold(bold)
    return font


class _Chart(QWidget):
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


@dataclass(frozen=True)
class _Bar:
    label: str
    value: float | None
    text: str
    short: bool  # under the target


class BarChart(_Chart):
    """Horizontal bars: the name on the left, the value at the bar's end, the target as a
    dashed line; bars short of the target in the warning colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[_Bar] = []
        self._maximum = 100.0
        self._target: float | None = None
        self._unit = "%"
        self._set_lines([_tr(NO_DATA)])

    def set_bars(
        self,
        bars: Sequence[tuple[str, float | None]],
        *,
        maximum: float | None = None,
        target: float | None = None,
        unit: str = "%",
    ) -> None:
        """Show these bars; ``maximum`` is the axis end (100 for a share, else a round number
        above the largest value), ``target`` the promise drawn as a line."""
        values = [v for _, v in bars if v is not None]
        if maximum is None:
            top = max([*values, target or 0.0, 0.0])
            maximum = 100.0 if unit == "%" and top <= 100 else _nice_maximum(top)
        self._maximum = maximum if maximum > 0 else 1.0
        self._target, self._unit = target, unit
        self._bars = [
            _Bar(label, value, format_value(value, unit),
                 target is not None and value is not None and value < target)
            for label, value in bars
        ]
        lines = [self._line(bar) for bar in self._bars] or [_tr(NO_DATA)]
        if target is not None and self._bars:
            lines.append(_target_text(target, unit))
        self._set_lines(lines)

    def bar_count(self) -> int:
        return len(self._bars)

    def short_labels(self) -> list[str]:
        """The names whose bars fall short of the target (drawn in the warning colour)."""
        return [bar.label for bar in self._bars if bar.short]

    def _line(self, bar: _Bar) -> str:
        line = f"{bar.label}: {bar.text}"
        if bar.short and self._target is not None:
            line += " " + _tr("({target} 미달)").format(target=_target_text(self._target, self._unit))
        return line

    # --- geometry -----------------------------------------------------------------------

    def _row_height(self) -> float:
        return QFontMetricsF(_chart_font(self)).height() * 1.9

    def _top(self) -> float:
        # Room above the bars for the target's label.
        return PAD + (QFontMetricsF(_chart_font(self, 0.85)).height() + 4 if self._target is not None else 0)

    def _label_width(self) -> float:
        metrics = QFontMetricsF(_chart_font(self))
        widest = max((metrics.horizontalAdvance(bar.label) for bar in self._bars), default=0.0)
        return min(widest, max(self.width() * 0.35, 80.0)) + PAD

    def _value_width(self) -> float:
        metrics = QFontMetricsF(_chart_font(self, bold=True))
        widest = max((metrics.horizontalAdvance(bar.text) for bar in self._bars), default=0.0)
        return widest + PAD

    def _row_rect(self, index: int) -> QRectF:
        return QRectF(0, self._top() + index * self._row_height(), self.width(), self._row_height())

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 1)
        return QSize(480, math.ceil(self._top() + rows * self._row_height() + PAD))

    def minimumSizeHint(self) -> QSize:
        rows = max(len(self._bars), 1)
        return QSize(240, math.ceil(self._top() + rows * self._row_height() + PAD))

    def tooltip_at(self, pos: QPointF) -> str:
        for index, bar in enumerate(self._bars):
            if self._row_rect(index).contains(pos):
                return self._line(bar)
        return super().tooltip_at(pos)

    # --- drawing ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), BACKGROUND)
            if not self._bars:
                _draw_no_data(painter, self)
                return
            self._paint_bars(painter)
        finally:
            painter.end()

    def _scale(self) -> tuple[float, float]:
        """Where the bars start and how many pixels one unit of value is."""
        left = self._label_width()
        span = max(self.width() - left - self._value_width() - PAD, 20.0)
        return left, span / self._maximum

    def _paint_bars(self, painter: QPainter) -> None:
        font, bold = _chart_font(self), _chart_font(self, bold=True)
        metrics, bold_metrics = QFontMetricsF(font), QFontMetricsF(bold)
        left, per_unit = self._scale()
        label_width = left - PAD
        ends: list[float] = []
        painter.setFont(font)
        for index, bar in enumerate(self._bars):
            row = self._row_rect(index)
            painter.setPen(TEXT)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(QRectF(PAD / 2, row.top(), label_width, row.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            bar_height = row.height() * 0.6
            top = row.center().y() - bar_height / 2
            painter.fillRect(QRectF(left, top, self._maximum * per_unit, bar_height), TRACK)
            length = 0.0
            if bar.value is not None:
                length = min(max(bar.value, 0.0), self._maximum) * per_unit
                painter.fillRect(QRectF(left, top, length, bar_height),
                                 WARNING if bar.short else NAVY)
            ends.append(left + length)
        if self._target is not None:
            x = left + min(self._target, self._maximum) * per_unit
            bottom = self._row_rect(len(self._bars) - 1).bottom()
            _draw_target(painter, self, QPointF(x, self._top() - 2), QPointF(x, bottom),
                         _target_text(self._target, self._unit))
        # The values last, on white, so the target line never runs through a number.
        painter.setFont(bold)
        for index, (bar, end) in enumerate(zip(self._bars, ends, strict=True)):
            row = self._row_rect(index)
            box = QRectF(end + 4, row.center().y() - bold_metrics.height() / 2,
                         bold_metrics.horizontalAdvance(bar.text) + 6, bold_metrics.height())
            painter.fillRect(box, BACKGROUND)
            painter.setPen(WARNING if bar.short else (MUTED if bar.value is None else TEXT))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, bar.text)


class TrendChart(_Chart):
    """One line per series over months, with a legend; a None leaves a gap in its line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._series: list[tuple[str, list[float | None]]] = []
        self._maximum = 100.0
        self._target: float | None = None
        self._unit = "%"
        self._set_lines([_tr(NO_DATA)])

    def set_series(
        self,
        labels: Sequence[str],
        series: Sequence[tuple[str, Sequence[float | None]]],
        *,
        maximum: float = 100.0,
        target: float | None = None,
        unit: str = "%",
    ) -> None:
        """Show these lines; each series has one value (or None) per label, in order."""
        self._labels = list(labels)
        self._series = []
        for name, values in series:
            padded = list(values)[: len(self._labels)]
            padded += [None] * (len(self._labels) - len(padded))
            self._series.append((name, padded))
        self._maximum = maximum if maximum > 0 else 1.0
        self._target, self._unit = target, unit
        lines = [self._line(name, values) for name, values in self._series]
        if not self._has_data():
            lines = [_tr(NO_DATA)]
        elif target is not None:
            lines.append(_target_text(target, unit))
        self._set_lines(lines)

    def series_names(self) -> list[str]:
        return [name for name, _ in self._series]

    def _has_data(self) -> bool:
        return bool(self._labels) and any(v is not None for _, vs in self._series for v in vs)

    def _line(self, name: str, values: Sequence[float | None]) -> str:
        points = ", ".join(f"{label} {format_value(value, self._unit)}"
                           for label, value in zip(self._labels, values, strict=True))
        return f"{name}: {points}"

    # --- geometry -----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(560, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(280, 200)

    def _legend_entries(self) -> list[str]:
        names = [name for name, _ in self._series]
        if self._target is not None:
            names.append(_target_text(self._target, self._unit))
        return names

    def _legend_rows(self) -> list[list[tuple[int, float]]]:
        """The legend's entries (index in ``_legend_entries``, width) in rows that fit."""
        metrics = QFontMetricsF(_chart_font(self))
        swatch = metrics.height() * 1.6
        rows: list[list[tuple[int, float]]] = [[]]
        used = PAD
        for index, name in enumerate(self._legend_entries()):
            width = swatch + 6 + metrics.horizontalAdvance(name) + 18
            if rows[-1] and used + width > self.width() - PAD:
                rows.append([])
                used = PAD
            rows[-1].append((index, width))
            used += width
        return rows

    def _plot_rect(self) -> QRectF:
        metrics = QFontMetricsF(_chart_font(self))
        small = QFontMetricsF(_chart_font(self, 0.85))
        legend = len(self._legend_rows()) * metrics.height() * 1.4 + PAD
        axis = small.horizontalAdvance(f"{self._maximum:g}{self._unit}") + 10
        # The right margin leaves room for the last month's value written beside its point.
        right = QFontMetricsF(_chart_font(self, bold=True)).horizontalAdvance("100.0%") + 12
        top = PAD + legend
        bottom = self.height() - PAD - small.height() * 1.4
        return QRectF(PAD + axis, top, max(self.width() - PAD - axis - right, 20.0),
                      max(bottom - top, 20.0))

    def _point(self, plot: QRectF, index: int, value: float) -> QPointF:
        count = len(self._labels)
        x = plot.center().x() if count == 1 else plot.left() + plot.width() * index / (count - 1)
        clipped = min(max(value, 0.0), self._maximum)
        return QPointF(x, plot.bottom() - plot.height() * clipped / self._maximum)

    def tooltip_at(self, pos: QPointF) -> str:
        if not self._has_data():
            return super().tooltip_at(pos)
        plot = self._plot_rect()
        count = len(self._labels)
        step = plot.width() / max(count - 1, 1)
        index = 0 if count == 1 else round((pos.x() - plot.left()) / step)
        if not 0 <= index < count or not plot.adjusted(-step / 2, -PAD, step / 2, PAD).contains(pos):
            return super().tooltip_at(pos)
        parts = [f"{name} {format_value(values[index], self._unit)}" for name, values in self._series]
        return f"{self._labels[index]}: " + ", ".join(parts)

    # --- drawing ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), BACKGROUND)
            if not self._has_data():
                _draw_no_data(painter, self)
                return
            plot = self._plot_rect()
            self._paint_legend(painter)
            self._paint_axes(painter, plot)
            if self._target is not None:
                y = self._point(plot, 0, self._target).y()
                painter.setPen(QPen(TARGET, 2, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            for index, (_, values) in enumerate(self._series):
                self._paint_series(painter, plot, index, values)
            self._paint_latest(painter, plot)
        finally:
            painter.end()

    def _paint_legend(self, painter: QPainter) -> None:
        font = _chart_font(self)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        entries = self._legend_entries()
        swatch = metrics.height() * 1.6
        y = PAD
        for row in self._legend_rows():
            x = PAD
            for index, width in row:
                middle = QPointF(x + swatch / 2, y + metrics.height() / 2)
                start, end = QPointF(x, middle.y()), QPointF(x + swatch, middle.y())
                if index < len(self._series):
                    colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
                    painter.setPen(QPen(colour, 3))
                    painter.drawLine(start, end)
                    _draw_marker(painter, middle, index, colour)
                else:  # the target
                    painter.setPen(QPen(TARGET, 2, Qt.PenStyle.DashLine))
                    painter.drawLine(start, end)
                painter.setPen(TEXT)
                painter.drawText(QPointF(x + swatch + 6, y + metrics.ascent()), entries[index])
                x += width
            y += metrics.height() * 1.4

    def _paint_axes(self, painter: QPainter, plot: QRectF) -> None:
        small = _chart_font(self, 0.85)
        metrics = QFontMetricsF(small)
        painter.setFont(small)
        for step in range(5):
            value = self._maximum * step / 4
            y = plot.bottom() - plot.height() * step / 4
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            text = f"{value:g}{self._unit}"
            painter.drawText(QRectF(PAD, y - metrics.height() / 2, plot.left() - PAD - 6,
                                    metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(TEXT)
        for index, label in enumerate(self._labels):
            x = self._point(plot, index, 0).x()
            width = metrics.horizontalAdvance(label) + 4
            painter.drawText(QRectF(x - width / 2, plot.bottom() + 4, width, metrics.height() * 1.2),
                             Qt.AlignmentFlag.AlignCenter, label)

    def _paint_series(
        self, painter: QPainter, plot: QRectF, index: int, values: Sequence[float | None]
    ) -> None:
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        path = QPainterPath()
        pen_down = False
        for position, value in enumerate(values):
            if value is None:
                pen_down = False  # a gap: the next value starts a new stretch
                continue
            point = self._point(plot, position, value)
            if pen_down:
                path.lineTo(point)
            else:
                path.moveTo(point)
                pen_down = True
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)
        for position, value in enumerate(values):
            if value is not None:
                _draw_marker(painter, self._point(plot, position, value), index, colour)

    def _paint_latest(self, painter: QPainter, plot: QRectF) -> None:
        """Each line's latest value written where it ends, moved apart so none overlap."""
        font = _chart_font(self, 0.9, bold=True)
        height = QFontMetricsF(font).height()
        labels: list[tuple[float, float, str, QColor]] = []  # y, x, text, colour
        for index, (_, values) in enumerate(self._series):
            last = next(((p, v) for p, v in reversed(list(enumerate(values))) if v is not None),
                        None)
            if last is not None:
                point = self._point(plot, last[0], last[1])
                labels.append((point.y(), point.x(), format_value(last[1], self._unit),
                               SERIES_COLOURS[index % len(SERIES_COLOURS)]))
        labels.sort(key=lambda label: label[0])
        placed: list[float] = []
        for y, *_ in labels:
            placed.append(max(y, placed[-1] + height) if placed else y)
        overflow = (placed[-1] - plot.bottom()) if placed else 0.0
        if overflow > 0:  # pushed below the plot: move the whole stack up
            placed = [y - overflow for y in placed]
        painter.setFont(font)
        for (_, x, text, colour), y in zip(labels, placed, strict=True):
            painter.setPen(colour)
            painter.drawText(QRectF(x + 8, y - height / 2, self.width() - x - 8, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


def _draw_marker(painter: QPainter, centre: QPointF, index: int, colour: QColor) -> None:
    radius = 4.5
    painter.setPen(QPen(BACKGROUND, 1.5))
    painter.setBrush(QBrush(colour))
    shape = MARKERS[index % len(MARKERS)]
    if shape == "circle":
        painter.drawEllipse(centre, radius, radius)
    elif shape == "square":
        painter.drawRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))
    else:
        path = QPainterPath()
        if shape == "triangle":
            path.moveTo(centre.x(), centre.y() - radius * 1.2)
            path.lineTo(centre.x() + radius * 1.1, centre.y() + radius * 0.9)
            path.lineTo(centre.x() - radius * 1.1, centre.y() + radius * 0.9)
        else:
            path.moveTo(centre.x(), centre.y() - radius * 1.3)
            path.lineTo(centre.x() + radius * 1.3, centre.y())
            path.lineTo(centre.x(), centre.y() + radius * 1.3)
            path.lineTo(centre.x() - radius * 1.3, centre.y())
        path.closeSubpath()
        painter.drawPath(path)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _draw_target(painter: QPainter, widget: QWidget, top: QPointF, bottom: QPointF, text: str) -> None:
    """The promise as a dashed green line down the bars, its value written above it."""
    painter.setPen(QPen(TARGET, 2, Qt.PenStyle.DashLine))
    painter.drawLine(top, bottom)
    font = _chart_font(widget, 0.85, bold=True)
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(text) + 4
    left = min(max(top.x() - width / 2, 0.0), widget.width() - width)
    painter.setFont(font)
    painter.setPen(TARGET)
    painter.drawText(QRectF(left, top.y() - metrics.height() - 2, width, metrics.height()),
                     Qt.AlignmentFlag.AlignCenter, text)


def _draw_no_data(painter: QPainter, widget: QWidget) -> None:
    painter.setFont(_chart_font(widget, 1.1))
    painter.setPen(MUTED)
    painter.drawText(QRectF(widget.rect()), Qt.AlignmentFlag.AlignCenter, _tr(NO_DATA))
