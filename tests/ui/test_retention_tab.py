"""보존·파기 on the administration page, by keyboard: what is due is listed per kind, the
purge asks for the tick first, runs in the background, and the ledger shows it and
prints."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, text

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.store.models import Visit
from minwon_desk.ui.main_window import MainWindow

from .test_administration_page import open_page, rows


def _old_visits(backend: Backend, n: int, step: timedelta = timedelta(days=1)) -> None:
    with backend.db.engine.begin() as conn:
        operator = conn.execute(text("SELECT id FROM staff WHERE employee_no='T0001'")).scalar_one()
        start = datetime(2024, 3, 4, 9, 0, tzinfo=SEOUL)
        conn.execute(insert(Visit), [
            {"desk": "1층 민원안내", "visitor_name": f"홍길동{i}", "visitor_phone": "010-1234-5678",
             "checked_in_at": start + step * i, "checked_in_by_id": operator}
            for i in range(n)])


class FakePreview(QDialog):
    shown: ClassVar[list[dict[str, Any]]] = []

    def __init__(self, pdf: bytes, **kwargs: Any) -> None:
        super().__init__(kwargs.get("parent"))
        FakePreview.shown.append({"pdf": pdf, **kwargs})


def test_the_due_records_are_purged_from_the_tab_and_the_ledger_prints(
    qtbot: QtBot, window: MainWindow, backend: Backend
) -> None:
    _old_visits(backend, 3)
    page = open_page(qtbot, window)
    tab = page.retention
    qtbot.keyClick(page.tabs, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.due_table.rowCount() > 0)
    due = {r[0]: r for r in rows(tab.due_table)}
    assert due["방문 기록"][1] == "3건" and due["방문 기록"][2] == "2024-03-04"
    assert due["방문 기록"][3] == "1년" and "공공기록물" in due["방문 기록"][5]
    assert "3건" in tab.summary.text()
    assert not tab.purge_button.isEnabled()  # not before the tick

    tab.confirm.setFocus()
    qtbot.keyClick(tab.confirm, Qt.Key.Key_Space)
    assert tab.purge_button.isEnabled()
    qtbot.keyClick(tab.purge_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: tab.purge_task is None and "파기했습니다" in tab.message.text(),
                    timeout=30_000)
    assert "방문 기록 3건" in tab.message.text()
    qtbot.waitUntil(lambda: tab.ledger_table.rowCount() == 1)
    [line] = rows(tab.ledger_table)
    assert line[1] == "방문 기록" and line[2] == "3건" and line[3] == "2024-03-04 ~ 2024-03-06"
    assert "T0001" in line[5]
    assert "없습니다" in tab.summary.text() and not tab.purge_button.isEnabled()

    FakePreview.shown.clear()
    tab.preview_factory = FakePreview
    tab.print_button.click()
    qtbot.waitUntil(lambda: bool(FakePreview.shown), timeout=10_000)
    assert FakePreview.shown[0]["pdf"].startswith(b"%PDF")
    assert FakePreview.shown[0]["filename"] == "파기대장.pdf"
    for dialog in window.findChildren(FakePreview):
        dialog.close()


def test_a_purge_can_be_stopped_and_keeps_what_it_destroyed(
    qtbot: QtBot, window: MainWindow, backend: Backend, monkeypatch: Any
) -> None:
    from minwon_desk.services.retention import purge

    # The worker waits before its third batch until the person has pressed 멈추기 (which
    # may come sooner: the first progress is shown after one batch).
    pressed = threading.Event()
    batches = 0
    real_batch = purge.RetentionService._batch

    def batch(self: purge.RetentionService, *args: Any) -> tuple[int, int]:
        nonlocal batches
        batches += 1
        if batches == 3:
            pressed.wait(30)
        return real_batch(self, *args)

    monkeypatch.setattr(purge, "BATCH", 1)
    monkeypatch.setattr(purge.RetentionService, "_batch", batch)
    _old_visits(backend, 400, timedelta(minutes=1))
    page = open_page(qtbot, window)
    tab = page.retention
    qtbot.keyClick(page.tabs, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "400건" in tab.summary.text())
    tab.confirm.setChecked(True)
    tab.purge_button.click()
    assert tab.progress.isVisibleTo(tab) and tab.stop_button.isVisibleTo(tab)
    qtbot.waitUntil(lambda: tab.progress.value() >= 1, timeout=30_000)
    tab.stop_button.setFocus()
    qtbot.keyClick(tab.stop_button, Qt.Key.Key_Space)  # 멈추기
    pressed.set()
    qtbot.waitUntil(lambda: tab.purge_task is None, timeout=30_000)
    assert "멈췄습니다" in tab.message.text()
    qtbot.waitUntil(lambda: tab.ledger_table.rowCount() == 1)
    [line] = rows(tab.ledger_table)
    done = int(line[2].removesuffix("건"))
    assert 1 <= done <= 3 and "진행 중" not in line[4]
    qtbot.waitUntil(lambda: f"{400 - done}건" in tab.summary.text())
    assert not tab.progress.isVisibleTo(tab)


def test_without_the_right_the_tab_says_who_may(
    qtbot: QtBot, window: MainWindow, backend: Backend, monkeypatch: Any
) -> None:
    page = open_page(qtbot, window)
    tab = page.retention
    monkeypatch.setattr(tab, "allowed", lambda: False)
    tab.refresh()
    assert "개인정보 관리" in tab.message.text() and not tab.purge_button.isEnabled()
    assert isinstance(tab, QWidget)
