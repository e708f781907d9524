"""A case answered late says by how much, in the desk's language."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtWidgets import QApplication

from minwon_desk.domain import i18n
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.ui import translations
from minwon_desk.ui.cases.text import remaining_text

from .english import install_english

NOW = datetime(2026, 7, 8, 9, 0, tzinfo=SEOUL)


def _answered_late() -> Any:
    # Only what the answered branch reads: the deadline and the reply.
    return SimpleNamespace(due_at=datetime(2026, 7, 6, 10, 0, tzinfo=SEOUL),
                           answered_at=datetime(2026, 7, 7, 13, 0, tzinfo=SEOUL), paused_at=None)


def test_a_late_reply_says_how_late_in_korean() -> None:
    assert remaining_text(_answered_late(), NOW).endswith("(1일 3시간 늦음)")


def test_a_late_reply_says_how_late_in_english(qapp: QApplication, tmp_path: Path) -> None:
    before = i18n.installed()
    installed = install_english(qapp, tmp_path / "qm")
    try:
        assert remaining_text(_answered_late(), NOW).endswith("(1 d 3 h late)")
    finally:
        translations.uninstall(qapp, installed)
        i18n.install(before)
