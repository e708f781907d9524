"""The window's entry point as a person starts it, on a machine with or without a screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _headless_env() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display detection is for X11/Wayland")
def test_demo_screenshot_works_without_a_screen(tmp_path: Path) -> None:
    shot = tmp_path / "desk.png"
    result = subprocess.run(
        [sys.executable, "-m", "minwon_desk", "--demo", "--data-dir", str(tmp_path),
         "--screenshot", str(shot)],
        env=_headless_env(), capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == PNG_MAGIC
    # The demo went to its own folder, never the real database.
    assert (tmp_path / "demo" / "demo.db").exists()
    assert not (tmp_path / "minwon.db").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display detection is for X11/Wayland")
def test_without_a_screen_the_window_says_why_instead_of_crashing(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "minwon_desk", "--demo", "--data-dir", str(tmp_path)],
        env=_headless_env(), capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert "디스플레이" in result.stderr


def test_lang_chooses_the_window_language_for_this_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--lang en`` reaches the window (over the settings' language); without it the
    window reads the setting."""
    import minwon_desk.app
    from minwon_desk.cli import main

    asked: list[str | None] = []
    monkeypatch.setattr(minwon_desk.app, "run_gui",
                        lambda _config, *, screenshot=None, language=None: asked.append(language) or 0)
    shot = tmp_path / "desk.png"
    assert main(["--lang", "en", "--data-dir", str(tmp_path), "--screenshot", str(shot)]) == 0
    assert main(["--data-dir", str(tmp_path), "--screenshot", str(shot)]) == 0
    assert asked == ["en", None]


def test_an_unknown_language_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    from minwon_desk.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["--lang", "fr"])
    assert stop.value.code == 2
    assert "--lang" in capsys.readouterr().err
