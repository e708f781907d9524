"""Greeting alerts: which player, once per visit, the sound setting, and no-tray fallback."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import VisitView
from minwon_desk.ui.alerts import GreetingAlerts, PlatformSoundPlayer
from minwon_desk.ui.main_window import MainWindow, greeting_sound_path

from .conftest import (
    RecordingNotifier,
    RecordingSound,
    desk_account,
    desk_config,
    find,
    show_window,
    sign_in,
)
from .keyboard import press_enter, type_text

ARRIVED = datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)


def waiting(vid: int = 1) -> VisitView:
    return VisitView(
        id=vid, visitor_name="홍길동", visitor_name_masked="홍*동", phone="", phone_masked="",
        purpose="", officer_id=None, officer_label="", desk="1층 민원안내", checked_in_at=ARRIVED,
        greeting_due_at=ARRIVED + timedelta(minutes=3),
        greeting_warn_at=ARRIVED + timedelta(minutes=2), greeted_at=None, greeted_by="",
        checked_out_at=None,
    )


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    calls: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: calls.append(True)))
    return calls


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Linux players")
def test_linux_player_is_the_first_one_installed() -> None:
    found = {"pw-play": "/usr/bin/pw-play", "aplay": "/usr/bin/aplay"}
    player = PlatformSoundPlayer(which=found.get)
    assert player.command(Path("/x/greeting_due.wav")) == ["/usr/bin/pw-play", "/x/greeting_due.wav"]
    assert PlatformSoundPlayer(which=lambda _name: None).command(Path("/x.wav")) is None


def test_missing_sound_file_beeps_instead(tmp_path: Path, beeps: list[bool]) -> None:
    PlatformSoundPlayer().play(tmp_path / "not-there.wav")
    PlatformSoundPlayer().play(None)
    assert beeps == [True, True]


@pytest.mark.skipif(sys.platform == "win32", reason="Windows plays through winsound")
def test_no_player_installed_beeps(tmp_path: Path, beeps: list[bool]) -> None:
    wav = tmp_path / "chime.wav"
    wav.write_bytes(b"RIFF")
    PlatformSoundPlayer(which=lambda _name: None).play(wav)
    assert beeps == [True]


def test_alert_rings_once_per_visit_and_respects_the_sound_setting() -> None:
    sound, notifier = RecordingSound(), RecordingNotifier()
    enabled = [True]
    alerts = GreetingAlerts(sound, notifier, sound_path=Path("chime.wav"),
                            sound_enabled=lambda: enabled[0])
    alerts.on_turned_red(waiting(1))
    alerts.on_turned_red(waiting(1))
    assert sound.played == [Path("chime.wav")]
    assert notifier.messages == [("응대 기한이 지났습니다", "홍*동 님이 3분 넘게 기다리고 있습니다")]
    enabled[0] = False
    alerts.on_turned_red(waiting(2))
    assert len(sound.played) == 1  # silent by setting, but still notified
    assert len(notifier.messages) == 2


def test_the_chime_is_found_among_the_resources() -> None:
    path = greeting_sound_path()
    assert path is None or path.name == "greeting_due.wav"


def test_without_a_tray_the_board_banner_carries_the_alert(
    qtbot: QtBot, backend: Backend, fake_clock, tmp_path: Path
) -> None:
    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("a tray is available here")
    sound = RecordingSound()
    config = desk_config(tmp_path, backend.desk, greeting_sound=False)
    desk_account(backend)
    window = MainWindow(config, backend=backend, sound_player=sound)
    show_window(qtbot, window)
    sign_in(window)
    banner = find(window, QLabel, "알림")
    edit = window.visitor_desk.form.nameEdit
    type_text(qtbot, edit, "홍길동")
    press_enter(qtbot, edit)
    fake_clock.advance(minutes=3)
    window.visitor_desk.model.tick()
    assert banner.text() == "홍*동 님이 3분 넘게 기다리고 있습니다"
    assert window.statusBar().currentMessage() == banner.text()
    assert sound.played == []  # greeting_sound = false
    window.close()
