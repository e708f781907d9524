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

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableView

# More rows than this changed at once: a reset's or a clock's worth, not an edit's.
_FEW_ROWS = 50


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
        # What each column's contents need, measured once and then only where they change:
        # a list of 1,000 cases re-measured whole at every clock tick stalled the window.
        self._known: dict[int, int] = {}
        self._measure_all = True
        self._cells: list[tuple[range, Sequence[int]]] = []  # (rows, columns) to measure again
        self._visible_columns: set[int] = set()  # to measure again on the rows in sight
        view.viewport().installEventFilter(self)
        view.verticalScrollBar().valueChanged.connect(self._scrolled)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.headerDataChanged):
                signal.connect(self._changed_all)
            model.rowsInserted.connect(self._rows_inserted)
            model.rowsRemoved.connect(self._timer.start)  # widths stay until the next reset
            model.dataChanged.connect(self._data_changed)
        self._modes()
        self.refit()

    def _modes(self) -> None:
        header = self._view.horizontalHeader()
        for column in range(header.count()):
            mode = (QHeaderView.ResizeMode.Stretch if column == self._stretch
                    else QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(column, mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    # --- what changed -----------------------------------------------------------------

    def _changed_all(self, *_args: object) -> None:
        self._measure_all = True
        self._timer.start()

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if last - first >= _FEW_ROWS:
            self._changed_all()
            return
        self._cells.append((range(first, last + 1), range(self._view.horizontalHeader().count())))
        self._timer.start()

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object) -> None:
        columns = range(top_left.column(), bottom_right.column() + 1)
        if bottom_right.row() - top_left.row() >= _FEW_ROWS:
            # A clock's tick over every row: the rows in sight are measured; the others
            # when they come into sight.
            self._visible_columns.update(columns)
        else:
            self._cells.append((range(top_left.row(), bottom_right.row() + 1), columns))
        self._timer.start()

    def _scrolled(self, _value: int) -> None:
        self._visible_columns.update(range(self._view.horizontalHeader().count()))
        self._timer.start()

    # --- measuring --------------------------------------------------------------------

    def natural(self, column: int) -> int:
        """The width a column is given: its title and rows whole, or its cap (then wrapped)."""
        whole = max(self._view.horizontalHeader().sectionSizeHint(column),
                    self._known.get(column, 0))
        return min(whole, self._caps.get(column, whole), self._squeezed.get(column, whole))

    def _measure(self) -> None:
        view = self._view
        count = view.horizontalHeader().count()
        if self._measure_all or self._wrap:  # wrapped rows are measured at their width
            self._known = {c: view.sizeHintForColumn(c) for c in range(count)}
        else:
            rows = view.model().rowCount() if view.model() is not None else 0
            cells = list(self._cells)
            if self._visible_columns:
                top = max(view.rowAt(0), 0)
                bottom = view.rowAt(view.viewport().height() - 1)
                cells.append((range(top, (rows - 1 if bottom < 0 else bottom) + 1),
                              sorted(self._visible_columns)))
            for row_range, columns in cells:
                for column in columns:
                    if column < count:
                        widest = self._widest(column, range(row_range.start,
                                                            min(row_range.stop, rows)))
                        self._known[column] = max(self._known.get(column, 0), widest)
        self._measure_all = False
        self._cells.clear()
        self._visible_columns.clear()

    def _widest(self, column: int, rows: range) -> int:
        """As QTableView.sizeHintForColumn measures, on these rows only."""
        view, model = self._view, self._view.model()
        widest = max((view.sizeHintForIndex(model.index(row, column)).width() for row in rows),
                     default=0)
        return widest + 1 if widest and view.showGrid() else widest

    def refit(self) -> None:
        """Hide the droppable columns the room cannot hold, show again those it can."""
        view, header = self._view, self._view.horizontalHeader()
        room = view.viewport().width()
        if room <= 0 or not view.isVisible():
            return  # measured when shown: a hidden list costs nothing
        self._measure()
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
                width = self.natural(column)
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
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
