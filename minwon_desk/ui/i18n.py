"""The widgets' words in the desk's language.

``translate("Context", "한국어")`` is Qt's own lookup under a short name that
``pyside6-lupdate`` recognises: it finds every call with a literal context and text and
puts the message in ``resources/translations/minwon_desk_en.ts``. A module's context is
named for the screen it builds, so one Korean word may read differently on two screens.
Numbers and names go in after translating, with ``str.format`` on the result.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate
