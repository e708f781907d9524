"""The directory as the desk uses it: search, where someone sits, who acts for them."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, StaffEdit
from minwon_desk.store.models import Agency, Office, Seat
from tests.support.seed import SmallAgency

pytestmark = pytest.mark.pg


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 7, day, hour, minute, tzinfo=SEOUL)


def test_search_finds_by_initials_name_extension_and_department(
    db_backend: Backend, db_agency: SmallAgency
) -> None:
    snap = db_backend.directory.snapshot()
    assert [e.name for e in snap.search("ㄱㅁㅈ")] == ["김민준"]
    assert [e.name for e in snap.search("서연")] == ["이서연"]
    assert [e.name for e in snap.search("1302")] == ["이서연"]
    assert {e.name for e in snap.search("창업정책")} == {"이서연", "박지호"}
    # The inactive officer has left: the desk does not offer them.
    assert snap.search("정하늘") == []


def test_entry_carries_department_path_and_seat(
    db_backend: Backend, db_agency: SmallAgency
) -> None:
    officer = db_agency.officers[0]
    with db_backend.db.transaction() as session:
        agency_id = session.query(Agency.id).scalar()
        office = Office(agency_id=agency_id, name="혁신행정담당관실", floor="3층", cols=20, rows=10,
                        building="", sort_order=0)
        session.add(office)
        session.flush()
        session.add(Seat(office_id=office.id, label="A-12", x=1, y=1, w=2, h=1, staff_id=officer.id))
    entry = db_backend.directory.snapshot().entry(officer.id)
    assert entry.department_path == "본부 > 혁신행정담당관"
    assert entry.seat == "3층 A-12"


def test_absent_officer_shows_the_deputy_with_extension_and_until(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor, fake_clock
) -> None:
    kim, lee = db_agency.officers[0], db_agency.officers[1]
    db_backend.absences.add(
        db_actor, staff_id=kim.id, kind=AbsenceKind.TRIP, starts_at=_at(2, 9),
        ends_at=_at(3, 18), deputy_id=lee.id,
    )
    snap = db_backend.directory.snapshot()
    presence = snap.presence(kim.id, fake_clock())
    assert presence.status == "출장"
    assert presence.acting is not None and presence.acting.name == "이서연"
    assert snap.status_text(presence, fake_clock()) == (
        "출장 중 (7/3까지) → 업무대행 이서연 주무관, 내선 1302"
    )
    # Back at the absence's end: present again, exactly then.
    back = snap.presence(kim.id, _at(3, 18))
    assert back.present and snap.status_text(back, _at(3, 18)) == "재실"


def test_absence_without_a_deputy_uses_the_default_deputy(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor, fake_clock
) -> None:
    kim, choi = db_agency.officers[0], db_agency.officers[3]
    db_backend.roster.set_default_deputy(db_actor, kim.id, choi.id)
    db_backend.absences.add(
        db_actor, staff_id=kim.id, kind=AbsenceKind.LEAVE, starts_at=_at(2, 9),
        ends_at=_at(2, 15),
    )
    snap = db_backend.directory.snapshot()
    presence = snap.presence(kim.id, fake_clock())
    assert presence.acting is not None and presence.acting.name == "최유진"
    assert snap.status_text(presence, fake_clock()).startswith("휴가 중 (15:00까지) → 업무대행 최유진")


def test_cancelled_absence_no_longer_counts(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor, fake_clock
) -> None:
    kim = db_agency.officers[0]
    absence_id = db_backend.absences.add(
        db_actor, staff_id=kim.id, kind=AbsenceKind.MEETING, starts_at=_at(2, 9),
        ends_at=_at(2, 11),
    )
    db_backend.absences.cancel(db_actor, absence_id)
    assert db_backend.directory.snapshot().presence(kim.id, fake_clock()).present
    kept = db_backend.absences.list(staff_id=kim.id, include_cancelled=True)
    assert [a.cancelled for a in kept] == [True]


def test_find_answers_for_another_moment(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor
) -> None:
    lee, park = db_agency.officers[1], db_agency.officers[2]
    db_backend.absences.add(
        db_actor, staff_id=lee.id, kind=AbsenceKind.TRAINING,
        starts_at=_at(20, 9), ends_at=_at(24, 18), deputy_id=park.id,
    )
    [(entry, now)] = db_backend.directory.find("이서연")
    assert entry.name == "이서연" and now.present
    [(_, later)] = db_backend.directory.find("이서연", at=_at(21, 10))
    assert later.status == "교육" and later.acting is not None
    assert later.acting.name == "박지호"


def test_a_new_officer_is_found_once_saved(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor
) -> None:
    snap = db_backend.directory.snapshot()
    dept = snap.entry(db_agency.officers[0].id).department_id
    db_backend.roster.save_staff(
        db_actor,
        StaffEdit(employee_no="T0100", name="김종윤", position="주무관", department_id=dept,
                  extension="1234", duties="민원 안내, 전화 응대"),
    )
    fresh = db_backend.directory.snapshot()
    assert [e.name for e in fresh.search("ㄱㅈㅇ")] == ["김종윤"]
    assert fresh.search("전화")[0].duties == ("민원 안내", "전화 응대")


def test_snapshot_leaves_out_absences_long_over(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor, fake_clock
) -> None:
    kim = db_agency.officers[0]
    db_backend.absences.add(
        db_actor, staff_id=kim.id, kind=AbsenceKind.LEAVE,
        starts_at=fake_clock() - timedelta(days=10), ends_at=fake_clock() - timedelta(days=9),
    )
    assert db_backend.absences.list(staff_id=kim.id) == []
    assert db_backend.directory.snapshot().presence(kim.id, fake_clock()).present
