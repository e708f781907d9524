"""Vouchers and result notices drawn off the GUI thread and shown in the print preview.

One voucher or a notice takes a moment; a month's batch can take many seconds, so it
shows its progress (after half a second) and can be cancelled, and the window answers
all the while. The preview is made by ``preview_factory`` (the application's print
preview unless a test gives another).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from minwon_desk.ui.background import Background, IsCancelled, Progress, Task
from minwon_desk.ui.common.preview_factory import PreviewFactory, show_preview

if TYPE_CHECKING:
    from minwon_desk.services.dto import RenderedDocument

DrawWork = Callable[[Progress, IsCancelled], "RenderedDocument"]


class DocumentOpener(QObject):
    def __init__(self, parent: QWidget, background: Background | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self.background = background or Background(parent)
        self.preview_factory: PreviewFactory | None = None  # default: the print preview
        self.preview: QDialog | None = None  # the last preview opened, while it is open
        self.task: Task[RenderedDocument] | None = None  # the drawing under way

    def open(
        self, work: DrawWork, *, label: str, failed: Callable[[str], None],
        done: Callable[[RenderedDocument], None] | None = None,
        cancelled: Callable[[], None] | None = None,
        printed: Callable[[RenderedDocument, str], None] | None = None,
    ) -> Task[RenderedDocument]:
        """Draw on a worker thread, then show the preview (and tell ``done``). ``printed``
        hears of each real print from the preview: ("printer" — a queue accepted it, or
        "pdf" — it was saved), never of a preview closed without one."""

        def shown(document: RenderedDocument) -> None:
            self.task = None
            preview = self.show(document)
            if printed is not None:
                _on_print(preview, lambda how: printed(document, how))
            if done is not None:
                done(document)

        def refused(message: str) -> None:
            self.task = None
            failed(message)

        def stopped() -> None:
            self.task = None
            if cancelled is not None:
                cancelled()

        self.task = self.background.run(work, on_done=shown, on_error=refused,
                                        on_cancelled=stopped, label=label)
        return self.task

    def busy(self) -> bool:
        return self.background.running()

    def show(self, document: RenderedDocument) -> QDialog:
        preview = show_preview(self.preview_factory, document, self._parent, [])
        self.preview = preview
        preview.destroyed.connect(lambda *_: self._preview_gone(preview))
        if QApplication.activeModalWidget() is None:
            # Not over a dialog the supervisor has opened since: that keeps the keyboard.
            preview.raise_()
            preview.activateWindow()
        return preview

    def _preview_gone(self, preview: QDialog) -> None:
        if self.preview is preview:
            self.preview = None

    def __repr__(self) -> str:
        return f"DocumentOpener(busy={self.busy()})"


def _on_print(preview: QDialog, printed: Callable[[str], None]) -> None:
    """Connect the preview's real prints (a stand-in without the signals has none)."""
    for signal, how in (("printed", "printer"), ("saved", "pdf")):
        source = getattr(preview, signal, None)
        if source is not None:
            source.connect(lambda _what, how=how: printed(how))
