"""The demo signs in by itself as its reception operator; after 로그아웃 the sign-in panel
lists one account per role, and Enter on one signs in as that role."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from minwon_desk.app import DeskStartup
from minwon_desk.domain.roles import Role
from minwon_desk.settings import resolve_config
from minwon_desk.ui.main_window import MainWindow

from .conftest import RecordingNotifier, RecordingSound, find, show_window


def test_the_demo_signs_in_by_itself_and_offers_each_role(qtbot: QtBot, tmp_path: Path) -> None:
    config = resolve_config(data_dir=tmp_path, demo=True)
    window = MainWindow(config, sound_player=RecordingSound(), notifier=RecordingNotifier())
    startup = DeskStartup(config, window)
    try:
        show_window(qtbot, window)
        qtbot.waitUntil(window.is_attached, timeout=60_000)
        actor = window.session.actor()
        assert actor is not None and actor.roles == frozenset({Role.RECEPTION})
        assert not window.access.is_covered()

        window.form.signOutButton.click()
        demo = find(window, QListWidget, "시연용 계정")
        assert demo.isVisible()
        texts = [demo.item(i).text() for i in range(demo.count())]
        assert [t.split(" — ")[0] for t in texts] == ["안내", "담당자", "부서장", "감독", "개인정보 관리",
                                                      "관리자"]
        assert all("demo1234" in t for t in texts)
        demo.setFocus()
        demo.setCurrentRow(3)
        qtbot.keyClick(demo, Qt.Key.Key_Return)
        actor = window.session.actor()
        assert actor is not None and Role.SUPERVISOR in actor.roles
        qtbot.waitUntil(window.is_built)
        nav, stack = window.form.navList, window.form.pageStack
        assert not nav.item(stack.indexOf(window.compensation)).isHidden()
        assert nav.item(stack.indexOf(window.administration)).isHidden()
    finally:
        window.close()
        startup.close()
