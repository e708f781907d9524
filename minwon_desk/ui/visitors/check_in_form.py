"""The check-in form: validation messages next to fields, and nothing typed lost on failure.

The form is cleared only after the service has saved the visit; any error leaves every
field as it was so the operator can fix one thing and press Enter again. The form is usable
before the database is open: Enter then says so and keeps what was typed.

"재방문" opens a panel below the officer (:mod:`minwon_desk.ui.visitors.repeat_panel`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut

from minwon_desk.domain.errors import LockedError, MinwonError, ValidationError
from minwon_desk.domain.privacy import mask_name
from minwon_desk.domain.visits import CHOOSE_EARLIER
from minwon_desk.services.dto import Actor, CheckInRequest, StaffSummary, VisitView
from minwon_desk.ui.common.directory_cache import DirectoryCache
from minwon_desk.ui.common.field_errors import FieldErrors
from minwon_desk.ui.common.lock_retry import LockRetry
from minwon_desk.ui.common.staff_picker import chosen_staff_id, select_staff, setup_staff_combo
from minwon_desk.ui.forms.ui_visitor_desk import Ui_VisitorDesk
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role
from minwon_desk.ui.visitors.away import Away, away_question
from minwon_desk.ui.visitors.repeat_panel import RepeatPanel

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.ui.live.desk_queue import DeskQueue

# ValidationError.field → the form field it is about.
FIELD_ALIASES = {
    "visitor_name": "visitor_name",
    "name": "visitor_name",
    "phone": "phone",
    "purpose": "purpose",
    "officer": "officer",
    "officer_id": "officer",
    "repeat_of_id": "earlier",
    "repeat_note": "repeat_note",
}


class CheckInForm(QObject):
    """Behaviour of the "방문객 접수" box of :class:`Ui_VisitorDesk`."""

    checked_in = Signal(object)  # VisitView

    def __init__(
        self,
        form: Ui_VisitorDesk,
        backend: Backend | None,
        actor: Callable[[], Actor | None],
        staff: list[StaffSummary],
        parent: QObject | None = None,
        cache: DirectoryCache | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self._backend = backend
        self._actor = actor
        self._cache = cache
        self._staff = staff
        self._offered_deputy: int | None = None
        self._away: Away | None = None  # the officer chosen is away now: Enter asks once
        self._away_told: int | None = None  # Enter pressed once already for this officer
        # Keeps the check-in on this PC when the server is away (set by the window).
        self.keeper: DeskQueue | None = None
        self.unavailable_message = translate("CheckInForm", "데이터베이스를 여는 중입니다. 잠시 후 다시 눌러 주세요.")
        self.errors = FieldErrors(
            {
                "visitor_name": (form.nameEdit, form.nameError),
                "phone": (form.phoneEdit, form.phoneError),
                "purpose": (form.purposeEdit, form.purposeError),
                "officer": (form.officerCombo, form.officerError),
                "earlier": (form.earlierCombo, form.earlierError),
                "repeat_note": (form.repeatNoteEdit, form.repeatNoteError),
            },
            form.formMessage,
        )
        # Another desk holding the lock: said, and tried again (the fields as typed).
        self.lock_retry = LockRetry(
            form.checkInBox, lambda text, error: self.errors.message(text, error=error),
            [form.checkInButton])
        set_role(form.keysHint, "hint")
        set_role(form.officerStatus, "alert")
        form.officerStatus.hide()
        form.deputyButton.hide()
        self._setup_officers()
        form.officerCombo.currentTextChanged.connect(self._update_officer_status)
        form.deputyButton.clicked.connect(self.use_deputy)
        self.repeat = RepeatPanel(form, lambda: self._backend, self)
        if cache is not None:
            cache.changed.connect(self._on_directory_changed)

        box = form.checkInBox
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), box, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            enter.activated.connect(self.submit)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), box, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear)
        deputy = QShortcut(QKeySequence(Qt.Key.Key_F3), box, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        deputy.activated.connect(self.use_deputy)
        # F2/F4 act on the board's chosen row, in the board only: typed here they say so.
        for key in (Qt.Key.Key_F2, Qt.Key.Key_F4):
            board_key = QShortcut(QKeySequence(key), box, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            board_key.activated.connect(self._board_keys_hint)
        # A shortcut of our own rather than a mnemonic: a mnemonic clicks after an animation.
        repeat = QShortcut(QKeySequence("Alt+J"), box, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        repeat.activated.connect(form.repeatCheck.toggle)
        form.checkInButton.clicked.connect(self.submit)
        form.clearButton.clicked.connect(self.clear)

    def attach(self, backend: Backend, staff: list[StaffSummary]) -> None:
        """The database is open: fill the officer list, keeping whatever was typed there."""
        self._backend = backend
        self._staff = staff
        self._setup_officers()

    def _setup_officers(self) -> None:
        """(Re)fill the officer list, ranked by the directory when it is read; keeps the text."""
        combo = self.form.officerCombo
        typed = combo.currentText()
        snapshot = self._cache.snapshot if self._cache is not None else None
        setup_staff_combo(combo, self._staff, snapshot.search_ids if snapshot is not None else None)
        if typed:
            combo.setEditText(typed)
        self._update_officer_status()

    def _on_directory_changed(self) -> None:
        self._setup_officers()

    # --- the deputy ---------------------------------------------------------------------

    def use_deputy(self) -> VisitView | None:
        """F3: the officer asked for is away; check the visitor in for whoever acts now, in
        one key. Returns the saved visit (the cursor is back in 성명 for the next visitor)."""
        if self._offered_deputy is None:
            return None
        if not select_staff(self.form.officerCombo, self._offered_deputy):
            return None
        self._update_officer_status()
        return self.submit()

    def officer_status(self) -> str:
        """What the form says about the chosen officer ("" when present or none chosen)."""
        label = self.form.officerStatus
        return label.text() if not label.isHidden() else ""

    def _update_officer_status(self, *_args: object) -> None:
        label, button = self.form.officerStatus, self.form.deputyButton
        self._offered_deputy = None
        self._away = None
        snapshot = self._cache.snapshot if self._cache is not None else None
        officer_id, problem = chosen_staff_id(self.form.officerCombo)
        if snapshot is None or officer_id is None or problem is not None or self._backend is None:
            label.hide()
            button.hide()
            return
        now = self._backend.clock()
        try:
            presence = snapshot.presence(officer_id, now)
        except MinwonError:
            label.hide()
            button.hide()
            return
        if presence.present:
            label.hide()
            button.hide()
            return
        self._away = Away.of(officer_id, presence, snapshot.entry(officer_id).name)
        text = snapshot.status_text(presence, now)
        if presence.message:
            text += "\n" + presence.message
        label.setText(text)
        label.show()
        if presence.acting is not None:
            self._offered_deputy = presence.acting.id
            button.setText(translate("CheckInForm", "{name}에게 (F3)").format(name=presence.acting.name))
            button.show()
        else:
            button.hide()

    # --- actions ------------------------------------------------------------------------

    def submit(self) -> VisitView | None:
        """Check the visitor in; returns the saved visit, or None with the reason shown (or
        while a save another desk's lock held up is tried again)."""
        if self.lock_retry.running():
            return None
        self.errors.clear()
        if self._backend is None:
            self.errors.message(self.unavailable_message, error=True)
            return None
        actor = self._actor()
        if actor is None:
            self.errors.message(translate("CheckInForm", "로그인한 뒤에 할 수 있습니다."), error=True)
            return None
        officer_id, problem = chosen_staff_id(self.form.officerCombo)
        if problem is not None:
            self.errors.field("officer", problem)
            return None
        if self._away is not None and self._away.officer_id == officer_id and self._away_told != officer_id:
            # Enter with an officer who is away: no visitor is sent to an empty desk silently.
            self._away_told = officer_id
            self.errors.field("officer", away_question(self._away, self.form.officerCombo.currentText()))
            return None
        repeat = self.form.repeatCheck.isChecked()
        earlier = self.form.earlierCombo.currentData() if repeat else None
        if repeat and earlier is None:
            self.errors.field("earlier", CHOOSE_EARLIER)
            return None
        request = CheckInRequest(
            visitor_name=self.form.nameEdit.text(),
            phone=self.form.phoneEdit.text(),
            purpose=self.form.purposeEdit.text(),
            officer_id=officer_id,
            repeat_of_id=earlier,
            repeat_staff_error=repeat and self.form.staffErrorCheck.isChecked(),
            repeat_note=self.form.repeatNoteEdit.text() if repeat else "",
            away_chosen=self._away is not None and self._away.officer_id == officer_id,
        )
        officer = self.form.officerCombo.currentText()
        backend = self._backend

        def save() -> object:
            if self.keeper is not None:
                return self.keeper.check_in(actor, request, officer)
            return backend.visits.check_in(actor, request)

        try:
            with backend.hurried():
                saved = save()
        except LockedError:
            self.lock_retry.start(save, lambda done: self._after_save(done, request), translate("CheckInForm", "방문객 접수"))
            return None
        except ValidationError as exc:
            field = FIELD_ALIASES.get(exc.field)
            if field is None:
                self.errors.message(exc.message, error=True)
            else:
                self.errors.field(field, exc.message)
            return None
        except MinwonError as exc:
            self.errors.message(
                translate("CheckInForm", "{problem}\n입력한 내용은 그대로 있습니다. 원인을 해결한 뒤 Enter를 눌러 다시 접수하세요.").format(
                    problem=exc.message
                ),
                error=True,
            )
            return None
        return self._after_save(saved, request)

    def _after_save(self, saved: object, request: CheckInRequest) -> VisitView | None:
        if not isinstance(saved, VisitView):  # kept on this PC: the server is away
            self._reset_fields()
            self.errors.message(kept_message(request.visitor_name), error=False)
            self.form.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        visit = saved
        self._reset_fields()
        self.errors.message(translate("CheckInForm", "{name} 님을 접수했습니다.").format(name=visit.visitor_name_masked), error=False)
        self.form.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.checked_in.emit(visit)
        return visit

    def clear(self) -> None:
        """Esc: empty every field and message, back to the name field."""
        self._reset_fields()
        self.errors.message("", error=False)
        self.form.nameEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _board_keys_hint(self) -> None:
        self.errors.message(
            translate("CheckInForm", "응대 시작(F2)과 퇴실(F4)은 대기 현황에서 방문객을 고른 뒤에 누르세요 (Ctrl+B로 이동)."),
            error=False)

    def focus_name(self) -> None:
        self.form.nameEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.nameEdit.selectAll()

    def error_for(self, field: str) -> str:
        """The message shown next to ``field`` ("visitor_name", "phone", "purpose", "officer",
        "earlier", "repeat_note")."""
        return self.errors.text(field)

    # --- internals ----------------------------------------------------------------------

    def _reset_fields(self) -> None:
        self._away_told = None
        self.errors.clear()
        self.form.nameEdit.clear()
        self.form.phoneEdit.clear()
        self.form.purposeEdit.clear()
        self.form.officerCombo.setCurrentIndex(-1)
        self.form.officerCombo.setEditText("")
        self.repeat.reset()

    def __repr__(self) -> str:
        return f"CheckInForm(name={self.form.nameEdit.text()!r})"


def kept_message(name: str) -> str:
    return translate("CheckInForm",
        "서버와 연결이 끊겨 {name} 님 접수를 이 PC에 보관했습니다(전송 대기). 다시 연결되면 "
        "접수한 시각 그대로 보냅니다."
    ).format(name=mask_name(name.strip()) or name)
