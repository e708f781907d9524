"""Fitting a list's columns to the room it has: the words the list is read for stay whole.

A list names its columns by what they are to the operator: each column is as wide as its
contents (at most its ``caps`` width: a longer text wraps onto a second line when ``wrap``),
one ``stretch`` column takes the rest, and ``drop`` columns (in the order they may go) are
hidden while the window is too narrow for them, and come back when it widens. A column the
page itself hides (the officer in "my" list) stays hidden and takes no room.

Titles stay whole too (a language with longer words): the stretch column keeps at least its
title's width, and when the room is still short a capped column gives up width down to its
own title, its rows wrapping onto more lines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableView


class ColumnFit(QObject):
    """Keeps ``view``'s columns fitted; parented to the view (it lives as long as the view)."""

    def __init__(
        self, view: QTableView, *, stretch: int, drop: Sequence[int] = (), stretch_min: int = 140,
        caps: Mapping[int, int] | None = None, wrap: bool = False,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._stretch = stretch
        self._drop = list(drop)
        self._stretch_min = stretch_min
        self._caps = dict(caps or {})
        self._wrap = wrap
        self._dropped: set[int] = set()  # hidden here for want of room (not by the page)
        self._squeezed: dict[int, int] = {}  # capped columns narrowed for want of room
        self._sizes: tuple[int, ...] = ()
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setMinimumSectionSize(24)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        if wrap:
            view.setWordWrap(True)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refit)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                           model.rowsRemoved, model.dataChanged):
                signal.connect(self._timer.start)
        self._modes()
        self.refit()

    def _modes(self) -> None:
        header = self._view.horizontalHeader()
        for column in range(header.count()):
            mode = (QHeaderView.ResizeMode.Stretch if column == self._stretch
                    else QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(column, mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return False

    def natural(self, column: int) -> int:
        """The width a column is given: its title and rows whole, or its cap (then wrapped)."""
        view = self._view
        whole = max(view.horizontalHeader().sectionSizeHint(column), view.sizeHintForColumn(column))
        return min(whole, self._caps.get(column, whole), self._squeezed.get(column, whole))

    def refit(self) -> None:
        """Hide the droppable columns the room cannot hold, show again those it can."""
        view, header = self._view, self._view.horizontalHeader()
        room = view.viewport().width()
        if room <= 0:
            return
        self._squeezed = {}
        shown = [c for c in range(header.count())
                 if c != self._stretch and not header.isSectionHidden(c)]
        stretch_min = max(self._stretch_min, header.sectionSizeHint(self._stretch))
        need = sum(self.natural(c) for c in shown) + stretch_min
        for column in self._drop:  # the first to go goes first
            if need <= room:
                break
            if not header.isSectionHidden(column):
                header.setSectionHidden(column, True)
                self._dropped.add(column)
                need -= self.natural(column)
        for column in reversed(self._drop):  # the last to go comes back first
            if column in self._dropped:
                width = self.natural(column)
                if need + width > room:
                    break
                header.setSectionHidden(column, False)
                self._dropped.discard(column)
                need += width
        if self._wrap and need > room:
            need = self._squeeze(need - room, need)
        for column in range(header.count()):
            if column != self._stretch and not header.isSectionHidden(column):
                header.resizeSection(column, self.natural(column))
        view.updateGeometries()  # the scroll bars follow the new widths now, not a turn later
        sizes = tuple(header.sectionSize(c) for c in range(header.count()))
        if self._wrap and sizes != self._sizes:  # new widths: the wrapped lines change
            view.resizeRowsToContents()
        self._sizes = sizes

    def _squeeze(self, excess: int, need: int) -> int:
        """Narrow the capped (wrapping) columns, each no further than its title, by up to
        ``excess`` in all; what is then needed."""
        header = self._view.horizontalHeader()
        for column in self._caps:
            if excess <= 0:
                break
            if column == self._stretch or header.isSectionHidden(column):
                continue
            width = self.natural(column)
            take = min(max(width - header.sectionSizeHint(column), 0), excess)
            if take:
                self._squeezed[column] = width - take
                excess -= take
                need -= take
        return need


def narrow_combo(combo: QComboBox, chars: int = 10) -> None:
    """A combo of long labels (staff, units) asks the layout for ``chars`` characters, not
    for its longest label: it does not force the window wider. Its list opens as wide as
    the labels, so each is read whole when choosing."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())
