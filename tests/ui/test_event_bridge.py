"""Service events published from another thread reach the board on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, CheckInRequest
from minwon_desk.services.events import EventBus, VisitChanged
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.main_window import MainWindow


def test_event_from_a_worker_thread_is_delivered_on_the_gui_thread(qtbot: QtBot) -> None:
    bus = EventBus()
    bridge = EventBridge(bus)
    seen: list[tuple[int, str, bool]] = []
    gui = QThread.currentThread()
    bridge.visit_changed.connect(
        lambda vid, change: seen.append((vid, change, QThread.currentThread() is gui))
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
    other_desk = Actor(actor.staff_id, actor.name, "2층 민원실")
    backend.visits.check_in(other_desk, CheckInRequest("박민수", "", "서류 제출", None))
    assert window.visitor_desk.model.rowCount() == 1
    assert window.visitor_desk.model.visit_at(0).visitor_name_masked == "박*수"
