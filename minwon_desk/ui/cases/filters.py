"""The filters above "전체 민원": state, department (with the units under it), officer and
"통지 없이 기한 지남만".

State and the late-only box narrow the loaded cases in memory (no query); a department or
an officer is a new list the service reads. A changed case can be placed in memory under
any of them: the department tree is known here.

The list starts at "처리 중" (every case not yet answered). The answered ones — most of a
year's register — are read only once a state that shows them is chosen ("전체 상태",
"처리 완료").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from minwon_desk.domain.case_clock import CaseStatus
from minwon_desk.services.cases.dto import CaseView
from minwon_desk.services.dto import DepartmentView, StaffSummary
from minwon_desk.ui.common.filter_combos import fill_departments
from minwon_desk.ui.common.staff_picker import StaffSearch, chosen_staff_id, setup_staff_combo
from minwon_desk.ui.forms.ui_case_page import Ui_CasePage
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_invalid, set_role

OPEN, ALL = "open", "all"
_STATES: tuple[tuple[CaseStatus | str, str], ...] = (
    (OPEN, QT_TRANSLATE_NOOP("CaseFilters", "처리 중")),
    (ALL, QT_TRANSLATE_NOOP("CaseFilters", "전체 상태")),
    *((status, "") for status in (CaseStatus.ON_TIME, CaseStatus.WARNING, CaseStatus.OVERDUE,
                                  CaseStatus.EXTENDED, CaseStatus.PAUSED, CaseStatus.DONE)),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseFilters", text)


def units_under(departments: Sequence[DepartmentView], department_id: int) -> frozenset[int]:
    """The unit and every unit below it (as the service narrows a department's list)."""
    children: dict[int | None, list[int]] = {}
    for dept in departments:
        children.setdefault(dept.parent_id, []).append(dept.id)
    found: set[int] = set()
    stack = [department_id]
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(children.get(current, ()))
    return frozenset(found)


class CaseFilters(QObject):
    """Behaviour of the filter row of :class:`Ui_CasePage`."""

    narrowed = Signal()  # state or late-only changed: filter the loaded cases again
    requery = Signal()  # department or officer changed: read the list again

    def __init__(self, form: Ui_CasePage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = f = form
        self._departments: list[DepartmentView] = []
        self._units: frozenset[int] | None = None
        self._officer_id: int | None = None
        for value, label in _STATES:
            shown = value.label if isinstance(value, CaseStatus) else _tr(label)
            f.stateCombo.addItem(shown, value)
        f.deptCombo.addItem(translate("CaseFilters", "모든 부서"), None)
        setup_staff_combo(f.officerCombo, [])
        self._placeholder()
        set_role(f.officerError, "error")
        f.officerError.hide()
        f.stateCombo.currentIndexChanged.connect(lambda _i: self.narrowed.emit())
        f.lateCheck.toggled.connect(lambda _on: self.narrowed.emit())
        f.deptCombo.currentIndexChanged.connect(self._department_changed)
        f.officerCombo.activated.connect(lambda _i: self._officer_changed())
        line = f.officerCombo.lineEdit()
        if line is not None:
            line.returnPressed.connect(self._officer_changed)
            line.editingFinished.connect(self._officer_changed)

    # --- choices ------------------------------------------------------------------------

    def set_departments(self, departments: Sequence[DepartmentView]) -> None:
        """Units in chart order, indented; a unit also covers the units below it."""
        self._departments = list(departments)
        combo = self.form.deptCombo
        fill_departments(combo, departments, translate("CaseFilters", "모든 부서"))
        self._units = self._units_for(combo.currentData())

    def set_staff(self, staff: Sequence[StaffSummary], search: StaffSearch | None = None) -> None:
        """The people to pick from; whoever was chosen stays chosen."""
        combo = self.form.officerCombo
        combo.blockSignals(True)
        setup_staff_combo(combo, list(staff), search)
        if self._officer_id is not None:
            at = combo.findData(self._officer_id)
            if at >= 0:
                combo.setCurrentIndex(at)
                combo.setEditText(combo.itemText(at))
        combo.blockSignals(False)
        self._placeholder()

    def choose_status(self, status: CaseStatus | str) -> None:
        """A state, or OPEN ("처리 중") or ALL ("전체 상태")."""
        combo = self.form.stateCombo
        combo.setCurrentIndex(max(combo.findData(status), 0))

    # --- what the filters say -----------------------------------------------------------

    def status(self) -> CaseStatus | None:
        """The one state chosen (None: "처리 중" or "전체 상태")."""
        data = self.form.stateCombo.currentData()
        return data if isinstance(data, CaseStatus) else None

    def include_done(self) -> bool:
        return bool(self.form.stateCombo.currentData() != OPEN)

    def needs_answered(self) -> bool:
        """Whether the chosen state shows answered cases (they are read on demand)."""
        return self.form.stateCombo.currentData() in (ALL, CaseStatus.DONE)

    def late_only(self) -> bool:
        return self.form.lateCheck.isChecked()

    def department_id(self) -> int | None:
        data = self.form.deptCombo.currentData()
        return data if isinstance(data, int) else None

    def officer_id(self) -> int | None:
        return self._officer_id

    def allows(self, case: CaseView) -> bool:
        """Does a changed case belong to the list the service would read now?"""
        if self._officer_id is not None and case.officer_id != self._officer_id:
            return False
        return self._units is None or case.department_id in self._units

    def summary(self, shown: int, counts: dict[CaseStatus, int], loading: bool) -> str:
        """'처리 중 12건 · 임박 3 · 기한 지남 1' (and whether more is coming)."""
        chosen = self.form.stateCombo.currentText()
        parts = [translate("CaseFilters", "{state} {n}건").format(state=chosen, n=f"{shown:,}")]
        if self.status() is None:  # a mixed list: what is in it
            for status in (CaseStatus.WARNING, CaseStatus.OVERDUE, CaseStatus.PAUSED):
                if counts.get(status):
                    parts.append(f"{status.label} {counts[status]:,}")
            if self.include_done() and counts.get(CaseStatus.DONE):
                parts.append(f"{CaseStatus.DONE.label} {counts[CaseStatus.DONE]:,}")
        if loading:
            parts.append(translate("CaseFilters", "처리 완료 민원을 불러오는 중…"))
        return " · ".join(parts)

    # --- internals ----------------------------------------------------------------------

    def _department_changed(self, _index: int) -> None:
        self._units = self._units_for(self.department_id())
        self.requery.emit()

    def _units_for(self, department_id: int | None) -> frozenset[int] | None:
        if department_id is None:
            return None
        return units_under(self._departments, department_id)

    def _officer_changed(self) -> None:
        f = self.form
        staff_id, problem = chosen_staff_id(f.officerCombo)
        f.officerError.setText(problem or "")
        f.officerError.setVisible(problem is not None)
        set_invalid(f.officerCombo, problem is not None)
        if problem is not None or staff_id == self._officer_id:
            return
        self._officer_id = staff_id
        self.requery.emit()

    def _placeholder(self) -> None:
        line = self.form.officerCombo.lineEdit()
        if line is not None:
            line.setPlaceholderText(translate("CaseFilters", "모든 담당자 (이름이나 초성으로 찾기)"))

    def __repr__(self) -> str:
        return (f"CaseFilters(status={self.status()}, dept={self.department_id()}, "
                f"officer={self._officer_id}, late_only={self.late_only()})")
