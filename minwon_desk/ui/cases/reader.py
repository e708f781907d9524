"""Reading the answered cases of a list on a worker thread.

They are most of a year's register (about 47,000 of 50,000, a second or more to read), so
the page reads them only when a state that shows them is chosen, off the GUI thread, and
adds them to the list when they arrive. A read that a newer list has replaced (another
department or officer) is dropped when it comes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from minwon_desk.domain.case_clock import CaseStatus
from minwon_desk.domain.errors import MinwonError

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend


class AnsweredReader(QObject):
    loaded = Signal(object)  # list[CaseView], for the list as it is now
    failed = Signal(str)  # the service's message
    _arrived = Signal(int, object)  # from the worker: generation, cases (queued)
    _refused = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._state = ""  # "" not read, "loading", "loaded"
        self._arrived.connect(self._on_arrived)
        self._refused.connect(self._on_refused)

    def forget(self) -> None:
        """The list was read again: what was read (or is being read) no longer belongs."""
        self._generation += 1
        self._state = ""

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
        generation = self._generation

        def work() -> None:
            try:
                done = backend.cases.cases(
                    department_id=department_id, officer_id=officer_id, status=CaseStatus.DONE
                )
            except MinwonError as exc:
                self._refused.emit(generation, exc.message)
                return
            self._arrived.emit(generation, done)

        if background:
            # After the list on screen is drawn: the read holds the interpreter a while.
            QTimer.singleShot(0, self, lambda: QThreadPool.globalInstance().start(work))
        else:
            work()

    def _on_arrived(self, generation: int, cases: object) -> None:
        if generation == self._generation:
            self._state = "loaded"
            self.loaded.emit(cases)

    def _on_refused(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._state = ""
            self.failed.emit(message)

    def __repr__(self) -> str:
        return f"AnsweredReader({self._state or 'not read'})"
