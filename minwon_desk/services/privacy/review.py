"""The monthly review of the access log (접속기록 점검) for the privacy officer: the month's
figures (domain.access_review says what counts as after hours, bulk and heavy), and the
record that the review was done.

    review = backend.access_review.month(actor, date(2026, 11, 1))
    backend.access_review.record(actor, date(2026, 11, 1), finding="이상 없음")
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from minwon_desk.domain import access_review as rules
from minwon_desk.domain.access_review_report import (
    AccessLine,
    AccessReview,
    AccountEvent,
    AccountUse,
    HeavyViewer,
    Person,
    ReviewNudge,
    ReviewRecord,
)
from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.roles import ROLE_TITLES, Operation, roles_from_text
from minwon_desk.domain.timeutil import Clock, format_month, to_seoul
from minwon_desk.services import audit
from minwon_desk.services._tx import Database, require_actor
from minwon_desk.services.calendar import CalendarService
from minwon_desk.services.dto import Actor
from minwon_desk.store.models import (
    AccessLog,
    Account,
    AccountGrant,
    AuditEntry,
    Department,
    Staff,
)
from minwon_desk.store.models import (
    AccessReview as ReviewRow,
)

_OP = Operation.PRIVACY_REVIEW
MAX_FINDING = 2000
_FAILED = {"account.sign_in_failed": QT_TRANSLATE_NOOP("AccessReview", "로그인 실패"),
           "account.unlock_screen_failed": QT_TRANSLATE_NOOP("AccessReview", "잠금 해제 실패")}
_ROLE_ACTIONS = {"created": QT_TRANSLATE_NOOP("AccessReview", "계정 생성"),
                 "granted": QT_TRANSLATE_NOOP("AccessReview", "권한 부여"),
                 "revoked": QT_TRANSLATE_NOOP("AccessReview", "권한 회수"),
                 "disabled": QT_TRANSLATE_NOOP("AccessReview", "사용 중지"),
                 "enabled": QT_TRANSLATE_NOOP("AccessReview", "사용 재개")}
_NOBODY = Person("", "", "")


class AccessReviewService:
    def __init__(self, db: Database, clock: Clock, calendar: CalendarService, agency: str = "") -> None:
        self._db = db
        self._clock = clock
        self._calendar = calendar
        self._agency = agency

    def __repr__(self) -> str:
        return "AccessReviewService()"

    # --- the month's figures ----------------------------------------------------------

    def month(self, actor: Actor, month: date) -> AccessReview:
        """The review of ``month`` (refused for a month still to come)."""
        now = self._clock()
        month = _checked(month, now)
        start, end = rules.month_bounds(month)
        calendar = self._calendar.current()
        with self._db.read() as session:
            require_actor(session, actor, _OP)
            people = _people(session)
            groups = _peer_groups(session)
            uses, after, bulk = _accesses(session, start, end, people, groups, calendar)
            heavy = _heavy(uses, groups, people)
            review = AccessReview(
                month=month, written_at=to_seoul(now), until=to_seoul(min(now, end)),
                due=rules.due_date(month), accounts=tuple(uses.values()),
                after_hours=tuple(after), bulk=tuple(bulk), heavy=tuple(heavy),
                sign_ins=tuple(_sign_ins(session, start, end, people)),
                role_changes=tuple(_role_changes(session, start, end, people)),
                reviews=tuple(_reviews(session, month, people)), agency=self._agency,
            )
        return review

    # --- the record that it was done --------------------------------------------------

    def record(self, actor: Actor, month: date, *, finding: str) -> ReviewRecord:
        """Write down that ``month`` was reviewed now by ``actor``, with what was found."""
        text = finding.strip()
        if not text:
            raise ValidationError("finding", translate(
                "AccessReview", "점검 결과를 적어 주세요 (이상이 없으면 '이상 없음')."))
        if len(text) > MAX_FINDING:
            raise ValidationError("finding", translate(
                "AccessReview", "점검 결과는 {n}자 이내로 적어 주세요.").format(n=f"{MAX_FINDING:,}"))
        now = self._clock()
        month = _checked(month, now)
        with self._db.write(actor, _OP) as (session, staff):
            row = ReviewRow(month=f"{month:%Y-%m}", at=now, reviewer_id=staff.id,
                            account_id=actor.account_id, desk=actor.desk, finding=text)
            session.add(row)
            session.flush()
            audit.record(session, at=now, actor=actor, desk=actor.desk,
                         action="privacy.review", entity="access_review", entity_id=row.id,
                         detail={"month": row.month})
            person = Person(staff.employee_no, staff.name, staff.department.name)
        return ReviewRecord(to_seoul(now), person, text, actor.desk)

    def nudge(self, actor: Actor) -> ReviewNudge | None:
        """Last month's review, when it is not recorded yet (None once it is)."""
        now = self._clock()
        last = rules.previous_month(rules.this_month(now))
        with self._db.read() as session:
            require_actor(session, actor, _OP)
            done = session.scalars(
                select(ReviewRow.id).where(ReviewRow.month == f"{last:%Y-%m}").limit(1)
            ).first()
        if done is not None:
            return None
        due = rules.due_date(last)
        today = to_seoul(now).date()
        name = format_month(last)
        if today > due:
            text = translate("AccessReview", "{month} 접속기록 점검이 아직 기록되지 않았습니다. "
                                             "기한({due_month}월 {due_day}일)이 지났습니다.")
        else:
            text = translate("AccessReview", "{month} 접속기록 점검을 {due_month}월 {due_day}일까지 "
                                             "마치고 기록해 주세요.")
        text = text.format(month=name, due_month=due.month, due_day=due.day)
        return ReviewNudge(last, due, today > due, text)


def _checked(month: date, now: datetime) -> date:
    try:
        return rules.review_month(f"{month:%Y-%m}", now)
    except ValueError as exc:
        raise ValidationError("month", str(exc)) from None


def _people(session: Session) -> dict[int, Person]:
    rows = session.execute(
        select(Staff.id, Staff.employee_no, Staff.name, Department.name)
        .join(Department, Department.id == Staff.department_id)
    ).all()
    return {sid: Person(no, name, dept) for sid, no, name, dept in rows}


def _peer_groups(session: Session) -> dict[int, str]:
    """Each active account's staff id → its roles, as people read them."""
    rows = session.execute(
        select(Account.staff_id, Account.roles).where(Account.active.is_(True))).all()
    return {sid: _roles_words(text) for sid, text in rows}


def _roles_words(text: str) -> str:
    roles = roles_from_text(text)
    return ", ".join(ROLE_TITLES[r] for r in ROLE_TITLES if r in roles)


def _accesses(
    session: Session, start: datetime, end: datetime, people: dict[int, Person],
    groups: dict[int, str], calendar: WorkingCalendar,
) -> tuple[dict[int, AccountUse], list[AccessLine], list[AccessLine]]:
    rows = session.execute(
        select(AccessLog.at, AccessLog.actor_id, AccessLog.operation, AccessLog.entity,
               AccessLog.count, AccessLog.what, AccessLog.reason, AccessLog.desk,
               AccessLog.host)
        .where(AccessLog.at >= start, AccessLog.at < end)
        .order_by(AccessLog.id)
    ).all()
    tally: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    after: list[AccessLine] = []
    bulk: list[AccessLine] = []
    for at, actor_id, op, entity, count, what, reason, desk, host in rows:
        figures = tally[actor_id]
        figures[op] += count
        figures["rows"] += 1
        late, big = rules.after_hours(calendar, at), rules.is_bulk(op, count)
        if not (late or big):
            continue  # most rows: counted, not listed
        line = AccessLine(to_seoul(at), people.get(actor_id, _NOBODY), op, entity, count,
                          what, reason, desk, host)
        if late:
            figures["after"] += 1
            after.append(_when(line, calendar))
        if big:
            bulk.append(line)
    uses = {
        sid: AccountUse(people.get(sid, _NOBODY), groups.get(sid, ""), f["조회"], f["출력"],
                        f["다운로드"], f["rows"], f["after"])
        for sid, f in tally.items()
    }
    ordered = dict(sorted(uses.items(), key=lambda kv: (-kv[1].views, kv[1].person.staff_no)))
    return ordered, after, bulk


def _when(line: AccessLine, calendar: WorkingCalendar) -> AccessLine:
    return AccessLine(line.at, line.person, line.operation, line.entity, line.count,
                      line.what, line.reason, line.desk, line.host,
                      rules.when_ko(line.at, calendar))


def _heavy(
    uses: dict[int, AccountUse], groups: dict[int, str], people: dict[int, Person]
) -> list[HeavyViewer]:
    views = {sid: use.views for sid, use in uses.items()}
    return [
        HeavyViewer(people.get(h.key, _NOBODY), groups[h.key], h.views, h.peer_median, h.peers)
        for h in rules.heavy_viewers(views, groups)
    ]


def _sign_ins(
    session: Session, start: datetime, end: datetime, people: dict[int, Person]
) -> list[AccountEvent]:
    owners: dict[int, int] = {
        aid: sid for aid, sid in session.execute(select(Account.id, Account.staff_id)).all()}
    found: list[AccountEvent] = []
    for at, action, account_id, desk in session.execute(
        select(AuditEntry.at, AuditEntry.action, AuditEntry.entity_id, AuditEntry.desk)
        .where(AuditEntry.at >= start, AuditEntry.at < end,
               AuditEntry.action.in_(list(_FAILED)))
    ).all():
        person = people.get(owners.get(account_id or 0, 0), _NOBODY)
        found.append(AccountEvent(to_seoul(at), person, translate("AccessReview", _FAILED[action]), desk=desk))
    for grant, staff_id in session.execute(
        select(AccountGrant, Account.staff_id)
        .join(Account, Account.id == AccountGrant.account_id)
        .where(AccountGrant.at >= start, AccountGrant.at < end,
               AccountGrant.action == "locked")
    ).all():
        found.append(AccountEvent(to_seoul(grant.at), people.get(staff_id, _NOBODY),
                                  translate("AccessReview", "계정 잠금"), grant.reason, desk=grant.desk))
    return sorted(found, key=lambda e: e.at)


def _role_changes(
    session: Session, start: datetime, end: datetime, people: dict[int, Person]
) -> list[AccountEvent]:
    by = aliased(Staff)
    rows = session.execute(
        select(AccountGrant, Account.staff_id, by.name)
        .join(Account, Account.id == AccountGrant.account_id)
        .outerjoin(by, by.id == AccountGrant.by_staff_id)
        .where(AccountGrant.at >= start, AccountGrant.at < end,
               AccountGrant.action.in_(list(_ROLE_ACTIONS)))
        .order_by(AccountGrant.id)
    ).all()
    return [
        AccountEvent(to_seoul(g.at), people.get(staff_id, _NOBODY), translate("AccessReview", _ROLE_ACTIONS[g.action]),
                     _grant_detail(g), by_name or translate("AccessReview", "설치 시"), g.desk)
        for g, staff_id, by_name in rows
    ]


def _grant_detail(grant: AccountGrant) -> str:
    roles = _roles_words(grant.role)
    return " — ".join(part for part in (roles, grant.reason) if part)


def _reviews(session: Session, month: date, people: dict[int, Person]) -> list[ReviewRecord]:
    rows = session.scalars(
        select(ReviewRow).where(ReviewRow.month == f"{month:%Y-%m}").order_by(ReviewRow.id)
    ).all()
    return [ReviewRecord(to_seoul(r.at), people.get(r.reviewer_id, _NOBODY), r.finding, r.desk)
            for r in rows]
