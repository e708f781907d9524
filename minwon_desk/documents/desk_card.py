"""One desk on the seating-chart poster: a card with the face, name, position, extension
and duties, laid out for whatever size the desk has on the plan.

When a card is small, it gives things up in this order: the duties, a line of its own for
the extension (it joins the position), then the photo, then the extension, then the
position. The name always stays, shrunk as far as needed; nothing spills over the card.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from minwon_desk.documents.avatar_draw import HANGUL_MIDDLE, Photos, draw_portrait
from minwon_desk.documents.fonts import GOTHIC, GOTHIC_BOLD
from minwon_desk.documents.people import PosterPerson
from minwon_desk.documents.textfit import ellipsize, fit_size

INK = HexColor("#1A202C")
SECONDARY = HexColor("#3F4A5A")
MUTED = HexColor("#6B7585")
CARD_FILL = HexColor("#FFFFFF")
CARD_LINE = HexColor("#7D8898")
FREE_FILL = HexColor("#F4F6F8")
FREE_LINE = HexColor("#AEB6C2")

NAME_LARGEST = 20.0  # pt on A4; scaled with the paper
# Read at arm's length whatever the paper: A3 cards, being larger, keep more.
NAME_SMALLEST = 6.5  # pt; below this a card shows the name alone
LINE_SMALLEST = 5.5  # pt, for the position, extension and duties under the name
LEADING = 1.24
PHOTO_RATIO = 3 / 4  # width / height, as stored
PHOTO_SMALLEST = 14.0  # pt high; a smaller face is not worth its room


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float  # bottom edge, PDF coordinates
    w: float
    h: float


@dataclass(frozen=True, slots=True)
class _Spec:
    text: str
    font: str
    ratio: float  # size relative to the name
    colour: Color
    cut: bool  # cut with "…" rather than constrain the size


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    font: str
    size: float
    colour: Color


@dataclass(frozen=True, slots=True)
class CardLayout:
    photo: Box | None
    text: Box
    lines: tuple[Line, ...]
    centred: bool

    @property
    def name_size(self) -> float:
        return self.lines[0].size


def layout_card(
    person: PosterPerson, box: Box, scale: float, *, from_level: int = 0
) -> CardLayout:
    """Where everything on one card goes; ``scale`` is 1 for A4, √2 for A3.

    ``from_level`` skips the richer layouts, so that desks of one size on a poster can
    all show the same things (see ``card_level``)."""
    inner, pad = _inner(box, scale)
    largest = NAME_LARGEST * scale
    for with_photo, specs in _variants(person)[from_level:]:
        found = _attempt(with_photo, specs, inner, pad, largest)
        if found is not None:
            return found
    size = min(largest, inner.h / LEADING, fit_size(person.name, GOTHIC_BOLD, inner.w, largest))
    return CardLayout(None, inner, (Line(person.name, GOTHIC_BOLD, size, INK),), centred=True)


def card_level(person: PosterPerson, box: Box, scale: float) -> int:
    """How far this card has to go down the list of layouts (0: it shows everything)."""
    inner, pad = _inner(box, scale)
    variants = _variants(person)
    for level, (with_photo, specs) in enumerate(variants):
        if _attempt(with_photo, specs, inner, pad, NAME_LARGEST * scale) is not None:
            return level
    return len(variants)


def _inner(box: Box, scale: float) -> tuple[Box, float]:
    pad = max(1.0, min(4.0 * scale, min(box.w, box.h) * 0.08))
    return Box(box.x + pad, box.y + pad, box.w - 2 * pad, box.h - 2 * pad), pad


def _variants(person: PosterPerson) -> list[tuple[bool, list[_Spec]]]:
    """(with the face?, lines), richest first; the name-only card comes after these."""
    name = _Spec(person.name, GOTHIC_BOLD, 1.0, INK, cut=False)
    position = _Spec(person.position.strip(), GOTHIC, 0.74, SECONDARY, cut=False)
    ext = person.extension.strip()
    extension = _Spec(f"☎ {ext}", GOTHIC, 0.74, SECONDARY, cut=False)
    duties = _Spec(person.duties.strip(), GOTHIC, 0.66, MUTED, cut=True)
    plain = [name]
    if position.text:
        plain.append(position)
    if ext:
        plain.append(extension)
    # Someone without duties counts as showing everything when the rest fits.
    full = [*plain, duties] if duties.text else plain
    joined = " · ".join(s.text for s in plain[1:])
    two_lines = [name, _Spec(joined, GOTHIC, 0.74, SECONDARY, cut=False)] if joined else [name]
    return [
        (True, full),
        (True, plain),
        (True, two_lines),
        (False, plain),
        (False, [s for s in plain if s is not extension]),
    ]


def _attempt(
    with_photo: bool, specs: list[_Spec], inner: Box, pad: float, largest: float
) -> CardLayout | None:
    if with_photo:
        return _best_with_photo(specs, inner, pad, largest)
    if len(specs) == 1:
        return None  # the name alone is the last resort, sized without a floor
    return _fit(specs, inner, None, largest, centred=True)


def _best_with_photo(
    specs: Sequence[_Spec], inner: Box, gap: float, largest: float
) -> CardLayout | None:
    """The face beside the text or above it, whichever lets the name be larger."""
    options: list[CardLayout] = []
    # Beside: the face as tall as the card, taking at most 45% of its width.
    pw = min(inner.h * PHOTO_RATIO, inner.w * 0.45)
    ph = pw / PHOTO_RATIO
    if ph >= PHOTO_SMALLEST:
        photo = Box(inner.x, inner.y + (inner.h - ph) / 2, pw, ph)
        text = Box(inner.x + pw + gap, inner.y, inner.w - pw - gap, inner.h)
        beside = _fit(specs, text, photo, largest, centred=False)
        if beside is not None:
            options.append(beside)
    # Above: the face on the upper half, the text centred below.
    ph = min(inner.h * 0.52, inner.w / PHOTO_RATIO)
    pw = ph * PHOTO_RATIO
    if ph >= PHOTO_SMALLEST:
        photo = Box(inner.x + (inner.w - pw) / 2, inner.y + inner.h - ph, pw, ph)
        text = Box(inner.x, inner.y, inner.w, inner.h - ph - gap)
        above = _fit(specs, text, photo, largest, centred=True)
        if above is not None:
            options.append(above)
    return max(options, key=lambda o: o.name_size, default=None)


def _fit(
    specs: Sequence[_Spec], area: Box, photo: Box | None, largest: float, *, centred: bool
) -> CardLayout | None:
    """The lines at the largest name size that fits ``area``, or None when the name or
    any other line would come out too small to read."""
    if area.w <= 0 or area.h <= 0:
        return None
    size = min(largest, area.h / (LEADING * sum(s.ratio for s in specs)))
    for spec in specs:
        if not spec.cut:
            size = min(size, fit_size(spec.text, spec.font, area.w, largest) / spec.ratio)
    if size < NAME_SMALLEST or size * min(s.ratio for s in specs) < LINE_SMALLEST:
        return None
    lines = []
    for spec in specs:
        text = ellipsize(spec.text, spec.font, size * spec.ratio, area.w) if spec.cut else spec.text
        if spec.cut and len(text.rstrip("…")) < 2:
            return None  # two letters and "…" say nothing; a shorter layout will do
        lines.append(Line(text, spec.font, size * spec.ratio, spec.colour))
    return CardLayout(photo, area, tuple(lines), centred)


def draw_card(
    pdf: Canvas, photos: Photos, person: PosterPerson | None, box: Box, scale: float,
    *, from_level: int = 0,
) -> None:
    """An occupied desk (``person``) or a free one (None)."""
    radius = min(3.0 * scale, box.h * 0.12, box.w * 0.12)
    pdf.saveState()
    if person is None:
        _draw_free(pdf, box, radius, scale)
        pdf.restoreState()
        return
    pdf.setFillColor(CARD_FILL)
    pdf.setStrokeColor(CARD_LINE)
    pdf.setLineWidth(0.7 * scale)
    pdf.roundRect(box.x, box.y, box.w, box.h, radius, stroke=1, fill=1)
    layout = layout_card(person, box, scale, from_level=from_level)
    if layout.photo is not None:
        p = layout.photo
        draw_portrait(
            pdf, photos, name=person.name, photo=person.photo, x=p.x, y=p.y, w=p.w, h=p.h,
            radius=min(2.0 * scale, p.w * 0.08),
        )
    _draw_lines(pdf, layout)
    pdf.restoreState()


def _draw_lines(pdf: Canvas, layout: CardLayout) -> None:
    area = layout.text
    heights = [line.size * LEADING for line in layout.lines]
    # The block is centred as a whole; each baseline sits a little below its line's middle.
    top = area.y + area.h / 2 + sum(heights) / 2
    for line, height in zip(layout.lines, heights, strict=True):
        middle = top - height / 2
        baseline = middle - line.size * HANGUL_MIDDLE
        pdf.setFillColor(line.colour)
        pdf.setFont(line.font, line.size)
        if layout.centred:
            pdf.drawCentredString(area.x + area.w / 2, baseline, line.text)
        else:
            pdf.drawString(area.x, baseline, line.text)
        top -= height


def _draw_free(pdf: Canvas, box: Box, radius: float, scale: float) -> None:
    pdf.setFillColor(FREE_FILL)
    pdf.setStrokeColor(FREE_LINE)
    pdf.setLineWidth(0.6 * scale)
    pdf.setDash(2 * scale, 1.6 * scale)
    pdf.roundRect(box.x, box.y, box.w, box.h, radius, stroke=1, fill=1)
    label = "빈 자리"
    # Smaller than the names around it: an empty desk is not what a visitor looks for.
    size = min(box.h * 0.3, fit_size(label, GOTHIC, box.w * 0.7, 8.0 * scale))
    if size >= 4.0:
        pdf.setFillColor(FREE_LINE)
        pdf.setFont(GOTHIC, size)
        pdf.drawCentredString(
            box.x + box.w / 2, box.y + box.h / 2 - size * HANGUL_MIDDLE, label
        )
