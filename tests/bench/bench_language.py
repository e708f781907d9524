"""Choosing the desk's language at start: the translators installed (Qt's own words, the
window's and those below it) before the window is built. Figure: English, the window's
translations already compiled; floor: Korean, the source language (only Qt's own Korean is
loaded). Shown for reference: the first start of a source checkout, which compiles the
.ts into the cache first."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from common import Row, median_of
from PySide6.QtWidgets import QApplication

from minwon_desk.ui import translations


def bench_language(repeat: int) -> list[Row]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp)
        start = time.perf_counter()
        translations.compiled("en", cache=cache)
        first = (time.perf_counter() - start) * 1000

        def switch(language: str) -> None:
            installed = translations.install(app, language, cache=cache)
            translations.uninstall(app, installed)

        english = median_of(lambda: switch("en"), repeat)
        korean = median_of(lambda: switch("ko"), repeat)
    return [
        Row("language: start in English (translators installed)", english,
            "start in Korean (Qt's own Korean only)", korean, "ms", "≤ 20 ms", english <= 20),
        Row("language: first start from source (.ts compiled)", first,
            "start in Korean (Qt's own Korean only)", korean, "ms", "reference", None),
    ]
