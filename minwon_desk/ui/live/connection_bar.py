"""A one-line bar above the pages while the server is away or items wait on this PC.

"서버와 연결이 끊겼습니다 — 다시 연결하는 중 (3초 뒤) · 보관 중 2건", counting down each
second to the next attempt; "보관 중 2건 — 서버로 보내는 중" once the server is back and
they are being sent; "서버가 받지 않은 기록 1건 — 보기" when something kept was refused.
It takes one line in the window's layout (it pushes the pages down, it covers nothing)
and is gone when all is well. It never blocks: every page stays usable.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role

if TYPE_CHECKING:  # the window is built before the storage stack is imported
    from minwon_desk.services.live import Link

BAR_STYLE = """
QFrame#connectionBar[role="error"] { background: #fdecea; border: 1px solid #b3261e; border-radius: 4px; }
QFrame#connectionBar[role="info"] { background: #fff4d6; border: 1px solid #d9a400; border-radius: 4px; }
QLabel#connectionText { font-weight: bold; color: #5a1410; }
"""


class ConnectionBar(QFrame):
    """Shows the link and the desk's queue; ``show_refused`` asks for the refused items."""

    show_refused = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock  # seconds, for the countdown
        self.setObjectName("connectionBar")
        self.setAccessibleName(translate("ConnectionBar", "서버 연결 상태"))
        self.setStyleSheet(BAR_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 3, 10, 3)
        self.label = QLabel(self)
        self.label.setObjectName("connectionText")
        self.label.setAccessibleName(translate("ConnectionBar", "서버 연결 안내"))
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setWordWrap(True)  # a narrow window gets two lines, never a wider window
        layout.addWidget(self.label, 1)
        self.refused_button = QPushButton(translate("ConnectionBar", "보기"), self)
        self.refused_button.setAccessibleName(translate("ConnectionBar", "받지 않은 기록 보기"))
        self.refused_button.setToolTip(translate("ConnectionBar", "서버가 받지 않은 기록과 그 이유를 봅니다"))
        self.refused_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click keeps typing
        self.refused_button.clicked.connect(self.show_refused)
        layout.addWidget(self.refused_button)
        self._connected = True
        self._link_message = ""
        self._retry_at: float | None = None  # when the next attempt is made (clock())
        self._waiting = 0
        self._refused = 0
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._redraw)
        self.hide()

    def set_link(self, link: Link) -> None:
        self._connected = link.connected
        self._link_message = link.message
        self._retry_at = (
            self._clock() + link.retry_in
            if not link.connected and link.retry_in is not None else None
        )
        self._redraw()

    def set_queue(self, waiting: int, refused: int) -> None:
        self._waiting, self._refused = waiting, refused
        self._redraw()

    def text(self) -> str:
        """What the bar says ("" when hidden)."""
        return self.label.text() if not self.isHidden() else ""

    def _redraw(self) -> None:
        parts: list[str] = []
        away = not self._connected
        if away:
            from minwon_desk.services.live import lost_message

            if self._retry_at is not None:
                left = max(0, math.ceil(self._retry_at - self._clock()))
                parts.append(lost_message(left) if left else
                             translate("ConnectionBar", "서버와 연결이 끊겼습니다 — 다시 연결하는 중"))
            else:
                parts.append(self._link_message or translate("ConnectionBar", "서버와 연결이 끊겼습니다"))
            if self._waiting:
                parts.append(translate("ConnectionBar", "보관 중 {n}건").format(n=self._waiting))
            parts.append(translate("ConnectionBar", "접수와 전화메모는 이 PC에 보관됩니다"))
        elif self._waiting:
            parts.append(translate("ConnectionBar", "보관 중 {n}건 — 서버로 보내는 중").format(n=self._waiting))
        if self._refused:
            parts.append(translate("ConnectionBar", "서버가 받지 않은 기록 {n}건").format(n=self._refused))
        self.refused_button.setVisible(bool(self._refused))
        if away:
            self._ticker.start()
        else:
            self._ticker.stop()
        if not parts:
            self.hide()
            return
        set_role(self, "error" if away or self._refused else "info")
        self.label.setText(" · ".join(parts))
        self.show()

    def __repr__(self) -> str:
        return f"ConnectionBar({self.text()!r})"
