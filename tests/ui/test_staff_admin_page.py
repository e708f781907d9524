"""Staff and departments administration, driven as an administrator would: type Korean,
press Enter or Ctrl+S, read the message next to the field, fix it, save again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
)
from pytestqt.qtbot import QtBot

from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.common.directory_cache import DirectoryCache
from minwon_desk.ui.directory.staff_admin.page import StaffAdminPage
from minwon_desk.ui.main_window import MainWindow
from tests.support.seed import SmallAgency

from .conftest import desk_account, find, show_window, sign_in
from .keyboard import press, press_enter, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


class Chooser:
    """Stands in for the file dialog: returns whatever the test put there."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.asked = 0

    def __call__(self, _parent: object) -> Path | None:
        self.asked += 1
        return self.path


@pytest.fixture
def chooser() -> Chooser:
    return Chooser()


@pytest.fixture
def page(qtbot: QtBot, backend: Backend, actor: Actor, chooser: Chooser) -> Iterator[StaffAdminPage]:
    bridge = EventBridge(backend.events)
    page = StaffAdminPage(backend, lambda: actor, bridge, choose_photo=chooser)
    show_window(qtbot, page)
    yield page
    bridge.detach()


def _dept_id(backend: Backend, name: str) -> int:
    return next(d.id for d in backend.roster.departments() if d.name == name)


def _tree_item(page: StaffAdminPage, name: str) -> QTreeWidgetItem:
    tree = find(page, QTreeWidget, "부서 목록")
    found = tree.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)
    assert len(found) == 1, f"{len(found)} units named {name!r}"
    return found[0]


def _choose_unit(page: StaffAdminPage, name: str) -> None:
    find(page, QTreeWidget, "부서 목록").setCurrentItem(_tree_item(page, name))


def _pick_department(page: StaffAdminPage, path: str) -> None:
    combo = find(page, QComboBox, "부서")
    index = combo.findText(path)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def _line(combo: QComboBox) -> QLineEdit:
    line = combo.lineEdit()
    assert line is not None
    return line


def _fill(qtbot: QtBot, page: StaffAdminPage, values: dict[str, str]) -> None:
    for name, text in values.items():
        edit = find(page, QLineEdit, name)
        edit.clear()
        type_text(qtbot, edit, text)


def _write_png(path: Path) -> Path:
    image = QImage(90, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(path))  # the format follows the ".png" suffix
    return path


NEW_OFFICER = {
    "사번": "T0100",
    "성명": "한가람",
    "직위": "주무관",
    "내선번호": "1304",
    "이메일": "hangaram@test",  # no domain ending: refused
    "담당업무": "창업지원, 벤처인증",
}


def test_a_new_officer_typed_in_korean_is_found_in_the_directory_after_fixing_the_email(
    qtbot: QtBot, page: StaffAdminPage, backend: Backend, agency: SmallAgency
) -> None:
    lee = agency.officers[1]  # 이서연, 창업정책과
    _choose_unit(page, "창업정책과")
    press(qtbot, find(page, QTreeWidget, "부서 목록"), Qt.Key.Key_N, CTRL)
    assert find(page, QLineEdit, "사번").hasFocus()
    assert find(page, QComboBox, "부서").currentText() == "본부 > 창업정책과"  # the chosen unit

    _fill(qtbot, page, NEW_OFFICER)
    deputy = find(page, QComboBox, "기본 업무대행자")
    type_text(qtbot, _line(deputy), "이서연")
    press_enter(qtbot, find(page, QLineEdit, "이메일"))

    error = find(page, QLabel, "이메일 오류")
    assert error.isVisible() and "이메일 주소가 아닙니다" in error.text()
    assert find(page, QLineEdit, "이메일").hasFocus()
    for name, text in NEW_OFFICER.items():  # nothing typed is lost
        assert find(page, QLineEdit, name).text() == text
    assert deputy.currentText() == "이서연"
    assert find(page, QComboBox, "부서").currentText() == "본부 > 창업정책과"
    assert backend.directory.snapshot().search("한가람") == []

    email = find(page, QLineEdit, "이메일")
    assert email.hasFocus()
    email.selectAll()
    type_text(qtbot, email, "hangaram@test.example")
    press(qtbot, email, Qt.Key.Key_S, CTRL)

    assert not find(page, QLabel, "이메일 오류").isVisible()
    assert "저장했습니다" in find(page, QLabel, "직원 알림").text()
    found = backend.directory.snapshot().search("ㅎㄱㄹ")
    assert [(e.name, e.department, e.extension, e.duties) for e in found] == [
        ("한가람", "창업정책과", "1304", ("창업지원", "벤처인증"))
    ]
    assert found[0].default_deputy_id == lee.id
    assert "한가람" in page.staff_rows()
    assert find(page, QLineEdit, "성명").text() == "한가람"  # the saved person stays in the form


def test_a_taken_employee_number_is_refused_next_to_the_field(
    qtbot: QtBot, page: StaffAdminPage, backend: Backend
) -> None:
    _choose_unit(page, "혁신행정담당관")
    find(page, QPushButton, "새 직원").click()
    _fill(qtbot, page, {"사번": "T0002", "성명": "나중에", "직위": "주무관"})
    find(page, QPushButton, "직원 저장").click()
    assert "김민준" in find(page, QLabel, "사번 오류").text()
    assert find(page, QLineEdit, "성명").text() == "나중에"
    assert backend.directory.snapshot().search("나중에") == []


def test_ctrl_n_in_the_page_starts_a_new_officer_while_the_window_keeps_its_own_ctrl_n(
    qtbot: QtBot, backend: Backend, actor: Actor, config: object
) -> None:
    desk_account(backend)
    window = MainWindow(config, backend=backend)  # type: ignore[arg-type]
    page = StaffAdminPage(backend, window.session.actor, window.bridge)
    window.page_list.add(page, "직원·부서 관리", "Ctrl+8", page.menu_actions())
    show_window(qtbot, window)
    sign_in(window)
    try:
        window.show_page(window.form.pageStack.indexOf(page))
        _choose_unit(page, "혁신행정담당관")
        page.select_staff(backend.staff.by_employee_no("T0002").id)
        name = find(page, QLineEdit, "성명")
        name.setFocus()
        assert name.text() == "김민준"
        press(qtbot, name, Qt.Key.Key_N, CTRL)
        assert window.current_page() is page
        assert find(page, QLineEdit, "사번").hasFocus()
        assert find(page, QLineEdit, "성명").text() == ""
    finally:
        window.close()


def test_a_photo_from_a_file_is_stored_and_a_broken_file_is_refused(
    qtbot: QtBot, page: StaffAdminPage, backend: Backend, agency: SmallAgency, chooser: Chooser,
    tmp_path: Path,
) -> None:
    kim, choi = agency.officers[0], agency.officers[3]
    choose = find(page, QPushButton, "사진 선택")
    clear = find(page, QPushButton, "사진 지우기")

    page.select_staff(kim.id)
    assert not clear.isEnabled()  # nothing to clear yet: the name card is shown
    chooser.path = _write_png(tmp_path / "kim.png")
    choose.click()
    assert backend.directory.photo(kim.id) is not None
    assert "사진을 넣었습니다" in find(page, QLabel, "직원 알림").text()
    assert clear.isEnabled()

    page.select_staff(choi.id)
    chooser.path = tmp_path / "broken.png"
    chooser.path.write_bytes(b"this is not a picture")
    choose.click()
    error = find(page, QLabel, "사진 오류")
    assert error.isVisible() and error.text()
    assert backend.directory.photo(choi.id) is None

    page.select_staff(kim.id)
    clear.click()
    assert backend.directory.photo(kim.id) is None


def test_a_new_person_gets_a_photo_only_once_saved(qtbot: QtBot, page: StaffAdminPage) -> None:
    find(page, QPushButton, "새 직원").click()
    assert not find(page, QPushButton, "사진 선택").isEnabled()
    assert not find(page, QLabel, "사진").pixmap().isNull()  # the name card


def test_a_team_added_under_a_division_appears_in_the_tree_and_can_move(
    qtbot: QtBot, page: StaffAdminPage, backend: Backend, agency: SmallAgency
) -> None:
    _choose_unit(page, "창업정책과")
    find(page, QPushButton, "하위 부서 추가").click()
    name = find(page, QLineEdit, "부서 이름")
    assert name.hasFocus() and name.text() == ""
    assert find(page, QComboBox, "상위 부서").currentText() == "본부 > 창업정책과"
    assert find(page, QComboBox, "부서 종류").currentText() == "팀"
    type_text(qtbot, name, "창업지원팀")
    press_enter(qtbot, name)

    item = _tree_item(page, "창업지원팀")
    parent = item.parent()
    assert parent is not None and parent.text(0) == "창업정책과"
    assert item.text(1) == "팀"
    assert find(page, QTreeWidget, "부서 목록").currentItem() is item
    assert "본부 > 창업정책과 > 창업지원팀" in [d.path for d in backend.roster.departments()]

    # Move it under another unit and name its head.
    parents = find(page, QComboBox, "상위 부서")
    parents.setCurrentIndex(parents.findText("본부 > 혁신행정담당관"))
    type_text(qtbot, _line(find(page, QComboBox, "부서장")), "박지호")
    find(page, QPushButton, "부서 저장").click()
    moved = next(d for d in backend.roster.departments() if d.name == "창업지원팀")
    assert moved.path == "본부 > 혁신행정담당관 > 창업지원팀"
    assert moved.head_id == agency.officers[2].id
    parent = _tree_item(page, "창업지원팀").parent()
    assert parent is not None and parent.text(0) == "혁신행정담당관"


def test_a_unit_cannot_move_under_itself_nor_take_a_sibling_name(
    qtbot: QtBot, page: StaffAdminPage, backend: Backend
) -> None:
    _choose_unit(page, "창업정책과")
    parents = [find(page, QComboBox, "상위 부서").itemText(i)
               for i in range(find(page, QComboBox, "상위 부서").count())]
    assert "본부 > 창업정책과" not in parents  # not offered at all

    name = find(page, QLineEdit, "부서 이름")
    name.setFocus()
    name.selectAll()
    type_text(qtbot, name, "혁신행정담당관")
    press_enter(qtbot, name)
    assert "이미 있습니다" in find(page, QLabel, "부서 이름 오류").text()
    assert name.text() == "혁신행정담당관"
    assert [d.name for d in backend.roster.departments()].count("혁신행정담당관") == 1


def test_an_officer_who_left_is_kept_and_marked_and_leaves_the_search(
    qtbot: QtBot, page: StaffAdminPage, backend: Backend, agency: SmallAgency
) -> None:
    choi = agency.officers[3]
    _choose_unit(page, "혁신행정담당관")
    table = find(page, QTableWidget, "부서 직원")
    row = page.staff_rows().index("최유진")
    table.setCurrentCell(row, 0)
    assert find(page, QLineEdit, "사번").text() == "T0005"
    find(page, QCheckBox, "재직 중").setChecked(False)
    find(page, QPushButton, "직원 저장").click()

    assert backend.directory.snapshot().search("최유진") == []
    row = page.staff_rows().index("최유진")
    cell = table.item(row, 3)
    assert cell is not None and cell.text() == "퇴직·전출"
    assert not backend.directory.snapshot().entry(choi.id).active


def test_a_failed_save_before_the_operator_is_chosen_keeps_the_form(
    qtbot: QtBot, backend: Backend
) -> None:
    bridge = EventBridge(backend.events)
    page = StaffAdminPage(backend, lambda: None, bridge)
    show_window(qtbot, page)
    _choose_unit(page, "혁신행정담당관")
    find(page, QPushButton, "새 직원").click()
    _fill(qtbot, page, {"사번": "T0101", "성명": "두번째", "직위": "주무관"})
    find(page, QPushButton, "직원 저장").click()
    assert "로그인한 뒤에 할 수 있습니다" in find(page, QLabel, "직원 알림").text()
    assert find(page, QLineEdit, "성명").text() == "두번째"
    bridge.detach()


def test_a_change_made_elsewhere_refreshes_the_lists_but_not_what_is_typed(
    qtbot: QtBot, page: StaffAdminPage, backend: Backend, actor: Actor
) -> None:
    _choose_unit(page, "혁신행정담당관")
    find(page, QPushButton, "새 직원").click()
    _fill(qtbot, page, {"성명": "작성중"})
    backend.roster.add_department(actor, name="감사팀", kind="팀", parent_id=_dept_id(backend, "본부"))
    assert _tree_item(page, "감사팀") is not None
    assert find(page, QLineEdit, "성명").text() == "작성중"
    assert "본부 > 감사팀" in [find(page, QComboBox, "부서").itemText(i)
                              for i in range(find(page, QComboBox, "부서").count())]


def test_with_the_window_s_shared_directory_the_page_reads_it_once_per_change(
    qtbot: QtBot, backend: Backend, actor: Actor
) -> None:
    bridge = EventBridge(backend.events)
    cache = DirectoryCache(bridge)
    cache.attach(backend)
    page = StaffAdminPage(backend, lambda: actor, bridge, cache=cache)
    show_window(qtbot, page)
    assert page.snapshot is cache.snapshot
    backend.roster.add_department(actor, name="감사팀", kind="팀", parent_id=_dept_id(backend, "본부"))
    assert page.snapshot is cache.snapshot
    assert _tree_item(page, "감사팀") is not None
    bridge.detach()
