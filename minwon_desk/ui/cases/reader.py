"""Reading the answered cases of a list off the GUI thread.

They are most of a year's register (about 47,000 of 50,000, a second or more to read), so
the page reads them only when a state that shows them is chosen, through the background
helper, and adds them to the list when they arrive. A newer list (another department or
officer) cancels the read of the older one, whose cases are then dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from minwon_desk.domain.case_clock import CaseStatus
from minwon_desk.domain.errors import MinwonError
from minwon_desk.services.cases.dto import CaseView
from minwon_desk.ui.background import Background, IsCancelled, Progress, Task
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend


class AnsweredReader(QObject):
    loaded = Signal(object)  # list[CaseView], for the list as it is now
    failed = Signal(str)  # the service's message

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._background = Background(page)
        self._state = ""  # "" not read, "loading", "loaded"
        self._pending: object | None = None  # the read waiting for the list to be drawn
        self._task: Task[list[CaseView]] | None = None

    def forget(self) -> None:
        """The list was read again: what was read (or is being read) no longer belongs."""
        self._state = ""
        self._pending = None
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def is_loading(self) -> bool:
        return self._state == "loading"

    def read(
        self,
        backend: Backend,
        department_id: int | None,
        officer_id: int | None,
        *,
        background: bool = True,
    ) -> None:
        """Read them once per list (``background=False``: now, on this thread)."""
        if self._state:
            return
        self._state = "loading"

        def work(_progress: Progress, _cancelled: IsCancelled) -> list[CaseView]:
            return backend.cases.cases(
                department_id=department_id, officer_id=officer_id, status=CaseStatus.DONE
            )

        if not background:
            try:
                done = work(lambda _d, _t: None, lambda: False)
            except MinwonError as exc:
                self._refused(exc.message)
            else:
                self._arrived(done)
            return
        # After the list on screen is drawn: the read holds the interpreter a while.
        pending = self._pending = object()
        QTimer.singleShot(0, self, lambda: self._start(pending, work))

    def _start(self, pending: object, work: Callable[[Progress, IsCancelled], list[CaseView]]) -> None:
        if pending is not self._pending:
            return  # forgotten before it began
        self._pending = None
        self._task = self._background.run(
            work, on_done=self._arrived, on_error=self._refused,
            label=translate("AnsweredReader", "처리 완료된 민원을 읽는 중…"), key="answered", quiet=True,
        )

    def _arrived(self, cases: list[CaseView]) -> None:
        self._task = None
        self._state = "loaded"
        self.loaded.emit(cases)

    def _refused(self, message: str) -> None:
        self._task = None
        self._state = ""
        self.failed.emit(message)

    def __repr__(self) -> str:
        return f"AnsweredReader({self._state or 'not read'})"
