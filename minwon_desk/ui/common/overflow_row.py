"""A row of tool buttons that keeps every label whole: when the row is too narrow (a small
screen, a language with longer words), the least used buttons step aside into a "더보기"
menu at the row's end, in their row order, and come back when there is room again.

Each button keeps its action, so the page's menu and keys are untouched; the row only
chooses which of them show as buttons. The row asks for no more width than the buttons
that always stay, so a page is never held wider than its screen by its toolbar.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QMenu, QStyle, QToolButton, QWidget

from minwon_desk.ui.i18n import translate


class OverflowRow(QObject):
    """Watches ``owner`` (the widget whose width the row gets) and hides buttons of
    ``row`` in the order of ``stepping_aside`` (first: the least used) until the rest fit
    at their full width; the hidden ones' actions are offered in the "더보기" menu."""

    def __init__(self, owner: QWidget, row: QBoxLayout, stepping_aside: Sequence[QToolButton]) -> None:
        super().__init__(owner)
        self._owner, self._row = owner, row
        self._order = list(stepping_aside)
        self.more = more = QToolButton(owner)
        more.setObjectName("moreButton")
        more.setText(translate("OverflowRow", "더보기"))
        more.setAccessibleName(translate("OverflowRow", "더보기"))
        more.setToolTip(translate("OverflowRow", "자리가 좁아 단추로 보이지 않는 일들"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        more.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.menu = QMenu(more)
        more.setMenu(self.menu)
        arrow = more.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
        more.setMinimumWidth(more.sizeHint().width() + 2 * arrow)
        more.hide()
        last = max(row.indexOf(button) for button in self._order)
        row.insertWidget(last + 1, more)
        before = row.itemAt(last).widget()
        if before is not None:  # Tab reaches it where it stands in the row
            QWidget.setTabOrder(before, more)
        for button in self._order:
            # Only the buttons that always stay hold the row's width; the others step aside.
            button.setMinimumWidth(1)
        owner.installEventFilter(self)

    @property
    def hidden(self) -> list[QToolButton]:
        """The buttons stepped aside, in row order."""
        return [b for b in self._in_row() if b in self._order and b.isHidden()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._owner and event.type() in (QEvent.Type.Resize, QEvent.Type.Show,
                                                       QEvent.Type.LanguageChange):
            self.fit()
        return False

    def fit(self) -> None:
        """Show as many buttons as the owner's width holds, the rest in the menu."""
        margins = self._row.contentsMargins()
        room = self._owner.width() - margins.left() - margins.right()
        spacing = max(self._row.spacing(), 0)
        buttons = [b for b in self._in_row() if b is not self.more]
        width = {b: b.sizeHint().width() for b in buttons}

        def need(shown: list[QToolButton], more: bool) -> int:
            items = shown + ([self.more] if more else [])
            extra = self.more.minimumWidth() if more else 0
            return sum(width[b] for b in shown) + extra + spacing * max(len(items) - 1, 0)

        aside: set[QToolButton] = set()
        for button in [None, *self._order]:
            if button is not None:
                aside.add(button)
            shown = [b for b in buttons if b not in aside]
            if need(shown, bool(aside)) <= room:
                break
        for button in buttons:
            button.setVisible(button not in aside)
        self.more.setVisible(bool(aside))
        self.menu.clear()
        for button in buttons:
            action = button.defaultAction()
            if button in aside and action is not None:
                self.menu.addAction(action)

    def _in_row(self) -> list[QToolButton]:
        found = []
        for index in range(self._row.count()):
            widget = self._row.itemAt(index).widget()
            if isinstance(widget, QToolButton):
                found.append(widget)
        return found
