"""The widgets' words in the desk's language.

``translate("Context", "한국어")`` is Qt's own lookup under a short name that
``pyside6-lupdate`` recognises: it finds every call with a literal context and text and
puts the message in ``resources/translations/minwon_desk_en.ts``. A module's context is
named for the screen it builds, so one Korean word may read differently on two screens.
Numbers and names go in after translating, with ``str.format`` on the result.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

# The short weekday in the desk's language (not the machine's locale: a Korean desk on an
# English Windows still reads 월, 화, …).
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekdays", "월"), QT_TRANSLATE_NOOP("Weekdays", "화"),
    QT_TRANSLATE_NOOP("Weekdays", "수"), QT_TRANSLATE_NOOP("Weekdays", "목"),
    QT_TRANSLATE_NOOP("Weekdays", "금"), QT_TRANSLATE_NOOP("Weekdays", "토"),
    QT_TRANSLATE_NOOP("Weekdays", "일"),
)


def weekday(day: date) -> str:
    """월 … 일 (Mon … Sun in English) for ``day``."""
    return translate("Weekdays", WEEKDAYS[day.weekday()])


# The five answers of the satisfaction scale (domain.compensation.SCALE_LABELS), as the
# survey pages and the check-out rating show them.
SCALE_WORDS = (
    QT_TRANSLATE_NOOP("Scale", "매우 불만족"), QT_TRANSLATE_NOOP("Scale", "불만족"),
    QT_TRANSLATE_NOOP("Scale", "보통"), QT_TRANSLATE_NOOP("Scale", "만족"),
    QT_TRANSLATE_NOOP("Scale", "매우 만족"),
)


def scale_word(label: str) -> str:
    """A satisfaction answer (매우 만족 …) in the desk's language."""
    return translate("Scale", label)
