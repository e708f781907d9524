"""Bring service events onto the GUI thread.

The event bus calls handlers in the publisher's thread. A Qt signal emitted from another
thread reaches slots of GUI objects through the event queue, so views can update widgets
safely whichever thread committed the change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from minwon_desk.services.events import (
    AbsenceChanged,
    CalendarChanged,
    CaseChanged,
    EventBus,
    MemoChanged,
    OfficeChanged,
    StaffChanged,
    VisitChanged,
)


class EventBridge(QObject):
    visit_changed = Signal(int, str)  # visit id, change ("checked_in" | "greeted" | "checked_out")
    calendar_changed = Signal()
    staff_changed = Signal()  # staff or departments (the directory reloads)
    absence_changed = Signal()
    office_changed = Signal(int)  # office id
    memo_changed = Signal(int, str, int)  # memo id, change, id of whoever holds it now
    case_changed = Signal(int, str, object)  # case id, change, officer id now (None: unassigned)

    def __init__(self, bus: EventBus | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus: EventBus | None = None
        if bus is not None:
            self.attach(bus)

    def attach(self, bus: EventBus) -> None:
        """Start listening to ``bus`` (a window is built before its database is open)."""
        self.detach()
        self._bus = bus
        bus.subscribe(VisitChanged, self._on_visit)
        bus.subscribe(CalendarChanged, self._on_calendar)
        bus.subscribe(StaffChanged, self._on_staff)
        bus.subscribe(AbsenceChanged, self._on_absence)
        bus.subscribe(OfficeChanged, self._on_office)
        bus.subscribe(MemoChanged, self._on_memo)
        bus.subscribe(CaseChanged, self._on_case)

    def _on_visit(self, event: VisitChanged) -> None:
        self.visit_changed.emit(event.visit_id, event.change)

    def _on_calendar(self, _event: CalendarChanged) -> None:
        self.calendar_changed.emit()

    def _on_staff(self, _event: StaffChanged) -> None:
        self.staff_changed.emit()

    def _on_absence(self, _event: AbsenceChanged) -> None:
        self.absence_changed.emit()

    def _on_office(self, event: OfficeChanged) -> None:
        self.office_changed.emit(event.office_id)

    def _on_memo(self, event: MemoChanged) -> None:
        self.memo_changed.emit(event.memo_id, event.change, event.holder_id)

    def _on_case(self, event: CaseChanged) -> None:
        self.case_changed.emit(event.case_id, event.change, event.officer_id)

    def detach(self) -> None:
        """Stop listening; call before the bridge goes away (the bus outlives windows)."""
        if self._bus is not None:
            self._bus.unsubscribe(VisitChanged, self._on_visit)
            self._bus.unsubscribe(CalendarChanged, self._on_calendar)
            self._bus.unsubscribe(StaffChanged, self._on_staff)
            self._bus.unsubscribe(AbsenceChanged, self._on_absence)
            self._bus.unsubscribe(OfficeChanged, self._on_office)
            self._bus.unsubscribe(MemoChanged, self._on_memo)
            self._bus.unsubscribe(CaseChanged, self._on_case)
            self._bus = None

    def __repr__(self) -> str:
        return f"EventBridge(attached={self._bus is not None})"
