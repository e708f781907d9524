"""What the print dialog's 인쇄 does without a real queue: printing to a file, the pages
chosen, no printer at all, and drawing the pages where no spooler takes a PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from minwon_desk.services import spooler
from minwon_desk.services.spooler import PrintError
from minwon_desk.ui.common.printing import draw_on_printer, page_indices, send_to_printer

from .conftest import NAME, PHONE, korean_test_pdf


def file_printer(path: Path) -> QPrinter:
    """The printer the dialog returns for "print to file"."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def text_of(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_print_to_file_writes_the_document_itself(qapp: QApplication, tmp_path: Path) -> None:
    pdf = korean_test_pdf(pages=2)
    status = send_to_printer(file_printer(tmp_path / "접수증.pdf"), pdf, "접수증")
    assert status == f"PDF 파일로 저장했습니다: {tmp_path / '접수증.pdf'}"
    assert (tmp_path / "접수증.pdf").read_bytes() == pdf


def test_print_to_file_keeps_only_the_chosen_page_with_its_text(qapp: QApplication, tmp_path: Path) -> None:
    printer = file_printer(tmp_path / "out.pdf")
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    send_to_printer(printer, korean_test_pdf(pages=3), "회신문", current_page=2)
    [page] = text_of(tmp_path / "out.pdf")
    assert page.startswith(f"2쪽 민원인 {NAME} 연락처 {PHONE}")


def test_with_no_printer_chosen_the_reason_is_given(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    # cupsd down: Qt lists no printers and leaves the name empty.
    monkeypatch.setattr(spooler.sys, "platform", "linux")
    monkeypatch.setattr(spooler.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(
        spooler, "_run",
        lambda args, data=None: subprocess.CompletedProcess(args, 0, "scheduler is not running\n", ""),
    )
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setPrinterName("")
    assert printer.printerName() == ""
    with pytest.raises(PrintError, match="인쇄 서비스\\(CUPS\\)가 꺼져 있어"):
        send_to_printer(printer, korean_test_pdf(), "접수증")


def test_without_a_pdf_spooler_the_pages_are_drawn(qapp: QApplication, tmp_path: Path) -> None:
    # A Qt PDF printer stands in for a Windows printer driver: each chosen page arrives.
    printer = file_printer(tmp_path / "drawn.pdf")
    printer.setResolution(150)
    assert draw_on_printer(printer, korean_test_pdf(pages=3), "1,3") == 2
    reader = PdfReader(tmp_path / "drawn.pdf")
    assert len(reader.pages) == 2
    assert round(float(reader.pages[0].mediabox.width)) in (595, 596)  # A4, as drawn


def test_the_fallback_is_taken_when_the_spooler_has_no_pdf(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[str | None] = []

    def no_pdf(*args: object, **kwargs: object) -> str:
        raise spooler.NoPdfSpooler("PDF를 받지 않습니다.", reason=spooler.NO_PDF_SPOOLER)

    monkeypatch.setattr(spooler, "submit", no_pdf)
    monkeypatch.setattr(
        "minwon_desk.ui.common.printing.draw_on_printer",
        lambda printer, pdf, pages=None: drawn.append(pages) or 2,
    )
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    monkeypatch.setattr(printer, "printerName", lambda: "사무실 복합기", raising=False)
    assert send_to_printer(printer, korean_test_pdf(pages=2), "접수증") == "사무실 복합기 프린터로 2쪽을 보냈습니다."
    assert drawn == [None]


@pytest.mark.parametrize(
    ("pages", "indices"), [(None, [0, 1, 2, 3]), ("2", [1]), ("1-2,4", [0, 1, 3]), ("3-9", [2, 3])]
)
def test_page_indices(pages: str | None, indices: list[int]) -> None:
    assert page_indices(pages, 4) == indices


def test_print_to_a_file_that_cannot_be_written_is_explained(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "없는 폴더" / "접수증.pdf"
    with pytest.raises(PrintError) as caught:
        send_to_printer(file_printer(target), korean_test_pdf(), "접수증")
    assert caught.value.message.startswith(f"PDF 파일로 저장하지 못했습니다: {target} (")
