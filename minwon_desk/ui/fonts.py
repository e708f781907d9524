"""Register the bundled Nanum fonts once, so Korean never renders as boxes (tofu).

A fresh machine may have no Korean font at all; the application font is set to NanumGothic
so every widget, including message boxes, draws Hangul.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from minwon_desk.resources import resource_path

log = logging.getLogger(__name__)

FONT_FILES: tuple[str, ...] = ("NanumGothic.ttf", "NanumGothicBold.ttf")
_registered: list[str] = []


def register_fonts() -> list[str]:
    """Add the Nanum fonts to Qt's font database (once per process); returns their families."""
    if _registered:
        return list(_registered)
    for name in FONT_FILES:
        try:
            path = resource_path("fonts", name)
        except FileNotFoundError:
            log.warning("font folder not found; Korean may not render")
            break
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _registered:
                _registered.append(family)
    return list(_registered)


def use_korean_font(app: QApplication) -> None:
    """Register the fonts and make NanumGothic the application font (size kept)."""
    families = register_fonts()
    if not families:
        return
    font = app.font()
    font.setFamilies([families[0]])
    app.setFont(font)
