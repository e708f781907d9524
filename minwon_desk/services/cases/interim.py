"""The progress notice an open case owes every period (중간 통지, 시행령 §23; MSS 30 days),
prepared by the app once it is due: what has been done, the date it is expected to be
finished, and the message the petitioner would get their way. Nothing is written here;
sending it is ``send_interim`` with the message as the officer reviewed it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.errors import NotFoundError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.notice_templates import NoticeStage
from minwon_desk.domain.timeutil import SEOUL, format_ko, to_seoul
from minwon_desk.services._tx import Database
from minwon_desk.services.cases import queries as q
from minwon_desk.services.cases.dto import InterimRequest
from minwon_desk.services.notices.outbox import NoticeView
from minwon_desk.store.models import Case

if TYPE_CHECKING:
    from minwon_desk.services.notices.service import NoticeService


@dataclass(frozen=True, slots=True)
class PreparedInterim:
    case_id: int
    number: str
    ordinal: int  # which interim notice this would be
    due_at: datetime | None  # when it is owed
    request: InterimRequest
    notice: NoticeView | None  # the message (None: told by phone, or no notice)


def prepared_progress() -> str:
    """What the notice says has been done: neutral, for the officer to make precise (a
    progress note may be internal and is not copied)."""
    return translate("Cases", "담당 부서에서 민원 내용을 검토하며 처리하고 있습니다. "
                              "처리되는 대로 결과를 알려 드리겠습니다.")


def expected_day(due_at: datetime, now: datetime, calendar: WorkingCalendar) -> date:
    """The deadline's day, or for a case already past it the next working day from today."""
    day = max(to_seoul(due_at).date(), to_seoul(now).date())
    while not calendar.is_working_day(day):
        day += timedelta(days=1)
    return day


def prepare(db: Database, notices: NoticeService | None, calendar: WorkingCalendar,
            case_id: int, now: datetime) -> PreparedInterim:
    with db.read() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFoundError(q.missing(case_id))
        day = expected_day(case.due_at, now, calendar)
        request = InterimRequest(prepared_progress(), day)
        ordinal = case.interim_count + 1
        expected = datetime.combine(day, calendar.hours.end, tzinfo=SEOUL)
        notice = None
        if notices is not None:
            notice = notices.preview(session, case, NoticeStage.INTERIM, ordinal, {
                "progress": request.progress, "expected_at": format_ko(expected),
            }, now)
        owed = to_seoul(case.interim_due_at) if case.interim_due_at is not None else None
        return PreparedInterim(case.id, case.number, ordinal, owed, request, notice)
