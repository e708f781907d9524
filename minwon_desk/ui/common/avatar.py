"""Staff pictures on screen: the stored photo, or a generated avatar when there is none."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

from minwon_desk.domain.avatar import avatar_for
from minwon_desk.domain.errors import MinwonError


def photo_pixmap(data: bytes, width: int, height: int) -> QPixmap | None:
    """The stored photo scaled to fit; None when the bytes are not an image Qt reads."""
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return None
    return pixmap.scaled(
        width, height, Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def staff_picture(
    read_photo: Callable[[], bytes | None] | None, name: str, width: int, height: int
) -> QPixmap:
    """Someone's picture at this size: their stored photo (``read_photo``, None when they
    have none), else — no photo, an unreadable one, or a failed read — a card with their
    name."""
    data = None
    if read_photo is not None:
        try:
            data = read_photo()
        except MinwonError:
            data = None
    pixmap = photo_pixmap(data, width, height) if data else None
    return pixmap if pixmap is not None else avatar_pixmap(name, width, height)


def avatar_pixmap(name: str, width: int, height: int) -> QPixmap:
    """A coloured card with the given name (종윤 for 김종윤), the same colour every time."""
    avatar = avatar_for(name)
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(avatar.background))
        painter.drawRoundedRect(QRectF(0, 0, width, height), 8, 8)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(10, int(min(width, height) * 0.3)))
        painter.setFont(font)
        painter.setPen(QColor(avatar.foreground))
        painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, avatar.text)
    finally:
        painter.end()
    return pixmap
