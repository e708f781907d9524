"""The "문항 관리" tab: the administrator's items for the year.

Type an item and press Enter to add it; F2 brings the chosen item's words up to change
(Enter saves, Esc leaves them); Alt+↑/↓ move it; Delete removes it while nobody has
answered it. Errors are said beside the text field; what was typed stays.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.errors import MinwonError, ValidationError
from minwon_desk.services.supervision.survey import MAX_ITEM_TEXT
from minwon_desk.services.supervision.survey_dto import SurveyItemView
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_invalid, set_role, show_message
from minwon_desk.ui.supervision.survey.access import SurveyAccess

ITEM_ID = Qt.ItemDataRole.UserRole


class SurveyItemsEditor(QWidget):
    def __init__(self, access: SurveyAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("SurveyItems", "문항 관리"))
        self._access = access
        self._items: list[SurveyItemView] = []
        self._editing: int | None = None  # the item whose words are in the field

        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("SurveyItems", "조사 문항 목록"))
        self.text = QLineEdit(self)
        self.text.setMaxLength(MAX_ITEM_TEXT)
        self.text.setAccessibleName(translate("SurveyItems", "문항 내용"))
        self.text.setPlaceholderText(translate("SurveyItems", "예: 직원이 친절하게 응대했습니까?"))
        text_label = QLabel(translate("SurveyItems", "문항(&T)"), self)
        text_label.setBuddy(self.text)
        self.error = QLabel(self)
        self.error.setAccessibleName(translate("SurveyItems", "문항 내용 오류"))
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        self.message = QLabel(self)
        self.message.setAccessibleName(translate("SurveyItems", "문항 관리 알림"))
        self.message.setWordWrap(True)
        self.message.hide()
        hint = QLabel(translate("SurveyItems", "Enter 추가(고칠 때는 저장) · F2 고르고 고치기 · Esc 고치기 그만 · "
                          "Alt+↑/↓ 순서 바꾸기 · Delete 지우기(응답이 없는 문항만)"), self)
        hint.setWordWrap(True)
        set_role(hint, "hint")
        self.save_button = QPushButton(translate("SurveyItems", "추가"), self)
        self.save_button.setAccessibleName(translate("SurveyItems", "문항 저장"))
        self.buttons: dict[str, QPushButton] = {}

        text_row = QHBoxLayout()
        text_row.addWidget(text_label)
        text_row.addWidget(self.text, 1)
        text_row.addWidget(self.save_button)
        side = QVBoxLayout()
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for name, label, keys, slot in (
            ("edit", translate("SurveyItems", "고치기 (F2)"), "F2", self.start_edit),
            ("up", translate("SurveyItems", "위로 (Alt+↑)"), "Alt+Up", lambda: self.move_item(-1)),
            ("down", translate("SurveyItems", "아래로 (Alt+↓)"), "Alt+Down", lambda: self.move_item(1)),
            ("remove", translate("SurveyItems", "지우기 (Delete)"), "Delete", self.remove),
        ):
            button = QPushButton(label, self)
            # "문항 지우기": the check-in form has its own "지우기" in the same window.
            button.setAccessibleName(translate("SurveyItems", "문항 {action}").format(action=label.split(" (")[0]))
            button.clicked.connect(slot)
            side.addWidget(button)
            self.buttons[name] = button
            shortcut = QShortcut(QKeySequence(keys), self.list, context=context)
            shortcut.activated.connect(slot)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(middle, 1)
        layout.addLayout(text_row)
        layout.addWidget(self.error)
        layout.addWidget(self.message)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.text, context=context).activated.connect(self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.text, context=context).activated.connect(
            self.stop_edit)
        self.save_button.clicked.connect(self.save)

    # --- public -------------------------------------------------------------------------

    def set_items(self, items: list[SurveyItemView], keep: int | None = None) -> None:
        """Show the year's items; the chosen one (or ``keep``) stays chosen."""
        keep = keep if keep is not None else self.chosen_id()
        self._items = items
        self.list.clear()
        for item in items:
            answered = translate("SurveyItems", " (응답 {n}건)").format(n=item.answers) if item.answers else ""
            row = QListWidgetItem(f"{item.ordinal}. {item.text}{answered}")
            row.setData(ITEM_ID, item.id)
            self.list.addItem(row)
            if item.id == keep:
                self.list.setCurrentItem(row)
        if self._editing is not None and all(i.id != self._editing for i in items):
            self.stop_edit()

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def chosen_id(self) -> int | None:
        row = self.list.currentItem()
        return int(row.data(ITEM_ID)) if row is not None else None

    def choose(self, item_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ITEM_ID) == item_id:
                self.list.setCurrentRow(i)

    def save(self) -> bool:
        """Add the typed item, or save the new words of the one being changed."""
        self._say("", ok=True)
        self._show_error("")
        year, text, editing = self._access.year(), self.text.text(), self._editing
        try:
            if editing is None:
                saved = self._access.write(lambda s, a: s.add_item(a, year, text))
            else:
                saved = self._access.write(lambda s, a: s.edit_item(a, editing, text))
        except ValidationError as exc:
            self._show_error(exc.message)
            return False
        except MinwonError as exc:
            self._say(exc.message, ok=False)
            return False
        self._editing = None
        self.save_button.setText(translate("SurveyItems", "추가"))
        self.text.clear()
        self._reload(saved.id)
        self._say(translate("SurveyItems", "{n}번 문항을 {what}.").format(
            n=saved.ordinal, what=translate("SurveyItems", "추가했습니다") if editing is None else translate("SurveyItems", "고쳤습니다")), ok=True)
        return True

    def start_edit(self) -> None:
        item = self._chosen()
        if item is None:
            self._say(translate("SurveyItems", "고칠 문항을 목록에서 먼저 고르세요."), ok=False)
            return
        self._editing = item.id
        self.text.setText(item.text)
        self.save_button.setText(translate("SurveyItems", "고친 내용 저장"))
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def stop_edit(self) -> None:
        if self._editing is None:
            return
        self._editing = None
        self.save_button.setText(translate("SurveyItems", "추가"))
        self.text.clear()
        self._show_error("")
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def move_item(self, step: int) -> None:
        item = self._chosen()
        if item is None:
            return
        order = [i.id for i in self._items]
        at = order.index(item.id)
        to = at + step
        if not 0 <= to < len(order):
            return
        order[at], order[to] = order[to], order[at]
        year = self._access.year()
        self._run(lambda s, a: s.reorder(a, year, order), keep=item.id)

    def remove(self) -> None:
        item = self._chosen()
        if item is None:
            return
        if self._run(lambda s, a: s.remove_item(a, item.id)):
            self._say(translate("SurveyItems", "{n}번 문항을 지웠습니다.").format(n=item.ordinal), ok=True)

    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    # --- internals ----------------------------------------------------------------------

    def _chosen(self) -> SurveyItemView | None:
        chosen = self.chosen_id()
        return next((i for i in self._items if i.id == chosen), None)

    def _run(self, action: Callable[..., object], keep: int | None = None) -> bool:
        self._say("", ok=True)
        try:
            self._access.write(action)
        except MinwonError as exc:
            self._say(exc.message, ok=False)
            return False
        self._reload(keep)
        return True

    def _reload(self, keep: int | None) -> None:
        try:
            items = self._access.survey().items(self._access.year())
        except MinwonError as exc:
            self._say(exc.message, ok=False)
            return
        self.set_items(items, keep)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        set_invalid(self.text, bool(text))
        if text:
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str, *, ok: bool) -> None:
        show_message(self.message, text, "message-ok" if ok else "message-error")
