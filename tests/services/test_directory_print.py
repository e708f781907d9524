"""The printed directory: who appears on an office's poster and on a department's
nameplates, in what order, and what happens when the office or department is unclear."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import update

from minwon_desk.domain.errors import NotFoundError, ValidationError
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.store.models import Department, Staff
from tests.support.seed import SmallAgency


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (600, 800), (200, 210, 230)).save(out, format="JPEG")
    return out.getvalue()


def _office(backend: Backend, actor: Actor, agency: SmallAgency) -> int:
    """창업정책과실: 박지호 with a photo, 이서연 with an old SVG picture, the departed 정하늘,
    and one free desk."""
    offices = backend.offices
    office = offices.add_office(actor, name="창업정책과실", building="본관", floor="3층", cols=16, rows=10)
    offices.add_room(actor, office, name="출입구", kind="entrance", x=0, y=8, w=2, h=2)
    park, lee = agency.officers[2], agency.officers[1]
    offices.add_seat(actor, office, label="A-01", x=2, y=1, w=4, h=2, staff_id=park.id)
    offices.add_seat(actor, office, label="A-02", x=6, y=1, w=4, h=2, staff_id=lee.id)
    offices.add_seat(actor, office, label="A-03", x=2, y=4, w=4, h=2)
    backend.roster.set_photo(actor, park.id, _jpeg())
    with backend.db.transaction() as session:
        session.execute(update(Staff).where(Staff.id == lee.id).values(
            photo=b"<svg/>", photo_mime="image/svg+xml", duties="창업교육\n청년창업"))
    return office


def test_the_poster_shows_active_staff_with_printable_photos(
    db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    office = _office(db_backend, db_actor, db_agency)
    departed = db_agency.inactive
    with db_backend.db.transaction() as session:
        session.execute(update(Staff).where(Staff.id == departed.id).values(active=True))
    db_backend.offices.add_seat(db_actor, office, label="A-04", x=6, y=4, w=4, h=2,
                                staff_id=departed.id)
    with db_backend.db.transaction() as session:
        session.execute(update(Staff).where(Staff.id == departed.id).values(active=False))

    plan = db_backend.offices.find_office("창업정책과실")
    people = db_backend.directory_print.poster_people(plan)
    park, lee = db_agency.officers[2], db_agency.officers[1]
    assert set(people) == {park.id, lee.id}
    assert people[park.id].photo is not None and people[park.id].photo[:2] == b"\xff\xd8"
    assert people[lee.id].photo is None  # an SVG is not printed: the avatar is
    assert people[lee.id].duties == "창업교육, 청년창업"
    assert (people[park.id].name, people[park.id].position, people[park.id].extension) == (
        "박지호", "서기관", "1301")

    data = db_backend.directory_print.seating_chart_pdf(plan, paper="A3")
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "박지호" in text and "이서연" in text and departed.name not in text
    assert "기준일 2026. 7. 2." in text  # today, by the backend's clock
    assert "테스트 중소기업청" in text


def test_an_unknown_paper_is_refused(backend: Backend, actor: Actor, agency: SmallAgency) -> None:
    _office(backend, actor, agency)
    plan = backend.offices.find_office("창업정책과실")
    with pytest.raises(ValidationError) as caught:
        backend.directory_print.seating_chart_pdf(plan, paper="B4")
    assert "A4 또는 A3" in caught.value.message


def _names(backend: Backend, department: str) -> list[str]:
    return [p.name for p in backend.directory_print.nameplate_people(department)]


def test_nameplates_follow_the_organisation_chart(db_backend: Backend) -> None:
    # 본부 holds every unit: 민원안내팀, 혁신행정담당관, 창업정책과, in that order;
    # within one, by seniority; 정하늘 has left.
    assert _names(db_backend, "본부") == ["안내원", "김민준", "최유진", "박지호", "이서연"]
    plates = db_backend.directory_print.nameplate_people("창업정책과")
    assert [(p.name, p.position, p.department) for p in plates] == [
        ("박지호", "서기관", "창업정책과"), ("이서연", "주무관", "창업정책과")]


def test_the_department_head_comes_first(db_backend: Backend, db_agency: SmallAgency) -> None:
    lee = db_agency.officers[1]
    with db_backend.db.transaction() as session:
        session.execute(update(Department).where(Department.name == "창업정책과").values(head_id=lee.id))
    assert _names(db_backend, "창업정책과") == ["이서연", "박지호"]


@pytest.mark.parametrize("query", ["본부 > 창업정책과", " 본부>창업정책과 ", "창업정책", "창업정책과"])
def test_a_department_by_name_path_or_part_of_its_name(backend: Backend, query: str) -> None:
    assert _names(backend, query) == ["박지호", "이서연"]


def test_an_unknown_department_lists_the_known_ones(backend: Backend) -> None:
    with pytest.raises(NotFoundError) as caught:
        backend.directory_print.nameplate_people("총무과")
    message = caught.value.message
    assert "'총무과' 부서를 찾을 수 없습니다" in message
    assert "본부 > 혁신행정담당관" in message and "본부 > 창업정책과" in message


def test_two_units_with_one_name_ask_for_the_path(backend: Backend) -> None:
    with backend.db.transaction() as session:
        hq = session.query(Department).filter_by(name="본부").one()
        branch = Department(agency_id=hq.agency_id, parent_id=None, name="지방청", kind="지방청")
        session.add(branch)
        session.flush()
        session.add(Department(agency_id=hq.agency_id, parent_id=branch.id, name="창업정책과", kind="과"))
    with pytest.raises(ValidationError) as caught:
        backend.directory_print.nameplate_people("창업정책과")
    assert "여러 곳" in caught.value.message and "지방청 > 창업정책과" in caught.value.message
    assert _names(backend, "본부 > 창업정책과") == ["박지호", "이서연"]
    assert backend.directory_print.department_paths()[-2:] == ["지방청", "지방청 > 창업정책과"]


def test_nameplates_for_a_unit_with_nobody_are_refused(backend: Backend) -> None:
    with backend.db.transaction() as session:
        hq = session.query(Department).filter_by(name="본부").one()
        session.add(Department(agency_id=hq.agency_id, parent_id=hq.id, name="감사담당관", kind="과"))
    assert _names(backend, "감사담당관") == []
    with pytest.raises(NotFoundError) as caught:
        backend.directory_print.nameplates_pdf("감사담당관")
    assert "재직 중인 직원이 없어" in caught.value.message


def test_nameplates_pdf_reads_back(backend: Backend) -> None:
    data = backend.directory_print.nameplates_pdf("혁신행정담당관")
    pages = PdfReader(io.BytesIO(data)).pages
    assert len(pages) == 1
    text = pages[0].extract_text()
    assert text.count("김민준") == 2 and text.count("최유진") == 2
    assert "테스트 중소기업청" in text
