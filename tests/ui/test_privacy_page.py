"""The 개인정보 관리 page driven as the privacy officer would: Ctrl+Shift+8 opens it on last
month's review, the nudge says the review is due by the 5th, Ctrl+Shift+V checks both logs
(and names the first row of a tampered one), the tabs show the night and Saturday views,
the bulk download's reason and the heavy viewer, and the review is recorded in Korean with
Ctrl+Enter."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QTableWidget, QTabWidget
from pytestqt.qtbot import QtBot

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.ui import translations
from minwon_desk.ui.main_window import MainWindow
from minwon_desk.ui.privacy.page import PrivacyPage
from tests.conftest import FakeClock
from tests.support.access_rows import write_month
from tests.support.seed import small_agency

from .conftest import WindowFactory
from .english import HANGUL, data_words, install_english, korean_left
from .keyboard import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def november(backend: Backend, fake_clock: FakeClock) -> Backend:
    """November 2026's rows written; the clock at 2026-12-03 10:00."""
    write_month(backend, small_agency(backend), fake_clock)
    return backend


def _open(qtbot: QtBot, window: MainWindow) -> PrivacyPage:
    qtbot.waitUntil(window.is_built)
    window.form.navList.setFocus()
    press(qtbot, window.form.navList, Qt.Key.Key_8, CTRL_SHIFT)
    page = window.privacy
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.review is not None and not page.reading())
    # A first read may outlast half a second and show its progress window: the keys go
    # back to the window once it has closed.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.picker.setFocus()
    return page


def test_the_page_opens_on_last_month_with_the_nudge_and_checks_both_logs(
    qtbot: QtBot, make_window: WindowFactory, november: Backend
) -> None:
    page = _open(qtbot, make_window(november))
    assert page.picker.text() == "2026년 11월"
    assert page.nudge_text() == "2026년 11월 접속기록 점검을 12월 5일까지 마치고 기록해 주세요."
    page.picker.setFocus()
    press(qtbot, page.picker, Qt.Key.Key_V, CTRL_SHIFT)
    qtbot.waitUntil(lambda: not page.verifying())
    lines = page.chain_text().splitlines()
    assert [line.split(" — ")[0] for line in lines] == ["감사 기록: 이상 없음", "접속기록: 이상 없음"]
    assert lines[1] == f"접속기록: 이상 없음 — {page.chain_reports[1].rows:,}건"


def test_a_tampered_access_row_is_named_on_the_page(
    qtbot: QtBot, make_window: WindowFactory, november: Backend
) -> None:
    with november.db.engine.begin() as conn:  # what someone with the owner's powers could do
        conn.exec_driver_sql("DROP TRIGGER access_log_no_update")
        conn.exec_driver_sql("UPDATE access_log SET reason = '없음' WHERE operation = '다운로드'")
        row = conn.exec_driver_sql("SELECT id FROM access_log WHERE reason = '없음'").scalar()
    page = _open(qtbot, make_window(november))
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.verifying())
    assert f"접속기록: 위변조 의심 — {row}번 행의 내용이 기록된 뒤 바뀌었거나" in page.chain_text()


def test_the_tabs_show_what_needs_a_look(
    qtbot: QtBot, make_window: WindowFactory, november: Backend
) -> None:
    page = _open(qtbot, make_window(november))
    tabs = page.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["계정별 처리 (5)", "시간 외 접근 (2)", "대량·다운로드 (1)", "과다 조회 (1)",
                      "로그인 실패·잠금 (5)", "권한 변경 (1)", "점검 기록"]
    after = tabs.view("after_hours").rows()
    assert [(r[0], r[1], r[-1]) for r in after] == [
        ("11-11 22:00", "이서연(T0003)", "근무시간 외"), ("11-14 11:00", "박지호(T0004)", "토요일")]
    assert tabs.view("bulk").rows()[0][-1] == "감사원 자료 요구"
    assert tabs.view("heavy").rows()[0][:4] == ("김민준(T0002)", "혁신행정담당관", "담당자", "25")
    assert "근무시간 외 2건" in page.summary_label.text()

    # Alt+← reads October, which has one night view; Alt+→ stops at this month.
    page.picker.setFocus()
    press(qtbot, page.picker, Qt.Key.Key_Left, ALT)
    qtbot.waitUntil(lambda: page.review is not None and page.review.month.month == 10)
    assert len(tabs.view("after_hours").rows()) == 1
    for _ in range(3):
        press(qtbot, page.picker, Qt.Key.Key_Right, ALT)
    assert page.picker.text() == "2026년 12월"


def test_the_review_is_recorded_by_keyboard_and_the_nudge_goes(
    qtbot: QtBot, make_window: WindowFactory, november: Backend
) -> None:
    page = _open(qtbot, make_window(november))
    tabs = page.tabs
    tabs.setCurrentIndex(tabs.count() - 1)
    box = tabs.finding
    box.setFocus()
    press(qtbot, box, Qt.Key.Key_Return, CTRL)  # nothing typed: refused, in Korean
    assert page.message().startswith("점검 결과를 적어 주세요")
    assert QApplication.focusWidget() is box
    type_text(qtbot, box, "22시 조회는 민원 회신 준비로 소명 받음")
    press(qtbot, box, Qt.Key.Key_Return, CTRL)
    assert page.message() == "2026년 11월 점검을 기록했습니다 (안내원(T0001), 2026-12-03 10:00)."
    qtbot.waitUntil(lambda: page.review is not None and page.review.reviewed)
    assert page.nudge_text() == ""
    assert tabs.view("reviews").rows() == [
        ("2026-12-03 10:00", "안내원(T0001)", "1층 민원안내", "22시 조회는 민원 회신 준비로 소명 받음")]
    assert box.toPlainText() == ""


def test_after_the_fifth_the_nudge_says_the_review_is_late(
    qtbot: QtBot, make_window: WindowFactory, november: Backend, fake_clock: FakeClock
) -> None:
    fake_clock.set(datetime(2026, 12, 7, 9, 0, tzinfo=SEOUL))
    page = _open(qtbot, make_window(november))
    assert page.nudge_text() == ("2026년 11월 접속기록 점검이 아직 기록되지 않았습니다. "
                                 "기한(12월 5일)이 지났습니다.")
    assert page.nudge.property("role") == "message-error"


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_ctrl_s_saves_the_month_as_the_file_kind_chosen(
    qtbot: QtBot, make_window: WindowFactory, november: Backend, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, suffix: str,
) -> None:
    suggested: list[str] = []

    def save_dialog(_parent, _caption: str, name: str, _filters: str) -> tuple[str, str]:
        suggested.append(Path(name).name)
        return str(tmp_path / f"점검{suffix}"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    page = _open(qtbot, make_window(november))
    press(qtbot, page.picker, Qt.Key.Key_S, CTRL)
    target = tmp_path / f"점검{suffix}"
    assert suggested == ["접속기록점검_2026-11.pdf"]
    assert page.message() == f"저장했습니다: {target}"
    if suffix == ".pdf":
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
        assert "2026년 11월 개인정보 접속기록 점검" in text and "감사원 자료 요구" in text
    else:
        book = openpyxl.load_workbook(target)
        assert "근무시간 외 접근" in book.sheetnames


def test_a_file_of_another_kind_is_refused_in_korean(
    qtbot: QtBot, make_window: WindowFactory, november: Backend, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(tmp_path / "점검.csv"), ""))
    page = _open(qtbot, make_window(november))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message() == ("점검.csv: 점검 보고서는 .pdf 또는 .xlsx 파일로 저장합니다 "
                              "(예: 접속기록점검_2026-11.pdf).")
    assert not (tmp_path / "점검.csv").exists()


def test_in_english_every_tab_reads_english_but_for_the_records(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, make_window: WindowFactory, november: Backend
) -> None:
    installed = install_english(qapp, tmp_path / "qm")
    try:
        page = _open(qtbot, make_window(november))
        assert page.picker.text() == "Nov 2026"
        assert page.nudge_text() == "Please finish and record the access log review for Nov 2026 by 12/5."
        data = data_words(november)
        left: list[str] = []
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                left += [f for f, _text in korean_left(page, tabs.tabText(index), data)]
        # The tables' cells: what the log and the people wrote stays, the rest is English.
        for table in page.findChildren(QTableWidget):
            cells = [table.item(r, c).text() for r in range(table.rowCount())
                     for c in range(table.columnCount()) if table.item(r, c) is not None]
            left += [f"{table.accessibleName()}: {text!r}" for text in cells
                     if any(w not in data for w in HANGUL.findall(text))]
        assert left == []
        accounts = page.findChildren(QTableWidget)[0]
        assert "officer" in [accounts.item(r, 2).text() for r in range(accounts.rowCount())]
    finally:
        translations.uninstall(qapp, installed)
