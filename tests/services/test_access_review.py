"""The monthly access review counts what a privacy officer must look at, from rows written
here: views at 22:00 and on a Saturday, a bulk download with its reason, one account that
viewed far more than its peers, failed sign-ins and a lock, a role granted; and it records
that the review was done — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import text

from minwon_desk.domain.access_review_report import AccessReview
from minwon_desk.domain.errors import PermissionDenied, StorageError, ValidationError
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from tests.conftest import FakeClock
from tests.support.access_rows import at as _at
from tests.support.access_rows import write_month
from tests.support.seed import SmallAgency, actor_for, auditor

NOVEMBER = date(2026, 11, 1)


@pytest.fixture
def november(db_backend: Backend, db_agency: SmallAgency, fake_clock: FakeClock) -> AccessReview:
    write_month(db_backend, db_agency, fake_clock)
    return db_backend.access_review.month(auditor(db_backend), NOVEMBER)


def test_views_per_account_count_the_month_only(november: AccessReview) -> None:
    by_no = {a.person.staff_no: a for a in november.accounts}
    assert by_no["T0002"].views == 25
    assert by_no["T0003"].views == 2  # the 31st of October and the 1st of December left out
    assert by_no["T0001"].downloads == 250 and by_no["T0001"].views == 1
    assert november.accounts[0].person.staff_no == "T0002"  # the most views first
    assert november.rows == 25 + 2 + 1 + 2 + 1


def test_after_hours_are_the_night_and_the_saturday_not_the_lunch_break(
    november: AccessReview,
) -> None:
    found = [(a.at.strftime("%m-%d %H:%M"), a.person.staff_no, a.when)
             for a in november.after_hours]
    assert found == [("11-11 22:00", "T0003", "근무시간 외"), ("11-14 11:00", "T0004", "토요일")]
    assert {a.person.staff_no: a.after_hours for a in november.accounts}["T0003"] == 1


def test_the_bulk_download_is_listed_with_its_reason(november: AccessReview) -> None:
    [bulk] = november.bulk
    assert (bulk.person.staff_no, bulk.operation, bulk.count, bulk.reason) == (
        "T0001", "다운로드", 250, "감사원 자료 요구")


def test_the_one_heavy_viewer_among_officers(november: AccessReview) -> None:
    [heavy] = november.heavy
    assert heavy.person.staff_no == "T0002" and heavy.views == 25
    # peers: the other 담당자-only accounts (T0005 is 감독 too since the 21st): 2, 1, 0
    assert heavy.peers == 3 and heavy.peer_median == 1.0
    assert heavy.roles == "담당자"


def test_failed_sign_ins_the_lock_and_the_role_granted(november: AccessReview) -> None:
    kinds = [(e.person.staff_no, e.kind) for e in november.sign_ins]
    assert kinds == [("T0003", "로그인 실패")] * 4 + [("T0003", "계정 잠금")]
    [change] = november.role_changes
    assert (change.person.staff_no, change.kind, change.by) == ("T0005", "권한 부여", "안내원")
    assert "감독" in change.detail and "감독 업무 겸임" in change.detail


def test_recording_the_review_and_the_nudge_before_and_after_the_fifth(
    db_backend: Backend, fake_clock: FakeClock
) -> None:
    officer = auditor(db_backend)
    reviews = db_backend.access_review
    _at(fake_clock, 3, 10, month=12)
    nudge = reviews.nudge(officer)
    assert nudge is not None and not nudge.overdue and nudge.month == NOVEMBER
    assert nudge.text == "2026년 11월 접속기록 점검을 12월 5일까지 마치고 기록해 주세요."
    _at(fake_clock, 7, 9, month=12)
    nudge = reviews.nudge(officer)
    assert nudge is not None and nudge.overdue and "기한(12월 5일)이 지났습니다" in nudge.text
    with pytest.raises(ValidationError, match="점검 결과를 적어"):
        reviews.record(officer, NOVEMBER, finding="  ")
    record = reviews.record(officer, NOVEMBER, finding="22시 조회 1건 소명 받음")
    assert record.reviewer.staff_no == "T0001"
    assert reviews.nudge(officer) is None
    [kept] = reviews.month(officer, NOVEMBER).reviews
    assert kept.finding == "22시 조회 1건 소명 받음" and kept.at == datetime(
        2026, 12, 7, 9, 0, tzinfo=SEOUL)


def test_a_review_record_cannot_be_changed_or_deleted(
    db_backend: Backend, fake_clock: FakeClock
) -> None:
    _at(fake_clock, 3, 10, month=12)
    db_backend.access_review.record(auditor(db_backend), NOVEMBER, finding="이상 없음")
    for statement in ("UPDATE access_review SET finding = 'x'", "DELETE FROM access_review"):
        with pytest.raises(StorageError), db_backend.db.transaction() as session:
            session.execute(text(statement))


def test_a_month_to_come_is_refused_in_korean(db_backend: Backend, fake_clock: FakeClock) -> None:
    _at(fake_clock, 3, 10, month=12)
    with pytest.raises(ValidationError, match="2027년 1월은 아직 오지 않은 달입니다"):
        db_backend.access_review.month(auditor(db_backend), date(2027, 1, 1))
    this_month = db_backend.access_review.month(auditor(db_backend), date(2026, 12, 1))
    assert this_month.until == datetime(2026, 12, 3, 10, 0, tzinfo=SEOUL)


def test_only_the_privacy_officer_reviews(
    db_backend: Backend, db_agency: SmallAgency, fake_clock: FakeClock
) -> None:
    _at(fake_clock, 3, 10, month=12)
    officer = actor_for(db_backend, db_agency.officers[0])
    with pytest.raises(PermissionDenied, match="접속기록 점검"):
        db_backend.access_review.month(officer, NOVEMBER)
    with pytest.raises(PermissionDenied):
        db_backend.access_review.record(officer, NOVEMBER, finding="이상 없음")
