"""A repeat visit recorded at check-in (linked to the earlier visit, perhaps a staff error),
the picker of earlier visits, and the visitor's one-tap rating at check-out."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from minwon_desk.domain.errors import StateError, ValidationError
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, CheckInRequest
from minwon_desk.services.events import Event, VisitChanged
from minwon_desk.store.models import AuditEntry, Visit
from tests.support.seed import SmallAgency


def _visit_row(backend: Backend, visit_id: int) -> Visit:
    with backend.db.read() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        return visit


def _audit(backend: Backend, action: str) -> list[dict[str, object]]:
    with backend.db.read() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
        )
        return [json.loads(r.detail) for r in rows]


def _visit_on(backend: Backend, actor: Actor, clock, day: datetime, name: str, phone: str = "",
              purpose: str = "", officer_id: int | None = None) -> int:
    now = clock()
    clock.set(day)
    try:
        return backend.visits.check_in(actor, CheckInRequest(name, phone, purpose, officer_id)).id
    finally:
        clock.set(now)


def test_a_staff_error_repeat_is_stored_with_its_link_and_note(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock
) -> None:
    officer = db_agency.officers[1]
    earlier = _visit_on(db_backend, db_actor, fake_clock, datetime(2026, 6, 29, 14, 0, tzinfo=SEOUL),
                        "홍길동", "010-1234-5678", "보조금 신청", officer.id)
    seen: list[Event] = []
    db_backend.events.subscribe(Event, seen.append)

    view = db_backend.visits.check_in(db_actor, CheckInRequest(
        "홍길동", "010-1234-5678", "보조금 신청 서류 보완", officer.id,
        repeat_of_id=earlier, repeat_staff_error=True, repeat_note="  필요 서류를 잘못 안내함  ",
    ))

    assert (view.repeat_of_id, view.repeat_staff_error, view.repeat_note) == (
        earlier, True, "필요 서류를 잘못 안내함")
    row = _visit_row(db_backend, view.id)
    assert (row.repeat_of_id, row.repeat_staff_error, row.repeat_note) == (
        earlier, True, "필요 서류를 잘못 안내함")
    assert db_backend.visits.get(view.id) == view
    assert seen == [VisitChanged(view.id, "checked_in")]
    # The trail says it was a staff-error repeat, without the note's free text.
    detail = _audit(db_backend, "visit.check_in")[-1]
    assert detail["repeat_of_id"] == earlier and detail["repeat_staff_error"] is True
    assert "필요 서류" not in json.dumps(detail, ensure_ascii=False)


def test_a_plain_repeat_needs_only_the_link_and_a_first_visit_nothing(
    db_backend: Backend, db_actor: Actor, fake_clock
) -> None:
    earlier = _visit_on(db_backend, db_actor, fake_clock, datetime(2026, 7, 1, 9, 0, tzinfo=SEOUL),
                        "김영희")
    repeat = db_backend.visits.check_in(db_actor, CheckInRequest("김영희", repeat_of_id=earlier))
    assert (repeat.repeat_of_id, repeat.repeat_staff_error, repeat.repeat_note) == (earlier, False, "")
    first = db_backend.visits.check_in(db_actor, CheckInRequest("이몽룡"))
    row = _visit_row(db_backend, first.id)
    assert (row.repeat_of_id, row.repeat_staff_error, row.repeat_note) == (None, False, "")
    assert "repeat_of_id" not in _audit(db_backend, "visit.check_in")[-1]


@pytest.mark.parametrize(
    ("repeat_of", "staff_error", "note", "field", "words"),
    [
        (None, True, "서류 안내 잘못", "repeat_of_id", "지난 방문 목록에서 골라"),
        (None, False, "무언가 잘못됨", "repeat_of_id", "지난 방문 목록에서 골라"),
        ("earlier", True, "   ", "repeat_note", "짧게 적어 주세요"),
        ("earlier", True, "가" * 201, "repeat_note", "200자까지"),
        ("earlier", True, "본인확인 800101-1234567 요구", "repeat_note", "주민등록번호"),
        (999_999, False, "", "repeat_of_id", "찾을 수 없습니다"),
        ("later", False, "", "repeat_of_id", "먼저 접수된 방문이 아닙니다"),
    ],
)
def test_bad_repeat_details_are_refused_and_nothing_is_written(
    backend: Backend, actor: Actor, fake_clock,
    repeat_of: int | str | None, staff_error: bool, note: str, field: str, words: str,
) -> None:
    earlier = _visit_on(backend, actor, fake_clock, datetime(2026, 7, 1, 9, 0, tzinfo=SEOUL),
                        "홍길동")
    later = _visit_on(backend, actor, fake_clock, datetime(2026, 7, 2, 11, 0, tzinfo=SEOUL),
                      "홍길동")
    link = earlier if repeat_of == "earlier" else later if repeat_of == "later" else repeat_of
    assert not isinstance(link, str)
    before = len(backend.visits.list_waiting())
    with pytest.raises(ValidationError) as caught:
        backend.visits.check_in(actor, CheckInRequest(
            "홍길동", repeat_of_id=link, repeat_staff_error=staff_error, repeat_note=note))
    assert caught.value.field == field
    assert words in caught.value.message
    assert len(backend.visits.list_waiting()) == before


def test_earlier_visits_match_the_name_or_the_phone_newest_first(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency, fake_clock
) -> None:
    officer = db_agency.officers[0]
    day = datetime(2026, 6, 1, 10, 0, tzinfo=SEOUL)
    by_name = _visit_on(db_backend, db_actor, fake_clock, day, "홍길동", "", "사업 문의", officer.id)
    by_phone = _visit_on(db_backend, db_actor, fake_clock, day + timedelta(days=7), "홍 길동",
                         "010-1234-5678", "서류 제출")
    _visit_on(db_backend, db_actor, fake_clock, day + timedelta(days=8), "김영희", "010-9999-0000")
    newest = _visit_on(db_backend, db_actor, fake_clock, day + timedelta(days=20), "홍길동",
                       "010-1234-5678", "보완 서류")
    _visit_on(db_backend, db_actor, fake_clock, datetime(2026, 7, 2, 15, 0, tzinfo=SEOUL), "홍길동")

    found = db_backend.visits.earlier_visits(" 홍길동 ", "01012345678")
    assert [v.id for v in found] == [newest, by_phone, by_name]  # not the one later today
    assert found[2].purpose == "사업 문의"
    assert found[2].officer_label.startswith(officer.name)
    assert found[2].checked_in_at == day

    assert [v.id for v in db_backend.visits.earlier_visits("홍길동", "010-12")] == [newest, by_name]
    assert [v.id for v in db_backend.visits.earlier_visits("", "010-1234-5678", limit=1)] == [newest]
    assert db_backend.visits.earlier_visits("", "") == []
    assert db_backend.visits.earlier_visits("없는사람", "") == []


def test_a_rating_after_check_out_is_stored_replaced_and_audited(
    db_backend: Backend, db_actor: Actor
) -> None:
    visit = db_backend.visits.check_in(db_actor, CheckInRequest("홍길동"))
    with pytest.raises(StateError, match="퇴실한 뒤에"):
        db_backend.visits.rate(db_actor, visit.id, 5)
    db_backend.visits.check_out(db_actor, visit.id)
    seen: list[Event] = []
    db_backend.events.subscribe(Event, seen.append)

    assert db_backend.visits.rate(db_actor, visit.id, 4).rating == 4
    assert db_backend.visits.rate(db_actor, visit.id, 5).rating == 5

    assert _visit_row(db_backend, visit.id).rating == 5
    assert db_backend.visits.get(visit.id).rating == 5
    assert _audit(db_backend, "visit.rate") == [
        {"score": 4, "previous": None}, {"score": 5, "previous": 4}]
    assert seen == [VisitChanged(visit.id, "rated")] * 2


@pytest.mark.parametrize("score", [0, 6, -1, True])
def test_a_rating_off_the_scale_is_refused_in_korean(
    backend: Backend, actor: Actor, score: int
) -> None:
    visit = backend.visits.check_in(actor, CheckInRequest("홍길동"))
    backend.visits.check_out(actor, visit.id)
    with pytest.raises(ValidationError) as caught:
        backend.visits.rate(actor, visit.id, score)
    assert "1(매우 불만족)부터 5(매우 만족)까지" in caught.value.message
    assert _visit_row(backend, visit.id).rating is None
