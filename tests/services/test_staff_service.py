"""Looking up staff for the check-in form."""

from __future__ import annotations

import pytest

from minwon_desk.domain.errors import NotFoundError
from minwon_desk.services.backend import Backend
from tests.support.seed import SmallAgency


def test_active_staff_in_chart_order(db_backend: Backend, db_agency: SmallAgency) -> None:
    rows = [(s.department, s.name) for s in db_backend.staff.list_active()]
    assert rows == [
        ("민원안내팀", "안내원"),
        ("혁신행정담당관", "김민준"),
        ("혁신행정담당관", "최유진"),
        ("창업정책과", "박지호"),
        ("창업정책과", "이서연"),
    ]
    assert db_agency.inactive.name not in {name for _, name in rows}


def test_lookup_by_id_and_employee_number(db_backend: Backend, db_agency: SmallAgency) -> None:
    officer = db_agency.officers[0]
    assert db_backend.staff.get(officer.id) == officer
    assert db_backend.staff.by_employee_no(officer.employee_no) == officer
    assert officer.label == "김민준 사무관 (혁신행정담당관, 내선 1201)"
    # Someone who left is still found by id: old visits and audit rows name them.
    assert db_backend.staff.get(db_agency.inactive.id).name == "정하늘"


def test_unknown_staff_is_not_found(db_backend: Backend) -> None:
    with pytest.raises(NotFoundError):
        db_backend.staff.get(999_999)
    with pytest.raises(NotFoundError, match="X9999"):
        db_backend.staff.by_employee_no("X9999")
