"""A searchable staff combo: type a name, 초성 (ㄱㅈㅇ), department, duty or extension,
and pick from the ranked list; the pickers' staff list from a directory snapshot, and
refilling a picker when the roster changes.

Without a search function (before the directory is read) the popup matches the typed text
anywhere in the label, as Qt's completer does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from minwon_desk.services.dto import DirectoryEntry, StaffSummary
from minwon_desk.ui.common.column_fit import narrow_combo
from minwon_desk.ui.i18n import translate

# query → matching staff ids, best first
StaffSearch = Callable[[str], Sequence[int]]

_POPUP_LIMIT = 50


def setup_staff_combo(
    combo: QComboBox, staff: list[StaffSummary], search: StaffSearch | None = None
) -> None:
    """Fill an editable combo with staff labels (item data = staff id); starts empty.
    With ``search`` the popup lists the ranked matches of what is typed.

    Safe to call again on the same combo (the directory changed): the completer is built
    once and only its data is replaced — replacing a completer that Qt is still using
    from a live line edit crashes."""
    combo.clear()
    for person in staff:
        combo.addItem(person.label, person.id)
    picker = _picker(combo)
    picker.labels = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    picker.search = search
    picker.model.setStringList(list(picker.labels.values()) if search is None else [])
    if search is None:
        # Before the directory is read: Qt's own "contains" matching on the labels.
        picker.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        picker.completer.setFilterMode(Qt.MatchFlag.MatchContains)
    else:
        picker.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        picker.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    narrow_combo(combo, 12)
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(translate("StaffPicker", "이름, 초성, 부서나 업무로 찾기 (선택)"))


def staff_summaries(entries: Iterable[DirectoryEntry]) -> list[StaffSummary]:
    """The pickers' list from a directory snapshot (already in organisation-chart order),
    so a refresh reads the staff table once, not once more for the pickers."""
    return [
        StaffSummary(
            id=e.id, employee_no=e.employee_no, name=e.name, position=e.position,
            department=e.department, extension=e.extension,
        )
        for e in entries
    ]


def refill_staff_combo(
    combo: QComboBox, staff: list[StaffSummary], search: StaffSearch | None
) -> None:
    """Fill a staff picker again (the roster changed), keeping what is typed in it."""
    line = combo.lineEdit()
    typed = combo.currentText()
    had_focus = line is not None and line.hasFocus()
    cursor = line.cursorPosition() if line is not None else len(typed)
    setup_staff_combo(combo, staff, search)
    combo.setEditText(typed)
    if line is not None:
        line.setCursorPosition(min(cursor, len(typed)))
        if had_focus:
            line.setFocus(Qt.FocusReason.OtherFocusReason)


class _Picker(QObject):
    """The combo's completer and what it searches; one per combo, kept for its life."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.labels: dict[int, str] = {}
        self.search: StaffSearch | None = None
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, combo)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(self.completer)
        line = combo.lineEdit()
        if line is not None:
            line.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        search = self.search
        if search is None:
            return
        if text in self.labels.values():
            return  # a label was just chosen: keep the list as it is
        ids = search(text)[:_POPUP_LIMIT] if text.strip() else []
        self.model.setStringList([self.labels[i] for i in ids if i in self.labels])
        if ids:
            self.completer.complete()


def _picker(combo: QComboBox) -> _Picker:
    picker = combo.findChild(_Picker)
    return picker if picker is not None else _Picker(combo)


def chosen_staff_id(combo: QComboBox) -> tuple[int | None, str | None]:
    """(staff id, None) for the typed or chosen person; (None, None) when left empty;
    (None, message) when the text matches nobody or more than one person."""
    text = combo.currentText().strip()
    if not text:
        return None, None
    exact = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if exact >= 0:
        return combo.itemData(exact), None
    picker = combo.findChild(_Picker)
    search = picker.search if picker is not None else None
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
        return None, translate("StaffPicker", "'{text}'에 맞는 직원이 없습니다. 목록에서 골라 주세요.").format(text=text)
    return None, translate("StaffPicker", "'{text}'에 맞는 직원이 {n}명입니다. 목록에서 한 사람을 골라 주세요.").format(
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
