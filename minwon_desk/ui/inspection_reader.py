"""Reading the monthly report (and drawing its PDF) on a worker thread.

A year of records takes a second or two to count, so the work runs in the thread pool and
its result comes back as a queued signal. Each job carries a ticket; when the person has
moved on (another month, 취소) the page forgets the ticket and a late result is dropped.
A service cannot be stopped half-way through a read, so "cancel" means "not wanted".
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from minwon_desk.domain.errors import MinwonError

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("InspectionReader", text)


class InspectionReader(QObject):
    done = Signal(int, object)  # ticket, what the work returned
    failed = Signal(int, str)  # ticket, what to tell the person
    _finished = Signal(int, object, str)  # from the worker (queued): ticket, result, problem

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tickets = itertools.count(1)
        self._wanted: set[int] = set()
        self._finished.connect(self._on_finished)

    def start(self, work: Callable[[], object], what: str) -> int:
        """Run ``work`` on a worker thread; returns the ticket ``done`` or ``failed`` will
        carry. ``what`` names the work in the log if it breaks."""
        ticket = next(self._tickets)
        self._wanted.add(ticket)

        def run() -> None:  # on a worker thread
            result: object = None
            problem = ""
            try:
                result = work()
            except MinwonError as exc:
                problem = exc.message
            except Exception:  # a bug in a read must not take the window down
                log.exception("could not %s", what)
                problem = _tr("자체점검 결과를 만들지 못했습니다. 다시 해 보고, 계속되면 관리자에게 알려 주세요.")
            with contextlib.suppress(RuntimeError):  # the page closed meanwhile: nobody to tell
                self._finished.emit(ticket, result, problem)

        QThreadPool.globalInstance().start(run)
        return ticket

    def forget(self, ticket: int | None) -> None:
        """The result of this job is no longer wanted."""
        if ticket is not None:
            self._wanted.discard(ticket)

    def busy(self) -> bool:
        """True while a wanted job has not come back."""
        return bool(self._wanted)

    def _on_finished(self, ticket: int, result: object, problem: str) -> None:
        if ticket not in self._wanted:
            return
        self._wanted.discard(ticket)
        if problem:
            self.failed.emit(ticket, problem)
        else:
            self.done.emit(ticket, result)

    def __repr__(self) -> str:
        return f"InspectionReader(waiting={sorted(self._wanted)})"
