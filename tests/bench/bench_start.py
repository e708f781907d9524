"""Cold start: the app with the demo agency against a bare PySide6 window.

Two moments are measured in milliseconds from process creation, the same way for both:
``shown`` (the main window's first frame was painted) and, for the app, ``ready`` (the
board is filled from the database). The app writes them to $MINWON_STARTUP_TRACE; the bare
window uses the same clock and the same first-paint rule. The whole process time of
``--demo --screenshot`` (start to exit) is shown too.

Python writes bytecode caches here as an installed app has them; an environment that
forbids it (PYTHONDONTWRITEBYTECODE) would recompile every module at every start.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import Row

_BARE = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

def since_start_ms():
    with open("/proc/self/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    start = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return (time.clock_gettime(time.CLOCK_BOOTTIME) - start) * 1000

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.resize(1280, 800)

class FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, shown)
        return False

def shown():
    with open(sys.argv[2], "a") as out:
        out.write(f"shown {since_start_ms():.0f}\n")
    window.grab().save(sys.argv[1], "PNG")
    app.quit()

watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def _env(trace: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MINWON_STARTUP_TRACE=str(trace))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run(cmd: list[str], trace: Path) -> dict[str, float]:
    trace.unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=_env(trace), capture_output=True, timeout=120)
    marks = {"exit": (time.perf_counter() - start) * 1000}
    for line in trace.read_text(encoding="utf-8").splitlines():
        label, ms = line.split()
        marks[label] = float(ms)
    return marks


def bench_cold_start(runs: int) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shot, trace = folder / "shot.png", folder / "trace.txt"
        app_cmd = [sys.executable, "-m", "minwon_desk", "--demo", "--data-dir", tmp,
                   "--screenshot", str(shot)]
        bare_cmd = [sys.executable, "-c", _BARE, str(shot), str(trace)]
        for _ in range(2):  # builds the demo database and writes bytecode; not measured
            _run(app_cmd, trace)
            _run(bare_cmd, trace)
        app, bare = [], []
        for _ in range(runs):  # interleaved, so machine noise hits both alike
            app.append(_run(app_cmd, trace))
            bare.append(_run(bare_cmd, trace))

    def median(samples: list[dict[str, float]], key: str) -> float:
        return statistics.median(s[key] for s in samples)

    shown, ready, exit_ = median(app, "shown"), median(app, "ready"), median(app, "exit")
    bare_shown, bare_exit = median(bare, "shown"), median(bare, "exit")
    return [
        Row("cold start to window shown (--demo)", shown,
            "bare PySide6 QMainWindow, first frame painted", bare_shown, "ms",
            "≤ 2.5× floor", shown <= 2.5 * bare_shown),
        Row("  … to board filled from the database", ready,
            "(for reference: same bare window)", bare_shown, "ms", "—", None),
        Row("  … whole --demo --screenshot process", exit_,
            "(for reference: bare window process, start to exit)", bare_exit, "ms", "—", None),
    ]
