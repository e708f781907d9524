"""The import dialog: a file with mistakes shows every one by line and column and cannot be
imported; a good file shows what it would do, imports in one go and says what it did."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.directory.import_dialog import ABSENCES, ImportDialog
from minwon_desk.ui.directory.staff_admin.page import StaffAdminPage
from tests.support.seed import SmallAgency

from .conftest import find, show_window
from .keyboard import press, press_escape

STAFF_HEADER = ["사번", "성명", "직위", "부서", "내선번호", "이메일", "담당업무", "기본대행자사번"]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    def cell(text: str) -> str:
        return f'"{text}"' if "," in text else text

    path.write_text("\n".join(",".join(cell(c) for c in r) for r in rows) + "\n", encoding="utf-8")
    return path


class Chooser:
    def __init__(self) -> None:
        self.path: Path | None = None

    def __call__(self, _parent: object) -> Path | None:
        return self.path


@pytest.fixture
def chooser() -> Chooser:
    return Chooser()


@pytest.fixture
def dialog(qtbot: QtBot, backend: Backend, actor: Actor, chooser: Chooser) -> Iterator[ImportDialog]:
    bridge = EventBridge(backend.events)
    dialog = ImportDialog(backend, lambda: actor, choose_file=chooser)
    show_window(qtbot, dialog)
    yield dialog
    bridge.detach()


def _table(dialog: ImportDialog, name: str) -> list[tuple[str, ...]]:
    model = find(dialog, QTableView, name).model()
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_a_file_with_mistakes_lists_each_by_line_and_cannot_be_imported(
    qtbot: QtBot, dialog: ImportDialog, backend: Backend, chooser: Chooser, tmp_path: Path
) -> None:
    chooser.path = write_csv(tmp_path / "명부.csv", [
        STAFF_HEADER,
        ["A0100", "한가람", "주무관", "본부 > 창업정책과", "1304", "hangaram@test", "", ""],
        ["A0101", "", "주무관", "본부 > 창업정책과", "내선없음", "", "", ""],
    ])
    find(dialog, QPushButton, "파일 선택").click()

    errors = _table(dialog, "오류 목록")
    assert find(dialog, QTableView, "오류 목록").isVisible()
    assert {(line, column) for line, column, _why in errors} >= {
        ("2행", "이메일"), ("3행", "성명"), ("3행", "내선번호")
    }
    assert all(why for _line, _column, why in errors)
    assert not find(dialog, QPushButton, "가져오기").isEnabled()
    assert f"고칠 곳이 {len(errors)}군데" in find(dialog, QLabel, "미리보기 요약").text()
    assert backend.directory.snapshot().search("한가람") == []


def test_a_good_roster_shows_each_row_with_its_action_then_imports_and_closes(
    qtbot: QtBot, dialog: ImportDialog, backend: Backend, chooser: Chooser, tmp_path: Path,
    agency: SmallAgency,
) -> None:
    imported: list[str] = []
    dialog.imported.connect(imported.append)
    chooser.path = write_csv(tmp_path / "명부.csv", [
        STAFF_HEADER,
        ["A0100", "한가람", "주무관", "본부 > 창업정책과 > 창업지원팀", "1304", "hangaram@test.example", "창업지원", "T0003"],
        ["T0002", "김민준", "서기관", "본부 > 혁신행정담당관", "1201", "t0002@test.example", "", ""],
    ])
    press(qtbot, dialog, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)

    rows = _table(dialog, "미리보기")
    assert [(r[0], r[1], r[3]) for r in rows] == [("2", "추가", "한가람"), ("3", "수정", "김민준")]
    assert not find(dialog, QTableView, "오류 목록").isVisible()
    summary = find(dialog, QLabel, "미리보기 요약").text()
    assert "추가 1명" in summary and "수정 1명" in summary and "창업지원팀" in summary
    button = find(dialog, QPushButton, "가져오기")
    assert button.isEnabled()

    button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert imported and "추가 1명" in imported[0] and "수정 1명" in imported[0]
    snapshot = backend.directory.snapshot()
    [han] = snapshot.search("한가람")
    assert han.department_path == "본부 > 창업정책과 > 창업지원팀"
    assert snapshot.entry(agency.officers[0].id).position == "서기관"


def test_mutual_deputies_are_a_warning_in_the_preview_and_the_roster_imports(
    qtbot: QtBot, dialog: ImportDialog, backend: Backend, chooser: Chooser, tmp_path: Path
) -> None:
    chooser.path = write_csv(tmp_path / "명부.csv", [
        STAFF_HEADER,
        ["A0100", "한가람", "주무관", "본부 > 창업정책과", "1304", "", "", "A0101"],
        ["A0101", "한바다", "주무관", "본부 > 창업정책과", "1305", "", "", "A0100"],
    ])
    press(qtbot, dialog, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)

    assert not find(dialog, QTableView, "오류 목록").isVisible()
    summary = find(dialog, QLabel, "미리보기 요약").text()
    assert summary.splitlines()[-1] == (
        "주의 — 3행 기본대행자사번: 기본대행자가 서로를 대신합니다: A0100 한가람 → A0101 한바다 → "
        "A0100 한가람 (2행, 3행). 둘 다 자리를 비우는 동안에는 업무가 부서장에게 갑니다."
    )
    button = find(dialog, QPushButton, "가져오기")
    assert button.isEnabled()
    button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert {"한가람", "한바다"} <= {e.name for e in backend.directory.snapshot().active}


def test_absences_are_imported_when_that_kind_is_chosen(
    qtbot: QtBot, dialog: ImportDialog, backend: Backend, chooser: Chooser, tmp_path: Path,
    agency: SmallAgency,
) -> None:
    kinds = find(dialog, QComboBox, "가져올 내용")
    kinds.setCurrentIndex(kinds.findData(ABSENCES))
    assert "대행자사번" in find(dialog, QLabel, "파일 양식 안내").text()
    chooser.path = write_csv(tmp_path / "부재.csv", [
        ["사번", "구분", "시작", "종료", "대행자사번"],
        ["T0003", "출장", "2026-07-06", "2026-07-07", "T0004"],
    ])
    find(dialog, QPushButton, "파일 선택").click()
    [row] = _table(dialog, "미리보기")
    assert row[:4] == ("2", "추가", "T0003", "이서연")
    assert row[5:7] == ("2026-07-06 09:00", "2026-07-07 18:00")

    find(dialog, QPushButton, "가져오기").click()
    [stored] = backend.absences.list(staff_id=agency.officers[1].id)
    assert (stored.kind, stored.deputy_id) == ("출장", agency.officers[2].id)
    assert "추가 1건" in dialog.result_message


def test_a_file_that_changed_after_the_preview_is_refused_whole(
    qtbot: QtBot, dialog: ImportDialog, backend: Backend, chooser: Chooser, tmp_path: Path
) -> None:
    good = ["A0100", "한가람", "주무관", "본부 > 창업정책과", "1304", "", "", ""]
    chooser.path = write_csv(tmp_path / "명부.csv", [STAFF_HEADER, good])
    find(dialog, QPushButton, "파일 선택").click()
    assert find(dialog, QPushButton, "가져오기").isEnabled()
    write_csv(chooser.path, [STAFF_HEADER, good, ["A0101", "", "주무관", "본부", "", "", "", ""]])

    find(dialog, QPushButton, "가져오기").click()
    assert dialog.isVisible()
    assert ("3행", "성명") in [(line, column) for line, column, _why in _table(dialog, "오류 목록")]
    assert not find(dialog, QPushButton, "가져오기").isEnabled()
    assert backend.directory.snapshot().search("한가람") == []  # all or nothing


def test_a_file_that_is_not_a_table_is_explained(
    qtbot: QtBot, dialog: ImportDialog, chooser: Chooser, tmp_path: Path
) -> None:
    chooser.path = tmp_path / "사진.csv"
    chooser.path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    find(dialog, QPushButton, "파일 선택").click()
    [(line, _column, why)] = _table(dialog, "오류 목록")
    assert line == "파일 전체" and why
    assert not find(dialog, QPushButton, "가져오기").isEnabled()


def test_escape_closes_without_importing(qtbot: QtBot, dialog: ImportDialog) -> None:
    press_escape(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_the_staff_page_opens_the_dialog_and_shows_what_was_imported(
    qtbot: QtBot, backend: Backend, actor: Actor, chooser: Chooser, tmp_path: Path
) -> None:
    bridge = EventBridge(backend.events)
    page = StaffAdminPage(backend, lambda: actor, bridge, choose_import_file=chooser)
    show_window(qtbot, page)
    find(page, QPushButton, "명부 가져오기").click()
    dialog = page.import_dialog
    assert dialog is not None and dialog.isVisible()
    chooser.path = write_csv(tmp_path / "명부.csv", [
        STAFF_HEADER, ["A0100", "한가람", "주무관", "본부 > 감사팀", "1304", "", "", ""],
    ])
    find(dialog, QPushButton, "파일 선택").click()
    find(dialog, QPushButton, "가져오기").click()
    assert "추가 1명" in find(page, QLabel, "직원 알림").text()
    tree_names = [i.text(0) for i in page.form.deptTree.findItems(
        "감사팀", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)]
    assert tree_names == ["감사팀"]
    bridge.detach()
