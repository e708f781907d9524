"""The "재방문" panel of the check-in form, below the officer: the visitor's earlier visits,
found by the name or phone typed above (read when the panel opens and when those fields
are left, never per keystroke), "직원 잘못으로 다시 오심" and what went wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.timeutil import format_moment
from minwon_desk.services.dto import VisitView
from minwon_desk.ui.forms.ui_visitor_desk import Ui_VisitorDesk
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend


class RepeatPanel(QObject):
    """The earlier visits offered for "this visit repeats an earlier one"; the words stay
    the check-in form's (its translation context)."""

    def __init__(
        self, form: Ui_VisitorDesk, backend: Callable[[], Backend | None], parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self._backend = backend
        set_role(form.earlierStatus, "hint")
        form.repeatPanel.hide()
        form.repeatNoteEdit.setEnabled(False)
        form.repeatCheck.toggled.connect(self._on_toggled)
        form.staffErrorCheck.toggled.connect(form.repeatNoteEdit.setEnabled)
        form.nameEdit.editingFinished.connect(self.refresh)
        form.earlierCombo.currentIndexChanged.connect(self._show_choice)
        form.earlierCombo.view().setMinimumWidth(440)  # the whole line in the open list
        form.phoneEdit.editingFinished.connect(self.refresh)
        self._earlier_for: tuple[str, str] | None = None  # what the list was read for

    def earlier_choices(self) -> list[str]:
        """The earlier visits offered, as the list shows them."""
        combo = self.form.earlierCombo
        return [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i) is not None]

    def _on_toggled(self, on: bool) -> None:
        # The choice is not a Tab stop (Alt+J toggles it): the cursor goes where the next
        # thing to do is, into the panel or back to the officer field.
        panel = self.form.repeatPanel
        focus = QApplication.focusWidget()
        was_inside = focus is not None and panel.isAncestorOf(focus)
        panel.setVisible(on)
        if on:
            self.refresh()
            self.form.earlierCombo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif was_inside:
            self.form.officerCombo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self) -> None:
        """Read the earlier visits for the name and phone typed now (when the panel is open
        and they changed), keeping the visit already chosen if it is still offered."""
        form = self.form
        backend = self._backend()
        if not form.repeatCheck.isChecked() or backend is None:
            return
        key = (form.nameEdit.text().strip(), form.phoneEdit.text().strip())
        if key == self._earlier_for:
            return
        chosen = form.earlierCombo.currentData()
        try:
            visits = backend.visits.earlier_visits(*key)
        except MinwonError as exc:
            form.earlierStatus.setText(exc.message)
            return
        self._earlier_for = key
        combo = form.earlierCombo
        combo.clear()
        if not visits:
            combo.addItem(translate("CheckInForm", "— 찾은 지난 방문 없음 —"), None)
            form.earlierStatus.setText(
                translate("CheckInForm", "성명이나 연락처가 같은 지난 방문이 없습니다. 성명과 연락처를 확인해 주세요.")
                if any(key) else translate("CheckInForm", "성명이나 연락처를 먼저 적으면 지난 방문을 찾아 드립니다.")
            )
            return
        combo.blockSignals(True)  # one status line at the end, not one per item
        combo.addItem(translate("CheckInForm", "— 지난 방문을 고르세요 —"), None)
        for visit in visits:
            combo.addItem(_earlier_label(visit), visit.id)
        # Keep the visit already chosen; a single match is most likely the one.
        index = combo.findData(chosen) if chosen is not None else -1
        combo.setCurrentIndex(index if index > 0 else 1 if len(visits) == 1 else 0)
        combo.blockSignals(False)
        self._show_choice()

    def _show_choice(self, *_args: object) -> None:
        # The list is narrow: the chosen visit is written out in full under it.
        combo = self.form.earlierCombo
        found = sum(1 for i in range(combo.count()) if combo.itemData(i) is not None)
        if not found:
            return
        text = translate("CheckInForm", "성명이나 연락처가 같은 지난 방문 {n}건 (최근 방문부터)").format(n=found)
        if combo.currentData() is not None:
            text += "\n" + translate("CheckInForm", "고른 방문: {visit}").format(visit=combo.currentText())
        self.form.earlierStatus.setText(text)
        combo.setToolTip(combo.currentText())

    def reset(self) -> None:
        """The panel closed and emptied (the form is cleared)."""
        self.form.repeatNoteEdit.clear()
        self.form.staffErrorCheck.setChecked(False)
        self.form.repeatCheck.setChecked(False)
        self.form.earlierCombo.clear()
        self.form.earlierStatus.clear()
        self._earlier_for = None


def _earlier_label(visit: VisitView) -> str:
    """"2026년 6월 29일(월) 14:00 · 홍*동 · 보조금 신청 · 김민준 사무관"."""
    parts = [format_moment(visit.checked_in_at), visit.visitor_name_masked]
    if visit.purpose:
        parts.append(visit.purpose if len(visit.purpose) <= 30 else visit.purpose[:29] + "…")
    if visit.officer_label:
        parts.append(visit.officer_label.split(" (")[0])  # "김민준 사무관"
    return " · ".join(parts)
