"""The monthly self-inspection report (자체점검): its figures read from the register, and
the same report as a PDF.

A month with nothing recorded gives an honest empty report ("자료 없음"), not an error
and not 0%. A month that has not begun yet is refused: there is nothing to inspect.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Connection

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.compensation import CompensationKind, CorrectiveKind
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, Lookup, translate, untranslated
from minwon_desk.domain.inspection import (
    TREND_MONTHS,
    CorrectiveLine,
    LongWait,
    Measure,
    MonthlyReport,
    Overdue,
    Promises,
    TrendPoint,
    UnitFigures,
    VoucherLine,
    month_bounds,
    month_start,
    months_back,
)
from minwon_desk.domain.particles import settle
from minwon_desk.domain.privacy import mask_name
from minwon_desk.domain.timeutil import Clock, format_month, to_seoul
from minwon_desk.services._tx import Database
from minwon_desk.services.supervision import inspection_queries as q

TOP = 10  # longest waits, worst overdue items
UNASSIGNED_OFFICER = QT_TRANSLATE_NOOP("Inspection", "담당자 미지정")
UNASSIGNED_DEPARTMENT = QT_TRANSLATE_NOOP("Inspection", "부서 미지정")
# The charter promises these two outright: no period of its own to say.
CASES_PROMISE = QT_TRANSLATE_NOOP("Inspection", "처리기간 이내 답변")
EXTENSIONS_PROMISE = QT_TRANSLATE_NOOP("Inspection", "기한 전 연장 통지")


@dataclass(frozen=True, slots=True)
class ReportFile:
    pdf: bytes
    title: str  # "고객응대서비스 자체점검 결과 (2026년 10월)"
    filename: str  # "자체점검_2026-10.pdf"
    report: MonthlyReport


class InspectionService:
    def __init__(self, db: Database, clock: Clock, charter: Charter) -> None:
        self._db = db
        self._clock = clock
        self._charter = charter

    def __repr__(self) -> str:
        return f"InspectionService(charter={self._charter.id!r})"

    def monthly(self, year: int, month: int, lookup: Lookup | None = None) -> MonthlyReport:
        """The month's report: the four figures overall, per department and officer, the
        six-month trend, the longest waits, the worst overdue items, the vouchers and
        corrective actions. ValidationError for a month that does not exist or has not
        begun. Its words (promises, kinds, "부서 미지정") are in the desk's language, or
        through ``lookup`` (:func:`~minwon_desk.domain.i18n.untranslated` for the PDF)."""
        first = _checked_month(year, month, self._clock())
        now = self._clock()
        with self._db.read() as session:
            conn = session.connection()
            return self._build(conn, first, now, lookup or translate)

    def monthly_pdf(self, year: int, month: int) -> ReportFile:
        """The month's report as an A4 PDF (fonts embedded, "N / M" on every page)."""
        # reportlab is loaded on first use, not when the app starts.
        from minwon_desk.documents.inspection_report import inspection_report_pdf

        report = self.monthly(year, month, untranslated)  # a document: in Korean
        pdf = inspection_report_pdf(report)
        return ReportFile(pdf, report.title, f"자체점검_{report.month:%Y-%m}.pdf", report)

    # --- assembly -------------------------------------------------------------------

    def _build(
        self, conn: Connection, first: date, now: datetime, say: Lookup
    ) -> MonthlyReport:
        people = q.people(conn)
        months = months_back(first, TREND_MONTHS)
        # The months before are wanted as totals only; this month per officer as well.
        trend = [TrendPoint(m, *q.totals(conn, q.Window(*month_bounds(m), now)))
                 for m in months[:-1]]
        window = q.Window(*month_bounds(first), now)
        tallies = q.tally(conn, window)
        greeting, callback, on_time, extensions = _sum(tallies.values())
        trend.append(TrendPoint(first, greeting, callback, on_time, extensions))
        vouchers = self._vouchers(conn, window, people, say)
        return MonthlyReport(
            month=first,
            agency_name=self._charter.documents.agency_name,
            charter_name=self._charter.name,
            generated_at=to_seoul(now),
            promises=self._promises(say),
            greeting=greeting,
            callback=callback,
            cases_on_time=on_time,
            extensions_in_time=extensions,
            by_department=_by_department(tallies, people, say),
            by_officer=_by_officer(tallies, people, say),
            trend=tuple(trend),
            longest_waits=_longest_waits(conn, window, people),
            worst_overdue=_worst_overdue(conn, window, people),
            vouchers=vouchers,
            voucher_total=sum(v.amount for v in vouchers if not v.voided),
            corrective_actions=_corrective(conn, window, people, say),
        )

    def _promises(self, say: Lookup) -> Promises:
        return Promises(
            greeting=self._promise("greeting", say), callback=self._promise("callback", say),
            cases_on_time=say("Inspection", CASES_PROMISE),
            extensions_in_time=say("Inspection", EXTENSIONS_PROMISE),
        )

    def _promise(self, key: str, translate: Lookup) -> str:
        # ``translate`` by name, so that lupdate finds the words.
        rule = self._charter.clocks.get(key)
        if rule is None or rule.period is None:
            return translate("Inspection", "정한 시간 없음")
        text = rule.period.label_ko() if translate is untranslated else rule.period.label()
        if rule.period.kind == "immediate":
            return text
        return translate("Inspection", "{period} 이내").format(period=text)

    def _vouchers(
        self, conn: Connection, window: q.Window, people: q.People, say: Lookup
    ) -> tuple[VoucherLine, ...]:
        return tuple(
            VoucherLine(
                serial=serial, issued_at=to_seoul(issued_at),
                kind_label=_voucher_kind(kind, say), amount=int(amount),
                recipient=mask_name(recipient), staff=people.officer(issued_by),
                voided=voided_at is not None,
            )
            for serial, issued_at, kind, amount, recipient, issued_by, voided_at
            in q.vouchers(conn, window)
        )


def _checked_month(year: int, month: int, now: datetime) -> date:
    try:
        first = month_start(year, month)
    except ValueError:
        raise ValidationError(
            "month", translate(
                "Inspection",
                "{year}년 {month}월은 없는 달입니다. 1월부터 12월 사이로 골라 주세요.",
            ).format(year=year, month=month)
        ) from None
    start, _end = month_bounds(first)
    if start > now:
        raise ValidationError(
            "month",
            settle(translate(
                "Inspection",
                "{first}은(는) 아직 시작하지 않아 점검할 기록이 없습니다. {format_month_ko} "
                "또는 그 전 달을 골라 주세요.",
            ).format(first=format_month(first), format_month_ko=format_month(to_seoul(now).date()))),
        )
    return first


def _sum(groups: Iterable[Sequence[Measure]]) -> tuple[Measure, Measure, Measure, Measure]:
    totals = [0] * q.MEASURES
    kept = [0] * q.MEASURES
    for measures in groups:
        for i, m in enumerate(measures):
            totals[i] += m.total
            kept[i] += m.met
    g, c, o, e = (Measure(t, k) for t, k in zip(totals, kept, strict=True))
    return g, c, o, e


def _voucher_kind(value: str, say: Lookup) -> str:
    try:
        kind = CompensationKind(value)
    except ValueError:
        return value  # a kind no longer known, as stored
    return say("CompensationKind", kind.label_ko)


def _corrective_kind(value: str, say: Lookup) -> str:
    try:
        return say("CorrectiveKind", CorrectiveKind(value).value)
    except ValueError:
        return value


def _by_officer(
    tallies: dict[q.Unit, tuple[Measure, ...]], people: q.People, say: Lookup
) -> tuple[UnitFigures, ...]:
    merged: dict[int | None, list[tuple[Measure, ...]]] = {}
    for (officer_id, _dept), measures in tallies.items():
        merged.setdefault(officer_id, []).append(measures)
    rows = []
    for officer_id, groups in merged.items():
        dept = people.department_of(officer_id)
        name = people.officer(officer_id) or say("Inspection", UNASSIGNED_OFFICER)
        figures = UnitFigures(name, *_sum(groups), department=people.department(dept))
        if not figures.is_empty:
            rows.append((people.order(dept), officer_id is None, name, figures))
    rows.sort(key=lambda r: (r[1], r[0], r[2]))
    return tuple(r[3] for r in rows)


def _by_department(
    tallies: dict[q.Unit, tuple[Measure, ...]], people: q.People, say: Lookup
) -> tuple[UnitFigures, ...]:
    # The officer's department; a case nobody was assigned to, the department it went to.
    merged: dict[int | None, list[tuple[Measure, ...]]] = {}
    for (officer_id, dept), measures in tallies.items():
        unit = people.department_of(officer_id) if officer_id is not None else dept
        merged.setdefault(unit, []).append(measures)
    rows = []
    for dept, groups in merged.items():
        figures = UnitFigures(people.department(dept) or say("Inspection", UNASSIGNED_DEPARTMENT), *_sum(groups))
        if not figures.is_empty:
            rows.append((people.order(dept), figures))
    rows.sort(key=lambda r: r[0])
    return tuple(r[1] for r in rows)


def _longest_waits(conn: Connection, window: q.Window, people: q.People) -> tuple[LongWait, ...]:
    return tuple(
        LongWait(
            visit_id=int(visit_id), checked_in_at=to_seoul(checked_in_at),
            visitor=mask_name(name), officer=people.officer(officer_id),
            department=people.department(people.department_of(officer_id)),
            waited=timedelta(seconds=round(float(waited))), greeted=greeted_at is not None,
        )
        for visit_id, checked_in_at, name, officer_id, greeted_at, waited
        in q.longest_waits(conn, window, TOP)
    )


def _worst_overdue(conn: Connection, window: q.Window, people: q.People) -> tuple[Overdue, ...]:
    items = [
        Overdue(
            kind="memo", number=number, person=mask_name(caller), officer=people.officer(holder),
            department=people.department(people.department_of(holder)), due_at=to_seoul(due_at),
            done_at=to_seoul(done_at) if done_at is not None else None,
            late_by=timedelta(seconds=round(float(late))),
        )
        for number, caller, holder, due_at, done_at, late in q.overdue_memos(conn, window, TOP)
    ]
    for number, petitioner, officer_id, dept, due_at, answered_at, late in q.overdue_cases(
        conn, window, TOP
    ):
        unit = people.department_of(officer_id) if officer_id is not None else dept
        items.append(
            Overdue(
                kind="case", number=number, person=mask_name(petitioner) if petitioner else "",
                officer=people.officer(officer_id), department=people.department(unit),
                due_at=to_seoul(due_at),
                done_at=to_seoul(answered_at) if answered_at is not None else None,
                late_by=timedelta(seconds=round(float(late))),
            )
        )
    items.sort(key=lambda o: (-o.late_by, o.due_at, o.number))
    return tuple(items[:TOP])


def _corrective(
    conn: Connection, window: q.Window, people: q.People, say: Lookup
) -> tuple[CorrectiveLine, ...]:
    return tuple(
        CorrectiveLine(
            number=number, recorded_at=to_seoul(recorded_at),
            kind_label=_corrective_kind(kind, say), staff=people.officer(staff_id),
            department=people.department(people.department_of(staff_id)),
            follow_up=people.officer(follow_up),
        )
        for number, recorded_at, kind, staff_id, follow_up in q.corrective_actions(conn, window)
    )
