"""Words below the window in English: what the screen shows follows the desk's language,
what a record keeps stays Korean (the deputy chain's routing note, the working time left
as a note says it), and the floor plan's rules speak English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from minwon_desk.domain import i18n
from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.errors import NotFoundError, ValidationError
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.domain.working_clock import working_remaining, working_remaining_ko
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.queries import document_label, event_label
from minwon_desk.services.directory.floor_rules import Box, Placed, check_desk, room_kind_label
from minwon_desk.services.dto import Actor, DirectoryEntry
from minwon_desk.services.routing import route
from minwon_desk.translations import lookup_for
from tests.conftest import FakeClock
from tests.domain.test_deputy import KIM, LEAVE, TRIP, away, resolve_with
from tests.support.seed import SmallAgency


@pytest.fixture
def english() -> Iterator[None]:
    before = i18n.installed()
    lookup = lookup_for("en")
    assert lookup is not None
    i18n.install(lookup)
    yield
    i18n.install(before)


def test_in_korean_the_screen_and_the_record_say_the_same() -> None:
    r = resolve_with(KIM, away(KIM, TRIP, -1, 8), away(2, LEAVE, -24, 48))
    assert r.shown == r.message != ""


def test_the_deputy_chain_is_explained_in_english_and_noted_in_korean(english: None) -> None:
    r = resolve_with(KIM, away(KIM, TRIP, -1, 8), away(2, LEAVE, -24, 48))
    assert r.message == (
        "출장 중인 김철수 주무관의 업무대행자 이영희 주무관도 휴가 중이고, "
        "대행 순서가 다시 김철수 주무관으로 돌아와 부서장 박민수 과장에게 연결합니다."
    )
    assert r.shown == (
        "김철수 주무관 is away (business trip) and their deputy 이영희 주무관 is away too "
        "(leave), and the order of deputies comes back round to 김철수 주무관, so it goes "
        "to the head of department, 박민수 과장."
    )


def test_the_front_desk_is_asked_in_english(english: None) -> None:
    r = resolve_with(3, away(3, TRIP, -1, 8), away(4, LEAVE, -48, 48))
    assert r.shown == (
        "최지훈 주무관 is away (business trip) and has no deputy named. The head of "
        "department, 박민수 과장, is away too (leave), so please take the message at the "
        "front desk and pass it on."
    )
    assert "안내 데스크에서 용건을 받아" in r.message


def test_working_time_left_in_english_beside_the_korean_note(english: None) -> None:
    now, due = datetime(2026, 7, 2, 16, 27, tzinfo=SEOUL), datetime(2026, 7, 3, 10, 27, tzinfo=SEOUL)
    assert working_remaining(now, due, WorkingCalendar()) == "3 h of working time left · due tomorrow 10:27"
    assert working_remaining_ko(now, due, WorkingCalendar()) == "근무시간 3시간 남음 · 내일 10:27까지"
    weekend = datetime(2026, 7, 3, 17, 0, tzinfo=SEOUL), datetime(2026, 7, 6, 11, 0, tzinfo=SEOUL)
    assert working_remaining(*weekend, WorkingCalendar()) == "3 h of working time left · due Mon 7/6 11:00"


def test_the_case_history_and_documents_are_named_in_english(english: None) -> None:
    assert event_label("pause") == "Missing material requested (deadline paused)"
    assert document_label("interim", 2) == "Interim notice (no. 2)"
    assert event_label("someday") == "someday"  # an unknown kind as stored


def test_the_floor_plan_rules_speak_english(english: None) -> None:
    desk = Placed(1, "desk", "A-01", Box(0, 0, 2, 2))
    door = Placed(2, "entrance", "정문", Box(4, 0, 2, 1))
    with pytest.raises(ValidationError) as overlap:
        check_desk(Box(1, 1, 2, 2), 10, 10, [desk])
    assert overlap.value.message == "It overlaps another desk (A-01). Please move it to free cells."
    with pytest.raises(ValidationError) as doorway:
        check_desk(Box(4, 0, 1, 1), 10, 10, [door])
    assert doorway.value.message == "A desk cannot go here: Entrance (정문). Please move it to other cells."
    with pytest.raises(ValidationError) as outside:
        check_desk(Box(9, 9, 2, 2), 10, 10, [])
    assert outside.value.message.startswith("Desk goes outside the floor plan.")
    assert room_kind_label("wall") == "Wall or cabinet"


def test_the_directory_says_where_someone_is_in_english(
    english: None, backend: Backend, agency: SmallAgency, actor: Actor, fake_clock: FakeClock
) -> None:
    officer, deputy = agency.officers[0], agency.officers[1]
    backend.absences.add(
        actor, staff_id=officer.id, kind=AbsenceKind.TRIP,
        starts_at=fake_clock() - timedelta(hours=1), ends_at=datetime(2026, 7, 3, 18, tzinfo=SEOUL),
        deputy_id=deputy.id,
    )
    snap = backend.directory.snapshot()
    text = snap.status_text(snap.presence(officer.id, fake_clock()), fake_clock())
    assert text == "Away: business trip (until 7/3) → deputy 이서연 주무관, ext. 1302"
    # The routing note a record keeps says it in Korean.
    assert snap.until_text(datetime(2026, 7, 3, 18, tzinfo=SEOUL), fake_clock()) == "7/3까지"


class _OneOfficer:
    """A directory with one officer, who has left: what routing reads, nothing more."""

    def __init__(self, entry: DirectoryEntry) -> None:
        self._entry = entry

    def snapshot(self, since: datetime | None = None) -> _OneOfficer:
        return self

    def entry(self, staff_id: int) -> DirectoryEntry:
        if staff_id != self._entry.id:
            raise NotFoundError(f"no staff {staff_id}")
        return self._entry


def test_work_sent_to_nobody_on_the_roster_is_refused_in_english(english: None) -> None:
    gone = DirectoryEntry(7, "T0007", "한가람", "주무관", 1, "민원과", "민원과", "", "", (),
                          None, None, "", False, None, active=False)
    at = datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)
    with pytest.raises(ValidationError) as missing:
        route(_OneOfficer(gone), 99, at, field="asked_for", nobody="", calendar=WorkingCalendar())
    assert missing.value.message == (
        "The chosen staff member is not on the staff roster. Please choose the staff member again."
    )
    with pytest.raises(ValidationError) as left:
        route(_OneOfficer(gone), 7, at, field="to_staff", nobody="", calendar=WorkingCalendar())
    assert left.value.message == "한가람 no longer works here. Please choose someone else."
