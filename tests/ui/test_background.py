"""Long work off the GUI thread: the result comes back on the GUI thread, a progress window
with 취소 appears only for work that takes a while, 취소 stops the work between steps, and
an error comes back as its Korean message."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from minwon_desk.domain.errors import ValidationError
from minwon_desk.ui.background import Background, IsCancelled, Progress


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Lets a slow job finish; set at the end in any case so no worker is left waiting."""
    event = threading.Event()
    yield event
    event.set()


class Outcome:
    def __init__(self) -> None:
        self.done: list[object] = []
        self.errors: list[str] = []
        self.cancelled = 0
        self.threads: list[threading.Thread] = []

    def on_done(self, value: object) -> None:
        self.threads.append(threading.current_thread())
        self.done.append(value)

    def on_error(self, message: str) -> None:
        self.errors.append(message)

    def on_cancelled(self) -> None:
        self.cancelled += 1

    @property
    def ended(self) -> bool:
        return bool(self.done or self.errors or self.cancelled)


def _visible_progress() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()]


def _run(background: Background, outcome: Outcome, work: object, label: str = "증서 인쇄 준비 중…"):  # type: ignore[no-untyped-def]
    return background.run(work, on_done=outcome.on_done, on_error=outcome.on_error,  # type: ignore[arg-type]
                          on_cancelled=outcome.on_cancelled, label=label)


def test_quick_work_returns_its_result_on_the_gui_thread_without_a_progress_window(
    qtbot: QtBot, window: QWidget
) -> None:
    outcome = Outcome()
    worker: list[threading.Thread] = []

    def work(progress: Progress, cancelled: IsCancelled) -> bytes:
        worker.append(threading.current_thread())
        progress(1, 1)
        return b"%PDF-1.4"

    # The window would wait a minute before showing: this work is certainly done by then.
    task = _run(Background(window, show_after_ms=60_000), outcome, work)
    qtbot.waitUntil(lambda: outcome.ended)
    assert outcome.done == [b"%PDF-1.4"]
    assert outcome.threads == [threading.main_thread()]
    assert worker and worker[0] is not threading.main_thread()
    assert not task.is_running()
    assert task.dialog is None and _visible_progress() == []


def test_slow_work_shows_progress_after_a_while_and_cancel_stops_it(
    qtbot: QtBot, window: QWidget, release: threading.Event
) -> None:
    outcome = Outcome()
    stopped_at: list[int] = []

    def work(progress: Progress, cancelled: IsCancelled) -> str:
        for done in range(1, 11):
            if cancelled():
                stopped_at.append(done)
                return "never shown"
            progress(done, 10)
            if done == 3:
                release.wait()  # as slow as the test wants
        return "finished"

    background = Background(window)
    task = _run(background, outcome, work)
    assert _visible_progress() == []  # nothing flashes up at once
    assert background.running()
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible())
    dialog = task.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.value() == 3)
    assert dialog.maximum() == 10
    assert "증서 인쇄 준비 중…" in dialog.labelText() and "3 / 10" in dialog.labelText()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    [cancel] = [b for b in dialog.findChildren(QPushButton) if b.text() == "취소"]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: outcome.ended)
    assert outcome.cancelled == 1 and outcome.done == [] and outcome.errors == []
    assert stopped_at == [4]  # stopped at the next step, not run to the end
    assert _visible_progress() == []
    assert not background.running()


def test_the_progress_window_closes_when_the_work_is_done(
    qtbot: QtBot, window: QWidget, release: threading.Event
) -> None:
    outcome = Outcome()

    def work(progress: Progress, cancelled: IsCancelled) -> int:
        progress(0, 2)
        release.wait()
        progress(2, 2)
        return 42

    task = _run(Background(window, show_after_ms=0), outcome, work)
    qtbot.waitUntil(lambda: bool(_visible_progress()))
    release.set()
    qtbot.waitUntil(lambda: outcome.ended)
    assert outcome.done == [42]
    assert task.dialog is None
    qtbot.waitUntil(lambda: _visible_progress() == [])


def test_a_refused_action_comes_back_as_its_korean_message(
    qtbot: QtBot, window: QWidget
) -> None:
    outcome = Outcome()

    def work(progress: Progress, cancelled: IsCancelled) -> None:
        raise ValidationError("month", "2026년 13월은 없는 달입니다.")

    _run(Background(window), outcome, work)
    qtbot.waitUntil(lambda: outcome.ended)
    assert outcome.errors == ["2026년 13월은 없는 달입니다."]
    assert outcome.done == []


def test_an_unexpected_failure_says_so_in_korean(
    qtbot: QtBot, window: QWidget, caplog: pytest.LogCaptureFixture
) -> None:
    outcome = Outcome()

    def work(progress: Progress, cancelled: IsCancelled) -> None:
        raise KeyError("font")

    _run(Background(window), outcome, work)
    qtbot.waitUntil(lambda: outcome.ended)
    [message] = outcome.errors
    assert "뜻밖의 오류로 작업을 마치지 못했습니다" in message and "KeyError" in message
    assert "KeyError" in caplog.text  # the details go to the log for whoever maintains it


def test_cancelling_from_the_handle_stops_work_before_the_window_shows(
    qtbot: QtBot, window: QWidget, release: threading.Event
) -> None:
    outcome = Outcome()

    def work(progress: Progress, cancelled: IsCancelled) -> str:
        release.wait()
        return "late" if cancelled() else "finished"

    task = _run(Background(window), outcome, work)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: outcome.ended)
    assert outcome.cancelled == 1 and outcome.done == []
    assert _visible_progress() == []


def test_closing_the_window_cancels_its_work(qtbot: QtBot, release: threading.Event) -> None:
    window = QWidget()
    seen: list[bool] = []
    finished = threading.Event()

    def work(progress: Progress, cancelled: IsCancelled) -> None:
        release.wait()
        seen.append(cancelled())
        finished.set()

    Background(window).run(work, on_done=lambda _r: None, label="작업")
    window.deleteLater()
    qtbot.waitUntil(lambda: not _alive(window))
    release.set()
    qtbot.waitUntil(finished.is_set)
    assert seen == [True]


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True


def test_while_work_runs_the_window_gets_the_interpreter_back_quickly_and_after_all_is_as_before(
    qtbot: QtBot, window: QWidget, release: threading.Event
) -> None:
    import gc
    import sys

    usual = sys.getswitchinterval()
    during: list[tuple[float, int]] = []
    outcome = Outcome()

    def work(progress: Progress, cancelled: IsCancelled) -> None:
        during.append((sys.getswitchinterval(), gc.get_freeze_count()))
        release.wait()

    background = Background(window)
    _run(background, outcome, work)
    _run(background, outcome, lambda p, c: None)
    qtbot.waitUntil(lambda: len(outcome.done) == 1)  # one ended, one still runs
    assert sys.getswitchinterval() == pytest.approx(0.001)
    release.set()
    qtbot.waitUntil(lambda: len(outcome.done) == 2)
    assert during and during[0][0] == pytest.approx(0.001) and during[0][1] > 0
    assert sys.getswitchinterval() == usual
    assert gc.get_freeze_count() == 0


def test_without_an_error_handler_the_message_is_shown_over_the_window(
    qtbot: QtBot, window: QWidget
) -> None:
    from PySide6.QtWidgets import QMessageBox

    def work(progress: Progress, cancelled: IsCancelled) -> None:
        raise ValidationError("serial", "증서 MSS-V2026-00003은(는) 무효 처리되어 인쇄할 수 없습니다.")

    Background(window).run(work, on_done=lambda _r: None, label="증서 인쇄")
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)))
    [box] = window.findChildren(QMessageBox)
    assert "무효 처리되어" in box.text() and box.windowTitle() == "증서 인쇄"
    box.close()


def test_a_newer_request_cancels_the_older_one_whose_result_is_dropped(
    qtbot: QtBot, window: QWidget, release: threading.Event
) -> None:
    background = Background(window, show_after_ms=0)
    older, newer = Outcome(), Outcome()

    def slow(progress: Progress, cancelled: IsCancelled) -> str:
        release.wait(5)
        return "창업정책과의 목록"

    first = background.run(slow, on_done=older.on_done, on_cancelled=older.on_cancelled,
                           label="목록 읽는 중…", key="list", quiet=True)
    second = background.run(lambda _p, _c: "혁신행정담당관의 목록", on_done=newer.on_done,
                            label="목록 읽는 중…", key="list", quiet=True)
    assert first.cancel_requested() and not second.cancel_requested()
    qtbot.waitUntil(lambda: newer.ended)
    release.set()
    qtbot.waitUntil(lambda: older.ended)
    assert newer.done == ["혁신행정담당관의 목록"]
    assert older.done == [] and older.cancelled == 1
    assert _visible_progress() == []  # quiet work shows no progress window, even at once
    qtbot.waitUntil(lambda: not background.running())


def test_work_of_another_key_is_left_alone(qtbot: QtBot, window: QWidget) -> None:
    background = Background(window)
    a, b = Outcome(), Outcome()
    background.run(lambda _p, _c: 1, on_done=a.on_done, label="가", key="receipt")
    background.run(lambda _p, _c: 2, on_done=b.on_done, label="나", key="reply")
    qtbot.waitUntil(lambda: a.ended and b.ended)
    assert (a.done, b.done) == ([1], [2])
