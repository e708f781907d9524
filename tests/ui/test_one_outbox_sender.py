"""The window sends the outbox from one place: the phone-memo page and the case page use
the same sender, so a message is tried once and a failure is said once, whichever page
asked for the sending."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.dto import Actor, MemoRequest
from minwon_desk.ui.main_window import MainWindow
from tests.support.mail_server import Inbox
from tests.support.seed import SmallAgency

from .conftest import WindowFactory


def test_the_memo_page_and_the_case_page_send_through_the_windows_one_sender(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, actor: Actor,
    agency: SmallAgency, inbox: Inbox,
) -> None:
    window: MainWindow = make_window(backend)
    qtbot.waitUntil(window.is_built, timeout=10_000)
    sender = window.case_page.notice_sender
    assert window.memo_page.caller_notices.sender is sender
    assert window.outbox_sender is sender

    # A caller's and a petitioner's message wait; asked from the memo page, both go in
    # the one run.
    backend.notices.review_first = False
    backend.memos.take(actor, MemoRequest(
        caller_name="김영희", phone="010-2222-3333", gist="정산 서류 문의", channel="email",
        address="kim@example.com", asked_for_id=agency.officers[0].id))
    backend.cases.open(actor, CaseRequest(
        case_type="질의-제도", channel="방문", subject="수출바우처 문의", petitioner_name="홍길동",
        officer_id=agency.officers[0].id, notify="email", notify_email="hong@example.com"))
    window.memo_page.caller_notices.sender.kick()
    qtbot.waitUntil(lambda: len(inbox.messages) == 2 and not sender.running(), timeout=15_000)
    assert sorted(m["To"] for m in inbox.messages) == ["hong@example.com", "kim@example.com"]
