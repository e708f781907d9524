"""The self-inspection page driven as a person would: the month picker by keys, what the
tiles, charts and tables say, an empty month, a failed read, and the report opened in a
(recording) print preview to save or print."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QProgressDialog,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.inspection import (
    CorrectiveLine,
    LongWait,
    Measure,
    MonthlyReport,
    Overdue,
    Promises,
    TrendPoint,
    UnitFigures,
    VoucherLine,
    months_back,
)
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, CheckInRequest
from minwon_desk.ui.common.charts import BarChart
from minwon_desk.ui.common.trend_chart import TrendChart
from minwon_desk.ui.supervision.inspection.page import InspectionPage
from minwon_desk.ui.supervision.inspection.widgets import HeadlineTile
from tests.conftest import FakeClock
from tests.support.seed import SmallAgency
from tests.ui.conftest import find

JUNE, MAY, JULY = date(2026, 6, 1), date(2026, 5, 1), date(2026, 7, 1)
NOTHING = Measure(0, 0)


def at(day: int, hour: int = 10, month: int = 6) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=SEOUL)


def empty_report(month: date) -> MonthlyReport:
    return MonthlyReport(
        month=month, agency_name="행정안전부", charter_name="행정안전부 고객응대서비스 이행표준",
        generated_at=at(2, month=7), promises=Promises(greeting="3분 이내", callback="3시간 이내"),
        greeting=NOTHING, callback=NOTHING, cases_on_time=NOTHING, extensions_in_time=NOTHING,
        by_department=(), by_officer=(),
        trend=tuple(TrendPoint(m, NOTHING, NOTHING, NOTHING, NOTHING) for m in months_back(month, 6)),
        longest_waits=(), worst_overdue=(), vouchers=(), voucher_total=0, corrective_actions=(),
    )


def june_report() -> MonthlyReport:
    """A month counted by hand: 200 visitors (192 greeted in time), 40 callbacks (34),
    25 cases (25 on time), no extension due; two departments, three officers."""
    trend = [
        TrendPoint(m, Measure(100, 97), Measure(20, 18), Measure(10, 10), NOTHING)
        for m in months_back(MAY, 5)
    ]
    trend[2] = TrendPoint(trend[2].month, NOTHING, NOTHING, NOTHING, NOTHING)  # March: no records
    trend.append(TrendPoint(JUNE, Measure(200, 192), Measure(40, 34), Measure(25, 25), NOTHING))
    return MonthlyReport(
        month=JUNE, agency_name="행정안전부", charter_name="행정안전부 고객응대서비스 이행표준",
        generated_at=at(2, month=7), promises=Promises(greeting="3분 이내", callback="3시간 이내"),
        greeting=Measure(200, 192), callback=Measure(40, 34), cases_on_time=Measure(25, 25),
        extensions_in_time=NOTHING,
        by_department=(
            UnitFigures("민원실", Measure(150, 147), Measure(30, 29), Measure(20, 20), NOTHING),
            UnitFigures("총무과", Measure(50, 45), Measure(10, 5), Measure(5, 5), NOTHING),
            UnitFigures("감사담당관실", NOTHING, NOTHING, NOTHING, NOTHING),
        ),
        by_officer=(
            UnitFigures("김민원 주무관", Measure(150, 147), Measure(30, 29), Measure(20, 20), NOTHING,
                        department="민원실"),
            UnitFigures("이총무 주무관", Measure(50, 45), Measure(10, 5), Measure(5, 5), NOTHING,
                        department="총무과"),
        ),
        trend=tuple(trend),
        longest_waits=(
            LongWait(7, at(3, 14), "홍*동", "이총무 주무관", "총무과", timedelta(minutes=42), False),
            LongWait(9, at(5, 9), "박*수", "", "민원실", timedelta(minutes=12, seconds=30), True),
        ),
        worst_overdue=(
            Overdue("memo", "M-2026-0031", "최*영", "이총무 주무관", "총무과", at(10), None,
                    timedelta(days=3, hours=2)),
        ),
        vouchers=(
            VoucherLine("MSS-2026-0001", at(12), "재방문(직원 잘못)", 10_000, "홍*동", "김감독 사무관", False),
            VoucherLine("MSS-2026-0002", at(15), "처리기간 경과", 10_000, "최*영", "김감독 사무관", True),
        ),
        voucher_total=10_000,
        corrective_actions=(
            CorrectiveLine("C-2026-0004", at(16), "주의", "이총무 주무관", "총무과", "김민원 주무관"),
        ),
    )


@dataclass
class Provider:
    """The service stand-in: the reports it knows, and every month it was asked for."""

    reports: dict[date, MonthlyReport] = field(default_factory=dict)
    asked: list[tuple[int, int]] = field(default_factory=list)
    refuse: str = ""

    def __call__(self, year: int, month: int) -> MonthlyReport:
        self.asked.append((year, month))
        if self.refuse:
            raise ValidationError("month", self.refuse)
        first = date(year, month, 1)
        return self.reports.get(first) or empty_report(first)


@dataclass(frozen=True)
class ReportFile:
    pdf: bytes
    title: str
    filename: str


class RecordingPreview(QDialog):
    """Stands in for the print preview: records what it was given and what it was asked."""

    made: list[RecordingPreview] = []  # noqa: RUF012 - the tests' record of every preview

    def __init__(self, pdf: bytes, *, title: str, filename: str, parent: QWidget | None = None,
                 extra_saves: Any = ()) -> None:
        super().__init__(parent)
        self.pdf, self.title, self.filename = pdf, title, filename
        self.asked: list[str] = []
        RecordingPreview.made.append(self)

    def save_pdf(self) -> None:
        self.asked.append("save")

    def print_document(self) -> None:
        self.asked.append("print")


class Gate(QObject):
    """Holds the read of one month on its worker thread until the test lets it go."""

    entered = Signal()

    def __init__(self, provider: Provider, held: date) -> None:
        super().__init__()
        self.open = threading.Event()
        self._provider, self._held = provider, held

    def __call__(self, year: int, month: int) -> MonthlyReport:
        if date(year, month, 1) == self._held:
            self.entered.emit()
            self.open.wait(10)
        return self._provider(year, month)


@pytest.fixture
def provider() -> Provider:
    return Provider({JUNE: june_report()})


@pytest.fixture
def recorded() -> Iterator[list[RecordingPreview]]:
    RecordingPreview.made = []
    yield RecordingPreview.made
    for preview in RecordingPreview.made:
        preview.close()


PageFactory = Callable[..., InspectionPage]


@pytest.fixture
def make_page(qtbot: QtBot, backend: Backend, fake_clock: FakeClock, provider: Provider) -> PageFactory:
    def make(**kwargs: Any) -> InspectionPage:
        kwargs.setdefault("provider", provider)
        kwargs.setdefault("clock", fake_clock)
        kwargs.setdefault("pdf_provider", lambda y, m: ReportFile(
            b"%PDF-1.4 report", f"고객응대서비스 자체점검 결과 ({y}년 {m}월)", f"자체점검_{y}-{m:02}.pdf"))
        kwargs.setdefault("preview_factory", RecordingPreview)
        page = InspectionPage(backend, **kwargs)
        qtbot.addWidget(page)
        page.resize(1100, 800)
        return page

    return make


def shown(qtbot: QtBot, page: InspectionPage) -> MonthlyReport:
    """Show the page and wait for the month on its picker to be on screen."""
    with qtbot.waitSignal(page.report_shown) as blocker:
        page.show()
        qtbot.waitExposed(page)
    report: MonthlyReport = blocker.args[0]
    return report


def press(qtbot: QtBot, page: InspectionPage, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> MonthlyReport:
    """Press a key where the focus is and wait for the month it asks for."""
    with qtbot.waitSignal(page.report_shown) as blocker:
        qtbot.keyClick(QApplication.focusWidget() or page, key, modifier)
    report: MonthlyReport = blocker.args[0]
    return report


def visible_progress() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()]


def tile(page: InspectionPage, name: str) -> list[str]:
    return find(page, HeadlineTile, name).texts()


def table(page: InspectionPage, name: str) -> list[tuple[str, ...]]:
    view = find(page, QTableView, name)
    assert view.isVisible()
    model = view.model()
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def test_opens_on_last_month_with_the_four_figures_against_the_promise(
    qtbot: QtBot, make_page: PageFactory, provider: Provider
) -> None:
    page = make_page()
    report = shown(qtbot, page)

    assert report.month == JUNE and provider.asked == [(2026, 6)]
    assert page.picker.text() == "2026년 6월"
    assert tile(page, "방문객 경청 시작") == [
        "방문객 경청 시작", "96.0%", "200건 중 192건 지킴 · 8건 못 지킴", "약속: 3분 이내", "목표 95% 달성"]
    assert tile(page, "답신전화") == [
        "답신전화", "85.0%", "40건 중 34건 지킴 · 6건 못 지킴", "약속: 3시간 이내", "목표 95%에 못 미침"]
    assert tile(page, "처리기간 내 답변")[1] == "100.0%"
    assert tile(page, "연장 사전 통지") == [
        "연장 사전 통지", "자료 없음", "이 달에 해당하는 건이 없습니다", "약속: 기한 전 연장 통지"]
    looks = {key: t.look for key, t in page.dashboard.tiles.items()}
    assert looks == {"greeting": "met", "callback": "short", "cases_on_time": "met",
                     "extensions_in_time": "none"}
    assert page.empty_text() == ""
    assert "고객응대서비스 자체점검 결과 (2026년 6월)" in page.dashboard.caption.text()


def test_charts_show_the_trend_and_the_departments_short_of_the_promise(
    qtbot: QtBot, make_page: PageFactory
) -> None:
    page = make_page()
    shown(qtbot, page)

    trend = find(page, TrendChart, "최근 6개월 추이")
    assert trend.lines()[0] == (
        "방문객 경청 시작: 2026년 1월 97.0%, 2월 97.0%, 3월 자료 없음, 4월 97.0%, 5월 97.0%, 6월 96.0%")
    assert trend.lines()[-1] == "목표 95%"
    callbacks = find(page, BarChart, "부서별 답신전화")
    # A department with nothing to count in the month is left off the bars (not shown as 0%).
    assert callbacks.lines() == ["민원실: 96.7%", "총무과: 50.0% (목표 95% 미달)", "목표 95%"]
    assert find(page, BarChart, "부서별 방문객 경청 시작").short_labels() == ["총무과"]
    assert find(page, BarChart, "부서별 연장 사전 통지").lines()[0] == "민원실: 자료 없음"
    page.grab()  # the whole dashboard draws without a Qt warning


def test_tables_by_department_and_officer_and_the_worst_cases(
    qtbot: QtBot, make_page: PageFactory
) -> None:
    page = make_page()
    shown(qtbot, page)

    assert table(page, "부서별 점검 결과") == [
        ("민원실", "98.0% (147/150)", "96.7% (29/30)", "100.0% (20/20)", "자료 없음"),
        ("총무과", "90.0% (45/50)", "50.0% (5/10)", "100.0% (5/5)", "자료 없음"),
        ("감사담당관실", "자료 없음", "자료 없음", "자료 없음", "자료 없음"),
    ]
    assert table(page, "담당자별 점검 결과")[1] == (
        "이총무 주무관", "총무과", "90.0% (45/50)", "50.0% (5/10)", "100.0% (5/5)", "자료 없음")
    assert table(page, "가장 오래 기다린 방문객") == [
        ("2026년 6월 3일(수) 14:00", "홍*동", "이총무 주무관", "총무과", "42분", "경청 못 함"),
        ("2026년 6월 5일(금) 09:00", "박*수", "(지정 없음)", "민원실", "12분", "경청함"),
    ]
    assert table(page, "가장 많이 늦은 민원·전화메모") == [
        ("전화메모", "M-2026-0031", "최*영", "이총무 주무관", "총무과", "2026년 6월 10일(수) 10:00",
         "3일 2시간", "아직 처리 안 됨"),
    ]
    assert [row[0] for row in table(page, "이 달의 보상(상품권 등)")] == ["MSS-2026-0001", "MSS-2026-0002"]
    assert table(page, "이 달의 보상(상품권 등)")[1][-1] == "취소"
    assert page.dashboard.notes["vouchers"].text() == "발급 1건, 합계 10,000원 (취소한 1건은 합계에서 뺐습니다)"
    assert table(page, "이 달의 시정조치") == [
        ("C-2026-0004", "2026년 6월 16일(화) 10:00", "주의", "이총무 주무관", "총무과", "김민원 주무관"),
    ]


def test_arrow_keys_move_by_month_but_not_into_the_future(
    qtbot: QtBot, make_page: PageFactory, provider: Provider
) -> None:
    page = make_page()
    shown(qtbot, page)
    page.activateWindow()
    page.picker.setFocus()

    assert press(qtbot, page, Qt.Key.Key_Left).month == MAY
    assert page.picker.text() == "2026년 5월"
    assert press(qtbot, page, Qt.Key.Key_Right).month == JUNE
    assert press(qtbot, page, Qt.Key.Key_Right).month == JULY  # this month so far
    assert not page.next_action.isEnabled()
    assert not page.picker.next_button.isEnabled()
    qtbot.keyClick(page.picker, Qt.Key.Key_Right)
    assert page.picker.text() == "2026년 7월"
    # Reading down the dashboard, the arrows still mean months (it never scrolls sideways).
    page.scroll_area.setFocus()
    qtbot.waitUntil(page.scroll_area.hasFocus)
    assert press(qtbot, page, Qt.Key.Key_Left).month == JUNE
    assert provider.asked == [(2026, 6), (2026, 5), (2026, 6), (2026, 7), (2026, 6)]


def test_alt_arrows_change_month_from_inside_a_table(
    qtbot: QtBot, make_page: PageFactory
) -> None:
    page = make_page()
    shown(qtbot, page)
    view = find(page, QTableView, "부서별 점검 결과")
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    # A plain arrow is the table's own; Alt+← is the month's.
    assert press(qtbot, page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier).month == MAY


def test_a_month_without_records_says_so_instead_of_zeros(
    qtbot: QtBot, make_page: PageFactory
) -> None:
    page = make_page()
    shown(qtbot, page)
    page.picker.setFocus()
    report = press(qtbot, page, Qt.Key.Key_Left)

    assert report.is_empty
    assert page.empty_text() == "이 달에는 기록이 없습니다"
    assert "2026년 5월에는" in page.dashboard.empty_hint.text()
    assert not find(page, HeadlineTile, "방문객 경청 시작").isVisible()
    assert not find(page, TrendChart, "최근 6개월 추이").isVisible()
    assert find(page, QPushButton, "PDF로 저장").isEnabled()  # an honest empty report prints too


def test_a_refused_read_is_explained_and_tried_again(
    qtbot: QtBot, make_page: PageFactory, provider: Provider
) -> None:
    provider.refuse = "데이터베이스에 연결할 수 없습니다. 네트워크를 확인한 뒤 다시 읽어 주세요."
    page = make_page()
    page.show()
    qtbot.waitUntil(lambda: page.message() != "")
    assert page.message() == provider.refuse
    assert page.status.property("role") == "message-error"

    provider.refuse = ""
    with qtbot.waitSignal(page.report_shown):
        page.reload_action.trigger()
    assert page.message() == ""
    assert tile(page, "방문객 경청 시작")[1] == "96.0%"


def test_a_month_left_before_it_arrives_is_not_shown(
    qtbot: QtBot, make_page: PageFactory, provider: Provider
) -> None:
    gate = Gate(provider, JUNE)
    page = make_page(provider=gate)
    with qtbot.waitSignal(gate.entered):
        page.show()
    assert page.reading()
    with qtbot.waitSignal(page.report_shown) as blocker:
        page.picker.step_back()
    assert blocker.args[0].month == MAY
    gate.open.set()  # June's read ends now; nobody wants it any more
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(0)  # its result is delivered, and dropped
    assert page.report is not None and page.report.month == MAY
    assert page.picker.text() == "2026년 5월"


def test_cancel_in_the_progress_window_goes_back_to_the_month_on_screen(
    qtbot: QtBot, make_page: PageFactory, provider: Provider
) -> None:
    gate = Gate(provider, MAY)
    page = make_page(provider=gate, show_progress_after_ms=0)  # no half-second wait here
    shown(qtbot, page)
    with qtbot.waitSignal(gate.entered):
        page.picker.step_back()
    qtbot.waitUntil(lambda: len(visible_progress()) == 1)
    (progress,) = visible_progress()
    assert progress.labelText() == "2026년 5월 자체점검 결과를 읽는 중…"
    (cancel,) = progress.findChildren(QPushButton)
    assert cancel.text() == "취소"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.open.set()  # the read ends; what it read is not wanted
    qtbot.waitUntil(lambda: not page.reading())

    assert page.picker.text() == "2026년 6월"
    assert page.report is not None and page.report.month == JUNE
    assert tile(page, "방문객 경청 시작")[1] == "96.0%"
    assert page.message() == ""


def test_pdf_button_opens_the_report_in_the_preview_then_asks_where_to_save(
    qtbot: QtBot, make_page: PageFactory, recorded: list[RecordingPreview]
) -> None:
    page = make_page()
    shown(qtbot, page)
    with qtbot.waitSignal(page.pdf_opened):
        qtbot.mouseClick(find(page, QPushButton, "PDF로 저장"), Qt.MouseButton.LeftButton)

    (preview,) = recorded
    assert preview.title == "고객응대서비스 자체점검 결과 (2026년 6월)"
    assert preview.filename == "자체점검_2026-06.pdf"
    assert preview.pdf.startswith(b"%PDF")
    qtbot.waitUntil(lambda: preview.asked == ["save"])
    assert page.preview is preview


def test_print_button_prints_the_month_on_the_picker(
    qtbot: QtBot, make_page: PageFactory, recorded: list[RecordingPreview]
) -> None:
    page = make_page()
    shown(qtbot, page)
    page.picker.setFocus()
    press(qtbot, page, Qt.Key.Key_Left)
    with qtbot.waitSignal(page.pdf_opened):
        qtbot.mouseClick(find(page, QPushButton, "인쇄"), Qt.MouseButton.LeftButton)

    (preview,) = recorded
    assert preview.filename == "자체점검_2026-05.pdf"
    qtbot.waitUntil(lambda: preview.asked == ["print"])


def test_menu_actions_in_order_with_their_keys(make_page: PageFactory) -> None:
    page = make_page()
    actions = page.menu_actions()
    assert [a.text() for a in actions] == [
        "이전 달(&B)", "다음 달(&F)", "다시 읽기(&R)", "PDF로 저장(&S)…", "인쇄(&P)…"]
    assert [a.shortcut().toString() for a in actions] == ["Alt+Left", "Alt+Right", "Ctrl+R", "Ctrl+S", ""]


def test_on_the_real_register_a_month_reads_and_prints(
    qtbot: QtBot, backend: Backend, agency: SmallAgency, actor: Actor, fake_clock: FakeClock,
    recorded: list[RecordingPreview],
) -> None:
    """Two June visitors, one greeted in time and one never: the service counts, the page
    shows it, and the PDF handed to the preview says the same."""
    kim = agency.officers[0]
    for checked_in, greeted in ((at(8, 10), at(8, 10) + timedelta(minutes=2)), (at(9, 14), None)):
        fake_clock.set(checked_in)
        visit = backend.visits.check_in(actor, CheckInRequest("홍길동", officer_id=kim.id))
        if greeted is not None:
            fake_clock.set(greeted)
            backend.visits.greet(actor, visit.id)
    fake_clock.set(at(2, month=7))

    page = InspectionPage(backend, preview_factory=RecordingPreview)  # as the window builds it
    qtbot.addWidget(page)
    assert shown(qtbot, page).month == JUNE  # by the backend's clock
    assert tile(page, "방문객 경청 시작")[1:3] == ["50.0%", "2건 중 1건 지킴 · 1건 못 지킴"]
    assert table(page, "가장 오래 기다린 방문객")[0][-1] == "경청 못 함"

    with qtbot.waitSignal(page.pdf_opened, timeout=20_000):
        page.pdf_action.trigger()
    (preview,) = recorded
    assert preview.filename == "자체점검_2026-06.pdf"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "2026년 6월" in text and "50.0%" in text


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    from minwon_desk.domain import i18n
    from minwon_desk.ui import translations
    from tests.ui.english import install_english

    before = i18n.installed()
    installed = install_english(qapp, tmp_path / "qm")
    yield
    translations.uninstall(qapp, installed)
    i18n.install(before)


def test_in_english_the_figures_their_names_and_the_months_read_english(
    qtbot: QtBot, english: None, make_page: PageFactory
) -> None:
    from tests.ui.english import HANGUL

    page = make_page()
    shown(qtbot, page)
    tiles = [t.texts() for t in page.dashboard.tiles.values()]
    assert tiles[0][0] == "Visitor greeting" and tiles[3][1] == "No data"
    # The promises come worded from the service (tests/services/test_inspection.py); this
    # report was written by hand in Korean.
    assert not [text for texts in tiles for text in texts
                if HANGUL.search(text) and not text.startswith("Promise: ")], tiles
    trend = find(page, TrendChart, "Last 6 months")
    assert not [line for line in trend.lines() if HANGUL.search(line)], trend.lines()
    assert page.dashboard.caption.text().startswith("Customer service self-inspection, Jun 2026 · ")
    assert table(page, "Results by department")[2][1:] == ("No data",) * 4
    waits = table(page, "Visitors who waited longest")
    assert [row[4] for row in waits] == ["42 min", "12 min"]
    overdue = table(page, "Cases and phone memos most overdue")[0]
    assert (overdue[0], overdue[6]) == ("Phone memo", "3 d 2 h")
    model = find(page, QTableView, "Cases and phone memos most overdue").model()
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Late by"
