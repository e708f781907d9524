"""The monthly self-inspection figures against a small history counted by hand.

June 2026 at the small agency (the clock stands at Thu 2 July 10:00):

visits   V1 김민준 greeted in 2 min (kept)     V2 김민준 greeted after 5 min (missed)
         V3 이서연 greeted at 3 min exactly (kept)   V4 박지호 never greeted, left after 20 min
         V5 nobody asked for, greeted in 1 min (kept)
         (V6 in May, kept; V7 on 1 July, missed; V8 this morning, clock still running)
memos    M1 김민준 reached a minute early (kept)   M2 이서연 reached 30 min late (missed)
         M3 박지호 never reached (missed)   (M4 taken 30 June, due 1 July, reached: July)
cases    A 김민준 answered early   E 김민준, received in May, answered in June on time
         B 이서연 answered a day late, no extension   C 박지호 extended in time, answered
         within the new date   D 박지호 still open past its June deadline
         H nobody assigned, still open past its deadline   G 김민준 waiting for material
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert

from minwon_desk.domain import i18n
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.inspection import NO_DATA, Measure, MonthlyReport
from minwon_desk.domain.memos import Outcome
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest, ExtensionRequest
from minwon_desk.services.dto import Actor, CheckInRequest, MemoRequest
from minwon_desk.store.models import CompensationDecision, CorrectiveAction, Voucher
from minwon_desk.translations import lookup_for
from tests.support.seed import SmallAgency

HANGUL = re.compile(r"[\uac00-\ud7a3]+")


@pytest.fixture
def english() -> Iterator[None]:
    before = i18n.installed()
    i18n.install(lookup_for("en"))
    yield
    i18n.install(before)

NOW = datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SEOUL)


@dataclass
class History:
    due: dict[str, datetime]  # deadlines the services computed, by the names above
    numbers: dict[str, str]


def build_history(backend: Backend, agency: SmallAgency, actor: Actor, clock: Any) -> History:
    kim, lee, park, _choi = agency.officers
    due: dict[str, datetime] = {}
    numbers: dict[str, str] = {}

    def when(moment: datetime) -> None:
        clock.set(moment)

    visits = backend.visits

    def visit(checked_in: datetime, officer: int | None, greeted: datetime | None,
              out: datetime | None = None) -> None:
        when(checked_in)
        v = visits.check_in(actor, CheckInRequest("홍길동", officer_id=officer))
        if greeted is not None:
            when(greeted)
            visits.greet(actor, v.id)
        if out is not None:
            when(out)
            visits.check_out(actor, v.id)

    visit(at(6, 8, 10), kim.id, at(6, 8, 10, 2), at(6, 8, 10, 30))  # V1
    visit(at(6, 8, 10, 10), kim.id, at(6, 8, 10, 15))  # V2
    visit(at(6, 9, 14), lee.id, at(6, 9, 14, 3))  # V3
    visit(at(6, 9, 14, 30), park.id, None, at(6, 9, 14, 50))  # V4
    visit(at(6, 10, 9, 30), None, at(6, 10, 9, 31))  # V5
    visit(at(5, 29, 11), kim.id, at(5, 29, 11, 1))  # V6
    visit(at(7, 1, 9), lee.id, at(7, 1, 9, 10))  # V7
    visit(at(7, 2, 9, 58), lee.id, None)  # V8

    memos = backend.memos

    def memo(name: str, taken: datetime, officer: int, reached: Callable[[datetime], datetime] | None) -> None:
        when(taken)
        m = memos.take(actor, MemoRequest("김철수", phone="010-1234-5678", gist="지원사업 문의",
                                          asked_for_id=officer))
        assert m.due_at is not None
        due[name], numbers[name] = m.due_at, m.number
        if reached is not None:
            when(reached(m.due_at))
            memos.record_attempt(actor, m.id, Outcome.REACHED)

    memo("M1", at(6, 8, 10), kim.id, lambda d: d - timedelta(minutes=1))
    memo("M2", at(6, 9, 10), lee.id, lambda d: d + timedelta(minutes=30))
    memo("M3", at(6, 10, 11), park.id, None)
    memo("M4", at(6, 30, 16), kim.id, lambda _d: at(6, 30, 17))
    memo("M5", at(7, 2, 9, 30), lee.id, None)

    cases = backend.cases

    def case(name: str, received: datetime, officer: int | None) -> int:
        when(received)
        c = cases.open(actor, CaseRequest("질의-제도", "방문", f"사례 {name}",
                                          petitioner_name="박민원", officer_id=officer))
        due[name], numbers[name] = c.due_at, c.number
        return c.id

    def answer(case_id: int, moment: datetime) -> None:
        when(moment)
        cases.answer(actor, case_id, "회신합니다.")

    a = case("A", at(6, 1, 10), kim.id)
    answer(a, due["A"] - timedelta(days=1))
    e = case("E", at(5, 25, 10), kim.id)
    answer(e, due["E"] - timedelta(days=1))
    b = case("B", at(6, 2, 10), lee.id)
    answer(b, due["B"] + timedelta(hours=16))
    c = case("C", at(6, 2, 11), park.id)
    when(due["C"] - timedelta(days=1))
    cases.extend(actor, c, ExtensionRequest(date(2026, 6, 22), "관계 기관 회신 대기"))
    answer(c, at(6, 19, 10))
    case("D", at(6, 8, 10), park.id)
    case("H", at(6, 1, 11), None)
    g = case("G", at(6, 15, 10), kim.id)
    when(at(6, 16, 10))
    cases.pause(actor, g, "사업자등록증 보완 요청")

    _vouchers_and_actions(backend, agency)
    when(NOW)
    return History(due, numbers)


def _vouchers_and_actions(backend: Backend, agency: SmallAgency) -> None:
    """Written directly: what the supervisor decided, as it lies in the register."""
    kim, lee, park, choi = agency.officers
    decision = CompensationDecision.metadata.tables["compensation_decision"]
    voucher = Voucher.metadata.tables["voucher"]
    action = CorrectiveAction.metadata.tables["corrective_action"]
    plans = [  # (sequence, issued, kind, recipient, voided)
        (1, at(6, 12, 15), "repeat_visit", "홍길동", None),
        (2, at(6, 20, 11), "deadline_without_notice", "박민원", at(6, 21, 9)),
        (3, at(6, 29, 16), "deadline_without_notice", "이영희", None),
        (4, at(7, 1, 10), "repeat_visit", "최방문", None),
    ]
    with backend.db.transaction() as session:
        conn = session.connection()
        for sequence, issued, kind, recipient, voided in plans:
            decision_id = conn.execute(
                insert(decision).values(
                    kind=kind, source="visit" if kind == "repeat_visit" else "case",
                    source_id=sequence, decision="approved", reason="확인함", decided_at=issued,
                    decided_by_id=park.id, desk="1층 민원안내",
                ).returning(decision.c.id)
            ).scalar_one()
            conn.execute(insert(voucher).values(
                serial=f"TEST-V2026-{sequence:05d}", year=2026, sequence=sequence,
                decision_id=decision_id, kind=kind, amount=10_000, title="온누리상품권",
                wording="보상합니다", recipient_name=recipient, recipient_contact="",
                reason="사유", issued_at=issued, issued_by_id=park.id, print_count=0,
                voided_at=voided, voided_by_id=park.id if voided else None,
                void_reason="잘못 발급" if voided else "",
            ))
        conn.execute(insert(action).values(
            number="TEST-C2026-0001", staff_id=lee.id, kind="재교육", detail="응대 교육",
            follow_up_officer_id=choi.id, recorded_at=at(6, 15, 14), recorded_by_id=park.id,
            desk="1층 민원안내",
        ))
        conn.execute(insert(action).values(
            number="TEST-C2026-0002", staff_id=kim.id, kind="주의", detail="지연",
            follow_up_officer_id=kim.id, recorded_at=at(7, 1, 9), recorded_by_id=park.id,
            desk="1층 민원안내",
        ))


@pytest.fixture
def june(db_backend: Backend, db_agency: SmallAgency, db_actor: Actor, fake_clock: Any
         ) -> tuple[MonthlyReport, History, Backend]:
    history = build_history(db_backend, db_agency, db_actor, fake_clock)
    return db_backend.inspection.monthly(2026, 6), history, db_backend


def test_the_four_headline_figures_match_the_hand_count(june: Any) -> None:
    report, _history, _backend = june
    assert report.greeting == Measure(total=5, met=3)
    assert report.callback == Measure(total=3, met=1)
    assert report.cases_on_time == Measure(total=6, met=3)
    assert report.extensions_in_time == Measure(total=4, met=1)
    assert report.greeting.text == "60.0% (3/5)"
    assert [h.promise for h in report.headlines][:2] == ["3분 이내", "3시간 이내"]
    assert report.title == "고객응대서비스 자체점검 결과 (2026년 6월)"
    assert not report.is_empty


def test_figures_by_department_and_by_officer(june: Any) -> None:
    report, _history, _backend = june
    departments = {u.name: u.measures for u in report.by_department}
    assert [u.name for u in report.by_department] == ["혁신행정담당관", "창업정책과", "부서 미지정"]
    assert departments["혁신행정담당관"] == (Measure(2, 1), Measure(1, 1), Measure(2, 2), Measure())
    assert departments["창업정책과"] == (Measure(2, 1), Measure(2, 0), Measure(3, 1), Measure(3, 1))
    assert departments["부서 미지정"] == (Measure(1, 1), Measure(), Measure(1, 0), Measure(1, 0))
    officers = [(u.name, u.department, u.measures) for u in report.by_officer]
    assert officers == [
        ("김민준 사무관", "혁신행정담당관", (Measure(2, 1), Measure(1, 1), Measure(2, 2), Measure())),
        ("박지호 서기관", "창업정책과", (Measure(1, 0), Measure(1, 0), Measure(2, 1), Measure(2, 1))),
        ("이서연 주무관", "창업정책과", (Measure(1, 1), Measure(1, 0), Measure(1, 0), Measure(1, 0))),
        ("담당자 미지정", "", (Measure(1, 1), Measure(), Measure(1, 0), Measure(1, 0))),
    ]


def test_the_trend_runs_six_months_with_no_figure_where_nothing_was_due(june: Any) -> None:
    report, _history, _backend = june
    assert [p.month for p in report.trend] == [date(2026, m, 1) for m in range(1, 7)]
    assert [p.label for p in report.trend] == ["2026년 1월", "2월", "3월", "4월", "5월", "6월"]
    may = report.trend[4]
    assert may.greeting == Measure(1, 1)
    assert may.callback.text == NO_DATA
    assert report.trend[-1].greeting == report.greeting
    assert all(p.greeting.share is None for p in report.trend[:4])


def test_longest_waits_are_listed_longest_first_with_masked_names(june: Any) -> None:
    report, _history, _backend = june
    waits = [(w.waited, w.greeted, w.officer) for w in report.longest_waits]
    assert waits == [
        (timedelta(minutes=20), False, "박지호 서기관"),
        (timedelta(minutes=5), True, "김민준 사무관"),
        (timedelta(minutes=3), True, "이서연 주무관"),
        (timedelta(minutes=2), True, "김민준 사무관"),
        (timedelta(minutes=1), True, ""),
    ]
    assert {w.visitor for w in report.longest_waits} == {"홍*동"}


def test_worst_overdue_items_are_ordered_by_how_late(june: Any) -> None:
    report, history, _backend = june
    expected = sorted(
        [
            ("memo", "M3", NOW - history.due["M3"], False),
            ("case", "H", NOW - history.due["H"], False),
            ("case", "D", NOW - history.due["D"], False),
            ("case", "B", timedelta(hours=16), True),
            ("memo", "M2", timedelta(minutes=30), True),
        ],
        key=lambda item: -item[2],
    )
    got = [(o.kind, o.number, o.late_by, o.done_at is not None) for o in report.worst_overdue]
    assert got == [(kind, history.numbers[name], late, done) for kind, name, late, done in expected]
    assert {o.person for o in report.worst_overdue} == {"김*수", "박*원"}


def test_vouchers_and_corrective_actions_of_the_month(june: Any) -> None:
    report, _history, _backend = june
    assert [(v.serial, v.voided, v.recipient) for v in report.vouchers] == [
        ("TEST-V2026-00001", False, "홍*동"),
        ("TEST-V2026-00002", True, "박*원"),
        ("TEST-V2026-00003", False, "이*희"),
    ]
    assert report.voucher_total == 20_000  # the voided one left out
    assert report.vouchers[0].kind_label == "직원 잘못으로 재방문"
    assert report.vouchers[0].staff == "박지호 서기관"
    assert [(c.number, c.staff, c.kind_label, c.follow_up) for c in report.corrective_actions] == [
        ("TEST-C2026-0001", "이서연 주무관", "재교육", "최유진 주무관")
    ]


def test_the_month_under_way_counts_only_deadlines_already_come(june: Any) -> None:
    _report, _history, backend = june
    july = backend.inspection.monthly(2026, 7)
    assert july.greeting == Measure(1, 0)  # V7; V8's three minutes are not up yet
    assert july.callback == Measure(1, 1)  # M4 fell due on 1 July; M5 not yet due
    assert july.cases_on_time.text == NO_DATA
    assert [v.serial for v in july.vouchers] == ["TEST-V2026-00004"]
    assert [p.month.month for p in july.trend] == [2, 3, 4, 5, 6, 7]


def test_a_month_with_nothing_recorded_is_an_honest_empty_report(
    backend: Backend,
) -> None:
    report = backend.inspection.monthly(2026, 3)
    assert report.is_empty
    assert all(h.measure.text == "자료 없음" for h in report.headlines)
    assert report.by_department == () and report.by_officer == ()
    assert report.longest_waits == () and report.vouchers == () and report.voucher_total == 0


@pytest.mark.parametrize(("year", "month", "words"), [
    (2026, 8, "아직 시작하지 않아"),
    (2026, 13, "없는 달"),
])
def test_a_month_not_begun_or_not_existing_is_refused(
    backend: Backend, year: int, month: int, words: str
) -> None:
    with pytest.raises(ValidationError, match=words):
        backend.inspection.monthly(year, month)


def test_the_report_as_a_pdf_carries_the_figures(june: Any) -> None:
    import io

    from pypdf import PdfReader

    _report, _history, backend = june
    rendered = backend.inspection.monthly_pdf(2026, 6)
    assert rendered.filename == "자체점검_2026-06.pdf"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(rendered.pdf)).pages)
    for words in ("고객응대서비스 자체점검 결과 (2026년 6월)", "60.0%", "3 / 5", "20,000원",
                  "TEST-V2026-00002", "무효", "이서연 주무관", "재교육"):
        assert words in text, words


def test_the_promises_follow_the_charter_in_use(backend: Backend, fake_clock: Any) -> None:
    from minwon_desk.domain.charter import load_charter
    from minwon_desk.resources import charter_preset
    from minwon_desk.services.supervision.inspection import InspectionService

    tipa = InspectionService(backend.db, fake_clock, load_charter(charter_preset("tipa")))
    report = tipa.monthly(2026, 6)
    # TIPA sets no figure for the greeting: visits are listed but no share is claimed.
    assert [h.promise for h in report.headlines][:2] == ["정한 시간 없음", "즉시"]
    assert report.greeting.text == NO_DATA


def test_the_page_reads_the_report_in_english_and_the_pdf_stays_korean(
    june: Any, english: None
) -> None:
    import io

    from pypdf import PdfReader

    _report, _history, backend = june
    report = backend.inspection.monthly(2026, 6)
    promises = [h.promise for h in report.headlines]
    assert not any(HANGUL.search(p) for p in promises), promises
    assert "within" in promises[0]
    assert report.vouchers[0].kind_label == "repeat visit caused by staff"
    assert not HANGUL.search(report.corrective_actions[0].kind_label)
    rendered = backend.inspection.monthly_pdf(2026, 6)
    assert [h.promise for h in rendered.report.headlines][2:] == ["처리기간 이내 답변", "기한 전 연장 통지"]
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(rendered.pdf)).pages)
    for words in ("3분 이내", "직원 잘못으로 재방문", "재교육"):
        assert words in text, words
