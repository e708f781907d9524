"""The 민원 처리부 in the window: Ctrl+Shift+B on the cases page opens it, Enter shows the
month's cases in the order received (masked), and saving asks why before it asks where —
the reason goes to the access log with the download."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.dto import Actor
from minwon_desk.ui.cases.register_dialog import CaseRegisterDialog
from minwon_desk.ui.common.reason_dialog import ReasonDialog
from minwon_desk.ui.main_window import MainWindow
from tests.support.seed import SmallAgency

from .conftest import WindowFactory
from .keyboard import press, press_enter, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _two_cases(backend: Backend, actor: Actor, agency: SmallAgency) -> None:
    for name, officer, day in (("홍길동", agency.officers[0], 1), ("김영희", agency.officers[1], 2)):
        backend.cases.open(actor, CaseRequest(
            case_type="질의-제도", channel="방문", subject="지원사업 신청 자격",
            petitioner_name=name, petitioner_contact="010-1234-5678", officer_id=officer.id,
            received_at=datetime(2026, 7, day, 10, 0, tzinfo=SEOUL)))


def _open_register(qtbot: QtBot, window: MainWindow) -> CaseRegisterDialog:
    qtbot.waitUntil(lambda: hasattr(window, "case_page"))
    press(qtbot, window.form.navList, Qt.Key.Key_8, CTRL)
    page = window.case_page
    assert window.current_page() is page
    press(qtbot, QApplication.focusWidget() or page, Qt.Key.Key_B, CTRL_SHIFT)
    qtbot.waitUntil(lambda: page.register_dialog is not None
                    and page.register_dialog.isVisible())
    dialog = page.register_dialog
    assert isinstance(dialog, CaseRegisterDialog)
    return dialog


def test_the_register_opens_from_the_cases_page_and_shows_the_month(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, actor: Actor,
    agency: SmallAgency,
) -> None:
    _two_cases(backend, actor, agency)
    window = make_window(backend)
    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "민원(&C)")
    assert {a.text(): a.shortcut().toString() for a in menu.actions()}[
        "민원 처리부(&B)…"] == "Ctrl+Shift+B"
    dialog = _open_register(qtbot, window)
    qtbot.waitUntil(dialog.first.hasFocus)  # the period first; by default this month so far
    assert dialog.first.date().toPython().isoformat() == "2026-07-01"
    press_enter(qtbot, dialog.first)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    rows = [[dialog.table.item(r, c).text() for c in (0, 1, 3, 4)] for r in range(2)]
    assert rows == [["1", "TEST-2026-000001", "홍*동", "010-****-5678"],
                    ["2", "TEST-2026-000002", "김*희", "010-****-5678"]]
    assert "2건" in dialog.summary.text()
    # A department narrows it.
    dialog.department.setCurrentIndex(dialog.department.findText("창업정책과", Qt.MatchFlag.MatchContains))
    press_enter(qtbot, dialog.first)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 3).text() == "김*희"
    press(qtbot, dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.case_page.register_dialog is None)


def _answer_reason(qtbot: QtBot, typed: str, seen: list[str]) -> None:
    """When the reason dialog is up: type into it like a person and press Enter."""
    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReasonDialog):
            QTimer.singleShot(20, step)
            return
        press_enter(qtbot, dialog.edit)  # no reason yet: refused, the dialog stays
        seen.append(dialog.message.text())
        type_text(qtbot, dialog.edit, typed)
        press_enter(qtbot, dialog.edit)
    QTimer.singleShot(0, step)


def test_saving_asks_why_then_where_and_logs_the_download(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, actor: Actor,
    agency: SmallAgency, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _two_cases(backend, actor, agency)
    window = make_window(backend)
    dialog = _open_register(qtbot, window)
    press_enter(qtbot, dialog.first)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    asked: list[str] = []

    def save_dialog(_parent: Any, _caption: str, name: str, filters: str) -> tuple[str, str]:
        asked.append(name)
        return str(tmp_path / "처리부"), filters  # no extension typed: .xlsx is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    seen: list[str] = []
    _answer_reason(qtbot, "7월 점검", seen)
    press(qtbot, dialog.table, Qt.Key.Key_S, CTRL)
    target = tmp_path / "처리부.xlsx"
    qtbot.waitUntil(lambda: dialog.last_saved == target, timeout=10_000)
    assert len(seen) == 1 and "사유" in seen[0]  # no reason, no saving
    assert Path(asked[0]).name == "민원처리부_20260701-20260702.xlsx"
    sheet = load_workbook(io.BytesIO(target.read_bytes())).active
    assert sheet is not None and sheet.cell(3, 6).value == "홍*동"
    assert backend.access_log.flush()
    with backend.db.engine.connect() as conn:
        row = conn.execute(text("SELECT operation, count, reason FROM access_log "
                                "ORDER BY id DESC")).first()
    assert row is not None and tuple(row) == ("다운로드", 2, "7월 점검")


def test_cancelling_the_reason_saves_nothing(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, actor: Actor,
    agency: SmallAgency, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _two_cases(backend, actor, agency)
    window = make_window(backend)
    dialog = _open_register(qtbot, window)
    press_enter(qtbot, dialog.first)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: asked.append("where") or ("", ""))

    def cancel() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, ReasonDialog):
            QTimer.singleShot(20, cancel)
            return
        press(qtbot, modal.edit, Qt.Key.Key_Escape)
    QTimer.singleShot(0, cancel)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert asked == [] and dialog.last_saved is None
