"""Bring service events onto the GUI thread.

The event bus calls handlers in the publisher's thread. A Qt signal emitted from another
thread reaches slots of GUI objects through the event queue, so views can update widgets
safely whichever thread committed the change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from minwon_desk.services.events import CalendarChanged, EventBus, VisitChanged


class EventBridge(QObject):
    visit_changed = Signal(int, str)  # visit id, change ("checked_in" | "greeted" | "checked_out")
    calendar_changed = Signal()

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

    def _on_visit(self, event: VisitChanged) -> None:
        self.visit_changed.emit(event.visit_id, event.change)

    def _on_calendar(self, _event: CalendarChanged) -> None:
        self.calendar_changed.emit()

    def detach(self) -> None:
        """Stop listening; call before the bridge goes away (the bus outlives windows)."""
        if self._bus is not None:
            self._bus.unsubscribe(VisitChanged, self._on_visit)
            self._bus.unsubscribe(CalendarChanged, self._on_calendar)
            self._bus = None

    def __repr__(self) -> str:
        return f"EventBridge(attached={self._bus is not None})"
