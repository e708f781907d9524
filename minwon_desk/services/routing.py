"""Who gets work meant for an officer at a moment, and why: a memo taken or passed on, a
case registered or assigned.

The officer when they are in; whoever acts for them when they are away or have left (the
deputy chain of ``domain.deputy``, then the department head); nobody when nobody can act,
and then the caller says what happens to the work. The explanation names the people;
it is kept with the work's history, so it is in Korean, while a refusal is said in the
desk's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.deputy import Outcome
from minwon_desk.domain.errors import NotFoundError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.particles import attach
from minwon_desk.domain.routing_rule import WorkRoute
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.domain.working_clock import due_moment_ko
from minwon_desk.services.dto import DirectoryEntry
from minwon_desk.services.orgchart import staff_label


class _Snapshot(Protocol):
    def entry(self, staff_id: int) -> DirectoryEntry: ...

    def work_route(
        self, staff_id: int, at: datetime, point: datetime | None, calendar: WorkingCalendar
    ) -> WorkRoute: ...

    def until_text(self, until: datetime, at: datetime) -> str: ...


class Directory(Protocol):
    """What routing reads of the staff directory (``DirectoryService``): described here,
    so that the shared core does not import the directory feature."""

    def snapshot(self, since: datetime | None = None) -> _Snapshot: ...


@dataclass(frozen=True, slots=True)
class Routing:
    """Who gets work meant for an officer, and why. ``holder`` None: nobody can act, and
    the person who took it in keeps it (or, for a case, nobody is assigned). ``kept``: the
    officer is away but back in time, so the work waits for them (``note`` says until
    when, and who to call meanwhile)."""

    holder: DirectoryEntry | None
    note: str
    kept: bool = False


@dataclass(frozen=True, slots=True)
class Deadline:
    """The moment that matters for the work and its name in a sentence ("회신 경고 시각")."""

    at: datetime
    words: str


def route(
    directory: Directory,
    staff_id: int | None,
    at: datetime,
    *,
    field: str,
    nobody: str,
    calendar: WorkingCalendar,
    deadline: Deadline | None = None,
) -> Routing:
    """Where work for ``staff_id`` goes at ``at``. ``field`` names the form field that
    chose the person ("to_staff", for handing work on, also refuses someone who has left);
    ``nobody`` says what happens when nobody can act. An officer away now keeps the work
    when back by ``deadline`` (``domain.routing_rule``); without one, the chain at ``at``
    decides."""
    if staff_id is None:
        return Routing(None, "")
    snap = directory.snapshot(since=at)
    try:
        officer = snap.entry(staff_id)
    except NotFoundError:
        raise ValidationError(field, translate(
            "Routing", "고른 직원을 직원 명부에서 찾을 수 없습니다. 직원을 다시 골라 주세요."
        )) from None
    if field == "to_staff" and not officer.active:
        raise ValidationError(field, translate(
            "Routing", "{name} 님은 지금 근무하지 않는 직원입니다. 다른 직원을 골라 주세요."
        ).format(name=officer.name))
    work = snap.work_route(staff_id, at, deadline.at if deadline else None, calendar)
    if work.present:
        return Routing(officer, "")
    who = staff_label(officer.name, officer.position)
    if work.kept:
        assert work.back is not None
        return Routing(officer, _kept_note(snap, work, who, at), kept=True)
    if work.holder_id is None:
        return Routing(None, f"{work.chain.message} {nobody}")
    holder = snap.entry(work.holder_id)
    late = ""
    if deadline is not None and work.back is not None:  # away, not gone
        late = f"{deadline.words}({_moment(deadline.at, at)}) 전에 돌아오지 않아 "
    if work.chain.message:  # a longer chain, or the head: the directory explains it
        note = f"{late}{work.chain.message}".strip()
    else:
        status = work.now.absence.kind.value if work.now.absence else "부재"
        until = f"({snap.until_text(work.now.until, at)})" if work.now.until else ""
        note = (
            f"{who} {status} 중{until} — {late}"
            f"업무대행 {staff_label(holder.name, holder.position)}에게 보냅니다."
        )
    if work.holder_back is not None and work.now.acting_id != work.holder_id:
        note += " " + _meanwhile(snap, work, holder, at)
    return Routing(holder, note)


def _moment(when: datetime, at: datetime) -> str:
    """"16:30" the same day, else "내일 09:00", "7/6(월) 09:00"."""
    if to_seoul(when).date() == to_seoul(at).date():
        return f"{to_seoul(when):%H:%M}"
    return due_moment_ko(when, at)


def _contact(snap: _Snapshot, work: WorkRoute) -> str:
    """Who to call until then: whoever acts for the officer at the moment."""
    now = work.now
    if now.acting_id is None:
        return "그때까지는 안내 데스크에서 용건을 받아 둡니다."
    acting = snap.entry(now.acting_id)
    role = "업무대행" if now.outcome is Outcome.DEPUTY else "부서장"
    return f"그때까지 연락은 {role} {staff_label(acting.name, acting.position)}에게 하세요."


def _kept_note(snap: _Snapshot, work: WorkRoute, who: str, at: datetime) -> str:
    assert work.back is not None
    status = work.now.absence.kind.value if work.now.absence else "부재"
    return (
        f"{attach(who, '이')} {status} 중이며 {_moment(work.back, at)}에 돌아옵니다 — "
        f"담당자에게 그대로 둡니다. {_contact(snap, work)}"
    )


def _meanwhile(snap: _Snapshot, work: WorkRoute, holder: DirectoryEntry, at: datetime) -> str:
    """For a deputy who is out for a moment but back in time."""
    assert work.holder_back is not None
    label = staff_label(holder.name, holder.position)
    return (
        f"{attach(label, '은')} 자리에 없지만 {_moment(work.holder_back, at)}에 "
        f"돌아옵니다. {_contact(snap, work)}"
    )
