"""The officer picker: 초성 search in the popup, and refilling it while in use."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from minwon_desk.services.dto import StaffSummary
from minwon_desk.ui.common.staff_picker import chosen_staff_id, setup_staff_combo

from .keyboard import type_text

STAFF = [
    StaffSummary(1, "T1", "김종윤", "주무관", "민원봉사과", "1234"),
    StaffSummary(2, "T2", "김종수", "사무관", "혁신행정담당관", "1201"),
]


def _search(query: str) -> list[int]:
    return [2] if query == "ㄱㅈㅅ" else [1, 2] if query.startswith("ㄱ") else []


def test_refilling_the_combo_while_typing_keeps_working(qtbot: QtBot) -> None:
    # The directory changes under a combo the operator is typing in: refilled each time.
    combo = QComboBox()
    combo.setEditable(True)
    qtbot.addWidget(combo)
    setup_staff_combo(combo, STAFF)
    for _ in range(3):
        setup_staff_combo(combo, STAFF, _search)
        type_text(qtbot, combo.lineEdit(), "ㄱㅈㅅ")
        assert chosen_staff_id(combo) == (2, None)
        combo.setEditText("")
    type_text(qtbot, combo.lineEdit(), "ㄱ")
    assert chosen_staff_id(combo)[1] == "'ㄱ'에 맞는 직원이 2명입니다. 목록에서 한 사람을 골라 주세요."
    assert combo.completer().completionModel().rowCount() == 2


def test_without_a_directory_text_anywhere_in_the_label_matches(qtbot: QtBot) -> None:
    combo = QComboBox()
    combo.setEditable(True)
    qtbot.addWidget(combo)
    setup_staff_combo(combo, STAFF)
    type_text(qtbot, combo.lineEdit(), "민원봉사")
    assert chosen_staff_id(combo) == (1, None)
