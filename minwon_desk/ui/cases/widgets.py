"""Pieces every case dialog shares: the keys that commit (Enter, Ctrl+Enter in a text
box), keeping what was typed when Esc is pressed by mistake, and the officer picker that
offers the deputy of someone away (F3)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from minwon_desk.domain.errors import MinwonError
from minwon_desk.services.dto import StaffSummary
from minwon_desk.ui.common.staff_picker import (
    chosen_staff_id,
    select_staff,
    setup_staff_combo,
    staff_summaries,
)
from minwon_desk.ui.style import set_role

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.directory.service import DirectorySnapshot

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseForm", text)


# --- keys every case dialog shares ---------------------------------------------------------


class _MultilineKeys(QObject):
    """Enter inside a multi-line field starts a new line instead of saving (Ctrl+Enter saves)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if plain and event.key() in _ENTER_KEYS:
                event.accept()  # the edit takes the key; the dialog's Enter stays quiet
                return True
        return super().eventFilter(watched, event)


def commit_keys(
    dialog: QDialog, submit: Callable[[], object], default: QAbstractButton,
    multiline: Iterable[QWidget] = (),
) -> None:
    """Enter (and Ctrl+Enter anywhere) commits; on another button Enter presses that button.
    Esc is the dialog's own: it closes without saving."""

    def enter() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            # Enter on the staff list only picks the person (the list's own handling);
            # the next Enter commits, once the dialog has said whether they are in.
            _pick_from(dialog, popup)
            return
        focus = QApplication.focusWidget()
        if isinstance(focus, QPushButton) and focus is not default and dialog.isAncestorOf(focus):
            focus.click()  # Enter on 닫기 closes, as on any button
            return
        submit()

    context = Qt.ShortcutContext.WidgetWithChildrenShortcut
    for keys in ("Return", "Enter", "Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, context=context).activated.connect(enter)
    keys_filter = _MultilineKeys(dialog)
    for widget in multiline:
        widget.installEventFilter(keys_filter)
    default.clicked.connect(submit)


def _pick_from(dialog: QDialog, popup: QWidget) -> None:
    """Put the highlighted person of a staff list into its combo and close the list."""
    for combo in dialog.findChildren(QComboBox):
        completer = combo.completer()
        view = completer.popup() if completer is not None else None
        if view is None or view is not popup:
            continue
        index = view.currentIndex()
        if index.isValid():
            combo.setEditText(str(index.data()))
    popup.hide()


class KeepTyped(QObject):
    """Esc (or 닫기) on a dialog where something was typed only warns; a second Esc throws it
    away. An Esc meant for the staff list must not lose a petition typed at the counter."""

    def __init__(self, dialog: QDialog, edits: Iterable[QLineEdit | QPlainTextEdit],
                 say: Callable[[str], None]) -> None:
        super().__init__(dialog)
        self._edits = list(edits)
        self._say = say
        self._initial = self._texts()  # what was prefilled is not "typed"
        self._warned = False
        for edit in self._edits:
            edit.textChanged.connect(self._disarm)

    def _texts(self) -> list[str]:
        return [e.text() if isinstance(e, QLineEdit) else e.toPlainText() for e in self._edits]

    def _disarm(self, *_args: object) -> None:
        self._warned = False

    def may_close(self) -> bool:
        if self._warned or self._texts() == self._initial:
            return True
        self._warned = True
        self._say(_tr("적은 내용이 있습니다. 버리고 닫으려면 Esc를 한 번 더 누르세요."))
        return False


# --- the officer: ranked search, who acts now, F3 -------------------------------------------


class OfficerPicker(QObject):
    """A staff combo that says who handles a case now when the chosen officer is away, and
    offers that person on F3 (as the check-in form does)."""

    def __init__(
        self,
        backend: Backend,
        combo: QComboBox,
        status: QLabel,
        button: QPushButton,
        dialog: QWidget,
        at: datetime | None = None,
    ) -> None:
        super().__init__(dialog)
        self._backend = backend
        self.combo, self.status, self.button = combo, status, button
        self._at = at
        self._offered: int | None = None
        self._routes: dict[int, tuple[int | None, str]] = {}
        self.load_error = ""
        self._snapshot: DirectorySnapshot | None = None
        staff: list[StaffSummary] = []
        try:
            # One read of the directory per dialog: the search and "is the officer in?"
            # then cost no query per keystroke.
            self._snapshot = backend.directory.snapshot()
            staff = staff_summaries(self._snapshot.active)
        except MinwonError as exc:
            self.load_error = exc.message
        self._staff = staff
        setup_staff_combo(combo, staff, self._snapshot.search_ids if self._snapshot else None)
        set_role(status, "alert")
        status.hide()
        button.hide()
        combo.currentTextChanged.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F3), dialog,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut).activated.connect(self.use_deputy)
        button.clicked.connect(self.use_deputy)

    def chosen(self) -> tuple[int | None, str | None]:
        return chosen_staff_id(self.combo)

    def select(self, staff_id: int | None) -> bool:
        if staff_id is None:
            return False
        done = select_staff(self.combo, staff_id)
        self.refresh()
        return done

    def label(self, staff_id: int) -> str:
        for person in self._staff:
            if person.id == staff_id:
                return f"{person.name} {person.position}"
        return ""

    def offered(self) -> int | None:
        """Who F3 would put in ("None" when the chosen officer is in or nobody acts)."""
        return self._offered

    def use_deputy(self) -> bool:
        """F3: the officer is away; give the case to whoever acts for them now."""
        deputy = self._offered
        if deputy is None or not select_staff(self.combo, deputy):
            return False
        self.refresh()
        self.combo.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def status_text(self) -> str:
        return self.status.text() if not self.status.isHidden() else ""

    def refresh(self, *_args: object) -> None:
        self._offered = None
        officer_id, problem = self.chosen()
        text = "" if officer_id is None or problem is not None else self._away_text(officer_id)
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if self._offered is not None:
            name = self.label(self._offered) or _tr("업무대행자")
            self.button.setText(_tr("{name}에게 (F3)").format(name=name))
        self.button.setVisible(self._offered is not None)

    def _away_text(self, officer_id: int) -> str:
        at = self._at or self._backend.clock()
        snapshot = self._snapshot
        if snapshot is not None:
            try:
                if snapshot.presence(officer_id, at).present:
                    return ""
            except MinwonError:
                return ""
        try:
            if officer_id not in self._routes:
                self._routes[officer_id] = self._backend.cases.route(officer_id, at=self._at)
            holder, note = self._routes[officer_id]
        except MinwonError as exc:
            return exc.message
        if holder == officer_id:
            return ""
        if holder is None:
            where = ""
            if snapshot is not None:
                where = snapshot.status_text(snapshot.presence(officer_id, at), at) + "\n"
            return where + _tr("지금 맡을 사람이 없어 담당자 없이 등록됩니다. 등록한 뒤 담당자를 지정해 주세요.")
        self._offered = holder
        return note or _tr("지금은 {holder}이(가) 맡습니다.").format(holder=self.label(holder))
