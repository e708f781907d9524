"""What the compensation page tests share: histories built through the services (a repeat
visit after a staff error, an upheld discourtesy complaint, a bribery report), the page
with a preview that records what it shows, and the dialog in front."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest, CaseView
from minwon_desk.services.dto import Actor, CheckInRequest, StaffSummary
from minwon_desk.ui.background import Background
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.supervision.compensation.page import CompensationPage

from .case_helpers import Clock, Desk, RecordingPreview
from .conftest import show_window


def repeat_visit(backend: Backend, actor: Actor, officer: StaffSummary, clock: Clock,
                 name: str = "김민원") -> int:
    """Turned away on Thursday by a wrong list of documents, back the next Monday."""
    first = backend.visits.check_in(actor, CheckInRequest(name, "010-2222-3333", "창업자금 서류 제출", officer.id))
    clock.advance(days=4)
    second = backend.visits.check_in(actor, CheckInRequest(
        name, "010-2222-3333", "창업자금 서류 다시 제출", officer.id,
        repeat_of_id=first.id, repeat_staff_error=True, repeat_note="지난번 담당자가 서류 목록을 잘못 알려 줌",
    ))
    return second.id


def complaint(backend: Backend, actor: Actor, officer: StaffSummary, case_type: str, subject: str,
              name: str = "홍길동") -> CaseView:
    return backend.cases.open(actor, CaseRequest(
        case_type=case_type, channel="방문", subject=subject, content=f"{subject}에 대해 신고합니다.",
        petitioner_name=name, petitioner_contact="010-1234-5678", officer_id=officer.id,
    ))


def make_page(qtbot: QtBot, backend: Backend, desk: Desk, bridge: EventBridge, *,
              background: Background | None = None) -> CompensationPage:
    page = CompensationPage(backend, desk, bridge, background=background)
    page.preview_factory = RecordingPreview
    RecordingPreview.shown.clear()
    page.resize(1200, 760)
    show_window(qtbot, page)
    return page


def in_front(qtbot: QtBot, page: QWidget) -> None:
    """The page's window has the keyboard again, as a window manager gives it back once a
    dialog has closed (the offscreen platform leaves no window active)."""
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)


def rows(table: QTableView) -> list[tuple[str, ...]]:
    model = table.model()
    return [tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def dialog_in_front(qtbot: QtBot) -> QDialog:
    """The dialog just opened over the page, once it has the keyboard."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def button(root: QWidget, text: str) -> QPushButton:
    found = [b for b in root.findChildren(QPushButton) if b.text().replace("&", "") == text]
    assert len(found) == 1, f"{len(found)} buttons '{text}'"
    return found[0]


def last_preview(qtbot: QtBot, page: CompensationPage, count: int = 1) -> RecordingPreview:
    """The preview opened once the document was drawn on the worker thread."""
    qtbot.waitUntil(lambda: len(RecordingPreview.shown) >= count and not page.opener.busy())
    return RecordingPreview.shown[-1]
