"""The body of the self-inspection page: one month's report as tiles, charts and tables.

From the top: the four headline figures, the six-month trend, bars by department, then
tables by department and by officer, the longest waits, the worst overdue items, and the
month's vouchers and corrective actions. A list with nothing in it is a sentence, not an
empty table; a month with nothing recorded at all is one message instead of the lot.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from minwon_desk.domain.inspection import (
    MEASURE_KEYS,
    MonthlyReport,
)
from minwon_desk.domain.timeutil import format_moment, format_month, format_month_short
from minwon_desk.ui.common.charts import BarChart
from minwon_desk.ui.common.trend_chart import TrendChart
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role
from minwon_desk.ui.supervision.inspection.tables import (
    ReportTable,
    corrective_rows,
    measure_label,
    overdue_rows,
    table_headers,
    unit_rows,
    voucher_rows,
    wait_rows,
)
from minwon_desk.ui.supervision.inspection.widgets import HeadlineTile


def _section(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1f3a5f; margin-top: 10px;")
    return label


def _percent(share: float | None) -> float | None:
    return None if share is None else 100 * share


class InspectionDashboard(QWidget):
    """Everything the report says about one month, laid out to be read top to bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionBody")
        body = self
        layout = QVBoxLayout(body)
        self.caption = QLabel(body)
        set_role(self.caption, "hint")
        layout.addWidget(self.caption)

        self.empty_box = QFrame(body)
        empty = QVBoxLayout(self.empty_box)
        self.empty_title = QLabel(translate("InspectionPage", "이 달에는 기록이 없습니다"), self.empty_box)
        self.empty_title.setAccessibleName(translate("InspectionPage", "기록 없음"))
        self.empty_title.setStyleSheet("font-size: 18pt; font-weight: bold; color: #1f3a5f;")
        self.empty_hint = QLabel(self.empty_box)
        self.empty_hint.setWordWrap(True)
        set_role(self.empty_hint, "hint")
        for label in (self.empty_title, self.empty_hint):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            empty.addWidget(label)
        empty.setContentsMargins(20, 60, 20, 60)
        layout.addWidget(self.empty_box)
        self.empty_box.hide()

        self.content = QWidget(body)
        layout.addWidget(self.content)
        layout.addStretch(1)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)

        tiles = QGridLayout()
        self.tiles = {key: HeadlineTile(key, measure_label(key), self.content) for key in MEASURE_KEYS}
        for index, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, index)
        inner.addLayout(tiles)

        inner.addWidget(_section(translate("InspectionPage", "최근 6개월 추이"), self.content))
        self.trend = TrendChart(self.content)
        self.trend.setAccessibleName(translate("InspectionPage", "최근 6개월 추이"))
        inner.addWidget(self.trend)

        inner.addWidget(_section(translate("InspectionPage", "부서별"), self.content))
        bars = QGridLayout()
        self.department_bars: dict[str, BarChart] = {}
        for index, key in enumerate(MEASURE_KEYS):
            box = QVBoxLayout()
            box.addWidget(QLabel(f"<b>{measure_label(key)}</b>", self.content))
            chart = BarChart(self.content)
            chart.setAccessibleName(translate("InspectionPage", "부서별 {label}").format(label=measure_label(key)))
            box.addWidget(chart)
            bars.addLayout(box, index // 2, index % 2)
            self.department_bars[key] = chart
        inner.addLayout(bars)

        self.tables: dict[str, ReportTable] = {}
        self.notes: dict[str, QLabel] = {}
        for key, title, headers in (
            ("departments", translate("InspectionPage", "부서별 점검 결과"), table_headers("departments")),
            ("officers", translate("InspectionPage", "담당자별 점검 결과"), table_headers("officers")),
            ("waits", translate("InspectionPage", "가장 오래 기다린 방문객"), table_headers("waits")),
            ("overdue", translate("InspectionPage", "가장 많이 늦은 민원·전화메모"), table_headers("overdue")),
            ("vouchers", translate("InspectionPage", "이 달의 보상(상품권 등)"), table_headers("vouchers")),
            ("corrective", translate("InspectionPage", "이 달의 시정조치"), table_headers("corrective")),
        ):
            inner.addWidget(_section(title, self.content))
            note = QLabel(self.content)
            note.setAccessibleName(translate("InspectionPage", "{title} 안내").format(title=title))
            note.setWordWrap(True)
            set_role(note, "hint")
            inner.addWidget(note)
            table = ReportTable(title, headers, self.content)
            inner.addWidget(table)
            self.tables[key], self.notes[key] = table, note

    def show_report(self, report: MonthlyReport, target: float) -> None:
        """Show the month's report; a month with nothing recorded says so instead."""
        self.caption.setText(translate("InspectionPage", "{title} · {charter} · {when} 기준").format(
            title=translate("InspectionPage", "고객응대서비스 자체점검 결과 ({month})").format(
                month=format_month(report.month)),
            charter=report.charter_name, when=format_moment(report.generated_at)))
        empty = report.is_empty
        self.empty_box.setVisible(empty)
        self.content.setVisible(not empty)
        if empty:
            self.empty_hint.setText(translate("InspectionPage",
                "{month}에는 방문, 전화메모, 민원 처리 기한과 상품권·시정조치 기록이 하나도 없습니다. "
                "←/→ 키나 ◀ ▶ 단추로 다른 달을 보세요.").format(month=format_month(report.month)))
        else:
            self._show_figures(report, target)
            self._show_lists(report, target)

    def empty_text(self) -> str:
        """What shows for a month with nothing recorded ("" otherwise)."""
        return self.empty_title.text() if not self.empty_box.isHidden() else ""

    def _show_figures(self, report: MonthlyReport, target: float) -> None:
        for headline in report.headlines:
            self.tiles[headline.key].show_headline(headline, target)
        self.trend.set_series(
            [_axis_label(point.month) for point in report.trend],
            [
                (measure_label(key),
                 [_percent(point.measure(key).share) for point in report.trend])
                for key in MEASURE_KEYS
            ],
            target=target,
        )
        departments = [unit for unit in report.by_department if not unit.is_empty]
        for index, key in enumerate(MEASURE_KEYS):
            self.department_bars[key].set_bars(
                [(unit.name, _percent(unit.measures[index].share)) for unit in departments],
                maximum=100.0, target=target,
            )

    def _show_lists(self, report: MonthlyReport, target: float) -> None:
        def fill(key: str, rows: list[list[tuple[str, str]]], none: str, note: str = "",
                 right: tuple[int, ...] = ()) -> None:
            self.tables[key].set_cells(rows, right=right)
            self.tables[key].setVisible(bool(rows))
            self.notes[key].setText(note if rows else none)
            self.notes[key].setVisible(bool(self.notes[key].text()))

        measures = tuple(range(1, 5))
        fill("departments", unit_rows(report.by_department, target, officers=False),
             translate("InspectionPage", "부서별로 셀 기록이 없습니다."), right=measures)
        fill("officers", unit_rows(report.by_officer, target, officers=True),
             translate("InspectionPage", "담당자별로 셀 기록이 없습니다."), right=tuple(i + 1 for i in measures))
        fill("waits", wait_rows(report.longest_waits), translate("InspectionPage", "이 달에 안내를 기다린 방문객이 없습니다."),
             right=(4,))
        fill("overdue", overdue_rows(report.worst_overdue),
             translate("InspectionPage", "이 달에 기한을 넘긴 민원이나 전화메모가 없습니다."), right=(6,))
        issued = len(report.vouchers) - report.vouchers_voided
        voucher_note = translate("InspectionPage", "발급 {issued}건, 합계 {total}원").format(
            issued=issued, total=f"{report.voucher_total:,}")
        if report.vouchers_voided:
            voucher_note += translate("InspectionPage", " (취소한 {voided}건은 합계에서 뺐습니다)").format(
                voided=report.vouchers_voided)
        fill("vouchers", voucher_rows(report.vouchers), translate("InspectionPage", "이 달에 발급한 상품권·교통비가 없습니다."),
             voucher_note, right=(3,))
        fill("corrective", corrective_rows(report.corrective_actions),
             translate("InspectionPage", "이 달에 기록한 시정조치가 없습니다."))


def _axis_label(month: date) -> str:
    """``10월``, or ``2026년 1월`` for January so a year change reads plainly (in the desk's
    language, as TrendPoint.label says it for the report)."""
    return format_month(month) if month.month == 1 else format_month_short(month)
