"""Who gets work meant for an officer at a moment, and why: a memo taken or passed on, a
case registered or assigned.

The officer when they are in; whoever acts for them when they are away or have left (the
deputy chain of ``domain.deputy``, then the department head); nobody when nobody can act,
and then the caller says what happens to the work. The explanation names the people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from minwon_desk.domain.errors import NotFoundError, ValidationError
from minwon_desk.services.dto import DirectoryEntry, Presence
from minwon_desk.services.orgchart import staff_label


class _Snapshot(Protocol):
    def entry(self, staff_id: int) -> DirectoryEntry: ...

    def presence(self, staff_id: int, at: datetime) -> Presence: ...

    def until_text(self, until: datetime, at: datetime) -> str: ...


class Directory(Protocol):
    """What routing reads of the staff directory (``DirectoryService``): described here,
    so that the shared core does not import the directory feature."""

    def snapshot(self, since: datetime | None = None) -> _Snapshot: ...


@dataclass(frozen=True, slots=True)
class Routing:
    """Who gets work meant for an officer, and why. ``holder`` None: nobody can act, and
    the person who took it in keeps it (or, for a case, nobody is assigned)."""

    holder: DirectoryEntry | None
    note: str


def route(
    directory: Directory, staff_id: int | None, at: datetime, *, field: str, nobody: str
) -> Routing:
    """Where work for ``staff_id`` goes at ``at``. ``field`` names the form field that
    chose the person ("to_staff", for handing work on, also refuses someone who has left);
    ``nobody`` says what happens when nobody can act."""
    if staff_id is None:
        return Routing(None, "")
    snap = directory.snapshot(since=at)
    try:
        officer = snap.entry(staff_id)
    except NotFoundError:
        raise ValidationError(
            field, "고른 직원을 직원 명부에서 찾을 수 없습니다. 직원을 다시 골라 주세요."
        ) from None
    if field == "to_staff" and not officer.active:
        raise ValidationError(
            field, f"{officer.name} 님은 지금 근무하지 않는 직원입니다. 다른 직원을 골라 주세요."
        )
    presence = snap.presence(staff_id, at)
    if presence.present:
        return Routing(officer, "")
    acting = presence.acting
    if acting is None:
        return Routing(None, f"{presence.message} {nobody}")
    if presence.message:  # a longer chain, or the head: the directory explains it
        return Routing(acting, presence.message)
    until = ""
    if presence.until is not None:
        until = f" ({snap.until_text(presence.until, at)} {presence.status})"
    return Routing(
        acting,
        f"{presence.status} 중인 {staff_label(officer.name, officer.position)} 대신 "
        f"업무대행 {staff_label(acting.name, acting.position)}에게 전달합니다{until}.",
    )
