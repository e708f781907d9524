"""The one way service events reach the screens: typed, on the GUI thread.

    bridge.subscribe(MemoChanged, self._on_memo_changed, owner=self, skip_from=self.initiator)

The event bus calls its handlers in the publisher's thread. The bridge listens to every
event on the bus and re-emits it through one queued signal of this GUI-thread object, so a
slot always runs on the GUI thread, whichever thread committed the change (published on
the GUI thread, it is delivered at once, as a direct call).

A subscription belongs to an ``owner`` (a page, a model): when the owner is destroyed its
subscriptions go with it. ``skip_from`` names the owner's initiator (see
:func:`initiator_of`): an event whose origin has that initiator is the echo of the owner's
own change, already shown, and is not delivered to it. A slot that raises is reported
and the other subscribers still hear of the event.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from minwon_desk.services.dto import Actor
from minwon_desk.services.events import Event, EventBus

E = TypeVar("E", bound=Event)
ActorSource = Callable[[], Actor | None]


def initiator_of(owner: object) -> str:
    """A name for ``owner`` that events it started carry in their origin."""
    return f"{type(owner).__name__}@{id(owner):x}"


def acting_through(actor: ActorSource, initiator: str) -> ActorSource:
    """``actor``, with every actor it gives marked as acting through ``initiator``: the
    services then stamp the events of those calls with it."""

    def stamped() -> Actor | None:
        person = actor()
        return None if person is None else person.initiated_by(initiator)

    return stamped


@dataclass(slots=True)
class _Subscription:
    event_type: type[Event]
    slot: Callable[[Any], None]
    owner: QObject | None
    skip_from: str

    def wants(self, event: Event) -> bool:
        if not isinstance(event, self.event_type):
            return False
        if self.skip_from and event.origin.initiator == self.skip_from:
            return False
        return self.owner is None or shiboken6.isValid(self.owner)


class EventBridge(QObject):
    """Carries the bus's events to the GUI thread and hands each to its subscribers."""

    _arrived = Signal(object)  # an Event, from whichever thread published it

    def __init__(self, bus: EventBus | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus: EventBus | None = None
        self._subscriptions: list[_Subscription] = []
        self._arrived.connect(self._deliver)
        if bus is not None:
            self.attach(bus)

    def attach(self, bus: EventBus) -> None:
        """Start listening to ``bus`` (a window is built before its database is open)."""
        self.detach()
        self._bus = bus
        bus.subscribe(Event, self._on_event)

    def detach(self) -> None:
        """Stop listening; call before the bridge goes away (the bus outlives windows)."""
        if self._bus is not None:
            self._bus.unsubscribe(Event, self._on_event)
            self._bus = None

    def subscribe(
        self,
        event_type: type[E],
        slot: Callable[[E], None],
        *,
        owner: QObject | None = None,
        skip_from: str = "",
    ) -> None:
        """Call ``slot`` on the GUI thread for every ``event_type`` (and its subtypes)."""
        subscription = _Subscription(event_type, slot, owner, skip_from)
        self._subscriptions.append(subscription)
        if owner is not None:
            # The closure holds the subscription, not the owner, which is half gone then.
            owner.destroyed.connect(lambda *_: self._forget(subscription))

    def _forget(self, subscription: _Subscription) -> None:
        with contextlib.suppress(ValueError):
            self._subscriptions.remove(subscription)

    # In the publisher's thread. RuntimeError: the bridge is gone mid-publish; the service
    # that published must not fail for it.
    def _on_event(self, event: Event) -> None:
        with contextlib.suppress(RuntimeError):
            self._arrived.emit(event)

    @Slot(object)
    def _deliver(self, event: Event) -> None:
        for subscription in [s for s in self._subscriptions if s.wants(event)]:
            if not subscription.wants(event):
                continue  # an earlier slot closed this owner
            try:
                subscription.slot(event)
            except Exception:
                # Reported as any failing slot is (the app's hook, or the test that caught
                # it); the other views still hear of the change.
                sys.excepthook(*sys.exc_info())

    def __repr__(self) -> str:
        return (f"EventBridge(attached={self._bus is not None}, "
                f"subscriptions={len(self._subscriptions)})")
