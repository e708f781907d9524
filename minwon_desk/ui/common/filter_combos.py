"""The choice lists of filter combos: "everything" first, then the choices, refilled when
the organisation changes without losing what was chosen."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from minwon_desk.services.dto import DepartmentView
from minwon_desk.ui.common.column_fit import narrow_combo

# (text, item data, tooltip or None)
Choice = tuple[str, object, str | None]


def refill_choices(
    combo: QComboBox, everything: str, choices: Iterable[Choice], everything_data: object = None
) -> None:
    """Fill ``combo`` again: ``everything`` first, then ``choices``. What was chosen stays
    chosen (else ``everything``), and the refill itself announces no change."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(everything, everything_data)
        for text, data, tip in choices:
            combo.addItem(text, data)
            if tip is not None:
                combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        narrow_combo(combo)
    finally:
        combo.blockSignals(False)


def fill_departments(combo: QComboBox, departments: Sequence[DepartmentView], everything: str) -> None:
    """Units in chart order, indented by depth (the full path as tooltip), after
    ``everything`` (item data None)."""
    refill_choices(combo, everything, (("  " * d.depth + d.name, d.id, d.path) for d in departments))
