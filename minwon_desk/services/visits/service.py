"""The visit desk: check a visitor in (perhaps again, after a staff error), start
listening (greet), check out, and the visitor's optional one-tap rating."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.charter import Charter
from minwon_desk.domain.compensation import check_score
from minwon_desk.domain.contact import normalize_phone
from minwon_desk.domain.errors import NotFoundError, StateError, StorageError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.recorded_at import check_recorded_at
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import Clock, to_seoul
from minwon_desk.domain.visits import (
    UNRECORDED,
    check_corrected_checkout,
    day_start,
    validate_check_in,
    validate_repeat,
)
from minwon_desk.services import access, audit
from minwon_desk.services._tx import Database
from minwon_desk.services.calendar import CalendarService
from minwon_desk.services.clocked import ClockedService
from minwon_desk.services.dto import Actor, CheckInRequest, VisitView
from minwon_desk.services.events import VisitChange, VisitChanged
from minwon_desk.services.visits import check_in, day_end
from minwon_desk.services.visits.views import locked_visit, visit_view
from minwon_desk.store.models import Staff, Visit

log = logging.getLogger(__name__)

GREETING = "greeting"


class VisitService(ClockedService):
    _entity = "visit"

    def __init__(
        self,
        db: Database,
        clock: Clock,
        charter: Charter,
        calendar: CalendarService,
        *,
        desk: str = "",
    ) -> None:
        super().__init__(db, clock, charter, calendar)
        self._desk = desk  # named in the audit rows of visits closed at the day's end

    # --- writes ------------------------------------------------------------------------

    def check_in(self, actor: Actor, req: CheckInRequest) -> VisitView:
        fields = validate_check_in(req.visitor_name, req.phone, req.purpose)
        repeat = None
        if req.repeat_of_id is not None or req.repeat_staff_error or req.repeat_note:
            repeat = validate_repeat(req.repeat_of_id, req.repeat_staff_error, req.repeat_note)
        now = self._clock()
        # A check-in kept while the server was away: the visitor has waited since then.
        arrived = now if req.at is None else check_recorded_at(
            req.at, now, field="at", what=translate("Visits", "접수한 시각"))
        due_at, warn_at = self.greeting_deadline(arrived)
        # The desk's busiest write (module check_in): prebuilt Core statements, one lookup
        # for the actor and the officer together, the view built from what was written.
        with self._db.transaction() as session:
            conn = session.connection()
            people = check_in.people(conn, actor, req.officer_id)
            me = check_in.check_actor(actor, people.get(actor.staff_id))
            access.check(actor, access.roles_of(actor, me), Operation.VISIT_CHECK_IN)
            officer = None
            if req.officer_id is not None:
                officer = check_in.check_officer(people.get(req.officer_id))
            row: dict[str, Any] = {
                "desk": actor.desk,
                "visitor_name": fields.visitor_name,
                "visitor_phone": fields.phone,
                "purpose": fields.purpose,
                "officer_id": req.officer_id,
                "checked_in_at": arrived,
                "checked_in_by_id": actor.staff_id,
                "greeting_due_at": due_at,
                "greeting_warn_at": warn_at,
            }
            detail: dict[str, audit.JsonValue] = {"officer_id": req.officer_id}
            if repeat is not None:
                # Only a repeat pays for the extra lookup; a plain check-in stays one insert.
                check_in.check_earlier(conn, repeat, arrived)
                row.update(
                    repeat_of_id=repeat.repeat_of_id,
                    repeat_staff_error=repeat.staff_error,
                    repeat_note=repeat.note,
                )
                detail["repeat_of_id"] = repeat.repeat_of_id
                detail["repeat_staff_error"] = repeat.staff_error
            visit_id = check_in.insert_visit(conn, row)
            if due_at is not None:
                detail["greeting_due_at"] = due_at.isoformat()
            if req.at is not None:
                detail["arrived_at"] = arrived.isoformat()
            self._audit(session, actor, now, "visit.check_in", visit_id, detail,
                        announce=VisitChanged(visit_id, VisitChange.CHECKED_IN,
                                              origin=actor.origin))
        return check_in.written_view(
            visit_id, actor, fields, req.officer_id, officer, arrived, due_at, warn_at, repeat)

    def greet(self, actor: Actor, visit_id: int, *, by_officer: bool = False) -> VisitView:
        """Someone started listening to the visitor: the greeting clock stops.

        ``by_officer``: the officer the visitor came to see began listening (the desk
        records it for them); otherwise the one acting began listening on their behalf.
        The charter's promise is about the officer, so the record says who it was."""

        def greet(visit: Visit, staff: Staff, now: datetime) -> dict[str, audit.JsonValue]:
            if visit.checked_out_at is not None or visit.checkout_unrecorded:
                raise StateError(translate(
                    "Visits",
                    "이미 나간 방문객입니다. 응대 시작을 기록할 수 없습니다.",
                ))
            if visit.greeted_at is not None:
                who = visit.greeted_by.name if visit.greeted_by else translate(
                    "Visits",
                    "다른 직원",
                )
                at = to_seoul(visit.greeted_at)
                raise StateError(translate(
                    "Visits",
                    "이미 {at:%H:%M}에 {who} 님이 응대를 시작한 방문객입니다.",
                ).format(at=at, who=who))
            visit.greeted_at = now
            listener = visit.officer if by_officer and visit.officer is not None else staff
            visit.greeted_by = listener
            waited = int((now - visit.checked_in_at).total_seconds())
            late = visit.greeting_due_at is not None and now > visit.greeting_due_at
            return {"waited_seconds": waited, "late": late, "listener": listener.name,
                    "recorded_by": staff.name}

        return self._change(actor, visit_id, "visit.greet", VisitChange.GREETED, greet)

    def check_out(self, actor: Actor, visit_id: int) -> VisitView:
        """The visitor leaves the board, greeted or not (some just leave)."""

        def check_out(visit: Visit, staff: Staff, now: datetime) -> dict[str, audit.JsonValue]:
            if visit.checked_out_at is not None:
                at = to_seoul(visit.checked_out_at)
                raise StateError(translate(
                    "Visits",
                    "이미 {at:%H:%M}에 나간 것으로 기록된 방문객입니다.",
                ).format(at=at))
            if visit.checkout_unrecorded:
                raise StateError(
                    translate(
                        "Visits",
                        "지난 방문으로 '{unrecorded}'(으)로 닫혔습니다. 실제 퇴실 시각은 "
                        "감독이나 부서장이 정정할 수 있습니다.",
                    ).format(unrecorded=UNRECORDED)
                )
            visit.checked_out_at = now
            visit.checked_out_by_id = staff.id
            return {"greeted": visit.greeted_at is not None}

        return self._change(actor, visit_id, "visit.check_out", VisitChange.CHECKED_OUT, check_out)

    def rate(self, actor: Actor, visit_id: int, score: int) -> VisitView:
        """The visitor's one-tap rating (1–5) after check-out. Rating again replaces the
        score (the visitor changed their mind); both are in the audit trail."""
        score = check_score(score, field="rating")

        def rate(visit: Visit, _staff: Staff, _now: datetime) -> dict[str, audit.JsonValue]:
            if visit.checked_out_at is None:
                raise StateError(
                    translate(
                        "Visits",
                        "아직 퇴실하지 않은 방문객입니다. 만족도는 퇴실한 뒤에 남길 수 "
                        "있습니다.",
                    )
                )
            previous, visit.rating = visit.rating, score
            return {"score": score, "previous": previous}

        return self._change(actor, visit_id, "visit.rate", VisitChange.RATED, rate)

    def correct_checkout(self, actor: Actor, visit_id: int, at: datetime) -> VisitView:
        """A supervisor enters the real check-out time of a visit closed as 퇴실 미기록
        (from the visitor's sign-out sheet, a colleague's memory). Audited with the time;
        the visit then counts as checked out at that moment."""
        now = self._clock()
        with self._db.write(actor, Operation.VISIT_CORRECT) as (session, staff):
            # Nobody may have read the board since the visit's day ended.
            day_end.close_left_open(session, day_start(now), now, self._desk)
            visit = locked_visit(session, visit_id)
            if not visit.checkout_unrecorded:
                raise StateError(
                    translate(
                        "Visits",
                        "방문 기록(번호 {visit_id})은 '{unrecorded}' 방문이 아닙니다. 퇴실 "
                        "시각을 정정할 수 없습니다.",
                    ).format(visit_id=visit_id, unrecorded=UNRECORDED)
                )
            at = check_corrected_checkout(at, checked_in_at=visit.checked_in_at,
                                          greeted_at=visit.greeted_at, now=now)
            visit.checked_out_at = at
            visit.checked_out_by_id = staff.id
            visit.checkout_unrecorded = False
            self._audit(session, actor, now, "visit.checkout_corrected", visit.id,
                        {"checked_out_at": to_seoul(at).isoformat(),
                         "greeted": visit.greeted_at is not None},
                        announce=VisitChanged(visit.id, VisitChange.CHECKOUT_CORRECTED,
                                              origin=actor.origin))
            view = visit_view(visit)
        return view

    def close_left_open(self) -> int:
        """Close as 퇴실 미기록 every visit checked in before today and still open; how
        many this call closed. A read when there is nothing to close (the usual case)."""
        now = self._clock()
        before = day_start(now)
        with self._db.read() as session:
            if not day_end.any_left_open(session.connection(), before):
                return 0
        with self._db.transaction() as session:
            return len(day_end.close_left_open(session, before, now, self._desk))

    def _change(
        self,
        actor: Actor,
        visit_id: int,
        action: str,
        change: VisitChange,
        apply: Callable[[Visit, Staff, datetime], dict[str, audit.JsonValue]],
    ) -> VisitView:
        """One visit locked, changed by ``apply`` (which returns the audit detail), audited,
        committed and announced."""
        now = self._clock()
        with self._db.write(actor, Operation.VISIT_ATTEND) as (session, staff):
            visit = locked_visit(session, visit_id)
            detail = apply(visit, staff, now)
            self._audit(session, actor, now, action, visit.id, detail,
                        announce=VisitChanged(visit.id, change, origin=actor.origin))
            view = visit_view(visit)
        return view

    # --- reads -------------------------------------------------------------------------

    def earlier_visits(self, name: str, phone: str, *, limit: int = 20) -> list[VisitView]:
        """Visits before now by someone with this name or this phone, newest first: the
        choices for "this visit repeats an earlier one". Empty when neither is given."""
        name = name.strip()
        try:
            phone = normalize_phone(phone)
        except ValidationError:
            phone = ""  # half-typed: match on the name alone
        conditions = []
        if name:
            conditions.append(Visit.visitor_name == name)
        if phone:
            conditions.append(Visit.visitor_phone == phone)
        if not conditions or limit <= 0:
            return []
        query = (
            select(Visit)
            .where(or_(*conditions), Visit.checked_in_at < self._clock())
            .order_by(Visit.checked_in_at.desc(), Visit.id.desc())
            .limit(limit)
            .options(selectinload(Visit.officer), selectinload(Visit.greeted_by))
        )
        with self._db.read() as session:
            return [visit_view(v) for v in session.scalars(query)]

    def list_waiting(self) -> list[VisitView]:
        """Today's visitors not checked out, oldest check-in first. Visits left open on an
        earlier day are closed as 퇴실 미기록 first (they are on no board)."""
        try:
            self.close_left_open()
        except StorageError as exc:
            # Another desk holds the write lock: the board is read anyway (it shows today
            # only), and the next read closes them.
            log.warning("visits left open not closed yet: %s", exc.message)
        query = (
            select(Visit)
            .where(Visit.checked_out_at.is_(None), Visit.checkout_unrecorded.is_(False),
                   Visit.checked_in_at >= day_start(self._clock()))
            .order_by(Visit.checked_in_at, Visit.id)
            .options(selectinload(Visit.officer), selectinload(Visit.greeted_by))
        )
        with self._db.read() as session:
            return [visit_view(v) for v in session.scalars(query)]

    def unrecorded(self, actor: Actor, *, limit: int = 500) -> list[VisitView]:
        """Visits closed as 퇴실 미기록 and not yet corrected, newest first: what a
        supervisor checks and corrects."""
        self.close_left_open()
        query = (
            select(Visit)
            .where(Visit.checkout_unrecorded.is_(True))
            .order_by(Visit.checked_in_at.desc(), Visit.id.desc())
            .limit(limit)
            .options(selectinload(Visit.officer), selectinload(Visit.greeted_by))
        )
        with self._db.read_as(actor, Operation.VISIT_CORRECT) as session:
            return [visit_view(v) for v in session.scalars(query)]

    def get(self, visit_id: int) -> VisitView:
        with self._db.read() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFoundError(translate(
                    "Visits",
                    "방문 기록(번호 {visit_id})을 찾을 수 없습니다.",
                ).format(visit_id=visit_id))
            return visit_view(visit)

    def greeting_deadline(
        self, start: datetime, calendar: WorkingCalendar | None = None
    ) -> tuple[datetime | None, datetime | None]:
        """(due, warn) of the greeting clock for a visitor checked in at ``start``;
        (None, None) when the charter sets no figure. Pass ``calendar`` when calling from
        inside a transaction: fetching it would open a second one."""
        return self._deadline(GREETING, start, calendar)
