"""A person's face on paper: their photo, or the generated avatar when there is none."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from minwon_desk.documents.fonts import GOTHIC_BOLD
from minwon_desk.documents.textfit import fit_size
from minwon_desk.domain.avatar import avatar_for

# Where the middle of a Hangul line sits above its baseline, as a share of the font size.
HANGUL_MIDDLE = 0.36


class Photos:
    """Decoded photos for one document: each picture is read once even when many cards
    show it, and a picture that cannot be read falls back to the avatar."""

    def __init__(self) -> None:
        self._readers: dict[bytes, ImageReader | None] = {}

    def reader(self, photo: bytes) -> ImageReader | None:
        if photo not in self._readers:
            try:
                reader = ImageReader(BytesIO(photo))
                reader.getSize()  # fails here, not in the middle of the page
            except Exception:  # reportlab and Pillow raise many kinds for bad data
                reader = None
            self._readers[photo] = reader
        return self._readers[photo]


def draw_portrait(
    pdf: Canvas,
    photos: Photos,
    *,
    name: str,
    photo: bytes | None,
    x: float,
    y: float,
    w: float,
    h: float,
    radius: float,
) -> None:
    """The photo filling the box (cut to its shape, rounded corners), else the avatar."""
    reader = photos.reader(photo) if photo else None
    if reader is not None:
        _draw_photo(pdf, reader, x, y, w, h, radius)
    else:
        draw_avatar(pdf, name, x, y, w, h, radius)


def _draw_photo(
    pdf: Canvas, reader: ImageReader, x: float, y: float, w: float, h: float, radius: float
) -> None:
    iw, ih = reader.getSize()
    scale = max(w / iw, h / ih)  # cover the box; the clip trims the overflow
    dw, dh = iw * scale, ih * scale
    pdf.saveState()
    path = pdf.beginPath()
    path.roundRect(x, y, w, h, radius)
    pdf.clipPath(path, stroke=0, fill=0)
    pdf.drawImage(reader, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh)
    pdf.restoreState()


def draw_avatar(
    pdf: Canvas, name: str, x: float, y: float, w: float, h: float, radius: float
) -> None:
    avatar = avatar_for(name)
    pdf.saveState()
    pdf.setFillColor(HexColor(avatar.background))
    pdf.roundRect(x, y, w, h, radius, stroke=0, fill=1)
    if avatar.text:
        size = fit_size(avatar.text, GOTHIC_BOLD, w * 0.8, min(w, h) * 0.38)
        pdf.setFillColor(HexColor(avatar.foreground))
        pdf.setFont(GOTHIC_BOLD, size)
        pdf.drawCentredString(x + w / 2, y + h / 2 - size * HANGUL_MIDDLE, avatar.text)
    pdf.restoreState()
