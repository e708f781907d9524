"""The monthly self-inspection report (고객응대서비스 자체점검 결과) as an A4 PDF.

The four headline figures against the charter's promise, the six-month trend (a chart
and its values), the figures by department and by officer, the longest waits, the worst
overdue items, the month's vouchers and corrective actions, and how each figure is
counted. A month with nothing recorded gets one page that says so.

Data in (a :class:`MonthlyReport`), PDF bytes out; fonts embedded, "N / M" on each page.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from minwon_desk.documents.fonts import register_fonts
from minwon_desk.documents.grid_table import GridLook
from minwon_desk.documents.letter_page import (
    BOLD,
    FRAME_W,
    INK,
    MUTED,
    PLAIN,
    build_pdf,
)
from minwon_desk.documents.report_charts import Series, trend_chart
from minwon_desk.domain.inspection import (
    MEASURE_KEYS,
    MEASURE_LABELS,
    NO_DATA,
    Measure,
    MonthlyReport,
    UnitFigures,
    format_month_ko,
    period_ko,
    span_ko,
)
from minwon_desk.domain.timeutil import format_ko, to_seoul

SIZE = 8.5
LEADING = 11.5
PAD = 4.0
_SHORT = {
    "greeting": "경청 시작",
    "callback": "답신전화",
    "cases_on_time": "처리기간 준수",
    "extensions_in_time": "연장 사전 통지",
}


def definitions(report: MonthlyReport) -> tuple[str, ...]:
    """How each figure is counted, in the words printed under the report."""
    p = report.promises
    return (
        f"방문객 경청 시작(약속: {p.greeting}): 이 달에 접수한 방문 가운데 경청 시한이 있는 방문을 "
        "셉니다. 시한 안에 응대를 시작하면 지킴, 응대하지 않았으면 놓침입니다. 시한이 없는 "
        "방문은 세지 않습니다.",
        f"답신전화(약속: {p.callback}): 답신 기한이 이 달인 전화메모를 셉니다. 기한까지 통화하거나 "
        "원하신 방법으로 답하면 지킴입니다.",
        "처리기간 내 답변: 이 달에 회신한 민원(연장·보완으로 옮겨진 기한까지 회신하면 지킴)과, "
        "기한이 이 달에 지났는데 월말까지 회신하지 않은 민원(놓침)을 셉니다. 보완을 기다리는 "
        "민원은 기한이 멈춰 있어 세지 않습니다.",
        "연장 사전 통지: 처음 처리기간이 이 달에 끝났는데 그때까지 회신하지 않은 민원을 셉니다. "
        "기한 전에 연장을 기록(통지)했으면 지킴입니다. 보완을 기다리는 민원과, 보완으로만 기한이 "
        "옮겨져 그 기한을 지킨 민원은 연장이 필요 없었으므로 세지 않습니다.",
        "대기 시간은 응대를 시작할 때까지(응대 기록이 없으면 퇴실 또는 월말까지), 넘긴 시간은 "
        "회신·통화·종결할 때까지(아직 처리하지 않았으면 작성 시각까지) 잽니다.",
        "진행 중인 달은 작성 시각까지 기한이 온 건만 셉니다. 대상이 없으면 0%가 아니라 "
        f"'{NO_DATA}'으로 적습니다. 부서는 담당자의 소속 부서입니다. 개인 이름은 가려서 적습니다.",
    )


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    cell = ParagraphStyle("r_cell", fontName=PLAIN, fontSize=SIZE, leading=LEADING,
                          textColor=INK)
    return {
        "title": ParagraphStyle("r_title", fontName=BOLD, fontSize=16, leading=22,
                                alignment=TA_CENTER, textColor=INK, spaceAfter=4),
        "meta": ParagraphStyle("r_meta", fontName=PLAIN, fontSize=9, leading=13,
                               alignment=TA_CENTER, textColor=MUTED, spaceAfter=8),
        "section": ParagraphStyle("r_section", fontName=BOLD, fontSize=11, leading=15,
                                  textColor=INK, spaceBefore=12, spaceAfter=5, keepWithNext=1),
        "body": ParagraphStyle("r_body", fontName=PLAIN, fontSize=10, leading=16,
                               textColor=INK, spaceAfter=4),
        "cell": cell,
        "note": ParagraphStyle("r_note", parent=cell, fontSize=8, leading=11,
                               textColor=MUTED, leftIndent=10, bulletIndent=0,
                               bulletFontName=PLAIN, spaceAfter=2),
    }


def inspection_report_pdf(report: MonthlyReport) -> bytes:
    st = _styles()
    story: list[Flowable] = [
        Paragraph(escape(report.title), st["title"]),
        Paragraph(_meta(report), st["meta"]),
    ]
    if report.is_empty:
        story += _empty(report)
    else:
        story += _headlines(report)
        story += _trend(report)
        story += _units("부서별", report.by_department, with_department=False)
        story += _units("담당자별", report.by_officer, with_department=True)
        story += _waits(report)
        story += _overdue(report)
        story += _vouchers(report)
        story += _corrective(report)
    story += _notes(report)
    return build_pdf(
        story, title=report.title, author=report.agency_name, subject="자체점검 결과",
        document_no=f"{report.agency_name} 자체점검 {report.month:%Y-%m}",
    )


def _meta(report: MonthlyReport) -> str:
    source = report.charter_name
    if not source.startswith(report.agency_name):
        source = f"{report.agency_name} · {source}"
    return (
        f"{escape(source)}<br/>점검 기간 {period_ko(report.month, report.generated_at)} "
        f"· 작성 {format_ko(report.generated_at)}"
    )


def _empty(report: MonthlyReport) -> list[Flowable]:
    st = _styles()
    month = format_month_ko(report.month)
    return [
        Spacer(1, 10 * mm),
        Paragraph(
            f"{month}에는 점검할 기록이 없습니다. 방문, 전화메모, 민원, 보상, 시정조치가 "
            "한 건도 기록되지 않아 수치를 내지 않았습니다.", st["body"],
        ),
        Paragraph(
            "기록이 있어야 할 달이라면 데이터베이스 주소와 기관 설정이 맞는지 확인해 주세요.",
            st["body"],
        ),
    ]


# --- tables -------------------------------------------------------------------------

_GRID = GridLook(SIZE, LEADING, PAD, lambda: _styles()["cell"], strip=True, padding=(2.5, 3.5))


def _section(title: str) -> Paragraph:
    return Paragraph(escape(title), _styles()["section"])


def _headlines(report: MonthlyReport) -> list[Flowable]:
    previous = report.trend[-2] if len(report.trend) >= 2 else None
    rows = []
    for h in report.headlines:
        before = previous.measure(h.key).percent_text if previous is not None else NO_DATA
        rows.append([
            h.label, h.promise, h.measure.percent_text, _counts(h.measure),
            f"{h.measure.missed:,}건" if h.measure.total else "—", before,
        ])
    widths = [34 * mm, 36 * mm, 22 * mm, 30 * mm, 20 * mm, 28 * mm]
    return [
        _section("1. 주요 지표 (이행표준 약속 대비)"),
        _GRID.table(["지표", "이행표준 약속", "달성률", "지킴 / 대상", "놓침", "지난달 달성률"],
               rows, widths, right=(2, 3, 4, 5)),
    ]


def _counts(m: Measure) -> str:
    return f"{m.met:,} / {m.total:,}" if m.total else NO_DATA


def _trend(report: MonthlyReport) -> list[Flowable]:
    categories = [p.label for p in report.trend]
    series = [
        Series(MEASURE_LABELS[key], [p.measure(key).share for p in report.trend])
        for key in MEASURE_KEYS
    ]
    chart = trend_chart(categories, series, width=FRAME_W, height=62 * mm)
    month_w = (FRAME_W - 34 * mm) / max(len(report.trend), 1)
    rows = [
        [MEASURE_LABELS[key], *(p.measure(key).percent_text for p in report.trend)]
        for key in MEASURE_KEYS
    ]
    return [
        _section(f"2. 최근 {len(report.trend)}개월 추이"),
        chart,
        Spacer(1, 3),
        _GRID.table(["지표", *categories], rows, [34 * mm] + [month_w] * len(report.trend),
               right=tuple(range(1, len(report.trend) + 1))),
    ]


def _units(
    title: str, units: Sequence[UnitFigures], *, with_department: bool
) -> list[Flowable]:
    number = "3" if not with_department else "4"
    if not units:
        return [_section(f"{number}. {title} 지표"),
                Paragraph("담당자가 정해진 기록이 없습니다.", _styles()["body"])]
    name_w = 30 * mm if with_department else 46 * mm
    dept_w = 28 * mm if with_department else 0
    figure_w = (FRAME_W - name_w - dept_w) / 4
    header = ["담당자", "부서"] if with_department else ["부서"]
    header += [_SHORT[key] for key in MEASURE_KEYS]
    rows = []
    for unit in units:
        row = [unit.name, unit.department] if with_department else [unit.name]
        row += [m.text if m.total else "—" for m in unit.measures]
        rows.append(row)
    widths = [name_w, dept_w] if with_department else [name_w]
    widths += [figure_w] * 4
    first = 2 if with_department else 1
    return [
        _section(f"{number}. {title} 지표"),
        _GRID.table(header, rows, widths, right=tuple(range(first, first + 4))),
    ]


def _waits(report: MonthlyReport) -> list[Flowable]:
    flow: list[Flowable] = [_section("5. 대기 시간이 가장 길었던 방문")]
    if not report.longest_waits:
        return [*flow, Paragraph("이 달에 접수한 방문이 없습니다.", _styles()["body"])]
    rows = [
        [_when(w.checked_in_at), w.visitor or "—", w.officer or "—", w.department or "—",
         span_ko(w.waited), "" if w.greeted else "응대 기록 없음"]
        for w in report.longest_waits
    ]
    widths = [32 * mm, 20 * mm, 30 * mm, 34 * mm, 24 * mm, 30 * mm]
    return [*flow, _GRID.table(["접수 시각", "방문객", "담당자", "부서", "기다린 시간", "비고"], rows,
                          widths, right=(4,))]


def _overdue(report: MonthlyReport) -> list[Flowable]:
    flow: list[Flowable] = [_section("6. 기한을 가장 많이 넘긴 건")]
    if not report.worst_overdue:
        return [*flow, Paragraph("이 달에 기한을 넘긴 민원·전화메모가 없습니다.", _styles()["body"])]
    rows = [
        [o.kind_label, o.number, o.person or "—", o.officer or "—", _when(o.due_at),
         _when(o.done_at) if o.done_at is not None else "아직 처리 안 됨", span_ko(o.late_by)]
        for o in report.worst_overdue
    ]
    widths = [15 * mm, 33 * mm, 15 * mm, 26 * mm, 25 * mm, 26 * mm, 30 * mm]
    return [*flow, _GRID.table(["구분", "번호", "민원인", "담당자", "기한", "처리", "넘긴 시간"], rows,
                          widths, right=(6,))]


def _vouchers(report: MonthlyReport) -> list[Flowable]:
    flow: list[Flowable] = [_section("7. 보상(상품권·교통비) 지급")]
    if not report.vouchers:
        return [*flow, Paragraph("이 달에 발급한 보상이 없습니다.", _styles()["body"])]
    rows = [
        [v.serial, _when(v.issued_at), v.kind_label, v.recipient or "—", f"{v.amount:,}원",
         v.staff or "—", "무효" if v.voided else "발급"]
        for v in report.vouchers
    ]
    voided = report.vouchers_voided
    rows.append(["합계 (무효 제외)", "", f"발급 {len(report.vouchers):,}건 · 무효 {voided:,}건",
                 "", f"{report.voucher_total:,}원", "", ""])
    widths = [34 * mm, 22 * mm, 34 * mm, 15 * mm, 20 * mm, 26 * mm, 19 * mm]
    return [*flow, _GRID.table(["일련번호", "발급일시", "사유", "수령인", "금액", "발급자", "상태"], rows,
                          widths, right=(4,), shaded=(len(rows),))]


def _corrective(report: MonthlyReport) -> list[Flowable]:
    flow: list[Flowable] = [_section("8. 시정조치")]
    if not report.corrective_actions:
        return [*flow, Paragraph("이 달에 기록한 시정조치가 없습니다.", _styles()["body"])]
    rows = [
        [c.number, _when(c.recorded_at), c.staff or "—", c.department or "—", c.kind_label,
         c.follow_up or "—"]
        for c in report.corrective_actions
    ]
    widths = [34 * mm, 24 * mm, 28 * mm, 34 * mm, 20 * mm, 30 * mm]
    return [*flow, _GRID.table(["번호", "기록일시", "대상 직원", "부서", "조치", "후속 담당"], rows,
                          widths)]


def _notes(report: MonthlyReport) -> list[Flowable]:
    st = _styles()
    # Kept on one page: a last rule alone at the top of a page reads as a stray line.
    return [KeepTogether([
        _section("집계 기준"),
        *(Paragraph(escape(text), st["note"], bulletText="·") for text in definitions(report)),
    ])]


def _when(at: datetime) -> str:
    return f"{to_seoul(at):%m. %d. %H:%M}"
