"""Charts for printed reports, drawn with reportlab.graphics: the monthly trend of shares.

A month with nothing due has no value: its point is left out and the line breaks there,
rather than dropping to 0%. Lines are told apart by colour and by marker shape, and the
values are printed in a table beside the chart, so the page reads in black and white.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import Color, HexColor

from minwon_desk.documents.fonts import register_fonts
from minwon_desk.documents.letter_page import GRID, INK, MUTED, PLAIN

SERIES_COLOURS = (HexColor("#1F3A5F"), HexColor("#E8890C"), HexColor("#00838F"),
                  HexColor("#7B3FA0"))
MARKERS = ("circle", "square", "triangle", "diamond")
_FONT_SIZE = 8.0


@dataclass(frozen=True, slots=True)
class Series:
    label: str
    values: Sequence[float | None]  # shares in 0..1, one per category; None: no figure


def trend_chart(
    categories: Sequence[str], series: Sequence[Series], *, width: float, height: float
) -> Drawing:
    """Lines of shares (0–100%) over ``categories`` with a legend under the plot."""
    register_fonts()
    drawing = Drawing(width, height)
    # The renderer starts from Helvetica unless told, a font no PDF here embeds.
    drawing.initialFontName = PLAIN
    legend_h = 16.0 * ((len(series) + 1) // 2)
    left, right, bottom, top = 34.0, 12.0, 18.0 + legend_h, 8.0
    plot_w, plot_h = width - left - right, height - bottom - top
    drawing.add(Rect(left, bottom, plot_w, plot_h, fillColor=None, strokeColor=GRID,
                     strokeWidth=0.6))
    for percent in range(0, 101, 20):
        y = bottom + plot_h * percent / 100
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(String(left - 4, y - 3, f"{percent}%", fontName=PLAIN, fontSize=_FONT_SIZE,
                           fillColor=MUTED, textAnchor="end"))
    step = plot_w / max(len(categories), 1)

    def x_of(index: int) -> float:
        return left + step * (index + 0.5)

    for index, name in enumerate(categories):
        drawing.add(String(x_of(index), bottom - 12, name, fontName=PLAIN, fontSize=_FONT_SIZE,
                           fillColor=INK, textAnchor="middle"))
    for number, line in enumerate(series):
        colour = SERIES_COLOURS[number % len(SERIES_COLOURS)]
        marker = MARKERS[number % len(MARKERS)]
        points = [
            None if value is None else (x_of(i), bottom + plot_h * max(0.0, min(1.0, value)))
            for i, value in enumerate(line.values)
        ]
        for a, b in itertools.pairwise(points):
            if a is not None and b is not None:  # a month without a figure breaks the line
                drawing.add(Line(a[0], a[1], b[0], b[1], strokeColor=colour, strokeWidth=1.4))
        for point in points:
            if point is not None:
                drawing.add(_marker(marker, point[0], point[1], colour))
        row, col = divmod(number, 2)
        lx = left + col * plot_w / 2
        ly = 4.0 + legend_h - 16.0 * (row + 1) + 4
        drawing.add(Line(lx, ly + 3, lx + 18, ly + 3, strokeColor=colour, strokeWidth=1.4))
        drawing.add(_marker(marker, lx + 9, ly + 3, colour))
        drawing.add(String(lx + 24, ly, line.label, fontName=PLAIN, fontSize=_FONT_SIZE,
                           fillColor=INK))
    return drawing


def _marker(shape: str, x: float, y: float, colour: Color) -> Circle | Rect | Polygon:
    r = 2.8
    if shape == "circle":
        return Circle(x, y, r, fillColor=colour, strokeColor=colour)
    if shape == "square":
        return Rect(x - r, y - r, 2 * r, 2 * r, fillColor=colour, strokeColor=colour)
    if shape == "triangle":
        return Polygon([x - r, y - r, x + r, y - r, x, y + r], fillColor=colour,
                       strokeColor=colour)
    return Polygon([x, y - r - 0.6, x + r, y, x, y + r + 0.6, x - r, y], fillColor=colour,
                   strokeColor=colour)
