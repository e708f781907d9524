"""The print preview of a document: its pages as they will print, then 인쇄 or 저장.

The pages are the PDF itself rendered by pdfium, fitted to the window's width; each page
is drawn when it first scrolls into view and kept until the width changes. The dialog
never changes the document: printing and saving both use the very bytes it was given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QStandardPaths, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.files import write_failure
from minwon_desk.ui.common import printing
from minwon_desk.ui.forms.ui_print_preview import Ui_DocumentPreview
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import show_message

if TYPE_CHECKING:
    import pypdfium2

# (button label, file extension, makes the file's bytes), e.g. ("HWPX로 저장…", "hwpx", make)
ExtraSave = tuple[str, str, Callable[[], bytes]]

MARGIN = 16  # grey around and between the pages, in pixels
_BACKGROUND = QColor("#8a8f98")
_EDGE = QColor("#5b6068")


class PageStrip(QWidget):
    """All pages one under the other, each as wide as the strip (less the margins)."""

    def __init__(self, document: pypdfium2.PdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        # Page sizes in points, read once: layout needs no rendering.
        self._sizes = [document.get_page_size(i) for i in range(len(document))]
        self._rects: list[QRect] = []
        self._images: dict[int, QImage] = {}
        self.renders = 0  # pages rendered so far (each page once per width)
        self.set_width(600)

    def page_count(self) -> int:
        return len(self._sizes)

    def page_rect(self, index: int) -> QRect:
        return self._rects[index]

    def set_width(self, width: int) -> None:
        page_width = max(width - 2 * MARGIN, 50)
        if self._rects and self._rects[0].width() == page_width:
            return
        self._images.clear()
        self._rects = []
        top = MARGIN
        for width_pt, height_pt in self._sizes:
            height = round(page_width * height_pt / width_pt)
            self._rects.append(QRect(MARGIN, top, page_width, height))
            top += height + MARGIN
        self.setFixedSize(width, top)
        self.update()

    def page_at(self, y: int) -> int:
        """The page at height ``y`` (the one above when ``y`` falls between two)."""
        for index, rect in enumerate(self._rects):
            if y < rect.bottom() + MARGIN:
                return index
        return max(len(self._rects) - 1, 0)

    def image(self, index: int) -> QImage:
        image = self._images.get(index)
        if image is None:
            ratio = self.devicePixelRatioF()
            page = self._document[index]
            try:
                image = printing.render_page(page, round(self._rects[index].width() * ratio))
            finally:
                page.close()
            image.setDevicePixelRatio(ratio)
            self._images[index] = image
            self.renders += 1
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), _BACKGROUND)
        for index, rect in enumerate(self._rects):
            if rect.intersects(event.rect()):
                painter.setPen(_EDGE)
                painter.drawRect(rect.adjusted(-1, -1, 0, 0))
                painter.drawImage(rect, self.image(index))
        painter.end()


class DocumentPreview(QDialog):
    printed = Signal(str)  # what the spooler was given, in a sentence
    saved = Signal(str)  # the path of a file written

    _last_folder: Path | None = None  # where the last file was saved, for the next one

    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        filename: str,
        parent: QWidget | None = None,
        extra_saves: Sequence[ExtraSave] = (),
    ) -> None:
        super().__init__(parent)
        self.form = Ui_DocumentPreview()
        self.form.setupUi(self)
        self._pdf = pdf
        self._title = title
        self._stem = Path(filename).stem if filename.lower().endswith(".pdf") else filename
        self._stem = self._stem.replace("/", "_").replace("\\", "_") or translate("DocumentPreview", "문서")
        self._document = printing.open_pdf(pdf)
        f = self.form
        self.setWindowTitle(translate("DocumentPreview", "{title} — 인쇄 미리보기").format(title=title))
        f.titleLabel.setText(title)
        self.pages = PageStrip(self._document)
        f.pagesArea.setWidget(self.pages)
        f.pagesArea.viewport().installEventFilter(self)
        f.pagesArea.verticalScrollBar().valueChanged.connect(self._show_position)
        show_message(f.statusLabel, "", "message-ok")

        f.printButton.clicked.connect(self.print_document)
        f.saveButton.clicked.connect(self.save_pdf)
        f.closeButton.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_pdf)
        self.extra_buttons: list[QPushButton] = []
        for label, extension, make in extra_saves:
            button = QPushButton(label, self)
            button.setAutoDefault(False)
            button.setAccessibleName(label.rstrip("…. "))
            button.setToolTip(translate("DocumentPreview", "이 문서를 {ext} 파일로 저장합니다").format(ext=extension.upper()))
            button.clicked.connect(
                lambda _=False, lb=label, ext=extension, mk=make: self._save(lb, ext, mk)
            )
            f.extraSavesRow.addWidget(button)
            self.extra_buttons.append(button)
        self._show_position()
        f.pagesArea.setFocus()

    # --- what the buttons do ---------------------------------------------------------------

    def print_document(self) -> None:
        printer = printing.ask_printer(
            self, self._pdf, title=self._title, current_page=self.current_page() + 1
        )
        if printer is None:
            return
        try:
            status = printing.send_to_printer(
                printer, self._pdf, self._title, current_page=self.current_page() + 1
            )
        except MinwonError as exc:
            self._report(f"{exc.message} {translate('Printing', printing.SAVE_HINT)}", ok=False)
            printing.show_print_error(self, exc)
            return
        self._report(status, ok=True)
        self.printed.emit(status)

    def save_pdf(self) -> None:
        self._save(translate("DocumentPreview", "PDF로 저장…"), "pdf", lambda: self._pdf)

    def _save(self, label: str, extension: str, make: Callable[[], bytes]) -> None:
        folder = DocumentPreview._last_folder or _documents_folder()
        suggested = str(folder / f"{self._stem}.{extension}")
        chosen, _ = QFileDialog.getSaveFileName(
            self, label.rstrip("…. "), suggested,
            translate("DocumentPreview", "{ext} 파일 (*.{ext_lower})").format(ext=extension.upper(), ext_lower=extension),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{extension}":
            path = path.with_name(f"{path.name}.{extension}")
        try:
            printing.write_file(path, make())
        except MinwonError as exc:
            self._report(exc.message, ok=False)
            return
        except OSError as exc:
            self._report(write_failure(path, exc), ok=False)
            return
        DocumentPreview._last_folder = path.parent
        self._report(translate("DocumentPreview", "저장했습니다: {path}").format(path=path), ok=True)
        self.saved.emit(str(path))

    # --- pages ---------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.pages.page_count()

    def current_page(self) -> int:
        """Zero-based index of the page at the top of the view."""
        area = self.form.pagesArea
        return self.pages.page_at(area.verticalScrollBar().value() + MARGIN)

    def show_page(self, index: int) -> None:
        self.form.pagesArea.verticalScrollBar().setValue(self.pages.page_rect(index).top() - MARGIN)

    def status_text(self) -> str:
        return self.form.statusLabel.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form.pagesArea.viewport() and event.type() == QEvent.Type.Resize:
            page = self.current_page()
            self.pages.set_width(self.form.pagesArea.viewport().width())
            self.show_page(page)
            self._show_position()
        return super().eventFilter(watched, event)

    def _show_position(self) -> None:
        count = self.page_count()
        self.form.pageLabel.setText(
            translate("DocumentPreview", "{count}쪽 중 {page}쪽").format(count=count, page=self.current_page() + 1)
        )

    def _report(self, text: str, *, ok: bool) -> None:
        show_message(self.form.statusLabel, text, "message-ok" if ok else "message-error")


def _documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()

