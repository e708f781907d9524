"""Regression guard for the PySide6 6.12.0 refcount crash on Python 3.10/3.11.

That release dropped a reference to None on every void method call and one to True on
every Signal.emit(); after a few thousand calls the interpreter aborted
("Fatal Python error: none_dealloc", exit 134). The loop runs in a child process so a crash
fails this test instead of killing the whole test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

_SCRIPT = textwrap.dedent(
    """
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel()
    for _ in range(1_000_000):
        label.setText("x")

    class Emitter(QObject):
        fired = Signal(bool)

    received = []
    emitter = Emitter()
    emitter.fired.connect(received.append)
    for _ in range(20_000):
        emitter.fired.emit(True)
    print(len(received))
    """
)


def test_a_million_void_calls_and_emits_do_not_abort_the_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "20000"
