"""The reminders owed to whoever is signed in: their own running cases near or past the
deadline (and the ones they hold as deputy), and, for a head, the overdue cases of their
department and the units under it; and their open cases that owe the petitioner a progress
notice. Read every minute by the open window; nothing is
written (a reminder is a notice on that desk, not a record)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from minwon_desk.domain.reminders import AHEAD_DAYS, ReminderStage, reminder_stage
from minwon_desk.domain.roles import Operation, Role
from minwon_desk.services import access
from minwon_desk.services._tx import Database
from minwon_desk.services.cases import queries as q
from minwon_desk.services.cases.dto import CaseView
from minwon_desk.services.dto import Actor
from minwon_desk.services.orgchart import units_under
from minwon_desk.services.tables import CASE, DEPARTMENT, STAFF


@dataclass(frozen=True, slots=True)
class Reminder:
    case: CaseView
    stage: ReminderStage
    as_head: bool  # told as the handler's head, not as the handler

    @property
    def key(self) -> tuple[int, str]:
        """Once per case and stage (and per role it is told in); a progress notice once
        each time one falls due."""
        if self.stage is ReminderStage.INTERIM:
            owed = self.case.interim_due_at
            return self.case.id, f"{self.stage.value}-{owed.isoformat() if owed else ''}"
        return self.case.id, f"{self.stage.value}{'-head' if self.as_head else ''}"


def reminders(db: Database, actor: Actor, now: datetime) -> list[Reminder]:
    horizon = now + timedelta(days=AHEAD_DAYS + 1)
    found: list[Reminder] = []
    with db.read_as(actor, Operation.RECORDS_READ) as session:
        conn = session.connection()
        roles = access.session_roles(session)
        running = q.VIEW.where(CASE.c.state == q.OPEN, CASE.c.due_at < horizon)
        mine = [q.view(r) for r in conn.execute(running.where(CASE.c.officer_id == actor.staff_id))]
        for case in mine:
            stage = reminder_stage(now, case.due_at)
            if stage is not None:
                found.append(Reminder(case, stage, as_head=False))
        owed = q.VIEW.where(CASE.c.state.in_((q.OPEN, q.PAUSED)),
                            CASE.c.officer_id == actor.staff_id,
                            CASE.c.interim_due_at <= now)
        found += [Reminder(q.view(r), ReminderStage.INTERIM, as_head=False)
                  for r in conn.execute(owed)]
        if Role.HEAD in roles:
            # Their own unit, and any unit the roster names them head of, with the units under.
            heads = set(conn.execute(
                select(STAFF.c.department_id).where(STAFF.c.id == actor.staff_id)).scalars())
            heads |= set(conn.execute(
                select(DEPARTMENT.c.id).where(DEPARTMENT.c.head_id == actor.staff_id)).scalars())
            units = {u for d in heads if d is not None for u in units_under(conn, d)}
            if units:
                late = running.where(CASE.c.due_at <= now, CASE.c.department_id.in_(units),
                                     CASE.c.officer_id != actor.staff_id)
                found += [Reminder(q.view(r), ReminderStage.OVERDUE, as_head=True)
                          for r in conn.execute(late)]
    return found
