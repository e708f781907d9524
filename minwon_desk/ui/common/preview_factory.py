"""Showing a drawn document in the print preview. The preview module is imported only when
the first document is shown: it brings pdfium with it, which start-up should not pay for."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

# (pdf, *, title, filename, parent, extra_saves) → a preview dialog (DocumentPreview)
PreviewFactory = Callable[..., QDialog]


class DrawnFile(Protocol):
    """A PDF with its title and file name (a rendered document, a monthly report)."""

    @property
    def pdf(self) -> bytes: ...
    @property
    def title(self) -> str: ...
    @property
    def filename(self) -> str: ...


def print_preview() -> PreviewFactory:
    from minwon_desk.ui.common.print_preview import DocumentPreview

    return DocumentPreview


def show_preview(
    factory: PreviewFactory | None, file: DrawnFile, parent: QWidget,
    extra_saves: Sequence[tuple[str, str, Callable[[], bytes]]] = (),
) -> QDialog:
    """Show ``file`` in a preview that deletes itself when closed (``factory`` None: the
    application's print preview)."""
    make = factory or print_preview()
    preview = make(file.pdf, title=file.title, filename=file.filename, parent=parent,
                   extra_saves=extra_saves)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.show()
    return preview
