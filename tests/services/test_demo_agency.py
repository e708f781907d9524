"""The demo agency: enough people and history to try every screen, built on first start."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from minwon_desk.domain.case_clock import CaseStatus
from minwon_desk.domain.charter import Charter
from minwon_desk.domain.clockstate import ClockColour, clock_state
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.demo.agency import DEMO_OPERATOR_NO, demo_actor, ensure_demo
from minwon_desk.services.dto import CheckInRequest
from minwon_desk.store.models import Department, Staff, Visit
from tests.support.seed import auditor

NOW = datetime(2026, 7, 2, 15, 0, tzinfo=SEOUL)


def _open(url: str, clock, charter) -> Backend:
    return Backend.open(url, charter=charter, desk="1층 민원안내", clock=clock)


def test_demo_builds_an_agency_once(db_url: str, fake_clock, mss_charter) -> None:
    backend = _open(db_url, fake_clock, mss_charter)
    try:
        assert ensure_demo(backend, now=NOW) is True
        assert ensure_demo(backend, now=NOW) is False

        staff = backend.staff.list_active()
        assert len(staff) == 80
        assert len({s.employee_no for s in staff}) == 80
        assert all(2 <= len(s.name) <= 4 and s.extension.isdigit() for s in staff)
        operator = backend.staff.by_employee_no(DEMO_OPERATOR_NO)
        assert operator.department == "민원안내팀"
        assert demo_actor(backend).staff_id == operator.id

        with backend.db.read() as session:
            assert session.scalar(select(func.count()).select_from(Department)) >= 8
            photos = session.execute(select(Staff.photo, Staff.photo_mime)).all()
            shown = [(photo, mime) for photo, mime in photos if photo is not None]
            assert all(mime == "image/jpeg" and photo[:2] == b"\xff\xd8" for photo, mime in shown)
            assert len(photos) - len(shown) == 10  # one in eight shows the generated avatar
            assert all(e.endswith("@demo.example") for e in session.scalars(select(Staff.email)))
        # The build itself, one change row per waiting visitor (every open board hears of
        # them), then the demo's memos, cases and the supervisor's decisions, through their
        # services.
        actions = [e.action for e in backend.audit.recent(auditor(backend))]
        assert actions[-1] == "demo.build"
        assert actions[-6:-1] == ["demo.visit"] * 5
        assert {a.split(".")[0] for a in actions[:-6]} == {
            "memo", "case", "compensation", "voucher", "corrective", "survey",
        }
    finally:
        backend.close()


def test_demo_board_shows_every_clock_state(db_url: str, fake_clock, mss_charter) -> None:
    backend = _open(db_url, fake_clock, mss_charter)
    try:
        ensure_demo(backend, now=NOW)
        board = backend.visits.list_waiting()
        states = [
            clock_state(NOW, v.greeting_due_at, v.greeting_warn_at, v.greeted_at) for v in board
        ]
        assert set(states) == {
            ClockColour.GREEN, ClockColour.AMBER, ClockColour.RED, ClockColour.MET,
            ClockColour.LATE,
        }
        assert all(v.checked_in_at <= NOW and v.officer_label for v in board)
        greeted = [v for v in board if v.greeted_at is not None]
        assert greeted and all(v.greeted_by for v in greeted)
    finally:
        backend.close()


def test_demo_has_a_year_of_closed_visits(db_url: str, fake_clock, mss_charter) -> None:
    backend = _open(db_url, fake_clock, mss_charter)
    try:
        ensure_demo(backend, now=NOW)
        with backend.db.read() as session:
            closed = session.execute(
                select(Visit.checked_in_at, Visit.greeting_due_at, Visit.greeted_at)
                .where(Visit.checked_out_at.is_not(None))
            ).all()
        # About 250 working days at 15–30 visits a day.
        assert 240 * 15 <= len(closed) <= 255 * 30
        days = {to.astimezone(SEOUL).date() for to, _, _ in closed}
        assert (NOW - timedelta(days=366)).date() <= min(days) <= (NOW - timedelta(days=360)).date()
        assert all(d.weekday() < 5 for d in days)
        in_time = sum(1 for _, due, greeted in closed if greeted is not None and greeted <= due)
        assert 0.8 < in_time / len(closed) < 0.97  # mostly in time, some late
    finally:
        backend.close()


def test_demo_is_the_same_for_the_same_seed(tmp_path, fake_clock, mss_charter) -> None:
    rosters = []
    for name in ("a.db", "b.db"):
        backend = _open(f"sqlite:///{tmp_path / name}", fake_clock, mss_charter)
        try:
            ensure_demo(backend, now=NOW, seed=7)
            rosters.append([(s.name, s.position, s.extension) for s in backend.staff.list_active()])
        finally:
            backend.close()
    assert rosters[0] == rosters[1]


def test_demo_desk_works_like_any_desk(tmp_path, fake_clock, mss_charter) -> None:
    backend = _open(f"sqlite:///{tmp_path / 'demo.db'}", fake_clock, mss_charter)
    try:
        ensure_demo(backend)  # now from the backend's clock
        before = len(backend.visits.list_waiting())
        view = backend.visits.check_in(demo_actor(backend), CheckInRequest("홍길동"))
        assert view.checked_in_at == fake_clock()
        assert len(backend.visits.list_waiting()) == before + 1
    finally:
        backend.close()


def test_demo_is_not_built_over_an_existing_agency(backend: Backend) -> None:
    assert ensure_demo(backend) is False
    assert len(backend.staff.list_active()) == 5


def test_demo_shows_deputies_at_work(sqlite_url: str, fake_clock, mss_charter) -> None:
    fake_clock.set(NOW)
    backend = _open(sqlite_url, fake_clock, mss_charter)
    try:
        ensure_demo(backend, now=NOW)
        snap = backend.directory.snapshot()
        away = [snap.presence(e.id, NOW) for e in snap.active]
        away = [p for p in away if not p.present]
        assert len(away) >= 5
        # Someone is covered by a deputy, and the words say who and until when.
        covered = next(p for p in away if p.outcome == "deputy")
        assert covered.acting is not None
        assert f"→ 업무대행 {covered.acting.name}" in snap.status_text(covered, NOW)
    finally:
        backend.close()


def test_demo_desk_has_memos_with_running_clocks(sqlite_url: str, fake_clock, mss_charter) -> None:
    fake_clock.set(NOW)
    backend = _open(sqlite_url, fake_clock, mss_charter)
    try:
        ensure_demo(backend, now=NOW)
        mine = backend.memos.mine(demo_actor(backend).staff_id)
        assert len(mine) >= 2
        assert all(m.due_at is not None for m in mine)
        assert any(m.attempts == 2 for m in mine)  # called twice, nobody answered yet
        routed = [m for m in backend.memos.open_memos() if m.asked_for_id not in (None, m.holder_id)]
        assert routed and all(m.routed_note for m in routed)
    finally:
        backend.close()


def test_the_demo_has_cases_in_every_state_the_desk_watches(
    sqlite_url: str, mss_charter: Charter
) -> None:
    with Backend.open(sqlite_url, charter=mss_charter, desk="1층 민원안내") as backend:
        ensure_demo(backend)
        now = backend.clock()
        states = {c.status(now) for c in backend.cases.cases()}
        assert {CaseStatus.DONE, CaseStatus.PAUSED, CaseStatus.OVERDUE} <= states
        assert any(c.extensions for c in backend.cases.cases())
        assert backend.cases.late()  # the flag has something to show


def test_the_demo_gives_the_supervisor_candidates_vouchers_and_a_corrective_action(
    sqlite_url: str, mss_charter: Charter
) -> None:
    from minwon_desk.domain.compensation import CompensationKind

    with Backend.open(sqlite_url, charter=mss_charter, desk="1층 민원안내") as backend:
        ensure_demo(backend)
        year = backend.clock().year
        open_kinds = {c.kind for c in backend.compensation.candidates(auditor(backend))}
        assert {CompensationKind.REPEAT_VISIT, CompensationKind.DEADLINE_WITHOUT_NOTICE,
                CompensationKind.BRIBERY_REPORT} <= open_kinds
        decided = [c for c in backend.compensation.candidates(auditor(backend), include_decided=True) if c.decided]
        assert len(decided) >= 3
        vouchers = backend.compensation.vouchers(auditor(backend), year)
        assert any(v.voided for v in vouchers) and any(not v.voided for v in vouchers)
        assert backend.compensation.budget(year) == 600_000
        [action] = backend.corrective.actions(auditor(backend))
        assert action.can_notify
        results = backend.survey.results(year)
        assert len(results.items) == 5 and results.responses == 40
        assert results.ratings.count > 0  # some visitors tapped a rating at check-out


def test_last_months_report_has_figures_for_every_promise(fake_clock, mss_charter, sqlite_url: str) -> None:
    fake_clock.set(NOW)
    backend = _open(sqlite_url, fake_clock, mss_charter)
    try:
        ensure_demo(backend, now=NOW)
        june = backend.inspection.monthly(2026, 6)
        for measure in (june.greeting, june.callback, june.cases_on_time):
            assert measure.total > 0 and measure.met > 0, june
        assert [v.issued_at.month for v in june.vouchers] == [6]
        assert not june.is_empty
        # The trend reaches back a year: every month of it has callbacks kept.
        assert all(point.callback.total > 0 for point in june.trend)
    finally:
        backend.close()
