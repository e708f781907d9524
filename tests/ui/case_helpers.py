"""What the case dialog tests share: the desk, a page that hosts the case actions, and a
preview that records what it was asked to show."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar, Protocol

from pypdf import PdfReader
from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, StaffSummary
from minwon_desk.ui.cases.actions import CaseActions
from tests.support.seed import SmallAgency

from .conftest import show_window


class Clock(Protocol):
    def __call__(self) -> datetime: ...
    def set(self, dt: datetime) -> None: ...
    def advance(self, **kwargs: float) -> datetime: ...


@dataclass
class Desk:
    """Who works at the desk: the actions ask this each time, as they ask the window."""

    actor: Actor | None

    def __call__(self) -> Actor | None:
        return self.actor


class RecordingPreview(QDialog):
    """Stands in for the print preview: keeps what it was given. ``printed``/``saved`` as
    the real preview's, for a test that prints or saves from it."""

    printed = Signal(str)
    saved = Signal(str)
    shown: ClassVar[list[RecordingPreview]] = []

    def __init__(
        self, pdf: bytes, *, title: str, filename: str, parent: QWidget | None = None,
        extra_saves: Sequence[tuple[str, str, Callable[[], bytes]]] = (),
    ) -> None:
        app = QApplication.instance()
        assert app is not None and QThread.currentThread() is app.thread(), "shown off the GUI thread"
        super().__init__(parent)
        self.pdf, self.title, self.filename = pdf, title, filename
        self.extra_saves = list(extra_saves)
        RecordingPreview.shown.append(self)

    def text(self) -> str:
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(self.pdf)).pages)


@dataclass
class CasePage:
    """A page holding the case actions, as the cases page does."""

    widget: QWidget
    actions: CaseActions
    changed: list[int]


def make_page(qtbot: QtBot, backend: Backend, desk: Desk) -> CasePage:
    widget = QWidget()
    widget.resize(900, 700)
    show_window(qtbot, widget)
    actions = CaseActions(widget, backend, desk)
    actions.preview_factory = RecordingPreview
    changed: list[int] = []
    actions.changed.connect(changed.append)
    RecordingPreview.shown.clear()
    return CasePage(widget, actions, changed)


def active(qtbot: QtBot, dialog: QDialog | None) -> QDialog:
    """The dialog just opened, once it has the keyboard."""
    assert dialog is not None, "no dialog is open"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def last_preview(qtbot: QtBot, page: CasePage) -> RecordingPreview:
    """The preview opened once the document was drawn on the worker thread."""
    qtbot.waitUntil(lambda: not page.actions.rendering() and page.actions.preview is not None)
    preview = page.actions.preview
    assert isinstance(preview, RecordingPreview)
    return preview


def dismiss_explanation() -> None:
    """Close the box that said why nothing happened (it does not block the window)."""
    box = QApplication.activeModalWidget()
    assert box is not None, "no explanation is shown"
    box.close()


def officer(agency: SmallAgency, name: str) -> StaffSummary:
    return next(p for p in agency.officers if p.name == name)


def away_on_trip(backend: Backend, actor: Actor, who: StaffSummary, deputy: StaffSummary) -> None:
    backend.absences.add(
        actor, staff_id=who.id, kind=AbsenceKind.TRIP,
        starts_at=datetime(2026, 7, 2, 9, tzinfo=SEOUL), ends_at=datetime(2026, 7, 3, 18, tzinfo=SEOUL),
        deputy_id=deputy.id,
    )
