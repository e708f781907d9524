"""The "부재 등록" form: who is away, why, from when to when, and who acts meanwhile.

Times are Seoul wall-clock times whatever the computer's own time zone: the editors hold
them as plain date and time (in UTC, which has no daylight-saving gaps) and the form adds
Asia/Seoul. "하루 종일" means the charter's working day (09:00–18:00 in most charters).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDateTimeEdit

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.particles import settle
from minwon_desk.domain.timeutil import SEOUL, to_seoul
from minwon_desk.services.dto import Actor, StaffSummary
from minwon_desk.ui.common.field_errors import FieldErrors
from minwon_desk.ui.common.staff_picker import chosen_staff_id, refill_staff_combo
from minwon_desk.ui.forms.ui_absences_page import Ui_AbsencesPage
from minwon_desk.ui.i18n import translate, weekday
from minwon_desk.ui.style import set_role

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.directory.service import DirectorySnapshot

WITH_TIME = "yyyy-MM-dd HH:mm"
DATE_ONLY = "yyyy-MM-dd"

FIELD_ALIASES = {
    "staff_id": "staff", "deputy_id": "deputy", "starts_at": "starts", "ends_at": "ends",
    "start": "starts", "end": "ends",
}


def short_moment(value: datetime) -> str:
    """'7/2(목) 09:00' in Seoul time."""
    local = to_seoul(value)
    return f"{local.month}/{local.day}({weekday(local)}) {local:%H:%M}"


def period_text(starts_at: datetime, ends_at: datetime) -> str:
    """'7/2(목) 09:00–18:00', or '7/2(목) 09:00 – 7/3(금) 18:00'."""
    start, end = to_seoul(starts_at), to_seoul(ends_at)
    if start.date() == end.date():
        return f"{short_moment(start)}–{end:%H:%M}"
    return f"{short_moment(start)} – {short_moment(end)}"


class AbsenceForm(QObject):
    added = Signal(int)  # absence id

    def __init__(
        self,
        form: Ui_AbsencesPage,
        backend: Backend,
        actor: Callable[[], Actor | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self._actor = actor
        self._backend = backend
        self._snapshot: DirectorySnapshot | None = None
        self._hours = backend.charter.working_hours
        f = form
        self.errors = FieldErrors(
            {
                "staff": (f.staffCombo, f.staffError),
                "kind": (f.kindCombo, f.kindError),
                "starts": (f.startsEdit, f.startsError),
                "ends": (f.endsEdit, f.endsError),
                "deputy": (f.deputyCombo, f.deputyError),
                "note": (f.noteEdit, f.noteError),
            },
            f.formMessage,
        )
        for kind in AbsenceKind:
            f.kindCombo.addItem(kind.value, kind.value)
        for edit in (f.startsEdit, f.endsEdit):
            edit.setTimeZone(QTimeZone.utc())
        set_role(f.deputyHint, "hint")
        set_role(f.deputyWarning, "alert")
        f.deputyWarning.hide()
        f.allDayCheck.toggled.connect(self._on_all_day)
        f.startsEdit.dateTimeChanged.connect(self._on_start_changed)
        f.endsEdit.dateTimeChanged.connect(lambda _v: self._update_deputy_hint())
        f.staffCombo.currentTextChanged.connect(lambda _t: self._update_deputy_hint())
        f.deputyCombo.currentTextChanged.connect(lambda _t: self._update_deputy_hint())
        f.addButton.clicked.connect(self.submit)
        f.clearButton.clicked.connect(self.clear)
        box = f.addBox
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), box, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            enter.activated.connect(self.submit)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), box, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear)
        f.allDayCheck.setText(
            translate("AbsenceForm", "하루 종일 ({start}–{end})").format(
                start=f"{self._hours.start:%H:%M}", end=f"{self._hours.end:%H:%M}"
            )
        )
        self._set_default_times(backend.clock())
        self._on_all_day(False)

    def set_choices(self, staff: list[StaffSummary], snapshot: DirectorySnapshot | None) -> None:
        """Refill both staff pickers, keeping what is typed."""
        self._snapshot = snapshot
        search = snapshot.search_ids if snapshot is not None else None
        for combo in (self.form.staffCombo, self.form.deputyCombo):
            refill_staff_combo(combo, staff, search)
        self._update_deputy_hint()

    # --- the period -----------------------------------------------------------------------

    def set_period(self, starts_at: datetime, ends_at: datetime) -> None:
        self._put(self.form.startsEdit, to_seoul(starts_at))
        self._put(self.form.endsEdit, to_seoul(ends_at))

    def period(self) -> tuple[datetime, datetime]:
        """(start, end) as Seoul times; a whole day runs over the charter's working hours."""
        f = self.form
        start_day, end_day = self._day(f.startsEdit), self._day(f.endsEdit)
        if f.allDayCheck.isChecked():
            return (
                datetime.combine(start_day, self._hours.start, tzinfo=SEOUL),
                datetime.combine(end_day, self._hours.end, tzinfo=SEOUL),
            )
        return (
            datetime.combine(start_day, self._clock(f.startsEdit), tzinfo=SEOUL),
            datetime.combine(end_day, self._clock(f.endsEdit), tzinfo=SEOUL),
        )

    # --- actions --------------------------------------------------------------------------

    def submit(self) -> int | None:
        """Add the absence; returns its id, or None with the reason next to the field."""
        f = self.form
        self.errors.clear()
        actor = self._actor()
        if actor is None:
            self.errors.message(translate("AbsenceForm", "로그인한 뒤에 할 수 있습니다."), error=True)
            return None
        staff_id, problem = chosen_staff_id(f.staffCombo)
        if problem is not None or staff_id is None:
            self.errors.field("staff", problem or translate("AbsenceForm", "자리를 비우는 직원을 골라 주세요."))
            return None
        deputy_id, problem = chosen_staff_id(f.deputyCombo)
        if problem is not None:
            self.errors.field("deputy", problem)
            return None
        kind = AbsenceKind(f.kindCombo.currentData())
        starts_at, ends_at = self.period()
        try:
            absence_id = self._backend.absences.add(
                actor, staff_id=staff_id, kind=kind, starts_at=starts_at, ends_at=ends_at,
                deputy_id=deputy_id, note=f.noteEdit.text(),
            )
        except MinwonError as exc:
            self.errors.error(exc, FIELD_ALIASES)
            return None
        name = f.staffCombo.currentText().split(" (")[0]
        self.clear()
        self.errors.message(
            settle(translate("AbsenceForm", "{name} — {kind} {period}을(를) 등록했습니다.").format(
                name=name, kind=kind.value, period=period_text(starts_at, ends_at)
            )),
            error=False,
        )
        self.added.emit(absence_id)
        return absence_id

    def clear(self) -> None:
        """Esc: an empty form (the kind and the period stay: the next entry is often alike)."""
        f = self.form
        self.errors.clear()
        for combo in (f.staffCombo, f.deputyCombo):
            combo.setCurrentIndex(-1)
            combo.setEditText("")
        f.noteEdit.clear()
        self._update_deputy_hint()
        f.staffCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_staff(self) -> None:
        self.form.staffCombo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        line = self.form.staffCombo.lineEdit()
        if line is not None:
            line.selectAll()

    def deputy_hint(self) -> str:
        return self.form.deputyHint.text()

    def deputy_warning(self) -> str:
        label = self.form.deputyWarning
        return label.text() if not label.isHidden() else ""

    # --- internals ------------------------------------------------------------------------

    def _set_default_times(self, now: datetime) -> None:
        """The next whole hour to the end of that working day (or an hour later)."""
        local = to_seoul(now).replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        end = datetime.combine(local.date(), self._hours.end, tzinfo=SEOUL)
        self.set_period(local, end if end > local else local + timedelta(hours=1))

    @staticmethod
    def _put(edit: QDateTimeEdit, value: datetime) -> None:
        edit.setDate(QDate(value.year, value.month, value.day))
        edit.setTime(QTime(value.hour, value.minute))

    @staticmethod
    def _day(edit: QDateTimeEdit) -> date:
        d = edit.date()
        return date(d.year(), d.month(), d.day())

    @staticmethod
    def _clock(edit: QDateTimeEdit) -> time:
        t = edit.time()
        return time(t.hour(), t.minute())

    def _on_all_day(self, checked: bool) -> None:
        f = self.form
        for edit in (f.startsEdit, f.endsEdit):
            edit.setDisplayFormat(DATE_ONLY if checked else WITH_TIME)
        if checked:
            f.startsEdit.setTime(QTime(self._hours.start.hour, self._hours.start.minute))
            f.endsEdit.setTime(QTime(self._hours.end.hour, self._hours.end.minute))
            if f.endsEdit.date() < f.startsEdit.date():
                f.endsEdit.setDate(f.startsEdit.date())
        self._update_deputy_hint()

    def _on_start_changed(self, *_args: object) -> None:
        f = self.form
        # A whole-day absence cannot end before its first day: move the last day along.
        if f.allDayCheck.isChecked() and f.endsEdit.date() < f.startsEdit.date():
            f.endsEdit.setDate(f.startsEdit.date())
        self._update_deputy_hint()

    def _update_deputy_hint(self) -> None:
        """Who acts when the deputy is left empty, and a warning when whoever would act is
        away at the start too."""
        f = self.form
        snapshot = self._snapshot
        staff_id, _problem = chosen_staff_id(f.staffCombo)
        deputy_id, _problem = chosen_staff_id(f.deputyCombo)
        hint, warning = "", ""
        if snapshot is not None and staff_id is not None:
            try:
                entry = snapshot.entry(staff_id)
                default = snapshot.entry(entry.default_deputy_id) if entry.default_deputy_id else None
            except MinwonError:
                entry, default = None, None
            if entry is not None and deputy_id is None:
                if default is not None:
                    hint = settle(translate("AbsenceForm", "비워 두면 기본 업무대행자 {name} {position}이(가) 대행합니다.").format(
                        name=default.name, position=default.position
                    ))
                else:
                    hint = translate("AbsenceForm", "기본 업무대행자가 정해져 있지 않습니다. 비워 두면 부서장이 대행합니다.")
            acting = deputy_id if deputy_id is not None else (default.id if default is not None else None)
            if acting is not None:
                warning = self._away_warning(snapshot, acting)
        elif staff_id is None:
            hint = translate("AbsenceForm", "비워 두면 그 직원의 기본 업무대행자가 대행합니다.")
        f.deputyHint.setText(hint)
        f.deputyHint.setVisible(bool(hint))
        f.deputyWarning.setText(warning)
        f.deputyWarning.setVisible(bool(warning))

    def _away_warning(self, snapshot: DirectorySnapshot, deputy_id: int) -> str:
        starts_at, _ends_at = self.period()
        try:
            presence = snapshot.presence(deputy_id, starts_at)
            deputy = snapshot.entry(deputy_id)
        except MinwonError:
            return ""
        if presence.present:
            return ""
        if not deputy.active:
            return translate("AbsenceForm", "{name} 님은 퇴직·전출한 직원입니다. 다른 업무대행자를 골라 주세요.").format(name=deputy.name)
        until = f" ({snapshot.until_shown(presence.until, starts_at)})" if presence.until else ""
        return translate("AbsenceForm", "{name} 님도 {at}에 {status} 중입니다{until}. 다른 업무대행자를 고르는 것이 좋습니다.").format(
            name=deputy.name, at=short_moment(starts_at), status=translate("AbsenceKind", presence.status), until=until
        )

    def __repr__(self) -> str:
        return f"AbsenceForm(staff={self.form.staffCombo.currentText()!r})"
