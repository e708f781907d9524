"""The one-tap rating after a check-out: a strip under the board asks the visitor for 1–5
(the operator can turn the screen toward them); keys 1–5 or a click, again to change it,
Esc closes it, and typing the next visitor's name moves it aside."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton

from minwon_desk.domain.errors import MinwonError
from minwon_desk.services.dto import Actor, VisitView
from minwon_desk.ui.forms.ui_visitor_desk import Ui_VisitorDesk
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.visitors.step_aside import StepAside

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

# Big enough to read and tap from the visitor's side of the counter.
RATING_STYLE = """
QPushButton { font-size: 12pt; padding: 6px 10px; }
QPushButton:checked { background: #1f3a5f; color: white; }
QLabel { font-size: 12pt; }
"""


class RatingStrip:
    """The rating part of the visitor desk (mixed into :class:`VisitorDeskView`)."""

    form: Ui_VisitorDesk
    _backend: Backend | None
    _actor: Callable[[], Actor | None]

    def show_alert(self, message: str, *, overdue: bool = False) -> None:
        raise NotImplementedError

    def rating_visit(self) -> int | None:
        """The visit the rating strip is asking about (None when it is closed)."""
        return self._rating_visit if not self.form.ratingStrip.isHidden() else None

    def rate(self, score: int) -> bool:
        """Record the visitor's rating for the visit that just checked out; again to change it."""
        visit_id = self.rating_visit()
        if visit_id is None or self._backend is None:
            return False
        actor = self._actor()
        if actor is None:
            self.show_alert(translate("VisitorDeskView", "로그인한 뒤에 할 수 있습니다."))
            return False
        try:
            self._backend.visits.rate(actor, visit_id, score)
        except MinwonError as exc:
            self.show_alert(exc.message)
            return False
        for value, button in self._rating_buttons.items():
            button.setChecked(value == score)
        self.form.ratingPrompt.setText(
            translate("VisitorDeskView", "{score}점, 고맙습니다. 바꾸려면 다른 점수를 누르세요.").format(score=score))
        return True

    def close_rating(self, *, refocus: bool = True) -> None:
        """Esc or "닫기": no rating (or the one given stays); back to the board."""
        strip = self.form.ratingStrip
        focus = QApplication.focusWidget()
        had_focus = focus is not None and (focus is strip or strip.isAncestorOf(focus))
        strip.hide()
        if refocus and had_focus:
            self.form.boardTable.setFocus(Qt.FocusReason.OtherFocusReason)

    def _setup_rating(self) -> None:
        f = self.form
        f.ratingStrip.setStyleSheet(RATING_STYLE)
        f.ratingStrip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        f.ratingStrip.hide()
        self._rating_visit: int | None = None
        self._rating_buttons: dict[int, QPushButton] = {
            1: f.rate1, 2: f.rate2, 3: f.rate3, 4: f.rate4, 5: f.rate5}
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for score, button in self._rating_buttons.items():
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click keeps the keys working
            button.setToolTip(translate("VisitorDeskView", "{score}점을 남깁니다 (숫자 {score})").format(score=score))
            button.clicked.connect(lambda _checked=False, s=score: self.rate(s))
            for keys in (str(score), f"Num+{score}"):
                QShortcut(QKeySequence(keys), f.ratingStrip, context=context).activated.connect(
                    lambda s=score: self.rate(s))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), f.ratingStrip, context=context).activated.connect(
            self.close_rating)
        f.ratingSkip.clicked.connect(lambda: self.close_rating())
        self._step_aside = StepAside(f.ratingStrip, f.nameEdit, lambda: self.close_rating(refocus=False))

    def _offer_rating(self, visit: VisitView) -> None:
        self._rating_visit = visit.id
        for button in self._rating_buttons.values():
            button.setChecked(False)
        self.form.ratingPrompt.setText(
            translate("VisitorDeskView", "{name} 님, 오늘 응대에 얼마나 만족하셨나요?").format(name=visit.visitor_name_masked))
        self.form.ratingStrip.show()
        self.form.ratingStrip.setFocus(Qt.FocusReason.OtherFocusReason)

