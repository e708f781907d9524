"""The administrator's roster: departments, staff, default deputies, photos."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from minwon_desk.domain.errors import StateError, ValidationError
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, StaffEdit
from minwon_desk.services.events import StaffChanged
from minwon_desk.store.models import AuditEntry, Staff
from tests.support.seed import SmallAgency

pytestmark = pytest.mark.pg


def _dept(backend: Backend, name: str) -> int:
    return next(d.id for d in backend.roster.departments() if d.name == name)


def test_departments_read_like_the_organisation_chart(db_backend: Backend, db_agency: SmallAgency) -> None:
    views = db_backend.roster.departments()
    assert [v.path for v in views] == [
        "본부", "본부 > 민원안내팀", "본부 > 혁신행정담당관", "본부 > 창업정책과",
    ]
    assert [v.depth for v in views] == [0, 1, 1, 1]


def test_a_new_team_goes_under_its_division(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor
) -> None:
    parent = _dept(db_backend, "창업정책과")
    team_id = db_backend.roster.add_department(db_actor, name="창업지원팀", kind="팀", parent_id=parent)
    view = next(v for v in db_backend.roster.departments() if v.id == team_id)
    assert view.path == "본부 > 창업정책과 > 창업지원팀"
    with pytest.raises(ValidationError, match="이미"):
        db_backend.roster.add_department(db_actor, name="창업지원팀", kind="팀", parent_id=parent)


def test_a_unit_cannot_move_under_its_own_team(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor
) -> None:
    parent = _dept(db_backend, "창업정책과")
    team = db_backend.roster.add_department(db_actor, name="창업지원팀", kind="팀", parent_id=parent)
    with pytest.raises(ValidationError, match="하위 부서"):
        db_backend.roster.update_department(
            db_actor, parent, name="창업정책과", kind="과", parent_id=team, head_id=None
        )


def test_staff_form_round_trips_and_refuses_a_taken_employee_number(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor
) -> None:
    seen: list[StaffChanged] = []
    db_backend.events.subscribe(StaffChanged, seen.append)
    kim = db_agency.officers[0]
    form = db_backend.roster.edit_form(kim.id)
    db_backend.roster.save_staff(
        db_actor,
        StaffEdit(**{**_fields(form), "extension": "1299", "duties": "혁신,  정부혁신평가 ,"}),
    )
    again = db_backend.roster.edit_form(kim.id)
    assert (again.extension, again.duties) == ("1299", "혁신, 정부혁신평가")
    assert seen == [StaffChanged((kim.id,))]
    with pytest.raises(ValidationError) as err:
        db_backend.roster.save_staff(db_actor, StaffEdit(**{**_fields(again), "id": None}))
    assert err.value.field == "employee_no" and "김민준" in str(err.value)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": "  "}, "name"),
        ({"email": "kim@"}, "email"),
        ({"extension": "내선12"}, "extension"),
        ({"duties": "민원, 900101-1234567 확인"}, "duties"),
    ],
)
def test_bad_staff_input_changes_nothing(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor, change: dict[str, str], field: str
) -> None:
    kim = db_agency.officers[0]
    form = db_backend.roster.edit_form(kim.id)
    with pytest.raises(ValidationError) as err:
        db_backend.roster.save_staff(db_actor, StaffEdit(**{**_fields(form), **change}))
    assert err.value.field == field
    assert db_backend.roster.edit_form(kim.id) == form


def test_default_deputy_cannot_be_oneself_or_someone_who_left(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor
) -> None:
    kim = db_agency.officers[0]
    with pytest.raises(ValidationError, match="자기 자신"):
        db_backend.roster.set_default_deputy(db_actor, kim.id, kim.id)
    with pytest.raises(ValidationError, match="비활성"):
        db_backend.roster.set_default_deputy(db_actor, kim.id, db_agency.inactive.id)


def test_deactivating_keeps_the_person_and_audits(
    db_backend: Backend, db_agency: SmallAgency, db_actor: Actor
) -> None:
    kim = db_agency.officers[0]
    db_backend.roster.set_active(db_actor, kim.id, False)
    with db_backend.db.read() as session:
        assert session.scalar(select(Staff.active).where(Staff.id == kim.id)) is False
        assert session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "staff.deactivate")
        ) == 1
    with pytest.raises(StateError):
        db_backend.roster.set_active(db_actor, db_actor.staff_id, False)


def _fields(form: StaffEdit) -> dict[str, object]:
    return {name: getattr(form, name) for name in StaffEdit.__slots__}
