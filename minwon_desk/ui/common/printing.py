"""Printing a PDF from the desktop: the system's print dialog, then the spooler.

``print_pdf`` asks for printer, copies and pages in the operating system's print dialog
and hands the PDF itself to the spooler (``services.spooler``), so the printer gets the
document's own text, not a picture of it. ``send_to_printer`` is the part after the
dialog (tests drive it with a printer chosen in code). Where no spooler takes PDF
(Windows) the pages are drawn on the printer instead, from a rendering at printer
resolution. pypdfium2 is imported on first use: the window starts without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QStandardPaths
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.files import write_atomically, write_failure
from minwon_desk.services import spooler
from minwon_desk.services.spooler import PrintError
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    import pypdfium2

# Enough for sharp text on paper; a 600 dpi A4 page would be a 139 MB image.
MAX_RENDER_DPI = 300
SAVE_HINT = QT_TRANSLATE_NOOP("Printing", "문서는 그대로 있으니 ‘PDF로 저장…’으로 저장해 둘 수 있습니다.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def print_pdf(
    parent: QWidget, pdf: bytes, *, title: str, current_page: int | None = None
) -> str | None:
    """Ask where to print, then print. Returns what happened in a sentence, or None when
    the dialog was cancelled or printing failed (the reason was shown in a message box)."""
    printer = ask_printer(parent, pdf, title=title, current_page=current_page)
    if printer is None:
        return None
    try:
        return send_to_printer(printer, pdf, title, current_page=current_page)
    except MinwonError as exc:
        show_print_error(parent, exc)
        return None


def ask_printer(
    parent: QWidget, pdf: bytes, *, title: str, current_page: int | None = None
) -> QPrinter | None:
    """The operating system's print dialog: printer, copies and pages. None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "인쇄 — {title}").format(title=title))
    options = QAbstractPrintDialog.PrintDialogOption
    enabled = options.PrintPageRange | options.PrintToFile | options.PrintShowPageSize
    if current_page is not None:
        enabled |= options.PrintCurrentPage
    dialog.setOptions(enabled)
    dialog.setMinMax(1, page_count(pdf))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def send_to_printer(
    printer: QPrinter, pdf: bytes, title: str, *, current_page: int | None = None
) -> str:
    """Print ``pdf`` where ``printer`` says (its name, copies and pages), as the print
    dialog left it; ``current_page`` is the page its "current page" choice means.
    Returns a sentence for the status line; raises ``MinwonError``."""
    pages = chosen_pages(printer, current_page)
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        # "Print to file" in the dialog: the document itself, not a re-rendering of it.
        path = Path(printer.outputFileName())
        try:
            write_file(path, select_pages(pdf, pages) if pages else pdf)
        except OSError as exc:
            raise PrintError(translate("Printing", "PDF 파일로 ") + write_failure(path, exc), reason=spooler.FAILED) from exc
        return translate("Printing", "PDF 파일로 저장했습니다: {path}").format(path=path)
    name = printer.printerName()
    if not name:
        # With the print service down Qt lists no printers and leaves the name empty.
        spooler.check_ready()
        raise PrintError(translate("Printing", "프린터를 고르지 않았습니다. 인쇄 창에서 프린터를 고르세요."),
                         reason=spooler.NO_SUCH_PRINTER)
    copies = printer.copyCount()
    try:
        job = spooler.submit(pdf, printer=name, title=title, copies=copies, pages=pages)
    except spooler.NoPdfSpooler:
        drawn = draw_on_printer(printer, pdf, pages)
        return translate("Printing", "{name} 프린터로 {pages}쪽을 보냈습니다.").format(name=name, pages=drawn)
    details = [translate("Printing", "작업 {job}").format(job=job)]
    if copies > 1:
        details.append(translate("Printing", "{n}부").format(n=copies))
    if pages:
        details.append(translate("Printing", "{pages}쪽").format(pages=pages))
    return translate("Printing", "{name} 인쇄 대기열에 보냈습니다 ({details}).").format(
        name=name, details=", ".join(details)
    )


def show_print_error(parent: QWidget, exc: MinwonError) -> None:
    QMessageBox.warning(parent, translate("Printing", "인쇄하지 못했습니다"), f"{exc.message}\n\n{_tr(SAVE_HINT)}")


def chosen_pages(printer: QPrinter, current_page: int | None = None) -> str | None:
    """The pages chosen in the dialog as ``"1-3,5"``; None for the whole document."""
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        return str(current_page) if current_page else None
    if mode == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            return ranges.toString()
        if printer.fromPage() > 0:
            return f"{printer.fromPage()}-{printer.toPage()}"
    return None


def page_indices(pages: str | None, count: int) -> list[int]:
    """Zero-based indices of ``"1-3,5"`` within a document of ``count`` pages."""
    if not pages:
        return list(range(count))
    chosen: list[int] = []
    for part in spooler.normalise_pages(pages).split(","):
        first, _, last = part.partition("-")
        chosen += [i - 1 for i in range(int(first), int(last or first) + 1) if i <= count]
    return chosen


# --- rendering (pypdfium2) ----------------------------------------------------------------


def open_pdf(pdf: bytes) -> pypdfium2.PdfDocument:
    import pypdfium2

    return pypdfium2.PdfDocument(pdf)


def page_count(pdf: bytes) -> int:
    document = open_pdf(pdf)
    try:
        return len(document)
    finally:
        document.close()


def render_page(page: pypdfium2.PdfPage, width_px: int) -> QImage:
    """The page drawn ``width_px`` wide on white (an opaque RGB32 image)."""
    width_pt = page.get_width()
    bitmap = page.render(scale=width_px / width_pt, prefer_bgrx=True, draw_annots=True)
    try:
        # BGRx bytes are Qt's RGB32 on little-endian machines; copy out of pdfium's buffer.
        return QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
        ).copy()
    finally:
        bitmap.close()


def select_pages(pdf: bytes, pages: str) -> bytes:
    """A PDF of only ``pages`` of ``pdf`` (fonts and text kept)."""
    import io

    import pypdfium2

    source = open_pdf(pdf)
    target = pypdfium2.PdfDocument.new()
    try:
        target.import_pages(source, page_indices(pages, len(source)))
        buffer = io.BytesIO()
        target.save(buffer)
        return buffer.getvalue()
    finally:
        target.close()
        source.close()


def draw_on_printer(printer: QPrinter, pdf: bytes, pages: str | None = None) -> int:
    """Draw the pages on ``printer`` as images at its resolution (at most 300 dpi): the way
    to print where no spooler takes a PDF. Returns the number of pages drawn."""
    document = open_pdf(pdf)
    try:
        indices = page_indices(pages, len(document))
        printer.setFullPage(True)  # the page image already holds the document's margins
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(
                translate("Printing", "{name} 프린터를 열지 못했습니다. 프린터가 켜져 있는지 확인하고 다시 시도하세요.").format(
                    name=printer.printerName() or translate("Printing", "선택한")
                ),
                reason=spooler.FAILED, printer=printer.printerName(),
            )
        try:
            dpi = min(printer.resolution(), MAX_RENDER_DPI)
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            for n, index in enumerate(indices):
                if n and not printer.newPage():
                    raise PrintError(translate("Printing", "프린터가 다음 쪽을 받지 않았습니다."), reason=spooler.FAILED)
                page = document[index]
                image = render_page(page, round(page.get_width() / 72 * dpi))
                painter.drawImage(_fit(paper, image), image)
                page.close()
        finally:
            painter.end()
        return len(indices)
    finally:
        document.close()


def _fit(paper: QRectF, image: QImage) -> QRectF:
    scale = min(paper.width() / image.width(), paper.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(paper.x(), paper.y(), width, height)


def write_file(path: Path, data: bytes) -> None:
    """Write all of ``data`` or nothing: an earlier file of that name stays until it is replaced."""
    write_atomically(path, data)


def documents_folder() -> Path:
    """Where a save dialog opens first: the person's documents folder (else home)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()
