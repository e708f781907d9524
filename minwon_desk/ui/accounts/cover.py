"""The cover over the desk's body (navigation and pages) while nobody may work at it.

It lies over the pages, it does not replace them: what was typed stays in the forms under
it, the clocks keep running, and taking the cover away shows the desk exactly as it was.
The header (who is signed in) and the database panel above stay visible. While covering,
the navigation and the pages are disabled, so Tab cannot reach under the cover.

When the agency chooses (the ``lock_shows_board`` setting), the lock shows the waiting
board beside the panel — the same live model, with only the clock, the masked visitor name
and the arrival time, so the counter can still see who is waiting and for how long.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.ui.accounts.panels import FirstAdminPanel, LockPanel, SignInPanel
from minwon_desk.ui.i18n import translate

# Columns of the waiting board shown behind the lock (clock, masked name, arrival).
BOARD_COLUMNS_SHOWN = (0, 1, 5)

COVER_STYLE = """
QWidget#deskCover { background: #eef2f7; }
QFrame#coverCard { background: white; border: 1px solid #c9d2de; border-radius: 6px; }
QLabel#coverTitle { font-size: 15pt; font-weight: bold; color: #1f3a5f; }
"""


class DeskCover(QWidget):
    """Covers ``over`` (widgets of one layout row) inside ``parent``, following their geometry."""

    def __init__(self, parent: QWidget, over: list[QWidget]) -> None:
        super().__init__(parent)
        self.setObjectName("deskCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(COVER_STYLE)
        self.setAccessibleName(translate("SignIn", "로그인·잠금 화면"))
        self._over = over
        self.sign_in = SignInPanel()
        self.first_admin = FirstAdminPanel()
        self.lock = LockPanel()
        self.board = QTableView()
        self.board.setAccessibleName(translate("SignIn", "잠금 중 대기 현황"))
        self.board.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.board.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.board.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.board.verticalHeader().hide()
        self.board.hide()

        self.stack = QStackedWidget()
        for panel in (self.sign_in, self.first_admin, self.lock):
            page = QWidget()
            column = QVBoxLayout(page)
            column.addStretch(1)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(panel, 3)
            row.addStretch(1)
            column.addLayout(row)
            column.addStretch(2)
            self.stack.addWidget(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.stack)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.board, 2)
        for widget in over:
            widget.installEventFilter(self)
        self.hide()

    def show_board(self, model: QAbstractItemModel | None) -> None:
        """The masked waiting board beside the lock (None: not shown)."""
        if model is None:
            self.board.hide()
            return
        if self.board.model() is not model:
            self.board.setModel(model)
            for column in range(model.columnCount()):
                self.board.setColumnHidden(column, column not in BOARD_COLUMNS_SHOWN)
            self.board.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self.board.horizontalHeader().setStretchLastSection(True)
        self.board.show()

    def show_panel(self, panel: QWidget) -> None:
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            if page is not None and page.isAncestorOf(panel):
                self.stack.setCurrentIndex(index)
        if panel is not self.lock:
            self.board.hide()
        self.follow()
        self.show()
        self.raise_()

    def current_panel(self) -> QWidget | None:
        if self.isHidden():
            return None
        page = self.stack.currentWidget()
        panels = (self.sign_in, self.first_admin, self.lock)
        return next((p for p in panels if page is not None and page.isAncestorOf(p)), None)

    def follow(self) -> None:
        """Take the place of the covered widgets."""
        rect = self._over[0].geometry()
        for widget in self._over[1:]:
            rect = rect.united(widget.geometry())
        self.setGeometry(rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self.follow()
        return False
