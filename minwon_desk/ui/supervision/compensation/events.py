"""The change events the compensation page listens to, brought onto the GUI thread.

A repeat visit checked in, a case past its deadline or a discourtesy finding makes a new
candidate; another desk's approval takes one away; a voucher voided or printed changes
the ledger; a corrective action joins the month's list. The bus calls handlers in the
publisher's thread; a signal of this GUI-thread object reaches its slots through the
event queue (as ``EventBridge`` does for the other pages).
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QObject, Signal

from minwon_desk.services.events import (
    CaseChanged,
    CompensationChanged,
    CorrectiveChanged,
    Event,
    EventBus,
    VisitChanged,
)


class CompensationEvents(QObject):
    candidates_changed = Signal()  # a visit or a case changed: candidates may come or go
    compensation_changed = Signal(str)  # change: approved | rejected | voided | printed | budget
    corrective_changed = Signal(int)  # action id

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus: EventBus | None = None
        self._handlers: list[tuple[type[Event], Any]] = [
            (VisitChanged, self._on_visit_or_case),
            (CaseChanged, self._on_visit_or_case),
            (CompensationChanged, self._on_compensation),
            (CorrectiveChanged, self._on_corrective),
        ]
        # The bus outlives the page: stop listening when this object goes. The slot holds
        # the bus and the handlers, not this object, which is half gone by then.
        holder: list[EventBus] = []
        handlers = self._handlers
        self._holder = holder
        self.destroyed.connect(lambda *_: _unsubscribe(holder, handlers))

    def attach(self, bus: EventBus) -> None:
        self.detach()
        self._bus = bus
        self._holder.append(bus)
        for kind, handler in self._handlers:
            bus.subscribe(kind, handler)

    def detach(self) -> None:
        _unsubscribe(self._holder, self._handlers)
        self._bus = None

    # In the publisher's thread. RuntimeError: the page is gone mid-publish; the service
    # that published must not fail for it.
    def _on_visit_or_case(self, _event: VisitChanged | CaseChanged) -> None:
        with contextlib.suppress(RuntimeError):
            self.candidates_changed.emit()

    def _on_compensation(self, event: CompensationChanged) -> None:
        with contextlib.suppress(RuntimeError):
            self.compensation_changed.emit(event.change)

    def _on_corrective(self, event: CorrectiveChanged) -> None:
        with contextlib.suppress(RuntimeError):
            self.corrective_changed.emit(event.action_id)

    def __repr__(self) -> str:
        return f"CompensationEvents(attached={self._bus is not None})"


def _unsubscribe(holder: list[EventBus], handlers: list[tuple[type[Event], Any]]) -> None:
    while holder:
        bus = holder.pop()
        for kind, handler in handlers:
            bus.unsubscribe(kind, handler)
