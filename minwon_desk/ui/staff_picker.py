"""A searchable staff combo: type part of a name, position or department, pick from the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from minwon_desk.services.dto import StaffSummary


def _tr(text: str) -> str:
    return QCoreApplication.translate("StaffPicker", text)


def setup_staff_combo(combo: QComboBox, staff: list[StaffSummary]) -> None:
    """Fill an editable combo with staff labels (item data = staff id); starts empty."""
    combo.clear()
    for person in staff:
        combo.addItem(person.label, person.id)
    completer = QCompleter(combo.model(), combo)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(_tr("이름이나 부서로 찾기 (선택)"))


def chosen_staff_id(combo: QComboBox) -> tuple[int | None, str | None]:
    """(staff id, None) for the typed or chosen person; (None, None) when left empty;
    (None, message) when the text matches nobody or more than one person."""
    text = combo.currentText().strip()
    if not text:
        return None, None
    exact = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if exact >= 0:
        return combo.itemData(exact), None
    matches = [i for i in range(combo.count()) if text.casefold() in combo.itemText(i).casefold()]
    if len(matches) == 1:
        return combo.itemData(matches[0]), None
    if not matches:
        return None, _tr("'{text}'에 맞는 직원이 없습니다. 목록에서 골라 주세요.").format(text=text)
    return None, _tr("'{text}'에 맞는 직원이 {n}명입니다. 목록에서 한 사람을 골라 주세요.").format(
        text=text, n=len(matches)
    )
