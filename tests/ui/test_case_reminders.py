"""독촉 at the desk: with the window open on any page, the signed-in head hears of a case of
their department that went past its deadline — once, in the tray."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pytestqt.qtbot import QtBot

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.dto import Actor
from tests.support.seed import SmallAgency

from .conftest import RecordingNotifier, WindowFactory


def test_an_overdue_case_reaches_the_head_in_the_tray_once(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, actor: Actor,
    agency: SmallAgency, notifier: RecordingNotifier, fake_clock: Any,
) -> None:
    backend.cases.open(actor, CaseRequest(
        case_type="질의-제도", channel="우편", subject="창업 교육 일정", petitioner_name="홍길동",
        officer_id=agency.officers[1].id))
    window = make_window(backend)  # T0001 heads 본부, above 창업정책과
    qtbot.waitUntil(lambda: hasattr(window, "case_page"))
    reminders = window.case_page.reminders
    assert reminders is not None and reminders.timer.isActive()
    assert window.current_page() is not window.case_page  # it works from any page
    reminders.check()
    qtbot.waitUntil(lambda: not reminders.busy())
    assert not [m for m in notifier.messages if "처리기한" in m[0]]  # nothing due yet
    fake_clock.set(datetime(2026, 7, 13, 9, 0, tzinfo=SEOUL))  # the Monday after the deadline
    reminders.check()
    qtbot.waitUntil(lambda: any("처리기한 지남" in title for title, _ in notifier.messages))
    told = [m for m in notifier.messages if "처리기한 지남" in m[0]]
    assert told == [("처리기한 지남 — 민원 TEST-2026-000001",
                     "창업 교육 일정 · 기한 7/10 18:00 · 담당 이서연 주무관 (부서 민원)")]
    reminders.check()  # a minute later: not told again
    qtbot.waitUntil(lambda: not reminders.busy())
    assert [m for m in notifier.messages if "처리기한" in m[0]] == told
