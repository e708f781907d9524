"""The questions a page asks the operator (go ahead? which file?) in a form tests can replace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

# (parent, title, question) → True to go ahead
Confirm = Callable[[QWidget, str, str], bool]
# (parent) → the chosen file, or None when the operator cancelled
ChooseFile = Callable[[QWidget], Path | None]


def ask_confirmation(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(
        parent, title, question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,  # Enter must not cancel someone's trip by accident
    )
    return answer == QMessageBox.StandardButton.Yes


def file_chooser(caption: str, filter_text: str) -> ChooseFile:
    """A chooser that opens the platform's file dialog."""

    def choose(parent: QWidget) -> Path | None:
        name, _selected = QFileDialog.getOpenFileName(parent, caption, "", filter_text)
        return Path(name) if name else None

    return choose
