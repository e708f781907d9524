"""The deadline calculator page: a period and a start in, the deadline and how it was counted out."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from minwon_desk.domain.calendar import WorkingCalendar
from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.periods import Period, PeriodError, due
from minwon_desk.domain.timeutil import (
    SEOUL,
    describe_remaining,
    format_moment,
    system_clock,
    to_seoul,
)
from minwon_desk.services.events import CalendarChanged
from minwon_desk.ui.bridge import EventBridge
from minwon_desk.ui.forms.ui_deadline_calculator import Ui_DeadlineCalculator
from minwon_desk.ui.i18n import translate, weekday
from minwon_desk.ui.style import set_role

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

# The law's common periods; the charter's own clocks are listed after them.
LAW_PERIODS: tuple[str, ...] = ("3h", "3d", "7d", "14d", "immediate")
_SEOUL_ZONE = QTimeZone(b"Asia/Seoul")


def _short_date(d: date) -> str:
    return translate("DeadlineCalculatorView", "{month}월 {day}일({weekday})").format(
        month=d.month, day=d.day, weekday=weekday(d))


def skipped_days(calendar: WorkingCalendar, start: datetime, end: datetime) -> tuple[list[str], int]:
    """Holidays passed over between two instants (named), and the count of weekend days."""
    holidays: list[str] = []
    weekend = 0
    day = to_seoul(start).date()
    last = to_seoul(end).date()
    while day <= last:
        if not calendar.is_working_day(day):
            name = calendar.holiday_name(day)
            if name:
                holidays.append(f"{_short_date(day)} {name}")
            elif day.weekday() >= 5:
                weekend += 1
        day += timedelta(days=1)
    return holidays, weekend


class DeadlineCalculatorView(QWidget):
    def __init__(self, backend: Backend | None, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_DeadlineCalculator()
        self.form.setupUi(self)
        self._backend: Backend | None = None
        self._start_edited = False
        self._shown = False
        f = self.form
        set_role(f.dueLabel, "due")
        set_role(f.remainingLabel, "summary")
        f.startEdit.setTimeZone(_SEOUL_ZONE)
        for spec in LAW_PERIODS:
            f.periodCombo.addItem(Period.parse(spec).label(), spec)
        self.set_start(self._now())
        f.periodCombo.currentIndexChanged.connect(self.recalculate)
        f.startEdit.dateTimeChanged.connect(self._on_start_edited)
        f.nowButton.clicked.connect(self.reset_start)
        bridge.subscribe(CalendarChanged, lambda _event: self.recalculate(), owner=self)
        if backend is not None:
            self.attach(backend)

    def attach(self, backend: Backend) -> None:
        """The database is open: the charter's own clocks join the list, counting can start."""
        self._backend = backend
        combo = self.form.periodCombo
        clocks = [rule for rule in backend.charter.clocks.values() if rule.period is not None]
        if clocks:
            combo.blockSignals(True)  # one recount below, not one per added item
            combo.insertSeparator(combo.count())
            for rule in clocks:
                assert rule.period is not None
                label = translate("DeadlineCalculatorView", "{clock} ({period})").format(clock=rule.label, period=rule.period.label())
                combo.addItem(label, rule.period.spec)
            combo.blockSignals(False)
        if not self._start_edited:
            self.set_start(self._now())
        else:
            self.recalculate()

    # --- inputs -------------------------------------------------------------------------

    def choose_period(self, spec: str) -> bool:
        index = self.form.periodCombo.findData(spec)
        if index < 0:
            return False
        self.form.periodCombo.setCurrentIndex(index)
        return True

    def set_start(self, start: datetime) -> None:
        moment = to_seoul(start).replace(second=0, microsecond=0)
        qt_moment = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), _SEOUL_ZONE)
        self.form.startEdit.blockSignals(True)
        self.form.startEdit.setDateTime(qt_moment)
        self.form.startEdit.blockSignals(False)
        self.recalculate()

    def start(self) -> datetime:
        seconds = self.form.startEdit.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(seconds, SEOUL)

    def period(self) -> Period | None:
        spec = self.form.periodCombo.currentData()
        try:
            return Period.parse(spec) if spec else None
        except PeriodError:
            return None

    def reset_start(self) -> None:
        self._start_edited = False
        self.set_start(self._now())

    # --- result -------------------------------------------------------------------------

    def recalculate(self) -> None:
        if not self._shown:
            return  # the first count loads the holiday tables: wait until the page is opened
        f = self.form
        period = self.period()
        if period is None:
            for label in (f.dueLabel, f.remainingLabel, f.ruleLabel, f.skippedLabel):
                label.clear()
            return
        start = self.start()
        if self._backend is None:
            # The agency's own holidays live in the database: counting without them could be wrong.
            for label in (f.remainingLabel, f.skippedLabel):
                label.clear()
            f.dueLabel.setText(translate("DeadlineCalculatorView", "계산할 수 없습니다"))
            f.ruleLabel.setText(translate("DeadlineCalculatorView", "데이터베이스가 열리면 기관 휴일까지 넣어 계산합니다."))
            return
        try:
            calendar = self._backend.calendar.current()
        except MinwonError as exc:
            f.dueLabel.setText(translate("DeadlineCalculatorView", "계산할 수 없습니다"))
            f.ruleLabel.setText(exc.message)
            return
        deadline = due(start, period, calendar)
        f.dueLabel.setText(format_moment(deadline))
        now = self._backend.clock()
        f.remainingLabel.setText(
            translate("DeadlineCalculatorView", "지금({now}) 기준 {left}").format(
                now=f"{to_seoul(now):%m/%d %H:%M}", left=describe_remaining(deadline - now)
            )
        )
        rule = period.rule(self._backend.charter.working_hours)
        lines = [translate("DeadlineCalculatorView", "계산 방법: {rule}").format(rule=rule)]
        if period.kind != "minutes" and not calendar.is_working_time(start):
            lines.append(
                translate("DeadlineCalculatorView", "접수 시각이 근무시간 밖이라 다음 근무 시작({at})부터 셉니다.").format(
                    at=format_moment(calendar.next_working_moment(start))
                )
            )
        f.ruleLabel.setText("\n".join(lines))
        f.skippedLabel.setText(self._skipped_text(period, calendar, start, deadline))

    def _skipped_text(
        self, period: Period, calendar: WorkingCalendar, start: datetime, deadline: datetime
    ) -> str:
        if period.kind == "minutes":
            return translate("DeadlineCalculatorView", "벽시계 기준이라 휴일을 건너뛰지 않습니다.")
        holidays, weekend = skipped_days(calendar, start, deadline)
        if holidays:
            text = translate("DeadlineCalculatorView", "건너뛴 공휴일: {days}").format(days=", ".join(holidays))
        else:
            text = translate("DeadlineCalculatorView", "건너뛴 공휴일: 없음")
        if weekend:
            text += translate("DeadlineCalculatorView", " · 토·일 {n}일 제외").format(n=weekend)
        return text

    def _now(self) -> datetime:
        return self._backend.clock() if self._backend is not None else system_clock()

    def _on_start_edited(self, _moment: QDateTime) -> None:
        self._start_edited = True
        self.recalculate()

    def showEvent(self, event: QShowEvent) -> None:
        # Until the operator sets a start, "now" means now each time the page is opened.
        self._shown = True
        if not self._start_edited:
            self.set_start(self._now())
        else:
            self.recalculate()
        super().showEvent(event)

    def __repr__(self) -> str:
        period = self.period()
        return f"DeadlineCalculatorView(period={period.spec if period else None!r}, start={self.start().isoformat()})"
