"""알림 방법 변경 at another desk (the command line, in a process of its own): the case
page open here shows the new way without anyone refreshing it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.dto import Actor
from minwon_desk.ui.main_window import MainWindow
from tests.support.seed import SmallAgency

from .test_other_desks import WAIT_MS, command_line, open_live  # noqa: F401 — the fixture


def test_a_way_changed_at_another_desk_reaches_the_open_case(
    open_live: Callable[[], MainWindow], db_backend: Backend, db_actor: Actor,  # noqa: F811
    db_agency: SmallAgency, db_url: str, qtbot: QtBot, tmp_path: Path,
) -> None:
    case = db_backend.cases.open(db_actor, CaseRequest(
        case_type="고충", channel="전화", subject="지원금 지급 지연", petitioner_name="홍길동",
        officer_id=db_actor.staff_id))
    window = open_live()
    page = window.case_page
    page.show_all()
    qtbot.waitUntil(lambda: page.all_model.row_of(case.id) is not None, timeout=WAIT_MS)
    assert page.select_case(case.id)
    qtbot.waitUntil(lambda: page.detail.detail is not None)
    assert "알림: 전화" in page.detail.text()

    command_line(tmp_path / "elsewhere", db_url, "case", "notify", case.number,
                 "--notify", "sms", "--mobile", "010-5555-6666")
    qtbot.waitUntil(lambda: "알림: 문자 010-5555-6666" in page.detail.text(), timeout=WAIT_MS)
