"""The seating-chart poster (좌석배치도) posted at an office entrance: the floor plan with
every desk's officer, their face, position and extension, on one landscape A4 or A3 page.

Only the people in ``people`` are shown; a desk whose officer is not there (left the
agency, or never assigned) is drawn as a free desk. The caller decides who is shown.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date
from io import BytesIO
from typing import TYPE_CHECKING

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from minwon_desk.documents.avatar_draw import HANGUL_MIDDLE, Photos
from minwon_desk.documents.desk_card import (
    FREE_FILL,
    FREE_LINE,
    INK,
    MUTED,
    SECONDARY,
    Box,
    card_level,
    draw_card,
)
from minwon_desk.documents.fonts import GOTHIC, GOTHIC_BOLD, register_fonts
from minwon_desk.documents.people import PosterPerson
from minwon_desk.documents.textfit import ellipsize, fit_size

if TYPE_CHECKING:
    # Only the shape of the plan is used: the poster draws what the office service gives.
    from minwon_desk.domain.floor_plan import FloorPlan, RoomView, SeatView

PAPERS = {"A4": A4, "A3": A3}
ACCENT = HexColor("#1F3A5F")
OUTLINE = HexColor("#8C96A5")
ROOM_FILL = HexColor("#E9EDF2")
ROOM_LINE = HexColor("#9AA5B3")
WALL_FILL = HexColor("#C3CAD3")
ENTRANCE_FILL = HexColor("#FFF1C7")
ENTRANCE_LINE = HexColor("#D69E00")
ENTRANCE = "출입구"


def korean_date(day: date) -> str:
    """"2026. 7. 2." as Korean documents write dates."""
    return f"{day.year}. {day.month}. {day.day}."


def seating_chart_pdf(
    plan: FloorPlan,
    people: Mapping[int, PosterPerson],
    *,
    paper: str = "A4",
    agency: str,
    printed_on: date,
) -> bytes:
    """One landscape page: title, the plan scaled to fit, legend, agency and date.

    ``people`` maps staff ids (``SeatView.staff_id``) to what their card shows."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {sorted(PAPERS)}, not {paper!r}")
    register_fonts()
    width, height = landscape(PAPERS[paper])
    out = BytesIO()
    pdf = Canvas(out, pagesize=(width, height), pageCompression=1)
    pdf.setTitle(f"{plan.name} 좌석배치도")
    pdf.setAuthor(agency)
    pdf.setSubject(f"좌석배치도 (기준일 {korean_date(printed_on)})")
    _Poster(pdf, width, height, width / landscape(A4)[0]).draw(plan, people, agency, printed_on)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _free_band(room: RoomView, seats: Sequence[SeatView]) -> tuple[int, int] | None:
    """(top row, rows) of the room where its name can go: all of it when no desk stands
    in it (an office's own room for its head has one), else the larger stretch of rows
    above or below the desks; None when the desks leave no whole row."""
    inside = [
        s for s in seats
        if s.x < room.x + room.w and room.x < s.x + s.w
        and s.y < room.y + room.h and room.y < s.y + s.h
    ]
    if not inside:
        return room.y, room.h
    above = min(s.y for s in inside) - room.y
    below = room.y + room.h - max(s.y + s.h for s in inside)
    if max(above, below) < 1:
        return None
    return (room.y, above) if above >= below else (room.y + room.h - below, below)


def _common_level(levels: list[int]) -> int:
    """The richest layout that at least four cards in five can show."""
    ordered = sorted(levels)
    return ordered[math.ceil(len(ordered) * 0.8) - 1]


class _Poster:
    def __init__(self, pdf: Canvas, width: float, height: float, scale: float) -> None:
        self.pdf = pdf
        self.width = width
        self.height = height
        self.k = scale  # 1 on A4, √2 on A3: type and lines grow with the paper
        self.margin = 12 * mm * scale
        self.photos = Photos()

    def draw(
        self, plan: FloorPlan, people: Mapping[int, PosterPerson], agency: str, day: date
    ) -> None:
        header_bottom = self._header(plan)
        footer_top = self._footer(agency, day)
        gap = 5 * mm * self.k
        area = Box(
            self.margin, footer_top + gap,
            self.width - 2 * self.margin, header_bottom - footer_top - 2 * gap,
        )
        self._plan(plan, people, area)

    # The header: what this office is, readable from across the corridor.

    def _header(self, plan: FloorPlan) -> float:
        pdf, k, m = self.pdf, self.k, self.margin
        top = self.height - m
        full = self.width - 2 * m
        pdf.setFillColor(ACCENT)
        pdf.setFont(GOTHIC_BOLD, 11 * k)
        pdf.drawString(m, top - 11 * k, "좌석배치도")
        where = " ".join(p for p in (plan.building, plan.floor) if p)
        # "혁신행정담당관" under the title "혁신행정담당관실" would only repeat it.
        unit = "" if plan.department and plan.department in plan.name else plan.department
        right = [(where, GOTHIC_BOLD, 15 * k, INK), (unit, GOTHIC, 11 * k, SECONDARY)]
        right = [r for r in right if r[0]]
        right_width = full * 0.38
        title_size = fit_size(plan.name, GOTHIC_BOLD, full - right_width - 8 * mm * k, 30 * k)
        pdf.setFillColor(INK)
        pdf.setFont(GOTHIC_BOLD, title_size)
        title_base = top - 11 * k - 6 * k - title_size * 0.9
        pdf.drawString(m, title_base, plan.name)
        baseline = title_base
        for text, font, size, colour in reversed(right):
            shown = ellipsize(text, font, size, right_width)
            pdf.setFillColor(colour)
            pdf.setFont(font, size)
            pdf.drawRightString(self.width - m, baseline, shown)
            baseline += size * 1.35
        rule: float = title_base - 4 * mm * k
        pdf.setStrokeColor(ACCENT)
        pdf.setLineWidth(2.2 * k)
        pdf.line(m, rule, self.width - m, rule)
        return rule

    # The footer: a legend on the left, who posted it and as of when on the right.

    def _footer(self, agency: str, day: date) -> float:
        pdf, k, m = self.pdf, self.k, self.margin
        base = m
        size = 9 * k
        swatch = 4 * mm * k
        x = m
        for label, fill, line, dashed in (
            (ENTRANCE, ENTRANCE_FILL, ENTRANCE_LINE, False),
            ("회의실 등", ROOM_FILL, ROOM_LINE, False),
            ("빈 자리", FREE_FILL, FREE_LINE, True),
        ):
            pdf.saveState()
            pdf.setFillColor(fill)
            pdf.setStrokeColor(line)
            pdf.setLineWidth(0.7 * k)
            if dashed:
                pdf.setDash(2 * k, 1.6 * k)
            pdf.roundRect(x, base - 0.25 * size, swatch * 1.4, swatch, 1.2 * k, stroke=1, fill=1)
            pdf.restoreState()
            x += swatch * 1.4 + 2 * mm * k
            pdf.setFillColor(SECONDARY)
            pdf.setFont(GOTHIC, size)
            pdf.drawString(x, base, label)
            x += pdf.stringWidth(label, GOTHIC, size) + 6 * mm * k
        stamp = f"기준일 {korean_date(day)}"
        pdf.setFillColor(MUTED)
        pdf.setFont(GOTHIC, size)
        pdf.drawRightString(self.width - m, base, stamp)
        stamp_left = self.width - m - pdf.stringWidth(stamp, GOTHIC, size) - 5 * mm * k
        agency_size = 11 * k
        shown = ellipsize(agency, GOTHIC_BOLD, agency_size, max(0.0, stamp_left - x))
        pdf.setFillColor(INK)
        pdf.setFont(GOTHIC_BOLD, agency_size)
        pdf.drawRightString(stamp_left, base, shown)
        rule: float = base + agency_size + 2.5 * mm * k
        pdf.setStrokeColor(OUTLINE)
        pdf.setLineWidth(0.5 * k)
        pdf.line(m, rule, self.width - m, rule)
        return rule

    # The plan: the office's grid scaled to the space left, cells kept square.

    def _plan(self, plan: FloorPlan, people: Mapping[int, PosterPerson], area: Box) -> None:
        pdf, k = self.pdf, self.k
        cols, rows = max(1, plan.cols), max(1, plan.rows)
        cell = min(area.w / cols, area.h / rows)
        left = area.x + (area.w - cols * cell) / 2
        top = area.y + area.h - (area.h - rows * cell) / 2

        def box(x: int, y: int, w: int, h: int, inset: float = 0.0) -> Box:
            # Grid y runs down from the top row; PDF y runs up.
            return Box(
                left + x * cell + inset, top - (y + h) * cell + inset,
                w * cell - 2 * inset, h * cell - 2 * inset,
            )

        outline = box(0, 0, cols, rows)
        pdf.setStrokeColor(OUTLINE)
        pdf.setLineWidth(1.2 * k)
        pdf.rect(outline.x, outline.y, outline.w, outline.h, stroke=1, fill=0)
        for room in plan.rooms:
            inset = cell * 0.04
            band = _free_band(room, plan.seats)
            label = box(room.x, band[0], room.w, band[1], inset) if band else None
            self._room(room, box(room.x, room.y, room.w, room.h, inset), label)
        inset = max(0.6, cell * 0.06)
        cards = [
            (people.get(s.staff_id) if s.staff_id is not None else None,
             box(s.x, s.y, s.w, s.h, inset), (s.w, s.h))
            for s in plan.seats
        ]
        # Desks of one size show the same things: a poster where one card has a face and
        # its neighbour has none, for the length of a name, looks careless. A rare long
        # name gives things up on its own card instead of on everyone's.
        found: dict[tuple[int, int], list[int]] = {}
        for person, b, size in cards:
            if person is not None:
                found.setdefault(size, []).append(card_level(person, b, k))
        levels = {size: _common_level(values) for size, values in found.items()}
        for person, b, size in cards:
            draw_card(pdf, self.photos, person, b, k, from_level=levels.get(size, 0))

    def _room(self, room: RoomView, b: Box, label: Box | None) -> None:
        """The room filled by its kind, its name in ``label`` (None: no room for it)."""
        pdf, k = self.pdf, self.k
        if b.w <= 0 or b.h <= 0:
            return
        pdf.saveState()
        if room.kind == "entrance":
            fill, line, colour = ENTRANCE_FILL, ENTRANCE_LINE, HexColor("#7A5800")
            labels = [ENTRANCE] + ([room.name] if room.name and room.name != ENTRANCE else [])
        elif room.kind == "wall":
            fill, line, colour = WALL_FILL, None, SECONDARY
            labels = [room.name] if room.name else []
        else:
            fill, line, colour = ROOM_FILL, ROOM_LINE, SECONDARY
            labels = [room.name] if room.name else []
        pdf.setFillColor(fill)
        if line is not None:
            pdf.setStrokeColor(line)
            pdf.setLineWidth(0.8 * k)
        pdf.rect(b.x, b.y, b.w, b.h, stroke=1 if line is not None else 0, fill=1)
        if labels and label is not None:
            self._room_label(labels, label, colour, largest=13 * k)
        pdf.restoreState()

    def _room_label(self, labels: list[str], b: Box, colour: Color, largest: float) -> None:
        """The room's name across it; down it, one syllable under another, when the room is
        a narrow upright strip (a wall of cabinets, a corridor) and that reads larger."""
        pdf = self.pdf
        main = labels[0]
        across = min(fit_size(main, GOTHIC_BOLD, b.w * 0.9, largest), b.h * 0.7 / len(labels))
        chars = [c for c in main if not c.isspace()]
        down = min(largest, b.w * 0.75, b.h * 0.9 / (1.15 * max(1, len(chars))))
        pdf.setFillColor(colour)
        if down > across * 1.3 and len(labels) == 1:
            pdf.setFont(GOTHIC_BOLD, down)
            y = b.y + b.h / 2 + (len(chars) * down * 1.15) / 2
            for c in chars:
                y -= down * 1.15
                pdf.drawCentredString(b.x + b.w / 2, y + down * (0.575 - HANGUL_MIDDLE), c)
            return
        if across < 3.5:
            return  # too small to read: the colour still tells what it is
        sizes = [across] + [across * 0.72] * (len(labels) - 1)
        total = sum(s * 1.25 for s in sizes)
        y = b.y + b.h / 2 + total / 2
        for index, (text, size) in enumerate(zip(labels, sizes, strict=True)):
            y -= size * 1.25
            font = GOTHIC if index else GOTHIC_BOLD
            pdf.setFont(font, size)
            shown = ellipsize(text, font, size, b.w * 0.9)
            pdf.drawCentredString(b.x + b.w / 2, y + size * (0.625 - HANGUL_MIDDLE), shown)
