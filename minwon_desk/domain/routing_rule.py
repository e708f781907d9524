"""Whether work for an officer who is away waits for them or goes to whoever acts for them.

Work follows the person who will actually do it. An officer away now keeps a memo or a
case when they are back at work by the moment that matters for it — a phone memo's
warning point, a case's transfer deadline — and whoever acts for them now is shown as the
contact meanwhile. Away past that moment, the work goes where the deputy chain leads
(``domain.deputy``).

The rules:

1. "Back" is the first working moment after the run of absences covering now: an absence
   ending at 19:00 brings the officer back at the next morning's opening, one ending at
   the lunch break at 13:00. Back exactly at the moment that matters is in time.
2. The same test holds all along the chain: a deputy or a department head who is back in
   time counts as there. So a two-week leave whose deputy is in a meeting until 16:30
   sends the work to that deputy, not past them to the head.
3. Without a moment that matters (the charter sets no clock), the chain at the moment is
   followed as before: an officer away now does not keep the work.
4. An officer who is in now keeps the work; one who has left never does.

Cycles (mutual deputies both away) end at the department head as ``resolve`` says.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from minwon_desk.domain.absence import Absence
from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.deputy import Outcome, Person, Resolution, back_at, resolve


@dataclass(frozen=True, slots=True)
class WorkRoute:
    """Where work meant for ``officer_id`` goes at a moment.

    ``holder_id`` gets it (None: nobody can act). ``kept``: the officer is away now but
    back in time, so it stays with them. ``back`` is when the officer is at work again
    (None when in, or when they have left); ``holder_back`` the same for the holder. ``now``
    is who acts for the officer at the moment — the contact meanwhile when the work is
    kept; ``chain`` is how the holder was found (``now`` unless someone on it is back in
    time).
    """

    officer_id: int
    holder_id: int | None
    kept: bool
    back: datetime | None
    now: Resolution
    chain: Resolution
    holder_back: datetime | None = None  # the holder is away now, back at work then

    @property
    def present(self) -> bool:
        return self.now.outcome is Outcome.PRESENT


def back_at_work(
    absences: Sequence[Absence], at: datetime, calendar: WorkingCalendar
) -> datetime | None:
    """When someone away at ``at`` is at work again: the end of their run of absences, or
    the next working moment after it. None when nothing covers ``at``."""
    end = back_at(absences, at)
    return None if end is None else calendar.next_working_moment(end)


def route_work(
    officer_id: int,
    at: datetime,
    point: datetime | None,
    *,
    people: Mapping[int, Person],
    absences: Mapping[int, Sequence[Absence]],
    heads: Mapping[int, int | None],
    calendar: WorkingCalendar,
) -> WorkRoute:
    """Who gets work for ``officer_id`` taken at ``at`` whose clock matters at ``point``
    (see the module docstring). Raises NotFoundError when the officer is not in ``people``."""
    now = resolve(officer_id, at, people=people, absences=absences, heads=heads)
    officer = people[officer_id]
    back = None
    if officer.active and now.outcome is not Outcome.PRESENT:
        back = back_at_work(absences.get(officer_id, ()), at, calendar)
    if now.outcome is Outcome.PRESENT:
        return WorkRoute(officer_id, officer_id, False, None, now, now)
    if point is None:
        return WorkRoute(officer_id, now.acting_id, False, back, now, now)
    in_time = _back_in_time(absences, at, point, calendar)
    chain = resolve(officer_id, at, people=people, absences=in_time, heads=heads)
    kept = chain.outcome is Outcome.PRESENT
    holder = chain.acting_id
    holder_back = None
    if holder is not None:
        holder_back = back_at_work(absences.get(holder, ()), at, calendar)
    return WorkRoute(officer_id, holder, kept, back, now, chain, holder_back)


def _back_in_time(
    absences: Mapping[int, Sequence[Absence]],
    at: datetime,
    point: datetime,
    calendar: WorkingCalendar,
) -> dict[int, Sequence[Absence]]:
    """The absences with everyone back at work by ``point`` taken as there at ``at``."""
    kept: dict[int, Sequence[Absence]] = {}
    for staff_id, own in absences.items():
        back = back_at_work(own, at, calendar)
        if back is not None and back <= point:
            kept[staff_id] = [a for a in own if not a.covers(at)]
        else:
            kept[staff_id] = own
    return kept
