"""From the desk to paper, as a person does it: a case typed into the registration form,
answered in the answer dialog, and its reply letter printed from the preview with Ctrl+P
to a real CUPS queue — the spooled letter names the officer with phone and e-mail."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from ui.case_helpers import Desk, active, make_page
from ui.keyboard import press, press_enter, type_text

from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor
from minwon_desk.ui.cases.dialogs import AnswerDialog
from minwon_desk.ui.cases.form import CaseForm
from minwon_desk.ui.common.print_preview import DocumentPreview

from .conftest import PrintQueue, read_spooled
from .test_queue import job_of

CTRL = Qt.KeyboardModifier.ControlModifier


def _preview(qtbot: QtBot, actions: object) -> DocumentPreview:
    qtbot.waitUntil(lambda: not actions.rendering() and isinstance(actions.preview, DocumentPreview))  # type: ignore[attr-defined]
    preview = actions.preview  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    return preview  # type: ignore[no-any-return]


# The offscreen platform cannot raise windows or grab the keyboard for the staff popup.
@pytest.mark.qt_log_ignore("This plugin does not support raise()",
                           "This plugin does not support grabbing")
def test_a_case_typed_answered_and_printed_names_its_officer_on_paper(
    qtbot: QtBot, backend: Backend, actor: Actor, print_queue: PrintQueue,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def choose_queue(dialog: QPrintDialog) -> int:
        dialog.printer().setPrinterName(print_queue.name)  # the person picks the queue
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_queue)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warning shown: {a[2]}"))
    page = make_page(qtbot, backend, Desk(actor))
    page.actions.preview_factory = DocumentPreview

    # Registration, typed.
    page.actions.register()
    form = active(qtbot, page.actions.dialog)
    assert isinstance(form, CaseForm)
    f = form.form
    f.subjectEdit.setFocus()
    type_text(qtbot, f.subjectEdit, "예비창업패키지 신청 자격")
    f.nameEdit.setFocus()
    type_text(qtbot, f.nameEdit, "홍길동")
    line = f.officerCombo.lineEdit()
    assert line is not None
    line.setFocus()
    type_text(qtbot, line, "김민준")
    popup = QApplication.activePopupWidget()
    assert popup is not None
    press(qtbot, popup, Qt.Key.Key_Down)
    press_enter(qtbot, popup)
    press_enter(qtbot, line)
    [case_id] = page.changed
    receipt = _preview(qtbot, page.actions)
    press(qtbot, receipt, Qt.Key.Key_Escape)

    # The answer, typed in its dialog.
    page.actions.answer(backend.cases.get(case_id))
    dialog = active(qtbot, page.actions.dialog)
    assert isinstance(dialog, AnswerDialog)
    type_text(qtbot, dialog.text, "예비창업자도 신청할 수 있습니다.")
    press(qtbot, dialog.text, Qt.Key.Key_Return, CTRL)

    # The reply letter, printed from its preview.
    letter = _preview(qtbot, page.actions)
    with qtbot.waitSignal(letter.printed):
        qtbot.keyClick(letter, Qt.Key.Key_P, CTRL)
    text = read_spooled(print_queue.out_dir, job_of(letter.status_text()))
    for expected in ("김민준", "혁신행정담당관", "044-204-1201", "t0002@test.example",
                     "예비창업자도 신청할 수 있습니다.", "TEST-2026-000001-회신"):
        assert expected in text, expected
