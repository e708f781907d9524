"""A searchable staff combo: type a name, 초성 (ㄱㅈㅇ), department, duty or extension,
and pick from the ranked list.

Without a search function (before the directory is read) the popup matches the typed text
anywhere in the label, as Qt's completer does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from minwon_desk.services.dto import StaffSummary

# query → matching staff ids, best first
StaffSearch = Callable[[str], Sequence[int]]

_POPUP_LIMIT = 50


def _tr(text: str) -> str:
    return QCoreApplication.translate("StaffPicker", text)


def setup_staff_combo(
    combo: QComboBox, staff: list[StaffSummary], search: StaffSearch | None = None
) -> None:
    """Fill an editable combo with staff labels (item data = staff id); starts empty.
    With ``search`` the popup lists the ranked matches of what is typed."""
    combo.clear()
    for person in staff:
        combo.addItem(person.label, person.id)
    combo._staff_search = None  # type: ignore[attr-defined]
    if search is None:
        completer = QCompleter(combo.model(), combo)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    else:
        completer = _ranked_completer(combo, search)
    combo.setCompleter(completer)
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(_tr("이름, 초성, 부서나 업무로 찾기 (선택)"))


def _ranked_completer(combo: QComboBox, search: StaffSearch) -> QCompleter:
    labels = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    model = QStringListModel(combo)
    completer = QCompleter(model, combo)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def update(text: str) -> None:
        if text in labels.values():
            return  # a label was just chosen: keep the list as it is
        ids = search(text)[:_POPUP_LIMIT] if text.strip() else []
        model.setStringList([labels[i] for i in ids if i in labels])
        if ids:
            completer.complete()

    line = combo.lineEdit()
    if line is not None:
        line.textEdited.connect(update)
    # Kept on the combo so chosen_staff_id() resolves typed text the same way.
    combo._staff_search = search  # type: ignore[attr-defined]
    return completer


def chosen_staff_id(combo: QComboBox) -> tuple[int | None, str | None]:
    """(staff id, None) for the typed or chosen person; (None, None) when left empty;
    (None, message) when the text matches nobody or more than one person."""
    text = combo.currentText().strip()
    if not text:
        return None, None
    exact = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if exact >= 0:
        return combo.itemData(exact), None
    search: StaffSearch | None = getattr(combo, "_staff_search", None)
    if search is not None:
        known = {combo.itemData(i) for i in range(combo.count())}
        matches = [i for i in search(text) if i in known]
    else:
        matches = [
            combo.itemData(i) for i in range(combo.count())
            if text.casefold() in combo.itemText(i).casefold()
        ]
    if len(matches) == 1:
        return matches[0], None
    if not matches:
        return None, _tr("'{text}'에 맞는 직원이 없습니다. 목록에서 골라 주세요.").format(text=text)
    return None, _tr("'{text}'에 맞는 직원이 {n}명입니다. 목록에서 한 사람을 골라 주세요.").format(
        text=text, n=len(matches)
    )


def select_staff(combo: QComboBox, staff_id: int) -> bool:
    """Put someone in the combo as if picked from the list."""
    index = combo.findData(staff_id)
    if index < 0:
        return False
    combo.setCurrentIndex(index)
    combo.setEditText(combo.itemText(index))
    return True
