"""Printing for real: the document goes through CUPS to a cups-pdf queue, and the PDF the
queue writes is read back. Skipped without a queue (MINWON_TEST_PRINTER); never in CI."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from minwon_desk.services import spooler
from minwon_desk.services.spooler import PrintError
from minwon_desk.ui.common.print_preview import DocumentPreview
from minwon_desk.ui.common.printing import send_to_printer

from .conftest import NAME, PHONE, PrintQueue, korean_test_pdf, read_spooled, spooled_page_count


def queue_printer(queue: PrintQueue) -> QPrinter:
    """A printer as the print dialog leaves it when the user picks the queue."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(queue.name)
    # Qt keeps the old name for a queue it does not know: make sure it took this one.
    assert printer.printerName() == queue.name
    return printer


def job_of(status: str) -> str:
    return status.split("(작업 ", 1)[1].split(",")[0].rstrip(").")


def test_the_queue_is_among_the_printers(print_queue: PrintQueue) -> None:
    found = {p.name: p for p in spooler.list_printers()}
    assert print_queue.name in found
    assert found[print_queue.name].accepting and found[print_queue.name].state in ("대기 중", "인쇄 중")


def test_a_korean_document_prints_with_its_text(qapp: QApplication, print_queue: PrintQueue) -> None:
    status = send_to_printer(queue_printer(print_queue), korean_test_pdf(), "접수증 홍길동")
    assert status.startswith(f"{print_queue.name} 인쇄 대기열에 보냈습니다 (작업 {print_queue.name}-")
    text = read_spooled(print_queue.out_dir, job_of(status))
    assert f"1쪽 민원인 {NAME} 연락처 {PHONE}" in text
    assert "처리기한 연장 통지 · 회신문 · 접수증" in text


def test_only_the_chosen_pages_print(qapp: QApplication, print_queue: PrintQueue) -> None:
    printer = queue_printer(print_queue)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ranges = QPageRanges()
    ranges.addPage(2)
    ranges.addPage(3)
    printer.setPageRanges(ranges)
    status = send_to_printer(printer, korean_test_pdf(pages=4), "회신문")
    assert "2-3쪽" in status
    job = job_of(status)
    text = read_spooled(print_queue.out_dir, job)
    assert spooled_page_count(print_queue.out_dir, job) == 2
    assert "2쪽 민원인" in text and "3쪽 민원인" in text and "1쪽" not in text and "4쪽" not in text


def test_copies_are_passed_on(qapp: QApplication, print_queue: PrintQueue) -> None:
    printer = queue_printer(print_queue)
    printer.setCopyCount(2)
    status = send_to_printer(printer, korean_test_pdf(), "접수증")
    assert "2부" in status
    assert NAME in read_spooled(print_queue.out_dir, job_of(status))


def test_a_printer_that_is_not_there_is_named(print_queue: PrintQueue) -> None:
    with pytest.raises(PrintError) as caught:
        spooler.submit(korean_test_pdf(), printer="3층-복합기", title="접수증")
    assert "‘3층-복합기’ 프린터를 찾을 수 없습니다" in caught.value.message
    assert print_queue.name in caught.value.message


def test_printing_from_the_preview_reaches_the_queue(
    qtbot: QtBot, print_queue: PrintQueue, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen: list[str] = []

    def accept(dialog: QPrintDialog) -> int:
        # The user picks the queue and 인쇄; the rest is what the real button runs.
        dialog.printer().setPrinterName(print_queue.name)
        chosen.append(dialog.printer().printerName())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warning shown: {a[2]}"))
    preview = DocumentPreview(korean_test_pdf(pages=2), title="회신문", filename="회신문-1.pdf")
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    preview.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    with qtbot.waitSignal(preview.printed) as sent:
        qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert chosen == [print_queue.name]
    assert preview.status_text() == sent.args[0]
    assert "인쇄 대기열에 보냈습니다" in preview.status_text()
    text = read_spooled(print_queue.out_dir, job_of(preview.status_text()))
    assert f"2쪽 민원인 {NAME} 연락처 {PHONE}" in text
