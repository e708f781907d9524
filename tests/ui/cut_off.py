"""Finding words the screen cuts off: a text is whole when the font's advance fits the width
the widget gives it. Small and reusable: each finder returns the cut texts of one kind of
widget as "where: text (needs N px, has M px)"."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QListView,
    QStyle,
    QStyleOptionButton,
    QStyleOptionHeader,
    QStyleOptionToolButton,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)


def shown(widget: QWidget) -> bool:
    """On screen: visible and not squeezed to nothing."""
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _line(where: str, text: str, need: int, room: int) -> str:
    return f"{where}: {text!r} (needs {need} px, has {room} px)"


def cut_item_texts(view: QAbstractItemView, where: str, rows: Iterable[int] | None = None,
                   columns: Iterable[int] | None = None) -> Iterator[str]:
    """Cells of ``view`` (the given columns, every row in view) whose text does not fit: a
    one-line cell by its width, a word-wrapping cell by the height its lines take, a list's
    styled item by the size its delegate asks for."""
    model = view.model()
    if model is None:
        return
    viewport = view.viewport().rect()
    if columns is not None:
        wanted_columns = list(columns)
    elif isinstance(view, QListView):
        wanted_columns = [view.modelColumn()]
    else:
        wanted_columns = list(range(model.columnCount()))
    wanted_rows = range(model.rowCount()) if rows is None else rows
    wraps = view.wordWrap() if isinstance(view, QTableView) else False
    for row in wanted_rows:
        for column in wanted_columns:
            index = model.index(row, column)
            rect = view.visualRect(index)
            if not rect.isValid() or not rect.intersects(viewport):
                continue
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
            room = _cell_room(view, index, rect)
            if isinstance(view, QListView):  # styled items: the delegate says what it needs
                need = view.sizeHintForIndex(index).width()
                if need > rect.width():
                    yield _line(where, text, need, rect.width())
                continue
            label = f"{where} [{model.headerData(column, Qt.Orientation.Horizontal) or column}]"
            if wraps:  # whole when the wrapped lines fit the cell's height, no word broken
                lines = metrics.boundingRect(QRect(0, 0, room, 10_000),
                                             int(Qt.TextFlag.TextWordWrap), text)
                if lines.height() <= rect.height() and lines.width() <= room:
                    continue
                yield _line(label, text, lines.width(), room) + f" ({lines.height()}/{rect.height()} px 높이)"
                continue
            for piece in text.splitlines():
                need = metrics.horizontalAdvance(piece)
                if need > room:
                    yield _line(label, piece, need, room)


def _cell_room(view: QAbstractItemView, index: QModelIndex, rect: QRect) -> int:
    """The text's width in a cell: the cell less the style's margins and the icon."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = rect.width() - 2 * margin
    decoration = index.data(Qt.ItemDataRole.DecorationRole)
    if decoration is not None:
        room -= view.iconSize().width() + margin
    return room


def cut_header_texts(header: QHeaderView, where: str) -> Iterator[str]:
    """Section titles that do not fit their section (less margins and the sort arrow)."""
    model = header.model()
    if model is None or not shown(header):
        return
    metrics = header.fontMetrics()
    option = QStyleOptionHeader()
    option.initFrom(header)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, option, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        if not text:
            continue
        room = header.sectionSize(section) - 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            room -= arrow + margin
        need = max(metrics.horizontalAdvance(piece) for piece in text.splitlines())
        if need > room:
            yield _line(f"{where} 열 제목", text, need, room)


def cut_button_texts(buttons: Iterable[QAbstractButton], where: str) -> Iterator[str]:
    """Buttons whose label is wider than the room the button's style leaves it (the
    button's width less what the style draws around an empty label: frame, padding, icon,
    menu arrow)."""
    for button in buttons:
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not text or not shown(button):
            continue
        if isinstance(button, QToolButton):
            if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
                continue
            tool = QStyleOptionToolButton()
            tool.initFrom(button)
            tool.toolButtonStyle = button.toolButtonStyle()
            tool.icon = button.icon()
            tool.iconSize = button.iconSize()
            if button.menu() is not None or button.popupMode() != QToolButton.ToolButtonPopupMode.DelayedPopup:
                tool.features |= QStyleOptionToolButton.ToolButtonFeature.HasMenu
            chrome = button.style().sizeFromContents(
                QStyle.ContentsType.CT_ToolButton, tool, QSize(0, 0), button).width()
            if button.menu() is not None and (
                button.popupMode() == QToolButton.ToolButtonPopupMode.DelayedPopup
            ):  # the arrow is drawn inside, in the corner: the centred label must clear it
                chrome += 2 * button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
        else:
            push = QStyleOptionButton()
            push.initFrom(button)
            push.icon = button.icon()
            push.iconSize = button.iconSize()
            chrome = button.style().sizeFromContents(
                QStyle.ContentsType.CT_PushButton, push, QSize(0, 0), button).width()
            if not button.icon().isNull():
                chrome += button.iconSize().width() + 4
        room = button.width() - chrome
        need = button.fontMetrics().horizontalAdvance(text)
        if need > room:
            yield _line(f"{where} 단추", text, need, room)


def off_screen_columns(view: QTableView | QTreeView, columns: Iterable[int], where: str) -> Iterator[str]:
    """Key columns that lie (partly) beyond the right edge of the view: the operator would
    have to scroll sideways to read them."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    width = view.viewport().width()
    for column in columns:
        if header.isSectionHidden(column):
            continue
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        if right > width:
            title = view.model().headerData(column, Qt.Orientation.Horizontal)
            yield f"{where}: 열 {title!r} 화면 밖 (오른쪽 끝 {right} px, 보이는 폭 {width} px)"


def sideways_scroll(area: QAbstractScrollArea, where: str) -> Iterator[str]:
    """A list wider than its window (the operator would scroll sideways)."""
    bar = area.horizontalScrollBar()
    if shown(area) and bar.isVisible() and bar.maximum() > 0:
        yield f"{where}: 옆으로 {bar.maximum()} px 넘침"



def cut_label_texts(labels: Iterable[QLabel], where: str) -> Iterator[str]:
    """Labels whose words do not fit: a one-line label by its width, a word-wrapping one
    by the height its lines take. Labels that elide on purpose (full text in the tooltip)
    and rich text are left out."""
    for label in labels:
        text = label.text()
        if not text or not shown(label) or label.textFormat() == Qt.TextFormat.RichText:
            continue
        if "<" in text or type(label).__name__ == "ElidedLabel":
            continue
        room = label.contentsRect()
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                yield _line(f"{where} 글", text, need, label.height())
            continue
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&") if label.buddy() else text
        need = max(label.fontMetrics().horizontalAdvance(line) for line in plain.split("\n"))
        if need > room.width() + 1:
            yield _line(f"{where} 글", plain, need, room.width())
