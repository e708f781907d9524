"""The print preview: the document's pages, then 인쇄 (Ctrl+P), PDF로 저장 (Ctrl+S), other
formats, 닫기 (Esc); a line under the pages says what happened."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from minwon_desk.domain.errors import ValidationError
from minwon_desk.services.spooler import NO_SUCH_PRINTER, PrintError
from minwon_desk.ui.common import printing
from minwon_desk.ui.common.print_preview import MARGIN, DocumentPreview

from .conftest import find, show_window
from .keyboard import press, press_escape

CTRL = Qt.KeyboardModifier.ControlModifier


def letter(pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from minwon_desk.documents.fonts import GOTHIC, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for n in range(1, pages + 1):
        canvas.setFont(GOTHIC, 14)
        canvas.drawString(72, 760, f"{n}쪽 민원인 홍길동 연락처 010-1234-5678")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


PDF = letter(5)


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: records what was suggested, answers ``answer``."""

    def __init__(self) -> None:
        self.answer = ""
        self.suggested: list[str] = []

    def __call__(self, parent: QWidget, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        self.suggested.append(suggested)
        return self.answer, filters


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    fake = SaveDialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return fake


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def preview(qtbot: QtBot) -> Iterator[DocumentPreview]:
    dialog = DocumentPreview(
        PDF, title="회신문", filename="회신문-2026-0001.pdf",
        extra_saves=[("HWPX로 저장…", "hwpx", lambda: b"PK\x03\x04 hwpx")],
    )
    dialog.resize(760, 900)
    show_window(qtbot, dialog)
    yield dialog
    dialog.close()


def page_label(dialog: DocumentPreview) -> str:
    return find(dialog, QLabel, "쪽 위치").text()


def status(dialog: DocumentPreview) -> QLabel:
    return find(dialog, QLabel, "인쇄·저장 결과")


def test_the_preview_opens_on_the_first_of_its_pages_drawing_only_those_in_view(
    preview: DocumentPreview,
) -> None:
    assert preview.windowTitle() == "회신문 — 인쇄 미리보기"
    assert page_label(preview) == "5쪽 중 1쪽"
    assert preview.page_count() == 5
    assert 1 <= preview.pages.renders <= 2
    assert not status(preview).isVisible()


def test_page_down_scrolls_through_the_pages_each_drawn_once(
    qtbot: QtBot, preview: DocumentPreview
) -> None:
    area = find(preview, QScrollArea, "문서 미리보기")
    assert area.hasFocus()
    seen = [page_label(preview)]
    for _ in range(30):
        press(qtbot, area, Qt.Key.Key_PageDown)
        QApplication.processEvents()  # the pages scrolled into view are painted
        if page_label(preview) != seen[-1]:
            seen.append(page_label(preview))
    assert seen == [f"5쪽 중 {n}쪽" for n in range(1, 6)]
    for _ in range(30):
        press(qtbot, area, Qt.Key.Key_PageUp)
        QApplication.processEvents()
    assert page_label(preview) == "5쪽 중 1쪽"
    assert preview.pages.renders == 5


def test_pages_fit_the_width_of_the_window(qtbot: QtBot, preview: DocumentPreview) -> None:
    area = find(preview, QScrollArea, "문서 미리보기")
    preview.resize(1000, 900)
    qtbot.waitUntil(lambda: preview.pages.page_rect(0).width() == area.viewport().width() - 2 * MARGIN)
    rect = preview.pages.page_rect(0)
    assert abs(rect.height() / rect.width() - 297 / 210) < 0.01  # A4 keeps its shape


def test_ctrl_s_saves_the_very_pdf_under_the_suggested_name(
    qtbot: QtBot, preview: DocumentPreview, save_dialog: SaveDialog, tmp_path: Path
) -> None:
    save_dialog.answer = str(tmp_path / "홍길동 회신")  # typed without the extension
    with qtbot.waitSignal(preview.saved) as saved:
        press(qtbot, preview, Qt.Key.Key_S, CTRL)
    target = tmp_path / "홍길동 회신.pdf"
    assert saved.args == [str(target)]
    assert target.read_bytes() == PDF
    assert Path(save_dialog.suggested[0]).name == "회신문-2026-0001.pdf"
    assert status(preview).isVisible() and status(preview).text() == f"저장했습니다: {target}"
    # The next save starts in the folder chosen last.
    save_dialog.answer = ""
    press(qtbot, preview, Qt.Key.Key_S, CTRL)
    assert Path(save_dialog.suggested[1]).parent == tmp_path


def test_a_save_that_fails_says_so_and_can_be_retried(
    qtbot: QtBot, preview: DocumentPreview, save_dialog: SaveDialog, tmp_path: Path
) -> None:
    save_dialog.answer = str(tmp_path / "없는 폴더" / "회신.pdf")
    find(preview, QPushButton, "PDF로 저장").click()
    assert status(preview).text().startswith(f"저장하지 못했습니다: {tmp_path / '없는 폴더' / '회신.pdf'} (")
    assert status(preview).property("role") == "message-error"
    save_dialog.answer = str(tmp_path / "회신.pdf")
    find(preview, QPushButton, "PDF로 저장").click()
    assert (tmp_path / "회신.pdf").read_bytes() == PDF
    assert status(preview).property("role") == "message-ok"


def test_cancelling_the_save_dialog_changes_nothing(
    qtbot: QtBot, preview: DocumentPreview, save_dialog: SaveDialog
) -> None:
    press(qtbot, preview, Qt.Key.Key_S, CTRL)
    assert save_dialog.suggested and not status(preview).isVisible()


def test_the_extra_format_is_saved_from_its_own_button(
    preview: DocumentPreview, save_dialog: SaveDialog, tmp_path: Path
) -> None:
    save_dialog.answer = str(tmp_path / "회신문.hwpx")
    button = find(preview, QPushButton, "HWPX로 저장")
    assert button.text() == "HWPX로 저장…"
    button.click()
    assert (tmp_path / "회신문.hwpx").read_bytes() == b"PK\x03\x04 hwpx"
    assert Path(save_dialog.suggested[0]).name == "회신문-2026-0001.hwpx"


def test_an_extra_format_that_cannot_be_made_explains_why(
    qtbot: QtBot, save_dialog: SaveDialog, tmp_path: Path
) -> None:
    def refuse() -> bytes:
        raise ValidationError("reply", "회신 내용이 비어 있어 HWPX로 만들 수 없습니다.")

    dialog = DocumentPreview(PDF, title="회신문", filename="회신문", extra_saves=[("HWPX로 저장…", "hwpx", refuse)])
    show_window(qtbot, dialog)
    save_dialog.answer = str(tmp_path / "회신문.hwpx")
    find(dialog, QPushButton, "HWPX로 저장").click()
    assert status(dialog).text() == "회신 내용이 비어 있어 HWPX로 만들 수 없습니다."
    assert not (tmp_path / "회신문.hwpx").exists()
    dialog.close()


def test_esc_closes_the_preview(qtbot: QtBot, preview: DocumentPreview) -> None:
    press_escape(qtbot, preview)
    assert not preview.isVisible() and preview.result() == QDialog.DialogCode.Rejected


def test_the_controls_have_names(preview: DocumentPreview) -> None:
    for name in ("인쇄", "PDF로 저장", "HWPX로 저장", "닫기"):
        assert find(preview, QPushButton, name).isVisible()
    assert "Ctrl+P" in find(preview, QPushButton, "인쇄").toolTip()
    assert "Ctrl+S" in find(preview, QPushButton, "PDF로 저장").toolTip()
    assert find(preview, QLabel, "문서 제목").text() == "회신문"


def accept_dialog(monkeypatch: pytest.MonkeyPatch, *, accepted: bool = True) -> list[QPrinter]:
    opened: list[QPrinter] = []

    def run(dialog: QPrintDialog) -> int:
        opened.append(dialog.printer())
        return QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", run)
    return opened


def test_ctrl_p_prints_from_the_page_in_view(
    qtbot: QtBot, preview: DocumentPreview, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    opened = accept_dialog(monkeypatch)
    sent: list[tuple[bytes, str, int | None]] = []

    def send(printer: QPrinter, pdf: bytes, title: str, *, current_page: int | None = None) -> str:
        sent.append((pdf, title, current_page))
        return "사무실 인쇄 대기열에 보냈습니다 (작업 사무실-3)."

    monkeypatch.setattr(printing, "send_to_printer", send)
    preview.show_page(1)
    with qtbot.waitSignal(preview.printed):
        press(qtbot, preview, Qt.Key.Key_P, CTRL)
    assert len(opened) == 1 and opened[0].docName() == "회신문"
    assert sent == [(PDF, "회신문", 2)]
    assert status(preview).text() == "사무실 인쇄 대기열에 보냈습니다 (작업 사무실-3)."
    assert warnings == []


def test_cancelling_the_print_dialog_prints_nothing(
    qtbot: QtBot, preview: DocumentPreview, monkeypatch: pytest.MonkeyPatch
) -> None:
    accept_dialog(monkeypatch, accepted=False)
    monkeypatch.setattr(printing, "send_to_printer", lambda *a, **k: pytest.fail("printed"))
    find(preview, QPushButton, "인쇄").click()
    assert not status(preview).isVisible()


def test_a_print_failure_is_shown_and_the_document_can_still_be_saved(
    qtbot: QtBot, preview: DocumentPreview, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    accept_dialog(monkeypatch)

    def fail(*args: object, **kwargs: object) -> str:
        raise PrintError("‘3층’ 프린터를 찾을 수 없습니다.", reason=NO_SUCH_PRINTER, printer="3층")

    monkeypatch.setattr(printing, "send_to_printer", fail)
    find(preview, QPushButton, "인쇄").click()
    assert status(preview).text() == f"‘3층’ 프린터를 찾을 수 없습니다. {printing.SAVE_HINT}"
    assert status(preview).property("role") == "message-error"
    assert warnings == [f"‘3층’ 프린터를 찾을 수 없습니다.\n\n{printing.SAVE_HINT}"]


def test_opening_the_preview_module_loads_no_pdf_or_document_library() -> None:
    code = (
        "import sys; import minwon_desk.ui.common.print_preview; "
        "print(sorted(m for m in ('pypdfium2', 'reportlab', 'sqlalchemy') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    ).stdout
    assert out.strip() == "[]"
