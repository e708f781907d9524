"""Service events reach the screens through one bridge: on the GUI thread, by type, not
to the screen whose own change they echo, and not to a screen that has gone."""

from __future__ import annotations

import threading
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, CheckInRequest, Origin
from minwon_desk.services.events import EventBus, VisitChange, VisitChanged
from minwon_desk.ui.bridge import EventBridge, acting_through, initiator_of
from minwon_desk.ui.main_window import MainWindow


def test_event_from_a_worker_thread_is_delivered_on_the_gui_thread(qtbot: QtBot) -> None:
    bus = EventBus()
    bridge = EventBridge(bus)
    seen: list[tuple[int, str, bool]] = []
    gui = QThread.currentThread()
    bridge.subscribe(
        VisitChanged,
        lambda event: seen.append((event.visit_id, event.change, QThread.currentThread() is gui)),
    )
    worker = threading.Thread(target=lambda: bus.publish(VisitChanged(7, "greeted")))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(7, "greeted", True)]
    bridge.detach()
    bus.publish(VisitChanged(8, "greeted"))
    assert len(seen) == 1


def test_another_desks_check_in_appears_on_the_board(
    window: MainWindow, backend: Backend, actor: Actor
) -> None:
    other_desk = replace(actor, desk="2층 민원실")
    backend.visits.check_in(other_desk, CheckInRequest("박민수", "", "서류 제출", None))
    assert window.visitor_desk.model.rowCount() == 1
    assert window.visitor_desk.model.visit_at(0).visitor_name_masked == "박*수"


def test_a_screen_does_not_hear_the_echo_of_its_own_change(qtbot: QtBot) -> None:
    bus = EventBus()
    bridge = EventBridge(bus)
    page, other = QObject(), QObject()
    mine, theirs = initiator_of(page), initiator_of(other)
    heard: list[int] = []
    bridge.subscribe(VisitChanged, lambda e: heard.append(e.visit_id), owner=page, skip_from=mine)

    bus.publish(VisitChanged(1, VisitChange.GREETED, origin=Origin("1층", mine)))
    bus.publish(VisitChanged(2, VisitChange.GREETED, origin=Origin("1층", theirs)))
    bus.publish(VisitChanged(3, VisitChange.GREETED, origin=Origin("2층", "")))

    assert heard == [2, 3]
    bridge.detach()


def test_a_screen_that_goes_away_stops_hearing(qtbot: QtBot) -> None:
    bus = EventBus()
    bridge = EventBridge(bus)
    page = QObject()
    heard: list[int] = []
    bridge.subscribe(VisitChanged, lambda e: heard.append(e.visit_id), owner=page)
    bus.publish(VisitChanged(1, VisitChange.GREETED))
    shiboken6.delete(page)
    bus.publish(VisitChanged(2, VisitChange.GREETED))
    assert heard == [1]
    assert "subscriptions=0" in repr(bridge)
    bridge.detach()


def test_a_failing_screen_is_reported_and_the_others_still_hear(qtbot: QtBot) -> None:
    bus = EventBus()
    bridge = EventBridge(bus)
    heard: list[int] = []

    def broken(_event: VisitChanged) -> None:
        raise RuntimeError("this view broke")

    bridge.subscribe(VisitChanged, broken)
    bridge.subscribe(VisitChanged, lambda e: heard.append(e.visit_id))
    with qtbot.capture_exceptions() as raised:
        bus.publish(VisitChanged(1, VisitChange.GREETED))
    assert heard == [1]
    assert [str(exc) for _type, exc, _tb in raised] == ["this view broke"]
    bridge.detach()


def test_acting_through_a_screen_marks_the_actor_and_nothing_else(actor: Actor) -> None:
    stamped = acting_through(lambda: actor, "MemoPage@1")()
    assert stamped is not None
    assert (stamped.staff_id, stamped.name, stamped.desk) == (actor.staff_id, actor.name, actor.desk)
    assert stamped.origin == Origin(actor.desk, "MemoPage@1")
    assert acting_through(lambda: None, "MemoPage@1")() is None
