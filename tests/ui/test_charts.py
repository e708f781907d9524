"""The charts: what a person reads off them (the values, the promise, "자료 없음"), drawn
without a Qt warning at any size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from minwon_desk.ui.common.chart_base import format_value
from minwon_desk.ui.common.charts import BarChart
from minwon_desk.ui.common.trend_chart import TrendChart

MONTHS = ["2월", "3월", "4월", "5월", "6월", "7월"]


def paint(qtbot: QtBot, chart: QWidget, size: QSize | None = None) -> None:
    """Draw the chart as it would show (grab paints it into an image)."""
    qtbot.addWidget(chart)
    chart.resize(size or chart.sizeHint())
    image = chart.grab().toImage()
    assert not image.isNull()


def test_format_value_writes_shares_with_one_decimal_and_counts_whole() -> None:
    assert format_value(95.04) == "95.0%"
    assert format_value(100) == "100.0%"
    assert format_value(12, "건") == "12건"
    assert format_value(4.25, "점") == "4.2점"
    assert format_value(1234, "건") == "1,234건"
    assert format_value(None) == "자료 없음"


def test_bars_say_each_value_and_which_fall_short_of_the_promise(qtbot: QtBot) -> None:
    chart = BarChart()
    chart.setAccessibleName("부서별 3분 내 안내")
    chart.set_bars([("민원봉사실", 97.5), ("정책기획과", 88.0), ("총무과", None)], target=95)
    paint(qtbot, chart)

    assert chart.lines() == [
        "민원봉사실: 97.5%",
        "정책기획과: 88.0% (목표 95% 미달)",
        "총무과: 자료 없음",
        "목표 95%",
    ]
    assert chart.accessibleDescription() == "\n".join(chart.lines())
    assert chart.short_labels() == ["정책기획과"]
    assert chart.accessibleName() == "부서별 3분 내 안내"


def test_each_bar_has_its_own_tooltip(qtbot: QtBot) -> None:
    chart = BarChart()
    chart.set_bars([("민원봉사실", 97.5), ("정책기획과", 88.0)], target=95)
    paint(qtbot, chart)
    first_row = chart.sizeHint().height() // 2 - 10
    texts = {chart.tooltip_at(QPointF(100, y)) for y in range(first_row - 30, chart.height(), 5)}
    assert "민원봉사실: 97.5%" in texts
    assert "정책기획과: 88.0% (목표 95% 미달)" in texts


def test_more_bars_ask_for_more_height(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([("가", 1.0)])
    one = chart.sizeHint().height()
    chart.set_bars([(str(i), float(i)) for i in range(8)])
    assert chart.sizeHint().height() > 4 * one // 2
    assert chart.minimumSizeHint().height() == chart.sizeHint().height()


def test_counts_get_a_round_axis_and_no_target_line(qtbot: QtBot) -> None:
    chart = BarChart()
    chart.set_bars([("주의", 3), ("재교육", 1)], unit="건")
    paint(qtbot, chart)
    assert chart.lines() == ["주의: 3건", "재교육: 1건"]
    assert chart.short_labels() == []


def test_an_empty_bar_chart_says_there_is_no_data(qtbot: QtBot) -> None:
    chart = BarChart()
    paint(qtbot, chart)
    assert chart.lines() == ["자료 없음"]
    chart.set_bars([], target=95)
    paint(qtbot, chart)
    assert chart.accessibleDescription() == "자료 없음"


def test_trend_reads_month_by_month_with_gaps(qtbot: QtBot) -> None:
    chart = TrendChart()
    chart.set_series(
        MONTHS,
        [("3분 내 안내", [95, 96, None, 97, 98, 99.1]), ("기한 내 회신", [100, 100, 98, 97, 99, 100])],
        target=95,
    )
    paint(qtbot, chart)
    assert chart.series_names() == ["3분 내 안내", "기한 내 회신"]
    assert chart.lines() == [
        "3분 내 안내: 2월 95.0%, 3월 96.0%, 4월 자료 없음, 5월 97.0%, 6월 98.0%, 7월 99.1%",
        "기한 내 회신: 2월 100.0%, 3월 100.0%, 4월 98.0%, 5월 97.0%, 6월 99.0%, 7월 100.0%",
        "목표 95%",
    ]


def test_trend_tooltip_names_the_month_under_the_mouse(qtbot: QtBot) -> None:
    chart = TrendChart()
    chart.set_series(MONTHS, [("3분 내 안내", [95, 96, None, 97, 98, 99.1])], target=95)
    paint(qtbot, chart, QSize(600, 300))
    texts = {chart.tooltip_at(QPointF(x, 150)) for x in range(0, 600, 4)}
    assert "4월: 3분 내 안내 자료 없음" in texts
    assert "7월: 3분 내 안내 99.1%" in texts


def test_short_series_are_padded_with_gaps(qtbot: QtBot) -> None:
    chart = TrendChart()
    chart.set_series(["6월", "7월"], [("연장 통지", [50.0])])
    paint(qtbot, chart)
    assert chart.lines() == ["연장 통지: 6월 50.0%, 7월 자료 없음"]


def test_a_trend_without_any_value_says_there_is_no_data(qtbot: QtBot) -> None:
    chart = TrendChart()
    chart.set_series(MONTHS, [("3분 내 안내", [None] * 6)], target=95)
    paint(qtbot, chart)
    assert chart.lines() == ["자료 없음"]


@pytest.mark.parametrize("size", [QSize(1, 1), QSize(120, 60), QSize(1600, 900)])
def test_charts_draw_at_any_size_without_a_warning(qtbot: QtBot, size: QSize) -> None:
    bars = BarChart()
    bars.set_bars([("아주 긴 이름의 부서 민원처리담당관실", 50.0), ("총무과", 120.0)], target=95)
    trend = TrendChart()
    trend.set_series(["7월"], [("한 달", [40.0]), ("다른 달", [None])], target=95)
    for chart in (bars, trend):
        paint(qtbot, chart, size)


def test_the_tooltip_event_shows_the_words_under_the_mouse(qtbot: QtBot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent

    chart = BarChart()
    chart.set_bars([("민원봉사실", 97.5)])
    paint(qtbot, chart)
    chart.show()
    qtbot.waitExposed(chart)
    centre = chart.rect().center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, chart.mapToGlobal(QPoint(centre)))
    assert chart.event(event)
