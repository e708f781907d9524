"""Cases (민원): register one from any channel, hand it to its officer, and follow its
clocks to the answer.

Registration (the receipt number, the routing, the clocks started) lives in
``cases.opening``; the officer's moves — progress notes, a pause for missing material, an
extension, interim notices, the answer — in ``cases.progress``; the printed documents in
``cases.documents``. Here: reading cases and the lists, and the way the petitioner hears
changed after opening.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select

from minwon_desk.domain.case_clock import CaseStatus, parse_status
from minwon_desk.domain.cases import material_request_clock
from minwon_desk.domain.errors import NotFoundError, StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.notice_templates import NotifyChannel
from minwon_desk.domain.periods import due
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.services import access
from minwon_desk.services.cases import queries as q
from minwon_desk.services.cases.dto import CaseDetail, CaseRequest, CaseView
from minwon_desk.services.cases.interim import PreparedInterim, prepare
from minwon_desk.services.cases.opening import CaseOpening, notify_fields
from minwon_desk.services.cases.reminders import Reminder, reminders
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import CaseChange, CaseChanged
from minwon_desk.store.models import Case, CaseEvent


class CaseService(CaseOpening):
    def __repr__(self) -> str:
        return f"CaseService(charter={self._charter.id!r})"

    # --- reading ------------------------------------------------------------------------------

    def get(self, case_id: int) -> CaseView:
        with self._db.read() as session:
            return q.one(session.connection(), case_id)

    def id_of(self, number: str) -> int:
        with self._db.read() as session:
            return q.id_by_number(session.connection(), number)

    def detail(self, case_id: int) -> CaseDetail:
        from minwon_desk.services.cases.detail import read_detail

        with self._db.read() as session:
            found = read_detail(session, self._charter, case_id)
        return replace(found, material_due_at=self.material_deadline(found.view.received_at))

    def material_deadline(self, received_at: datetime) -> datetime:
        """By when missing material must be asked for (시행규칙 §9: 8 working hours)."""
        return due(to_seoul(received_at), material_request_clock(self._charter).period,
                   self._calendar.current())

    def prepare_interim(self, case_id: int) -> PreparedInterim:
        """The interim notice the app offers once one is owed (nothing written)."""
        return prepare(self._db, self.notices, self._calendar.current(), case_id, self._clock())

    def set_notify(self, actor: Actor, case_id: int, notify: str, email: str = "",
                   mobile: str = "") -> CaseDetail:
        """Change how the petitioner wants to hear (later notices follow it)."""
        fields = notify_fields(CaseRequest(case_type="", channel="", subject="", notify=notify,
                                            notify_email=email, notify_mobile=mobile))
        now = self._clock()
        with self._db.write(actor, Operation.CASE_WORK) as (session, _staff):
            case = session.scalars(select(Case).where(Case.id == case_id).with_for_update()).first()
            if case is None:
                raise NotFoundError(q.missing(case_id))
            access.check_holder(session, actor, Operation.CASE_WORK, case.officer_id, now,
                                what="민원")
            if case.state in q.CLOSED:
                raise StateError(translate(
                    "Cases", "처리를 마친 민원에는 더 보낼 알림이 없어 알림 방법을 바꿀 수 없습니다."))
            channel: NotifyChannel = fields["notify"]
            unchanged = (case.notify, case.notify_email, case.notify_mobile) == (
                channel.value, fields["notify_email"], fields["notify_mobile"])
            if unchanged:
                raise ValidationError("notify", translate(
                    "Cases", "알림 방법이 지금과 같습니다. 바뀐 것이 없어 기록하지 않았습니다."))
            before = NotifyChannel(case.notify).label_ko
            case.notify = channel.value
            case.notify_email = fields["notify_email"]
            case.notify_mobile = fields["notify_mobile"]
            # The history says how, not where: an address is personal data.
            session.add(CaseEvent(case_id=case.id, at=now, actor_id=actor.staff_id,
                                  kind="notify", note=f"{before} → {channel.label_ko}"))
            self._audit(session, actor, now, "case.notify", case.id,
                        {"notify": case.notify, "before": before},
                        announce=CaseChanged(case.id, CaseChange.CHANNEL, case.officer_id,
                                             origin=actor.origin))
        return self.detail(case_id)

    def cases(
        self,
        *,
        officer_id: int | None = None,
        department_id: int | None = None,
        status: CaseStatus | str | None = None,
        include_done: bool = True,
        limit: int | None = None,
    ) -> list[CaseView]:
        """Cases in clock order (overdue first, answered last), narrowed by officer,
        department (with the units under it) and state at this moment."""
        wanted = parse_status(status) if status is not None else None
        with self._db.read() as session:
            return q.listing(
                session.connection(), now=self._clock(), officer_id=officer_id,
                department_id=department_id, status=wanted, include_done=include_done,
                limit=limit,
            )

    def mine(self, officer_id: int) -> list[CaseView]:
        """An officer's open cases, least time left first."""
        return self.cases(officer_id=officer_id, include_done=False)

    def reminders(self, actor: Actor) -> list[Reminder]:
        """독촉 owed to ``actor`` now: their running cases at D-3, due today or overdue, and
        for a head the overdue cases of their department."""
        return reminders(self._db, actor, self._clock())

    def late(self) -> list[CaseView]:
        """Open cases past their deadline with no notice that moved it: the desk's flag
        (and the compensation review's evidence)."""
        with self._db.read() as session:
            return q.late_open(session.connection(), self._clock())
