"""The few style rules the app adds on top of the platform style, and helpers to use them.

Widgets say what they are through dynamic properties (``role``, ``invalid``); the style sheet
decides how that looks, so views never hard-code colours.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

STYLE = """
QLabel#titleLabel { font-size: 17pt; font-weight: bold; color: #1f3a5f; }
QLabel#charterLabel { color: #555555; padding-left: 6px; }
QListWidget#navList { font-size: 11pt; border: 1px solid #c9d2de; background: #f5f7fa; }
QListWidget#navList::item { padding: 10px 8px; }
QListWidget#navList::item:selected { background: #1f3a5f; color: white; }
QGroupBox { font-weight: bold; }
QLabel[role="error"] { color: #b3261e; font-weight: normal; }
QLabel[role="message-error"] {
    color: #8c1d18; background: #fdecea; border: 1px solid #f2b8b5; border-radius: 4px;
    padding: 6px; font-weight: normal;
}
QLabel[role="message-ok"] {
    color: #1e5631; background: #e6f4ea; border: 1px solid #b7dfc1; border-radius: 4px;
    padding: 6px; font-weight: normal;
}
QLabel[role="message-warning"] {
    color: #6b4a00; background: #fff4d6; border: 1px solid #f0cf7a; border-radius: 4px;
    padding: 6px; font-weight: normal;
}
QFrame#dbPanel[role="info"] { background: #e8f0fb; border: 1px solid #b6c9e6; border-radius: 4px; }
QFrame#dbPanel[role="error"] { background: #fdecea; border: 2px solid #b3261e; border-radius: 4px; }
QLabel#dbMessage { font-size: 11pt; color: #1f3a5f; }
QLabel#dbMessage[role="error"] { color: #8c1d18; font-weight: bold; }
QLabel[role="hint"] { color: #666666; font-weight: normal; }
QLabel[role="alert"] { color: #8c1d18; font-weight: bold; }
QLabel[role="summary"] { font-size: 11pt; font-weight: normal; }
QLabel[role="due"] { font-size: 20pt; font-weight: bold; color: #1f3a5f; }
QLineEdit[invalid="true"], QComboBox[invalid="true"] { border: 2px solid #b3261e; border-radius: 3px; }
QTableView#boardTable { font-size: 11pt; }
QHeaderView::section { padding: 5px 6px; font-weight: bold; }
"""


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget a style role and make the style sheet notice the change."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    _repolish(widget)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    _repolish(widget)


def show_message(label: QLabel, text: str, role: str) -> None:
    """Show ``text`` in a message label styled by ``role``; empty text hides it."""
    label.setText(text)
    if text:
        set_role(label, role)
    label.setVisible(bool(text))


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.updateGeometry()  # padding from the new role changes the size hint
    widget.update()
