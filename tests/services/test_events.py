"""What the services announce after a write: the change named by its enum, where it was
made, and a committed write that stays a success whatever a listener does."""

from __future__ import annotations

import logging
from datetime import datetime

import pytest

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.memos import Outcome
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, CheckInRequest, MemoRequest, Origin
from minwon_desk.services.events import (
    CompensationChange,
    CompensationChanged,
    Event,
    EventBus,
    MemoChange,
    MemoChanged,
    VisitChange,
    VisitChanged,
)
from tests.conftest import FakeClock
from tests.support.seed import SmallAgency, actor_for
from tests.support.voucher_rows import VoucherRow, add_vouchers


def _memo(asked_for_id: int | None) -> MemoRequest:
    return MemoRequest(caller_name="홍길동", phone="010-1234-5678", gist="서류 문의",
                       asked_for_id=asked_for_id)


def test_a_listener_that_fails_does_not_undo_the_write_nor_silence_the_others(
    backend: Backend, actor: Actor, caplog: pytest.LogCaptureFixture
) -> None:
    heard: list[Event] = []

    def broken(_event: VisitChanged) -> None:
        raise RuntimeError("a view broke")

    backend.events.subscribe(VisitChanged, broken)
    backend.events.subscribe(VisitChanged, heard.append)
    with caplog.at_level(logging.ERROR, logger="minwon_desk.services.events"):
        view = backend.visits.check_in(actor, CheckInRequest("박민수", "", "서류 제출", None))

    assert backend.visits.get(view.id).visitor_name == "박민수"  # committed, and said so
    assert heard == [VisitChanged(view.id, VisitChange.CHECKED_IN)]
    assert "a subscriber to VisitChanged failed" in caplog.text
    assert "a view broke" in caplog.text


def test_each_event_says_which_desk_and_which_screen_made_the_change(
    backend: Backend, actor: Actor
) -> None:
    seen: list[VisitChanged] = []
    backend.events.subscribe(VisitChanged, seen.append)
    from_screen = actor.initiated_by("VisitorDeskView@1")

    view = backend.visits.check_in(from_screen, CheckInRequest("박민수", "", "", None))
    backend.visits.greet(actor, view.id)

    assert [e.origin for e in seen] == [
        Origin(backend.desk, "VisitorDeskView@1"), Origin(backend.desk, ""),
    ]
    # The screen is not who acted: nothing of it is audited.
    assert [e.change for e in seen] == [VisitChange.CHECKED_IN, VisitChange.GREETED]


def test_a_rating_is_announced_as_a_rating(backend: Backend, actor: Actor) -> None:
    view = backend.visits.check_in(actor, CheckInRequest("박민수", "", "", None))
    backend.visits.check_out(actor, view.id)
    seen: list[VisitChanged] = []
    backend.events.subscribe(VisitChanged, seen.append)

    backend.visits.rate(actor, view.id, 5)

    assert [e.change for e in seen] == [VisitChange.RATED]
    assert isinstance(seen[0].change, VisitChange)


def test_a_memo_handed_back_is_announced_as_a_handover(
    backend: Backend, actor: Actor, agency: SmallAgency, fake_clock: FakeClock
) -> None:
    kim, lee = agency.officers[0], agency.officers[1]
    start = datetime(2026, 7, 2, 9, tzinfo=SEOUL)
    backend.absences.add(actor, staff_id=kim.id, kind=AbsenceKind.TRIP, starts_at=start,
                         ends_at=datetime(2026, 7, 3, 18, tzinfo=SEOUL), deputy_id=lee.id)
    memo = backend.memos.take(actor, _memo(kim.id))
    deputy = actor_for(backend, lee)
    backend.memos.record_attempt(deputy, memo.id, Outcome.NO_ANSWER)
    fake_clock.set(datetime(2026, 7, 6, 9, tzinfo=SEOUL))  # Monday: Kim is back
    seen: list[MemoChanged] = []
    backend.events.subscribe(MemoChanged, seen.append)

    backend.memos.hand_back(deputy, memo.id, "오후에 다시 걸어 주세요")

    assert seen == [MemoChanged(memo.id, MemoChange.HANDOVER, kim.id)]
    assert seen[0].origin.desk == backend.desk


def test_printing_a_voucher_is_announced(backend: Backend, actor: Actor) -> None:
    [voucher_id] = add_vouchers(
        backend, actor, [VoucherRow(1, datetime(2026, 7, 2, 10, tzinfo=SEOUL))]
    )
    seen: list[CompensationChanged] = []
    backend.events.subscribe(CompensationChanged, seen.append)

    one = backend.voucher_print.render(actor, voucher_id)
    month = backend.voucher_print.render_month(actor, 2026, 7)
    assert seen == []  # drawn for a preview: nothing printed yet
    backend.voucher_print.count_printed(actor, one, "printer")
    backend.voucher_print.count_printed(actor, month, "pdf")

    assert [(e.change, e.voucher_id) for e in seen] == [
        (CompensationChange.PRINTED, voucher_id),
        (CompensationChange.PRINTED, None),  # a month's batch: one event, read once
    ]


def test_a_subscriber_to_the_base_type_hears_everything_and_can_leave() -> None:
    bus = EventBus()
    heard: list[Event] = []
    bus.subscribe(Event, heard.append)
    bus.publish(VisitChanged(1, VisitChange.GREETED))
    bus.publish(MemoChanged(2, MemoChange.CLOSED, 3))
    bus.unsubscribe(Event, heard.append)
    bus.publish(VisitChanged(4, VisitChange.CHECKED_OUT))
    assert heard == [VisitChanged(1, VisitChange.GREETED), MemoChanged(2, MemoChange.CLOSED, 3)]
