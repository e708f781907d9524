"""Lines by month: one per series, with a legend; a missing month leaves a gap."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from minwon_desk.ui.common.chart_base import (
    BACKGROUND,
    GRID,
    MARKERS,
    MUTED,
    NO_DATA,
    PAD,
    SERIES_COLOURS,
    TARGET,
    TEXT,
    Chart,
    chart_font,
    draw_no_data,
    format_value,
    target_text,
    tr,
)


class TrendChart(Chart):
    """One line per series over months, with a legend; a None leaves a gap in its line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._series: list[tuple[str, list[float | None]]] = []
        self._maximum = 100.0
        self._target: float | None = None
        self._unit = "%"
        self._set_lines([tr(NO_DATA)])

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
            lines = [tr(NO_DATA)]
        elif target is not None:
            lines.append(target_text(target, unit))
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
            names.append(target_text(self._target, self._unit))
        return names

    def _legend_rows(self) -> list[list[tuple[int, float]]]:
        """The legend's entries (index in ``_legend_entries``, width) in rows that fit."""
        metrics = QFontMetricsF(chart_font(self))
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
        metrics = QFontMetricsF(chart_font(self))
        small = QFontMetricsF(chart_font(self, 0.85))
        legend = len(self._legend_rows()) * metrics.height() * 1.4 + PAD
        axis = small.horizontalAdvance(f"{self._maximum:g}{self._unit}") + 10
        # The right margin leaves room for the last month's value written beside its point.
        right = QFontMetricsF(chart_font(self, bold=True)).horizontalAdvance("100.0%") + 12
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
                draw_no_data(painter, self)
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
        font = chart_font(self)
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
        small = chart_font(self, 0.85)
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
        font = chart_font(self, 0.9, bold=True)
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


