"""Nanum fonts for reportlab, registered once and embedded in every PDF.

reportlab's built-in Korean CID fonts are not embedded, so viewers without a Korean font
show blanks; embedding the TrueType subsets keeps every document readable and searchable.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from minwon_desk.resources import resource_path

GOTHIC = "NanumGothic"
GOTHIC_BOLD = "NanumGothic-Bold"
MYEONGJO = "NanumMyeongjo"
MYEONGJO_BOLD = "NanumMyeongjo-Bold"

_FILES = {
    GOTHIC: "NanumGothic.ttf",
    GOTHIC_BOLD: "NanumGothicBold.ttf",
    MYEONGJO: "NanumMyeongjo.ttf",
    MYEONGJO_BOLD: "NanumMyeongjoBold.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the Nanum families with reportlab (idempotent, thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        for regular, bold in ((GOTHIC, GOTHIC_BOLD), (MYEONGJO, MYEONGJO_BOLD)):
            # Paragraph markup (<b>) then finds the bold face of the same family.
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold)
            addMapping(regular, 0, 1, regular)
            addMapping(regular, 1, 1, bold)
        _registered = True
