"""Typed change events: a service announces *what changed* after it commits.

One class per kind of record; where one kind changes in several ways a view tells apart
(a visit greeted or checked out, a memo taken or closed), the change is named by that
kind's enum, never by a free string, so what is published, documented and consumed
cannot drift apart. Every
event carries its :class:`~minwon_desk.services.dto.Origin` (the desk, and what on it
started the change), so the screen that made a change can skip its own echo.

The bus is plain Python (no Qt); the UI brings events onto the GUI thread through its one
bridge. A subscriber that fails is logged and skipped: the write it announces has been
committed, and its caller must not be told otherwise.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, TypeVar

from minwon_desk.services.dto import Origin

log = logging.getLogger(__name__)

NO_ORIGIN = Origin()


class VisitChange(StrEnum):
    CHECKED_IN = "checked_in"
    GREETED = "greeted"
    CHECKED_OUT = "checked_out"
    RATED = "rated"  # the visitor's 1–5 rating at check-out
    # Still open when its day ended: closed as "퇴실 미기록" (time unknown), off the board.
    LEFT_UNRECORDED = "left_unrecorded"
    CHECKOUT_CORRECTED = "checkout_corrected"  # a supervisor entered the real time


class MemoChange(StrEnum):
    TAKEN = "taken"
    ATTEMPT = "attempt"  # a callback tried; the memo stays open
    TRANSFER = "transfer"  # handed to a colleague with a note
    HANDOVER = "handover"  # a deputy gave it back to the officer it was meant for
    REASSIGN = "reassign"  # its holder left; it went to whoever acts for them
    CLOSED = "closed"
    NOTICE = "notice"  # a message to the caller confirmed, sent or failed


class CaseChange(StrEnum):
    REGISTERED = "registered"
    ASSIGNED = "assigned"
    NOTE = "note"  # a progress note
    PAUSED = "paused"
    RESUMED = "resumed"
    EXTENDED = "extended"
    INTERIM = "interim"  # an interim notice
    STAGE = "stage"  # a stage of a multi-stage clock met
    ANSWERED = "answered"
    TRANSFERRED = "transferred"  # sent to the agency it belongs to (이송)
    SITE_VISIT = "site_visit"  # a visit to the company planned, done or cancelled
    FINDING = "finding"  # the finding of a discourtesy complaint
    NOTICE = "notice"  # a notice to the petitioner confirmed, sent, failed or cancelled
    CHANNEL = "channel"  # how the petitioner wants to hear changed


class CompensationChange(StrEnum):
    APPROVED = "approved"
    REJECTED = "rejected"
    VOIDED = "voided"
    PRINTED = "printed"
    BUDGET = "budget"


class AccountChange(StrEnum):
    CREATED = "created"
    GRANTED = "granted"
    REVOKED = "revoked"
    PASSWORD = "password"  # changed by its owner, or reset by an administrator
    DISABLED = "disabled"
    ENABLED = "enabled"
    LOCKED = "locked"  # too many failed sign-ins
    UNLOCKED = "unlocked"
    TOKEN = "token"  # a service token created or revoked


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """Base of every change event. ``kind`` names it in the change feed and ``watch``."""

    kind: ClassVar[str] = ""
    origin: Origin = field(default=NO_ORIGIN, compare=False)


@dataclass(frozen=True, slots=True)
class VisitChanged(Event):
    kind: ClassVar[str] = "visit"

    visit_id: int
    change: VisitChange


# The directory's events are one fact each: whatever changed, a view reads the same
# records again.
@dataclass(frozen=True, slots=True)
class CalendarChanged(Event):
    """An administrator added or removed a non-working day."""

    kind: ClassVar[str] = "calendar"


@dataclass(frozen=True, slots=True)
class StaffChanged(Event):
    """The directory entries of these people changed (added, edited, given a photo, left).
    ``staff_ids`` empty means "many or all": an import, or a department changed."""

    kind: ClassVar[str] = "staff"

    staff_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class AbsenceChanged(Event):
    """These people's absences changed (added, changed, cancelled); empty: many, by an
    import."""

    kind: ClassVar[str] = "absence"

    staff_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class OfficeChanged(Event):
    """A floor plan changed: a room or a desk was added, moved or (re)assigned."""

    kind: ClassVar[str] = "office"

    office_id: int


@dataclass(frozen=True, slots=True)
class MemoChanged(Event):
    """``holder_id`` is who holds the memo now (the desk tells that officer when a memo
    lands for them)."""

    kind: ClassVar[str] = "memo"

    memo_id: int
    change: MemoChange
    holder_id: int


@dataclass(frozen=True, slots=True)
class CaseChanged(Event):
    """``officer_id`` is who handles the case now (None: not yet assigned)."""

    kind: ClassVar[str] = "case"

    case_id: int
    change: CaseChange
    officer_id: int | None


@dataclass(frozen=True, slots=True)
class CompensationChanged(Event):
    """``event_key`` names the compensation event ("" when not about one: a voided or
    printed voucher, the budget); ``voucher_id`` the voucher concerned, if any."""

    kind: ClassVar[str] = "compensation"

    event_key: str
    change: CompensationChange
    voucher_id: int | None


@dataclass(frozen=True, slots=True)
class CorrectiveChanged(Event):
    """A corrective action was recorded against ``staff_id``."""

    kind: ClassVar[str] = "corrective"

    action_id: int
    staff_id: int


@dataclass(frozen=True, slots=True)
class SurveyChanged(Event):
    """A year's survey changed: its items, or the paper forms typed in."""

    kind: ClassVar[str] = "survey"

    year: int


@dataclass(frozen=True, slots=True)
class AccountChanged(Event):
    """An account's roles or state changed (the desk signed in as it re-reads its roles;
    the administration page its list). ``account_id`` None: a service token."""

    kind: ClassVar[str] = "account"

    account_id: int | None
    change: AccountChange
    staff_id: int | None = None


E = TypeVar("E", bound=Event)


class EventBus:
    """Publish/subscribe by event type (a subscriber to a base type gets its subtypes).
    Handlers run in the publisher's thread, one after another; one that raises is logged
    and the others still run."""

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
            try:
                handler(event)
            except Exception:
                # The change is committed: a failing view must not undo the caller's
                # success, nor keep the other subscribers from hearing of it.
                log.exception("a subscriber to %s failed (%r)", type(event).__name__, handler)

    def __repr__(self) -> str:
        counts = {t.__name__: len(h) for t, h in self._handlers.items() if h}
        return f"EventBus({counts})"
