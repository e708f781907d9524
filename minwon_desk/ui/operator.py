"""Who sits at this desk ("이 창구 근무자"): until accounts exist, chosen from the staff list.

The choice is remembered in the machine's settings (``desk_operator`` = employee number) and
every action taken at the desk is recorded in that person's name.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox

from minwon_desk.services.dto import Actor, StaffSummary
from minwon_desk.settings import SettingsError, SettingsStore

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskOperator", text)


class DeskOperator(QObject):
    """Binds the operator combo to the settings; ``actor()`` says who is acting now."""

    changed = Signal(object)  # StaffSummary | None

    def __init__(
        self,
        combo: QComboBox,
        staff: list[StaffSummary] | None,
        settings: SettingsStore,
        desk: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._combo = combo
        self._staff: list[StaffSummary] = []
        self._settings = settings
        self._desk = desk
        if staff is None:
            # Nobody to choose until the database is open; the remembered choice is kept.
            combo.addItem(_tr("(데이터베이스 여는 중…)"), None)
            combo.setEnabled(False)
        else:
            self.set_staff(staff, desk)
        combo.currentIndexChanged.connect(self._on_index)

    def set_staff(self, staff: list[StaffSummary], desk: str) -> None:
        """Fill the chooser and select the remembered operator (no setting is written)."""
        self._staff = staff
        self._desk = desk
        combo = self._combo
        combo.blockSignals(True)  # refilling is not the operator choosing someone
        try:
            combo.clear()
            combo.addItem(_tr("— 근무자를 고르세요 —"), None)
            for person in staff:
                combo.addItem(f"{person.name} {person.position} ({person.department})", person.employee_no)
            remembered = str(self._settings.get("desk_operator") or "")
            index = combo.findData(remembered) if remembered else -1
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)
        combo.setEnabled(True)
        self.changed.emit(self.current())

    def show_unavailable(self, text: str) -> None:
        """Before the staff list is loaded: say why there is nobody to choose."""
        if not self._staff:
            self._combo.setItemText(0, text)

    def current(self) -> StaffSummary | None:
        employee_no = self._combo.currentData()
        return next((s for s in self._staff if s.employee_no == employee_no), None)

    def actor(self) -> Actor | None:
        person = self.current()
        if person is None:
            return None
        return Actor(staff_id=person.id, name=person.name, desk=self._desk)

    def choose(self, employee_no: str) -> bool:
        index = self._combo.findData(employee_no)
        if index < 0:
            return False
        self._combo.setCurrentIndex(index)
        return True

    def _on_index(self, _index: int) -> None:
        person = self.current()
        try:
            self._settings.set("desk_operator", person.employee_no if person else "")
            self._settings.save()
        except (OSError, SettingsError) as exc:
            # The choice still applies to this run; only remembering it failed.
            log.warning("could not remember the desk operator: %s", exc)
        self.changed.emit(person)

    def __repr__(self) -> str:
        person = self.current()
        return f"DeskOperator(desk={self._desk!r}, operator={person.employee_no if person else None!r})"
