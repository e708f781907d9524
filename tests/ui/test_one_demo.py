"""One demo, whichever opens it first: the demo the window builds and the demo a command
builds hold the same memos (the command line lists them the same way)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from minwon_desk.app import DeskStartup
from minwon_desk.settings import resolve_config
from minwon_desk.ui.main_window import MainWindow

from .conftest import RecordingNotifier, RecordingSound, show_window


def _memo_list(folder: Path) -> list[tuple[str, ...]]:
    """``minwon-desk memo list --demo`` in its own process: number, holder, caller, state
    (the due moments depend on the minute each demo was built)."""
    env = {k: v for k, v in os.environ.items() if k not in ("MINWON_PASSWORD", "MINWON_TOKEN")}
    result = subprocess.run(
        [sys.executable, "-m", "minwon_desk", "memo", "list", "--demo", "--data-dir", str(folder)],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    return sorted((r[0], r[1], r[2], r[4]) for r in rows)


def test_the_window_and_the_command_line_build_the_same_demo(qtbot: QtBot, tmp_path: Path) -> None:
    by_window, by_command = tmp_path / "window", tmp_path / "command"
    by_window.mkdir()
    by_command.mkdir()
    config = resolve_config(data_dir=by_window, demo=True)
    window = MainWindow(config, sound_player=RecordingSound(), notifier=RecordingNotifier())
    startup = DeskStartup(config, window)
    try:
        show_window(qtbot, window)
        qtbot.waitUntil(window.is_attached, timeout=120_000)
        assert startup.backend is not None
        shown = startup.backend.memos.open_memos()
    finally:
        window.close()
        startup.close()

    from_window = _memo_list(by_window)
    from_command = _memo_list(by_command)
    assert from_window == from_command
    # Open memos at the desk (how many depends on the hour the demo is built), and the
    # year behind them.
    assert any(m[3] == "open" for m in from_command)
    assert len(from_command) > 100
    assert {m.number for m in shown} <= {m[0] for m in from_command}
