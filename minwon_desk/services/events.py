"""Small typed change events: a service announces *what changed* after it commits.

Views subscribe to the event types they care about and refresh only that. The bus is
plain Python (no Qt); the UI bridges it onto the GUI thread.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar


@dataclass(frozen=True, slots=True)
class Event:
    """Base of every change event."""


@dataclass(frozen=True, slots=True)
class VisitChanged(Event):
    """A visit was checked in, greeted or checked out."""

    visit_id: int
    change: str  # "checked_in" | "greeted" | "checked_out"


@dataclass(frozen=True, slots=True)
class CalendarChanged(Event):
    """An administrator added or removed a non-working day."""


@dataclass(frozen=True, slots=True)
class StaffChanged(Event):
    """Staff or departments were added, edited, imported or given a photo.
    ``staff_ids`` empty means "many or all" (an import)."""

    staff_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class AbsenceChanged(Event):
    """An absence was added, changed or cancelled (or many, by an import)."""

    staff_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class OfficeChanged(Event):
    """A floor plan changed: a room or a desk was added, moved or (re)assigned."""

    office_id: int


@dataclass(frozen=True, slots=True)
class MemoChanged(Event):
    """A memo was taken, attempted, transferred or closed. ``holder_id`` is who holds it
    now (the desk notifies that officer when a memo lands for them)."""

    memo_id: int
    change: str  # "taken" | "attempt" | "transfer" | "reassign" | "closed"
    holder_id: int


@dataclass(frozen=True, slots=True)
class CaseChanged(Event):
    """A case was registered, assigned, paused, resumed, extended, noticed or answered.
    ``officer_id`` is who handles it now (None: not yet assigned)."""

    case_id: int
    change: str
    officer_id: int | None


@dataclass(frozen=True, slots=True)
class CompensationChanged(Event):
    """A compensation event was approved or rejected, a voucher voided or printed, or
    the budget set. ``event_key`` names the event ("" when not about one); ``voucher_id``
    the voucher concerned, if any."""

    event_key: str
    change: str  # "approved" | "rejected" | "voided" | "printed" | "budget"
    voucher_id: int | None


@dataclass(frozen=True, slots=True)
class CorrectiveChanged(Event):
    """A corrective action was recorded (or its result notice issued)."""

    action_id: int
    staff_id: int


@dataclass(frozen=True, slots=True)
class SurveyChanged(Event):
    """A year's items or responses changed."""

    year: int


E = TypeVar("E", bound=Event)


class EventBus:
    """Publish/subscribe by event type. Handlers run in the publisher's thread."""

    def __init__(self) -> None:
        self._handlers: dict[type[Event], list[Callable[[Any], None]]] = defaultdict(list)
        self._lock = threading.Lock()

    def subscribe(self, event_type: type[E], handler: Callable[[E], None]) -> None:
        with self._lock:
            self._handlers[event_type].append(handler)

    def unsubscribe(self, event_type: type[E], handler: Callable[[E], None]) -> None:
        with self._lock:
            if handler in self._handlers[event_type]:
                self._handlers[event_type].remove(handler)

    def publish(self, event: Event) -> None:
        with self._lock:
            handlers = [
                h for t, hs in self._handlers.items() if isinstance(event, t) for h in hs
            ]
        for handler in handlers:
            handler(event)

    def __repr__(self) -> str:
        counts = {t.__name__: len(h) for t, h in self._handlers.items() if h}
        return f"EventBus({counts})"
