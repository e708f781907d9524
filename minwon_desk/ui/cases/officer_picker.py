"""The officer picker every case dialog shares: it offers the deputy of someone away (F3)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.particles import settle
from minwon_desk.services.dto import StaffSummary
from minwon_desk.ui.common.staff_picker import (
    chosen_staff_id,
    select_staff,
    setup_staff_combo,
    staff_summaries,
)
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.directory.service import DirectorySnapshot


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
            name = self.label(self._offered) or translate("CaseForm", "업무대행자")
            self.button.setText(translate("CaseForm", "{name}에게 (F3)").format(name=name))
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
            return note  # in, or away but back before the transfer clock runs out
        if holder is None:
            where = ""
            if snapshot is not None:
                where = snapshot.status_text(snapshot.presence(officer_id, at), at) + "\n"
            return where + translate("CaseForm", "지금 맡을 사람이 없어 담당자 없이 등록됩니다. 등록한 뒤 담당자를 지정해 주세요.")
        self._offered = holder
        return note or settle(translate("CaseForm", "지금은 {holder}이(가) 맡습니다.").format(holder=self.label(holder)))
