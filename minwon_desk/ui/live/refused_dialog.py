"""The items kept on this PC that the server refused when they were sent (the officer left
meanwhile, the item was a day old…): what was typed, when, and why — to enter again or to
let go. Nothing leaves the list until the operator says so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.timeutil import format_moment
from minwon_desk.services.queue.outbox import Kept
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.live.desk_queue import DeskQueue


def refused_text(kept: Kept) -> str:
    """"방문객 접수 · 2026년 7월 2일(목) 10:00 · 안내원\\n입력: …\\n이유: …"."""
    return "\n".join([
        f"{kept.kind.label} · {format_moment(kept.at)} · {kept.actor.name}",
        translate("RefusedDialog", "입력한 내용: {typed}").format(typed=kept.typed()),
        translate("RefusedDialog", "받지 않은 이유: {reason}").format(reason=kept.reason),
    ])


class RefusedDialog(QDialog):
    """"다시 입력" puts the chosen item back in its form (and takes it off the list);
    "지우기" lets it go."""

    def __init__(
        self, queue: DeskQueue, refill: Callable[[Kept], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RefusedDialog", "서버가 받지 않은 기록"))
        self.setAccessibleName(translate("RefusedDialog", "서버가 받지 않은 기록"))
        self.resize(640, 360)
        self._queue = queue
        self._refill = refill
        layout = QVBoxLayout(self)
        intro = QLabel(translate("RefusedDialog",
            "서버가 끊긴 동안 이 PC에 보관했다가 보냈지만 서버가 받지 않은 기록입니다. "
            "이유를 확인하고 다시 입력하거나 지우세요."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("RefusedDialog", "받지 않은 기록 목록"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.again_button = QPushButton(translate("RefusedDialog", "다시 입력(&A)"), self)
        self.drop_button = QPushButton(translate("RefusedDialog", "지우기(&D)"), self)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.drop_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.again_button.clicked.connect(self.enter_again)
        self.drop_button.clicked.connect(self.drop)
        layout.addWidget(buttons)
        self._fill()

    def items(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def enter_again(self) -> None:
        kept = self._chosen()
        if kept is None:
            return
        self._queue.dismiss(kept.id)
        self._refill(kept)
        self.accept()

    def drop(self) -> None:
        kept = self._chosen()
        if kept is None:
            return
        self._queue.dismiss(kept.id)
        self._fill()
        if not self.list.count():
            self.accept()

    def _chosen(self) -> Kept | None:
        item = self.list.currentItem()
        kept = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return kept if isinstance(kept, Kept) else None

    def _fill(self) -> None:
        self.list.clear()
        for kept in self._queue.refused():
            item = QListWidgetItem(refused_text(kept))
            item.setData(Qt.ItemDataRole.UserRole, kept)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.again_button.setEnabled(bool(self.list.count()))
        self.drop_button.setEnabled(bool(self.list.count()))
