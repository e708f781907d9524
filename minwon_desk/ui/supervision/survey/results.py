"""The "결과" tab: the year's figures in words, charts of the means and the 1–5 spread,
the table per item, and the one-tap ratings at check-out by month."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.compensation import SCALE, SCALE_LABELS
from minwon_desk.services.supervision.survey_dto import ScoreSummary, SurveyResults
from minwon_desk.ui.common.chart_base import format_value
from minwon_desk.ui.common.charts import BarChart
from minwon_desk.ui.common.column_fit import ColumnFit
from minwon_desk.ui.i18n import scale_word, translate
from minwon_desk.ui.style import set_role

TABLE_HEADERS = (QT_TRANSLATE_NOOP("SurveyResults", "문항"), QT_TRANSLATE_NOOP("SurveyResults", "응답 수"),
                 QT_TRANSLATE_NOOP("SurveyResults", "평균"))
SHORT_LABEL = 24  # characters of an item's text beside its bar


def _tr(text: str) -> str:
    return QCoreApplication.translate("SurveyResults", text)


def mean_text(scores: ScoreSummary) -> str:
    """"4.2점", or "응답 없음"."""
    mean = scores.rounded_mean(1)
    return format_value(mean, translate("SurveyResults", "점")) if mean is not None else translate("SurveyResults", "응답 없음")


def _short(text: str) -> str:
    return text if len(text) <= SHORT_LABEL else text[: SHORT_LABEL - 1] + "…"


class SurveyResultsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("SurveyResults", "조사 결과"))
        self.results: SurveyResults | None = None
        body = QWidget(self)
        self.summary = self._label(body, translate("SurveyResults", "조사 결과 요약"), "summary")
        self.means = BarChart(body)
        self.means.setAccessibleName(translate("SurveyResults", "문항별 평균"))
        self.spread = BarChart(body)
        self.spread.setAccessibleName(translate("SurveyResults", "점수 분포"))
        self.table = QTableWidget(0, len(TABLE_HEADERS) + len(SCALE), body)
        self.table.setAccessibleName(translate("SurveyResults", "문항별 결과"))
        self.table.setHorizontalHeaderLabels(
            [*(_tr(h) for h in TABLE_HEADERS), *(translate("SurveyResults", "{s}점").format(s=s) for s in SCALE)])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # The question is read whole; the figures take only what they need.
        self.column_fit = ColumnFit(self.table, stretch=0, stretch_min=320)
        self.ratings_summary = self._label(body, translate("SurveyResults", "퇴실 만족도 요약"), "summary")
        self.ratings = BarChart(body)
        self.ratings.setAccessibleName(translate("SurveyResults", "월별 퇴실 만족도"))

        layout = QVBoxLayout(body)
        for title, widget in (
            (None, self.summary),
            (translate("SurveyResults", "문항별 평균 (5점 만점)"), self.means),
            (translate("SurveyResults", "점수 분포 (모든 문항, 응답에서 차지하는 비율)"), self.spread),
            (None, self.table),
            (translate("SurveyResults", "퇴실할 때 남긴 만족도"), self.ratings_summary),
            (None, self.ratings),
        ):
            if title:
                heading = QLabel(title, body)
                heading.setStyleSheet("font-size: 12pt; font-weight: bold; color: #1f3a5f; margin-top: 8px;")
                layout.addWidget(heading)
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_results(self, results: SurveyResults) -> None:
        self.results = results
        overall = results.overall
        if results.responses:
            self.summary.setText(translate("SurveyResults", "{year}년 응답 {n}건 (의견 {comments}건) · 전체 평균 {mean}").format(
                year=results.year, n=results.responses, comments=results.comments,
                mean=mean_text(overall)))
        else:
            self.summary.setText(translate("SurveyResults", "{year}년에 입력된 설문 응답이 없습니다.").format(year=results.year))
        self.means.set_bars(
            [(f"{item.ordinal}. {_short(item.text)}", item.scores.rounded_mean(1))
             for item in results.items],
            maximum=5.0, unit=translate("SurveyResults", "점"))
        self.spread.set_bars(
            [(translate("SurveyResults", "{s}점 {label}").format(s=s, label=scale_word(SCALE_LABELS[s])), _share(overall, s))
             for s in reversed(SCALE)]
            if overall.count else [],
            maximum=100.0, unit="%")
        self._fill_table(results)
        ratings = results.ratings
        if ratings.count:
            self.ratings_summary.setText(translate("SurveyResults", "{n}건 · 평균 {mean}").format(n=ratings.count, mean=mean_text(ratings)))
        else:
            self.ratings_summary.setText(
                translate("SurveyResults", "{year}년에 퇴실할 때 남긴 만족도가 없습니다.").format(year=results.year))
        self.ratings.set_bars(
            [(translate("SurveyResults", "{m}월 ({n}건)").format(m=m.month, n=m.scores.count), m.scores.rounded_mean(1))
             for m in results.ratings_by_month] if ratings.count else [],
            maximum=5.0, unit=translate("SurveyResults", "점"))

    def table_rows(self) -> list[list[str]]:
        def text(r: int, c: int) -> str:
            cell = self.table.item(r, c)
            return cell.text() if cell is not None else ""

        return [[text(r, c) for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def _fill_table(self, results: SurveyResults) -> None:
        rows = [(f"{i.ordinal}. {i.text}", i.scores) for i in results.items]
        if results.items:
            rows.append((translate("SurveyResults", "전체 문항"), results.overall))
        self.table.setRowCount(len(rows))
        for r, (label, scores) in enumerate(rows):
            cells = [label, str(scores.count), mean_text(scores) if scores.count else "—",
                     *(str(n) for n in scores.distribution)]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if c:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, cell)
        height = self.table.horizontalHeader().height() + 2
        height += sum(self.table.rowHeight(r) for r in range(len(rows)))
        self.table.setFixedHeight(max(height, 60))

    @staticmethod
    def _label(parent: QWidget, name: str, role: str) -> QLabel:
        label = QLabel(parent)
        label.setAccessibleName(name)
        label.setWordWrap(True)
        set_role(label, role)
        return label


def _share(scores: ScoreSummary, score: int) -> float:
    return 100.0 * scores.distribution[score - 1] / scores.count
