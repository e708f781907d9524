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

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from minwon_desk.ui.common.chart_base import (
    BACKGROUND,
    MUTED,
    NAVY,
    NO_DATA,
    PAD,
    TEXT,
    TRACK,
    WARNING,
    Chart,
    chart_font,
    draw_no_data,
    draw_target,
    format_value,
    nice_maximum,
    target_text,
    tr,
)
from minwon_desk.ui.i18n import translate


@dataclass(frozen=True)
class _Bar:
    label: str
    value: float | None
    text: str
    short: bool  # under the target


class BarChart(Chart):
    """Horizontal bars: the name on the left, the value at the bar's end, the target as a
    dashed line; bars short of the target in the warning colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[_Bar] = []
        self._maximum = 100.0
        self._target: float | None = None
        self._unit = "%"
        self._set_lines([tr(NO_DATA)])

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
            maximum = 100.0 if unit == "%" and top <= 100 else nice_maximum(top)
        self._maximum = maximum if maximum > 0 else 1.0
        self._target, self._unit = target, unit
        self._bars = [
            _Bar(label, value, format_value(value, unit),
                 target is not None and value is not None and value < target)
            for label, value in bars
        ]
        lines = [self._line(bar) for bar in self._bars] or [tr(NO_DATA)]
        if target is not None and self._bars:
            lines.append(target_text(target, unit))
        self._set_lines(lines)

    def bar_count(self) -> int:
        return len(self._bars)

    def short_labels(self) -> list[str]:
        """The names whose bars fall short of the target (drawn in the warning colour)."""
        return [bar.label for bar in self._bars if bar.short]

    def _line(self, bar: _Bar) -> str:
        line = f"{bar.label}: {bar.text}"
        if bar.short and self._target is not None:
            line += " " + translate("Charts", "({target} 미달)").format(target=target_text(self._target, self._unit))
        return line

    # --- geometry -----------------------------------------------------------------------

    def _row_height(self) -> float:
        return QFontMetricsF(chart_font(self)).height() * 1.9

    def _top(self) -> float:
        # Room above the bars for the target's label.
        return PAD + (QFontMetricsF(chart_font(self, 0.85)).height() + 4 if self._target is not None else 0)

    def _label_width(self) -> float:
        metrics = QFontMetricsF(chart_font(self))
        widest = max((metrics.horizontalAdvance(bar.label) for bar in self._bars), default=0.0)
        return min(widest, max(self.width() * 0.35, 80.0)) + PAD

    def _value_width(self) -> float:
        metrics = QFontMetricsF(chart_font(self, bold=True))
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
                draw_no_data(painter, self)
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
        font, bold = chart_font(self), chart_font(self, bold=True)
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
            draw_target(painter, self, QPointF(x, self._top() - 2), QPointF(x, bottom),
                         target_text(self._target, self._unit))
        # The values last, on white, so the target line never runs through a number.
        painter.setFont(bold)
        for index, (bar, end) in enumerate(zip(self._bars, ends, strict=True)):
            row = self._row_rect(index)
            box = QRectF(end + 4, row.center().y() - bold_metrics.height() / 2,
                         bold_metrics.horizontalAdvance(bar.text) + 6, bold_metrics.height())
            painter.fillRect(box, BACKGROUND)
            painter.setPen(WARNING if bar.short else (MUTED if bar.value is None else TEXT))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, bar.text)


