"""The desk and room tools of the offices page: add and remove desks and rooms, seat a
person at the selected desk or free it. Each button calls one office service function
through the page (which says who acts and shows a refusal next to the button)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QLabel

from minwon_desk.services.directory.floor_rules import (
    ROOM_KINDS,
    free_spot,
    room_kind_label,
    suggest_label,
)
from minwon_desk.services.dto import Actor, FloorPlan, StaffSummary
from minwon_desk.ui.common.staff_picker import chosen_staff_id
from minwon_desk.ui.directory.floor_plan.widget import FloorPlanWidget
from minwon_desk.ui.forms.ui_offices_page import Ui_OfficesPage
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_invalid

if TYPE_CHECKING:
    from minwon_desk.services.directory.offices import OfficeService

T = TypeVar("T")

ROOM_DEFAULTS = {
    "room": (QT_TRANSLATE_NOOP("OfficesPage", "회의실"), 4, 3),
    "entrance": (QT_TRANSLATE_NOOP("OfficesPage", "출입구"), 2, 1),
    "wall": (QT_TRANSLATE_NOOP("OfficesPage", "수납장"), 4, 1),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("OfficesPage", text)


class ToolsPage(Protocol):
    """What the tools need of the offices page: its widgets, the plan on screen, the staff
    by id, and its way of calling the office service and saying how that went."""

    @property
    def form(self) -> Ui_OfficesPage: ...
    @property
    def plan_view(self) -> FloorPlanWidget: ...
    @property
    def staff(self) -> dict[int, StaffSummary]: ...

    def current_plan(self) -> FloorPlan | None: ...
    def offices(self) -> OfficeService: ...
    def run(self, label: QLabel, call: Callable[[Actor], T]) -> T | bool | None: ...
    def fail(self, label: QLabel, text: str) -> None: ...
    def done(self, label: QLabel, text: str) -> None: ...


class PlanTools(QObject):
    def __init__(self, page: ToolsPage) -> None:
        super().__init__(page.plan_view)  # the tools act on the plan and go with it
        self._page = page
        self._suggested = ""
        f = page.form
        for kind in ROOM_KINDS:
            f.roomKindCombo.addItem(room_kind_label(kind), kind)
        f.addDeskButton.clicked.connect(self.add_desk)
        f.removeDeskButton.clicked.connect(self.remove_desk)
        f.assignButton.clicked.connect(self.assign_selected)
        f.vacateButton.clicked.connect(self.vacate_selected)
        f.addRoomButton.clicked.connect(self.add_room)
        f.removeRoomButton.clicked.connect(self.remove_room)
        f.roomKindCombo.currentIndexChanged.connect(self.room_kind_changed)
        page.plan_view.selection_changed.connect(self.update_selection)
        page.plan_view.seat_activated.connect(lambda _seat: f.staffCombo.setFocus())
        self.room_kind_changed()

    def suggest_label(self, plan: FloorPlan) -> None:
        """Offer the next free desk label, unless the user typed one of their own."""
        edit = self._page.form.deskLabelEdit
        suggestion = suggest_label(plan)
        if edit.text() in ("", self._suggested):
            edit.setText(suggestion)
        self._suggested = suggestion

    # --- desks --------------------------------------------------------------------------

    def add_desk(self) -> None:
        page, f = self._page, self._page.form
        plan = page.current_plan()
        if plan is None:
            page.fail(f.deskMessage, translate("OfficesPage", "책상을 놓을 사무실을 목록에서 먼저 고르세요."))
            return
        spot = free_spot(plan, 2, 1, desk=True)
        if spot is None:
            page.fail(f.deskMessage, translate("OfficesPage",
                "빈 칸이 없습니다. 사무실 크기를 늘리거나 쓰지 않는 책상을 지운 뒤 다시 해 주세요."))
            return
        label = f.deskLabelEdit.text().strip()
        seat_id = page.run(f.deskMessage, lambda actor: page.offices().add_seat(
            actor, plan.office_id, label=label, x=spot[0], y=spot[1]))
        if seat_id is not None:
            page.plan_view.select_seat(int(seat_id))
            page.done(f.deskMessage, translate("OfficesPage",
                "책상({label})을 추가했습니다. 편집 모드에서 끌어서 자리를 잡아 주세요.").format(label=label))

    def remove_desk(self) -> None:
        page, f = self._page, self._page.form
        seat = page.plan_view.selected_seat()
        if seat is None:
            page.fail(f.deskMessage, translate("OfficesPage", "지울 책상을 배치도에서 먼저 고르세요."))
            return
        if page.run(f.deskMessage, lambda actor: page.offices().remove_seat(actor, seat.id)):
            page.done(f.deskMessage, translate("OfficesPage", "책상({label})을 지웠습니다.").format(label=seat.label))

    def assign_selected(self) -> None:
        page, f = self._page, self._page.form
        seat = page.plan_view.selected_seat()
        if seat is None:
            page.fail(f.deskMessage, translate("OfficesPage", "자리를 배정할 책상을 배치도에서 먼저 고르세요."))
            return
        staff_id, problem = chosen_staff_id(f.staffCombo)
        if problem is not None or staff_id is None:
            set_invalid(f.staffCombo, True)
            page.fail(f.deskMessage, problem or translate("OfficesPage", "자리에 앉을 직원을 고르세요."))
            return
        set_invalid(f.staffCombo, False)
        before = page.offices().seat_of(staff_id)
        if not page.run(f.deskMessage,
                        lambda actor: page.offices().assign_seat(actor, seat.id, staff_id)):
            return
        person = page.staff.get(staff_id)
        name = person.name if person else f.staffCombo.currentText()
        message = translate("OfficesPage", "{name} 님을 {label} 자리에 배정했습니다.").format(name=name, label=seat.label)
        if before is not None and before[1].id != seat.id:
            old_plan, old_seat = before
            message += " " + translate("OfficesPage", "전에 앉던 {where} {label} 자리는 비었습니다.").format(
                where=old_plan.name, label=old_seat.label)
        page.done(f.deskMessage, message)

    def vacate_selected(self) -> None:
        page, f = self._page, self._page.form
        seat = page.plan_view.selected_seat()
        if seat is None or seat.staff_id is None:
            page.fail(f.deskMessage, translate("OfficesPage", "비울 자리(사람이 앉은 책상)를 배치도에서 먼저 고르세요."))
            return
        if page.run(f.deskMessage, lambda actor: page.offices().assign_seat(actor, seat.id, None)):
            page.done(f.deskMessage, translate("OfficesPage", "{label} 자리를 비웠습니다 ({name} 님).").format(
                label=seat.label, name=seat.staff_name))

    # --- rooms --------------------------------------------------------------------------

    def add_room(self) -> None:
        page, f = self._page, self._page.form
        plan = page.current_plan()
        if plan is None:
            page.fail(f.roomMessage, translate("OfficesPage", "공간을 놓을 사무실을 목록에서 먼저 고르세요."))
            return
        w, h = f.roomWSpin.value(), f.roomHSpin.value()
        spot = free_spot(plan, w, h, desk=False)
        if spot is None:
            page.fail(f.roomMessage, translate("OfficesPage",
                "그 크기의 빈 곳이 없습니다. 크기를 줄이거나 사무실 크기를 늘린 뒤 다시 해 주세요."))
            return
        kind, name = str(f.roomKindCombo.currentData()), f.roomNameEdit.text()
        room_id = page.run(f.roomMessage, lambda actor: page.offices().add_room(
            actor, plan.office_id, name=name, kind=kind, x=spot[0], y=spot[1], w=w, h=h))
        if room_id is not None:
            page.plan_view.select_room(int(room_id))
            page.done(f.roomMessage, translate("OfficesPage",
                "공간({name})을 추가했습니다. 편집 모드에서 끌어서 자리를 잡아 주세요.").format(
                name=name.strip()))

    def remove_room(self) -> None:
        page, f = self._page, self._page.form
        room_id = page.plan_view.selected_room_id
        if room_id is None:
            page.fail(f.roomMessage, translate("OfficesPage", "지울 공간을 배치도에서 먼저 고르세요."))
            return
        if page.run(f.roomMessage, lambda actor: page.offices().remove_room(actor, room_id)):
            page.done(f.roomMessage, translate("OfficesPage", "공간을 지웠습니다."))

    def room_kind_changed(self, *_args: object) -> None:
        """A new kind brings its usual name and size, unless a name of one's own was typed."""
        f = self._page.form
        defaults = {_tr(name) for name, _w, _h in ROOM_DEFAULTS.values()}
        name, w, h = ROOM_DEFAULTS.get(str(f.roomKindCombo.currentData()), ("", 2, 2))
        if f.roomNameEdit.text() in defaults | {""}:
            f.roomNameEdit.setText(_tr(name))
            f.roomWSpin.setValue(w)
            f.roomHSpin.setValue(h)

    def update_selection(self) -> None:
        """The selected desk in words, and which tools apply."""
        page, f = self._page, self._page.form
        has_plan = page.current_plan() is not None
        seat = page.plan_view.selected_seat()
        if seat is None:
            f.selectedDesk.setText(translate("OfficesPage", "배치도에서 책상을 고르세요 (PageDown)."))
        else:
            who = (translate("OfficesPage", "{name} {position}").format(name=seat.staff_name, position=seat.position)
                   if seat.staff_id is not None else translate("OfficesPage", "빈 자리"))
            f.selectedDesk.setText(translate("OfficesPage", "고른 책상: {label} · {who}").format(label=seat.label, who=who))
        f.saveOfficeButton.setEnabled(has_plan)
        f.deskBox.setEnabled(has_plan)
        f.roomBox.setEnabled(has_plan)
        # Enabled whenever something is selected: a refusal is explained, a grey button is not.
        for button in (f.removeDeskButton, f.assignButton, f.vacateButton):
            button.setEnabled(seat is not None)
        f.removeRoomButton.setEnabled(page.plan_view.selected_room_id is not None)
