"""Typing in the paper forms: one digit per item, Enter saves and clears for the next form.

A digit 1–5 fills the item and moves on; Space (or 0) leaves it blank — not answered —
and moves on; Backspace goes back; ↑/↓ move without changing anything. A digit off the
scale is refused beside the item. Enter saves, the count goes up and the cursor goes back
to the first item; a failed save keeps everything typed. Ctrl+Z takes back the form just
saved (typed twice, or into the wrong year).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.compensation import SCALE_LABELS, check_score
from minwon_desk.domain.errors import MinwonError, ValidationError
from minwon_desk.services.supervision.survey import MAX_COMMENT
from minwon_desk.services.supervision.survey_dto import SurveyItemView
from minwon_desk.ui.i18n import scale_word, translate
from minwon_desk.ui.style import set_invalid, set_role, show_message
from minwon_desk.ui.supervision.survey.access import SurveyAccess

BLANK_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_0, Qt.Key.Key_Minus)


def scale_hint() -> str:
    return " · ".join(f"{score} {scale_word(label)}" for score, label in SCALE_LABELS.items())


class _Row:
    def __init__(self, item: SurveyItemView, parent: QWidget) -> None:
        self.item = item
        self.label = QLabel(f"{item.ordinal}. {item.text}", parent)
        self.label.setWordWrap(True)
        self.score = QLineEdit(parent)
        self.score.setMaxLength(1)
        self.score.setFixedWidth(44)
        self.score.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.score.setAccessibleName(translate("SurveyEntry", "문항 {n} 점수").format(n=item.ordinal))
        self.score.setToolTip(translate("SurveyEntry", "1~5, 비우려면 Space"))
        self.label.setBuddy(self.score)
        self.error = QLabel(parent)
        self.error.setAccessibleName(translate("SurveyEntry", "문항 {n} 오류").format(n=item.ordinal))
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()

    def value(self) -> int | None:
        text = self.score.text().strip()
        return int(text) if text else None

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        set_invalid(self.score, bool(message))
        self.score.setAccessibleDescription(message)


class ResponseEntry(QWidget):
    """The "응답 입력" tab."""

    def __init__(self, access: SurveyAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("SurveyEntry", "응답 입력"))
        self._access = access
        self._rows: list[_Row] = []
        self._last_saved: int | None = None

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(translate("SurveyEntry", "입력한 응답 수"))
        set_role(self.count_label, "summary")
        hint = QLabel(translate("SurveyEntry", "점수: {scale}. Space 빈칸(응답 없음) · Backspace 앞 문항 · Enter 저장 · "
                          "Esc 비우기 · Ctrl+Z 방금 저장한 응답 취소").format(scale=scale_hint()), self)
        hint.setWordWrap(True)
        set_role(hint, "hint")
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(0, 1)
        self.empty_label = QLabel(self)
        self.empty_label.setAccessibleName(translate("SurveyEntry", "조사 문항 없음"))
        self.empty_label.setWordWrap(True)
        self.comment = QLineEdit(self)
        self.comment.setMaxLength(MAX_COMMENT)
        self.comment.setAccessibleName(translate("SurveyEntry", "의견"))
        self.comment.setPlaceholderText(translate("SurveyEntry", "설문지에 적힌 의견 (없으면 비워 두세요)"))
        comment_label = QLabel(translate("SurveyEntry", "의견(&M)"), self)
        comment_label.setBuddy(self.comment)
        self.comment_error = QLabel(self)
        self.comment_error.setAccessibleName(translate("SurveyEntry", "의견 오류"))
        set_role(self.comment_error, "error")
        self.comment_error.hide()
        self.message = QLabel(self)
        self.message.setAccessibleName(translate("SurveyEntry", "응답 입력 알림"))
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton(translate("SurveyEntry", "저장 (Enter)"), self)
        self.save_button.setAccessibleName(translate("SurveyEntry", "응답 저장"))
        self.clear_button = QPushButton(translate("SurveyEntry", "비우기 (Esc)"), self)
        self.clear_button.setAccessibleName(translate("SurveyEntry", "응답 비우기"))
        self.undo_button = QPushButton(translate("SurveyEntry", "방금 저장한 응답 취소 (Ctrl+Z)"), self)
        self.undo_button.setAccessibleName(translate("SurveyEntry", "방금 저장한 응답 취소"))
        self.undo_button.setEnabled(False)

        comment_row = QHBoxLayout()
        comment_row.addWidget(comment_label)
        comment_row.addWidget(self.comment, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        for widget in (self.count_label, hint, self.empty_label, self.grid_host):
            layout.addWidget(widget)
        layout.addLayout(comment_row)
        layout.addWidget(self.comment_error)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Return), self.save),
            (QKeySequence(Qt.Key.Key_Enter), self.save),
            (QKeySequence(Qt.Key.Key_Escape), self.clear),
            (QKeySequence("Ctrl+Z"), self.undo_last),
        ):
            QShortcut(keys, self, context=context).activated.connect(slot)
        self.comment.installEventFilter(self)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        self.undo_button.clicked.connect(self.undo_last)

    # --- public -------------------------------------------------------------------------

    def set_items(self, items: list[SurveyItemView], count: int) -> None:
        """The year's items (the typed scores go: they belong to the old list)."""
        for row in self._rows:
            for widget in (row.label, row.score, row.error):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self._rows = [_Row(item, self.grid_host) for item in items]
        for index, row in enumerate(self._rows):
            self.grid.addWidget(row.label, 2 * index, 0)
            self.grid.addWidget(row.score, 2 * index, 1)
            self.grid.addWidget(row.error, 2 * index + 1, 0, 1, 2)
            # Shown now (a layout would show them later): the cursor may go there at once.
            row.label.show()
            row.score.show()
            row.score.installEventFilter(self)
        previous = self.comment
        for row in reversed(self._rows):
            QWidget.setTabOrder(row.score, previous)
            previous = row.score
        year = self._access.year()
        self.empty_label.setText(
            translate("SurveyEntry", "{year}년 조사 문항이 없습니다. '문항 관리'에서 먼저 문항을 등록해 주세요.").format(year=year))
        self.empty_label.setVisible(not items)
        self.comment.setEnabled(bool(items))
        self.save_button.setEnabled(bool(items))
        self.clear_button.setEnabled(bool(items))
        self._last_saved = None
        self.undo_button.setEnabled(False)
        self.show_count(count)

    def shown_items(self) -> list[tuple[int, int, str]]:
        """(id, ordinal, text) of the items the form asks, in order."""
        return [(r.item.id, r.item.ordinal, r.item.text) for r in self._rows]

    def score_fields(self) -> list[QLineEdit]:
        return [row.score for row in self._rows]

    def focus_first(self) -> None:
        target = self._rows[0].score if self._rows else self.comment
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Save the form on screen; True when saved (the form is then empty again)."""
        self._clear_errors()
        if not self._rows:
            return False
        scores = {row.item.id: row.value() for row in self._rows}
        year = self._access.year()
        try:
            saved = self._access.write(
                lambda survey, actor: survey.record_response(actor, year, scores, self.comment.text()))
            count = self._access.survey().response_count(year)
        except ValidationError as exc:
            self._place_error(exc)
            return False
        except MinwonError as exc:
            self._say(translate("SurveyEntry", "{problem}\n입력한 점수는 그대로 있습니다.").format(problem=exc.message), ok=False)
            return False
        self._last_saved = saved.id
        self.undo_button.setEnabled(True)
        self._reset_fields()
        self.show_count(count)
        self._say(translate("SurveyEntry", "{n}번째 응답을 저장했습니다. 다음 설문지를 입력하세요.").format(n=count), ok=True)
        self.focus_first()
        return True

    def clear(self) -> None:
        self._clear_errors()
        self._reset_fields()
        self._say("", ok=True)
        self.focus_first()

    def undo_last(self) -> bool:
        if self._last_saved is None:
            return False
        year = self._access.year()
        try:
            self._access.write(lambda survey, actor: survey.remove_response(actor, self._last_saved or 0))
            count = self._access.survey().response_count(year)
        except MinwonError as exc:
            self._say(exc.message, ok=False)
            return False
        self._last_saved = None
        self.undo_button.setEnabled(False)
        self.show_count(count)
        self._say(translate("SurveyEntry", "방금 저장한 응답을 지웠습니다 ({year}년 응답 {n}건).").format(year=year, n=count), ok=True)
        return True

    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def error_for(self, ordinal: int) -> str:
        """The message beside item ``ordinal`` ("" when none); 0: beside the comment."""
        label = self.comment_error if ordinal == 0 else self._rows[ordinal - 1].error
        return label.text() if not label.isHidden() else ""

    # --- keys in a score field ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(QKeySequence.StandardKey.Undo):
            # A line edit claims Ctrl+Z for its own undo; in a score field (or an empty
            # comment) it means "take back the form just saved".
            return watched is not self.comment or not self.comment.text()
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        index = next((i for i, row in enumerate(self._rows) if row.score is watched), None)
        if index is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return super().eventFilter(watched, event)
        row, key, text = self._rows[index], event.key(), event.text()
        if text in ("1", "2", "3", "4", "5"):
            row.score.setText(text)
            row.show_error("")
            self._focus(index + 1)
            return True
        if key in BLANK_KEYS:
            row.score.clear()
            row.show_error("")
            self._focus(index + 1)
            return True
        if text.isdigit():
            try:
                check_score(int(text))
            except ValidationError as exc:
                row.show_error(exc.message + " " + translate("SurveyEntry", "비우려면 Space를 누르세요."))
            row.score.selectAll()
            return True
        if key == Qt.Key.Key_Backspace and not row.score.text():
            self._focus(index - 1)
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._focus(index + (1 if key == Qt.Key.Key_Down else -1))
            return True
        return super().eventFilter(watched, event)

    # --- internals ----------------------------------------------------------------------

    def _focus(self, index: int) -> None:
        if index >= len(self._rows):
            self.comment.setFocus(Qt.FocusReason.TabFocusReason)
        elif index >= 0:
            self._rows[index].score.setFocus(Qt.FocusReason.TabFocusReason)
            self._rows[index].score.selectAll()

    def _place_error(self, exc: ValidationError) -> None:
        if exc.field.startswith("item:"):
            for index, row in enumerate(self._rows):
                if exc.field == f"item:{row.item.id}":
                    row.show_error(exc.message)
                    self._focus(index)
                    return
        if exc.field == "comment":
            self.comment_error.setText(exc.message)
            self.comment_error.show()
            set_invalid(self.comment, True)
            self.comment.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._say(exc.message, ok=False)

    def _clear_errors(self) -> None:
        for row in self._rows:
            row.show_error("")
        self.comment_error.hide()
        set_invalid(self.comment, False)

    def _reset_fields(self) -> None:
        for row in self._rows:
            row.score.clear()
        self.comment.clear()

    def show_count(self, count: int) -> None:
        self.count_label.setText(translate("SurveyEntry", "{year}년 응답 {n}건 입력됨").format(year=self._access.year(), n=count))

    def _say(self, text: str, *, ok: bool) -> None:
        show_message(self.message, text, "message-ok" if ok else "message-error")
