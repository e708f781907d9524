"""The offices page: the list of offices, the chosen floor plan, and the administrator's
tools — add and edit offices, place desks and rooms, seat people, drag things around.

Every change goes through the office service; the plan on screen is redrawn from what
was stored when the ``OfficeChanged`` event arrives (from this desk or another). A refused
change is explained next to the button that asked for it, and nothing typed is cleared.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypedDict, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListWidgetItem, QWidget

from minwon_desk.domain.errors import MinwonError, ValidationError
from minwon_desk.services.dto import Actor, FloorPlan, StaffSummary
from minwon_desk.services.events import OfficeChanged, StaffChanged
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.common.staff_picker import setup_staff_combo
from minwon_desk.ui.directory.floor_plan.widget import FloorPlanWidget
from minwon_desk.ui.directory.offices._tools import PlanTools
from minwon_desk.ui.forms.ui_offices_page import Ui_OfficesPage
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_invalid, show_message

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.directory.offices import OfficeService
    from minwon_desk.ui.common.directory_cache import DirectoryCache

log = logging.getLogger(__name__)
T = TypeVar("T")
ID_ROLE = Qt.ItemDataRole.UserRole


class _OfficeFields(TypedDict):
    name: str
    building: str
    floor: str
    cols: int
    rows: int
    department_id: int | None


class OfficesPage(QWidget):
    """Offices and floor plans, for the administrator (and anyone looking up a desk)."""

    def __init__(
        self,
        backend: Backend,
        actor: Callable[[], Actor | None],
        bridge: EventBridge,
        parent: QWidget | None = None,
        *,
        cache: DirectoryCache,
    ) -> None:
        super().__init__(parent)
        self.form = f = Ui_OfficesPage()
        f.setupUi(self)
        self._backend = backend
        self._actor = actor
        self._plans: dict[int, FloorPlan] = {}
        self.staff: dict[int, StaffSummary] = {}
        # The faces on the plan are the window's, as on the directory page.
        self.plan_view = FloorPlanWidget(f.planHost, photo_provider=cache.plan_photo,
                                         away_provider=cache.plan_away)
        f.planLayout.addWidget(self.plan_view)
        QWidget.setTabOrder(f.fitButton, self.plan_view)
        QWidget.setTabOrder(self.plan_view, f.deskLabelEdit)
        for label in (f.officeMessage, f.planMessage, f.deskMessage, f.roomMessage):
            label.hide()

        f.officeList.currentItemChanged.connect(lambda *_: self._show_current())
        f.addOfficeButton.clicked.connect(self.add_office)
        f.saveOfficeButton.clicked.connect(self.save_office)
        f.editModeCheck.toggled.connect(self.plan_view.set_edit_mode)
        f.actionEditMode.toggled.connect(f.editModeCheck.setChecked)
        self.plan_view.edit_mode_changed.connect(f.actionEditMode.setChecked)
        f.actionFocusPlan.triggered.connect(self.focus_plan)
        f.zoomInButton.clicked.connect(self.plan_view.zoom_in)
        f.zoomOutButton.clicked.connect(self.plan_view.zoom_out)
        f.fitButton.clicked.connect(self.plan_view.fit)
        self.plan_view.seat_moved.connect(self._on_seat_moved)
        self.plan_view.room_moved.connect(self._on_room_moved)
        self.tools = PlanTools(self)
        bridge.subscribe(OfficeChanged, self._on_office_changed, owner=self)
        bridge.subscribe(StaffChanged, self._on_staff_changed, owner=self)
        self.addActions(self.menu_actions())
        self.plan_view.set_placeholder(translate("OfficesPage", "왼쪽에서 사무실을 고르거나 새 사무실을 추가하세요."))
        self._load_departments()
        self._load_staff()
        self.refresh()

    def menu_actions(self) -> list[QAction]:
        return [self.form.actionEditMode, self.form.actionFocusPlan]

    def focus_plan(self) -> None:
        self.plan_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- offices ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the office list and the plan shown (keeping the choice)."""
        try:
            plans = self._backend.offices.list_offices()
        except MinwonError as exc:
            show_message(self.form.planMessage, exc.message, "message-error")
            return
        current = self.current_office_id()
        self._plans = {p.office_id: p for p in plans}
        lst = self.form.officeList
        lst.blockSignals(True)  # rebuilding the list is not the user choosing an office
        try:
            lst.clear()
            for plan in plans:
                item = QListWidgetItem(plan.title)
                item.setData(ID_ROLE, plan.office_id)
                item.setToolTip(plan.department or plan.title)
                lst.addItem(item)
            self._select_office(current if current in self._plans else None)
        finally:
            lst.blockSignals(False)
        self._show_current()

    def current_office_id(self) -> int | None:
        item = self.form.officeList.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def current_plan(self) -> FloorPlan | None:
        office_id = self.current_office_id()
        return self._plans.get(office_id) if office_id is not None else None

    def show_office(self, office_id: int) -> None:
        self._select_office(office_id)

    def _select_office(self, office_id: int | None) -> None:
        lst = self.form.officeList
        for row in range(lst.count()):
            if office_id is None or lst.item(row).data(ID_ROLE) == office_id:
                lst.setCurrentRow(row)
                return

    def _show_current(self) -> None:
        plan = self.current_plan()
        f = self.form
        self.plan_view.set_plan(plan)
        self.plan_view.refresh_presence()
        f.planTitle.setText(plan.title if plan else "")
        if plan is not None:
            f.nameEdit.setText(plan.name)
            f.buildingEdit.setText(plan.building)
            f.floorEdit.setText(plan.floor)
            f.colsSpin.setValue(plan.cols)
            f.rowsSpin.setValue(plan.rows)
            index = f.departmentCombo.findText(plan.department) if plan.department else 0
            f.departmentCombo.setCurrentIndex(max(index, 0))
            self.tools.suggest_label(plan)
        self.tools.update_selection()

    def add_office(self) -> None:
        fields = self._office_fields()
        office_id = self.run(self.form.officeMessage, lambda actor: self.offices().add_office(
            actor, **fields))
        if office_id is not None:
            self.refresh()
            self._select_office(office_id)
            self.done(self.form.officeMessage, translate("OfficesPage", "'{name}' 사무실을 추가했습니다.").format(
                name=fields["name"].strip()))

    def save_office(self) -> None:
        office_id = self.current_office_id()
        if office_id is None:
            self.fail(self.form.officeMessage, translate("OfficesPage", "고칠 사무실을 목록에서 먼저 고르세요."))
            return
        fields = self._office_fields()
        if self.run(self.form.officeMessage, lambda actor: self.offices().update_office(
                actor, office_id, **fields)) is not None:
            self.done(self.form.officeMessage, translate("OfficesPage", "사무실 정보를 저장했습니다."))

    def _office_fields(self) -> _OfficeFields:
        f = self.form
        return _OfficeFields(
            name=f.nameEdit.text(), building=f.buildingEdit.text(), floor=f.floorEdit.text(),
            cols=f.colsSpin.value(), rows=f.rowsSpin.value(),
            department_id=f.departmentCombo.currentData(),
        )

    def _load_departments(self) -> None:
        combo = self.form.departmentCombo
        combo.clear()
        combo.addItem(translate("OfficesPage", "(여러 부서·없음)"), None)
        try:
            for dept_id, name in self._backend.offices.departments():
                combo.addItem(name, dept_id)
        except MinwonError as exc:
            log.warning("could not load departments: %s", exc.message)

    # --- moves by drag ------------------------------------------------------------------

    def _on_seat_moved(self, seat_id: int, x: int, y: int) -> None:
        self._move(lambda actor: self.offices().move_seat(actor, seat_id, x=x, y=y))

    def _on_room_moved(self, room_id: int, x: int, y: int, w: int, h: int) -> None:
        self._move(lambda actor: self.offices().move_room(actor, room_id, x=x, y=y, w=w, h=h))

    def _move(self, call: Callable[[Actor], None]) -> None:
        if self.run(self.form.planMessage, call) is None:
            self.plan_view.revert_moves()  # back to where it is stored
        else:
            show_message(self.form.planMessage, "", "message-ok")

    # --- events -------------------------------------------------------------------------

    def _on_office_changed(self, _event: OfficeChanged) -> None:
        # Titles may change and offices appear: reload the list and the plan shown.
        self.refresh()

    def _on_staff_changed(self, _event: StaffChanged) -> None:
        # Names, positions and pictures on the plan come from the staff records.
        self._load_staff()
        self.plan_view.refresh_photos()
        self.refresh()

    def _load_staff(self) -> None:
        try:
            staff = self._backend.staff.list_active()
        except MinwonError as exc:
            log.warning("could not load the staff list: %s", exc.message)
            return
        self.staff = {s.id: s for s in staff}
        combo = self.form.staffCombo
        typed = combo.currentText()  # a refresh must not throw away what was typed
        setup_staff_combo(combo, staff)
        combo.setEditText(typed)

    # --- helpers ------------------------------------------------------------------------

    def offices(self) -> OfficeService:
        return self._backend.offices

    def run(self, label: QLabel, call: Callable[[Actor], T]) -> T | bool | None:
        """Call the service as the desk's operator; show a refusal in ``label``. Returns
        the call's result (True for None), or None when it did not happen."""
        actor = self._actor()
        if actor is None:
            self.fail(label, translate("OfficesPage", "로그인한 뒤에 할 수 있습니다."))
            return None
        try:
            result = call(actor)
        except ValidationError as exc:
            self._mark(exc.field)
            self.fail(label, exc.message)
            return None
        except MinwonError as exc:
            self.fail(label, exc.message)
            return None
        self._mark(None)
        return True if result is None else result

    def _mark(self, field: str | None) -> None:
        f = self.form
        fields = {"name": f.nameEdit, "building": f.buildingEdit, "floor": f.floorEdit,
                  "cols": f.colsSpin, "rows": f.rowsSpin, "department": f.departmentCombo,
                  "label": f.deskLabelEdit}
        for key, widget in fields.items():
            set_invalid(widget, key == field)

    def fail(self, label: QLabel, text: str) -> None:
        show_message(label, text, "message-error")

    def done(self, label: QLabel, text: str) -> None:
        show_message(label, text, "message-ok")

    def __repr__(self) -> str:
        return f"OfficesPage(offices={len(self._plans)}, office={self.current_office_id()})"
