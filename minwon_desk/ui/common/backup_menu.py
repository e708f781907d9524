"""파일 → 백업…: the administrator saves a backup of the database to a file they choose,
off the GUI thread (the same service as ``minwon-desk backup``; restoring is a command, run
with the desks closed)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from minwon_desk.domain.roles import Operation, allows, refusal
from minwon_desk.ui.background import Background
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:  # the window is built before the database libraries are loaded
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.dto import Actor

PASSPHRASE_ENV = "MINWON_BACKUP_PASSPHRASE"


class BackupOpener:
    def __init__(self, window: QWidget, backend: Callable[[], Backend | None],
                 actor: Callable[[], Actor | None], folder: Path,
                 on_saved: Callable[[str], None]) -> None:
        self._window = window
        self._backend = backend
        self._actor = actor
        self._folder = folder
        self._on_saved = on_saved
        self._background = Background(window)
        self.action = QAction(translate("BackupMenu", "백업(&B)…"), window)
        self.action.setToolTip(translate("BackupMenu", "데이터베이스의 일관된 사본을 파일로 저장합니다 (관리자)"))
        self.action.triggered.connect(self.open)

    def open(self) -> None:
        backend, actor = self._backend(), self._actor()
        if backend is None or actor is None:
            return
        if not allows(actor.roles, Operation.BACKUP):
            QMessageBox.information(self._window, translate("BackupMenu", "백업"), refusal(Operation.BACKUP))
            return
        suggested = self._folder / f"minwon-{datetime.now():%Y%m%d-%H%M}.mwbak"
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window, translate("BackupMenu", "백업 파일 저장"), str(suggested),
            translate("BackupMenu", "민원 데스크 백업 (*.mwbak)"))
        if not chosen:
            return
        target = Path(chosen)
        # Sealed when the agency keeps a passphrase in this desk's environment.
        passphrase = os.environ.get(PASSPHRASE_ENV) or None
        self._background.run(
            lambda _progress, _cancelled: backend.backups.take(actor, target, passphrase=passphrase),
            on_done=lambda result: self._on_saved(
                translate("BackupMenu", "백업했습니다: {path}").format(path=result.path)),
            label=translate("BackupMenu", "백업하는 중…"),
        )
