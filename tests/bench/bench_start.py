"""Cold start to the main window shown: the app with the demo agency vs a bare PySide6 window."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import Row

_BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.resize(1280, 800)
window.show()
def shoot():
    window.grab().save(sys.argv[1], "PNG")
    app.quit()
QTimer.singleShot(0, shoot)
app.exec()
"""


def _timed(cmd: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, capture_output=True, timeout=120)
    return (time.perf_counter() - start) * 1000


def bench_cold_start(runs: int) -> Row:
    with tempfile.TemporaryDirectory() as tmp:
        shot = Path(tmp) / "shot.png"
        app_cmd = [sys.executable, "-m", "minwon_desk", "--demo", "--data-dir", tmp,
                   "--screenshot", str(shot)]
        bare_cmd = [sys.executable, "-c", _BARE, str(shot)]
        _timed(app_cmd)  # first run builds the demo database; not what is measured
        _timed(bare_cmd)
        app, bare = [], []
        for _ in range(runs):  # interleaved, so machine noise hits both alike
            app.append(_timed(app_cmd))
            bare.append(_timed(bare_cmd))
    figure, floor = statistics.median(app), statistics.median(bare)
    return Row("cold start to window (--demo --screenshot)", figure,
               "bare PySide6 QMainWindow shown and grabbed", floor, "ms",
               "≤ 2.5× floor", figure <= 2.5 * floor)
