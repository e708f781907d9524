"""Portraits for the demo's made-up people: drawn silhouettes, no real faces.

A handful are drawn once per process and shared out by name, so building the demo stays
fast; they pass through ``prepare_photo`` like any uploaded photo, so the demo shows
exactly what a real photo would look like on screen and on paper.
"""

from __future__ import annotations

import functools
import zlib
from io import BytesIO

from minwon_desk.services.photos import prepare_photo

# Drawn at twice the stored size: halving to 300×400 smooths the edges.
_W, _H = 600, 800
BACKGROUNDS = ((214, 226, 240), (222, 234, 214), (238, 224, 228), (232, 228, 216))
SKIN = ((241, 214, 190), (226, 190, 160), (204, 160, 124))
HAIR = ((40, 34, 30), (74, 52, 38), (28, 28, 34))
SUITS = ((42, 58, 94), (58, 62, 70), (96, 100, 108), (34, 78, 84))
COUNT = 8
WITHOUT_PHOTO_EVERY = 8  # one person in eight has none, so the generated avatar shows


def portrait_for(index: int, name: str) -> bytes | None:
    """The demo photo of the ``index``-th person (a JPEG), or None for one in eight."""
    if index % WITHOUT_PHOTO_EVERY == WITHOUT_PHOTO_EVERY - 3:
        return None
    portraits = demo_portraits()
    return portraits[zlib.crc32(name.encode("utf-8")) % len(portraits)]


@functools.cache
def demo_portraits() -> tuple[bytes, ...]:
    return tuple(_draw(i) for i in range(COUNT))


def _draw(variant: int) -> bytes:
    from PIL import Image, ImageDraw

    background = BACKGROUNDS[variant % len(BACKGROUNDS)]
    skin = SKIN[variant % len(SKIN)]
    hair = HAIR[(variant // 2) % len(HAIR)]
    suit = SUITS[(variant // 3) % len(SUITS)]
    long_hair = variant % 2 == 1
    image = Image.new("RGB", (_W, _H), background)
    draw = ImageDraw.Draw(image)
    cx = _W // 2
    if long_hair:  # hair falling behind the shoulders
        draw.rounded_rectangle((cx - 150, 150, cx + 150, 560), radius=140, fill=hair)
    # Shoulders and suit, a white collar, the neck.
    draw.ellipse((cx - 290, 540, cx + 290, 1060), fill=suit)
    draw.polygon([(cx - 80, 545), (cx + 80, 545), (cx, 680)], fill=(246, 246, 246))
    draw.rectangle((cx - 48, 440, cx + 48, 560), fill=skin)
    draw.polygon([(cx - 48, 545), (cx + 48, 545), (cx, 610)], fill=skin)
    # Head, then the hair over its top.
    draw.ellipse((cx - 118, 190, cx + 118, 480), fill=skin)
    draw.chord((cx - 126, 170, cx + 126, 420), start=180, end=360, fill=hair)
    if long_hair:
        draw.rectangle((cx - 126, 290, cx - 100, 470), fill=hair)
        draw.rectangle((cx + 100, 290, cx + 126, 470), fill=hair)
    out = BytesIO()
    # A box-filter halving is enough for flat shapes and far quicker than a resample;
    # BMP is the quickest format to write and read back.
    image.reduce(2).save(out, format="BMP")
    photo, _mime = prepare_photo(out.getvalue())
    return photo
