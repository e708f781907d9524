"""The absences page: who is away now or soon (출장 · 휴가 · 교육 · 회의 · 외근) and who acts
for them, with the form to add one and a way to cancel one.

Built once the database is open. The list is read again when an ``AbsenceChanged`` or
``StaffChanged`` event arrives, and when the page is shown (absences that ended meanwhile
drop out) — never on a timer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.particles import settle
from minwon_desk.services.dto import AbsenceView, Actor, DirectoryEntry
from minwon_desk.services.events import AbsenceChanged, StaffChanged
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.common.asking import Confirm, ask_confirmation
from minwon_desk.ui.common.column_fit import ColumnFit
from minwon_desk.ui.common.directory_cache import current_snapshot
from minwon_desk.ui.common.filter_combos import refill_choices
from minwon_desk.ui.common.shortcuts import PageShortcuts
from minwon_desk.ui.common.shown_page import ShownPage
from minwon_desk.ui.common.staff_picker import staff_summaries
from minwon_desk.ui.directory.absence_form import AbsenceForm, period_text
from minwon_desk.ui.forms.ui_absences_page import Ui_AbsencesPage
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role, show_message

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.directory.service import DirectorySnapshot
    from minwon_desk.ui.common.directory_cache import DirectoryCache

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
NAME, DEPARTMENT, KIND, PERIOD, DEPUTY, NOTE = range(6)
ALL_UNITS = -1


class AbsencesPage(ShownPage):
    show_requested = Signal()

    def __init__(
        self,
        backend: Backend,
        actor: Callable[[], Actor | None],
        bridge: EventBridge,
        parent: QWidget | None = None,
        *,
        cache: DirectoryCache | None = None,
        confirm: Confirm | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_AbsencesPage()
        self.form.setupUi(self)
        self._backend = backend
        self._actor = actor
        self._cache = cache
        self.confirm: Confirm = confirm or ask_confirmation
        self._snapshot: DirectorySnapshot | None = None
        self._absences: list[AbsenceView] = []
        self._shown: list[AbsenceView] = []
        self.absence_form = AbsenceForm(self.form, backend, actor, self)
        f = self.form
        table = f.absenceTable
        # Who, what, when and who stands in stay whole; the note and the unit step aside.
        self.column_fit = ColumnFit(table, stretch=DEPUTY, drop=(NOTE, DEPARTMENT), stretch_min=110,
                                    caps={PERIOD: 150}, wrap=True)
        deputy_header = table.horizontalHeaderItem(DEPUTY)
        if deputy_header is not None:
            deputy_header.setToolTip(translate("AbsencesPage", "괄호 안은 따로 정하지 않아 대신 맡을 사람입니다."))
        f.filterEdit.textChanged.connect(lambda _t: self._fill())
        f.deptFilterCombo.currentIndexChanged.connect(lambda _i: self._fill())
        table.itemSelectionChanged.connect(self._update_actions)
        f.cancelButton.clicked.connect(self.cancel_selected)
        self.absence_form.added.connect(self._after_add)
        f.splitter.setStretchFactor(0, 3)
        f.splitter.setStretchFactor(1, 2)
        set_role(f.countLabel, "hint")
        f.listMessage.hide()

        f.actionNewAbsence.triggered.connect(self.new_absence)
        f.actionCancelAbsence.triggered.connect(self.cancel_selected)
        # Delete acts in the list only: in a text field it deletes a character.
        f.actionCancelAbsence.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        table.addAction(f.actionCancelAbsence)
        self.addAction(f.actionNewAbsence)
        self._keys = PageShortcuts(self, [f.actionNewAbsence])

        if cache is not None:
            cache.changed.connect(self.reload)
        else:
            for kind in (StaffChanged, AbsenceChanged):
                bridge.subscribe(kind, lambda _event: self.reload(), owner=self)
        self._update_actions()
        self.reload()

    def menu_actions(self) -> list[QAction]:
        return [self.form.actionNewAbsence, self.form.actionCancelAbsence]

    @property
    def snapshot(self) -> DirectorySnapshot | None:
        return self._snapshot

    # --- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the absences that have not ended yet, keeping the filter and the form.
        A hidden page only notes that it is out of date and reads when it is shown."""
        if not self.read_now():
            return
        try:
            absences = self._backend.absences.list()
            departments = self._backend.roster.departments()
            snapshot = current_snapshot(self._backend, self._cache)
        except MinwonError as exc:
            log.warning("could not read absences: %s", exc.message)
            self._say(exc.message, error=True)
            return
        self._snapshot = snapshot
        self._absences = absences
        staff = staff_summaries(snapshot.active)
        refill_choices(self.form.deptFilterCombo, translate("AbsencesPage", "(전체 부서)"),
                       ((d.path, d.path, None) for d in departments), everything_data=ALL_UNITS)
        self.absence_form.set_choices(staff, snapshot)
        self._fill()

    def listed(self) -> list[AbsenceView]:
        """The absences as listed, top to bottom."""
        return list(self._shown)

    def listed_text(self) -> list[tuple[str, ...]]:
        table = self.form.absenceTable
        return [
            tuple(cell.text() if (cell := table.item(row, col)) is not None else ""
                  for col in range(table.columnCount()))
            for row in range(table.rowCount())
        ]

    # --- actions --------------------------------------------------------------------------

    def new_absence(self) -> None:
        """Ctrl+N: to the person field of the form."""
        self.show_requested.emit()
        self.absence_form.focus_staff()

    def select_absence(self, absence_id: int) -> bool:
        for row, a in enumerate(self._shown):
            if a.id == absence_id:
                self.form.absenceTable.selectRow(row)
                return True
        return False

    def selected(self) -> AbsenceView | None:
        rows = self.form.absenceTable.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._shown):
            return None
        return self._shown[rows[0].row()]

    def cancel_selected(self) -> bool:
        """Cancel the chosen absence after asking; it stays on record as cancelled."""
        self.show_requested.emit()
        absence = self.selected()
        if absence is None:
            self._say(translate("AbsencesPage", "목록에서 취소할 부재 일정을 먼저 고르세요."), error=True)
            return False
        actor = self._actor()
        if actor is None:
            self._say(translate("AbsencesPage", "로그인한 뒤에 할 수 있습니다."), error=True)
            return False
        what = translate("AbsencesPage", "{name} 님의 {kind} ({period})").format(
            name=absence.staff_name, kind=absence.kind,
            period=period_text(absence.starts_at, absence.ends_at),
        )
        question = settle(translate("AbsencesPage", "{what}을(를) 취소할까요?\n취소한 일정은 지워지지 않고 취소된 것으로 기록에 남습니다.").format(what=what))
        if not self.confirm(self, translate("AbsencesPage", "부재 취소"), question):
            return False
        try:
            self._backend.absences.cancel(actor, absence.id)
        except MinwonError as exc:
            self._say(exc.message, error=True)
            self.reload()  # cancelled elsewhere meanwhile, perhaps: show what is true now
            return False
        self._say(settle(translate("AbsencesPage", "{what}을(를) 취소했습니다.").format(what=what)), error=False)
        return True

    # --- internals ------------------------------------------------------------------------

    def _entry(self, staff_id: int | None) -> DirectoryEntry | None:
        if self._snapshot is None or staff_id is None:
            return None
        try:
            return self._snapshot.entry(staff_id)
        except MinwonError:
            return None

    def _filtered(self) -> list[AbsenceView]:
        shown = self._absences
        query = self.form.filterEdit.text().strip()
        if query and self._snapshot is not None:
            matches = set(self._snapshot.search_ids(query))
            shown = [a for a in shown if a.staff_id in matches]
        path = self.form.deptFilterCombo.currentData()
        if isinstance(path, str):
            def in_unit(a: AbsenceView) -> bool:
                entry = self._entry(a.staff_id)
                unit = entry.department_path if entry is not None else ""
                return unit == path or unit.startswith(path + " > ")

            shown = [a for a in shown if in_unit(a)]
        return shown

    def _deputy_text(self, a: AbsenceView) -> tuple[str, str]:
        """(cell, tooltip): the named deputy, or in brackets who acts when none was named."""
        if a.deputy_id is not None:
            return a.deputy_name, ""
        if self._snapshot is not None:
            at = max(a.starts_at, self._backend.clock())
            try:
                presence = self._snapshot.presence(a.staff_id, at)
            except MinwonError:
                presence = None
            if presence is not None and presence.absence_id == a.id:
                if presence.acting is None:
                    return translate("AbsencesPage", "(안내데스크)"), presence.message
                return f"({presence.acting.name})", presence.message or translate("AbsencesPage", "기본 업무대행자가 대행합니다.")
        entry = self._entry(a.staff_id)
        default = self._entry(entry.default_deputy_id if entry is not None else None)
        if default is not None:
            return f"({default.name})", translate("AbsencesPage", "기본 업무대행자가 대행합니다.")
        return translate("AbsencesPage", "(부서장)"), translate("AbsencesPage", "기본 업무대행자가 없어 부서장이 대행합니다.")

    def _fill(self) -> None:
        keep = self.selected()
        self._shown = self._filtered()
        now = self._backend.clock()
        table = self.form.absenceTable
        table.blockSignals(True)
        try:
            table.clearContents()
            table.setRowCount(len(self._shown))
            for row, a in enumerate(self._shown):
                entry = self._entry(a.staff_id)
                name = f"{a.staff_name} {entry.position}" if entry is not None else a.staff_name
                deputy, deputy_tip = self._deputy_text(a)
                current = a.starts_at <= now
                cells = (
                    name, entry.department if entry is not None else "", a.kind,
                    period_text(a.starts_at, a.ends_at) + (translate("AbsencesPage", " (지금)") if current else ""),
                    deputy, a.note,
                )
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column == DEPARTMENT and entry is not None:
                        item.setToolTip(entry.department_path)
                    elif column == DEPUTY and deputy_tip:
                        item.setToolTip(deputy_tip)
                    if current:
                        font = QFont(item.font())
                        font.setBold(True)
                        item.setFont(font)
                    if column == NAME:
                        item.setData(ID_ROLE, a.id)
                    table.setItem(row, column, item)
        finally:
            table.blockSignals(False)
        if keep is not None:
            self.select_absence(keep.id)
        total = len(self._absences)
        shown = len(self._shown)
        self.form.countLabel.setText(
            translate("AbsencesPage", "{n}건").format(n=shown) if shown == total else translate("AbsencesPage", "{n}건 / 전체 {t}건").format(n=shown, t=total)
        )
        self._update_actions()

    def _after_add(self, absence_id: int) -> None:
        self.select_absence(absence_id)

    def _update_actions(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.form.cancelButton.setEnabled(chosen)
        self.form.actionCancelAbsence.setEnabled(chosen)

    def _say(self, text: str, *, error: bool) -> None:
        show_message(self.form.listMessage, text, "message-error" if error else "message-ok")

    def _when_shown(self) -> None:
        # Changed while hidden, or absences ended meanwhile: they drop out when shown again.
        now = self._backend.clock()
        if self._read_when_shown or any(a.ends_at <= now for a in self._absences):
            self.reload()

    def __repr__(self) -> str:
        return f"AbsencesPage(listed={len(self._shown)}, form={self.absence_form!r})"
