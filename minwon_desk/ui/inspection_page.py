"""The monthly self-inspection page (자체점검): one month's report as a dashboard.

A month picker (the previous month at first; ←/→ move by a month), the four headline
figures as large tiles against the charter's promise, the six-month trend, bars and
tables by department and by officer, the longest waits and the worst overdue items,
the month's vouchers and corrective actions; "PDF로 저장…" and "인쇄…" open the
report's PDF in the print preview and go straight on to saving or printing it.

A tile is green when at least ``TARGET`` percent kept the promise. The charter promises
every visitor and every caller, so 100% is the promise; 95% is the line below which a
month needs a look (the same line is drawn on the charts).

Reading a month counts half a year of records for the trend (a second or two over a busy
year), so it runs through the background helper: a progress window with 취소 shows only when
it takes longer than half a second. A month left before its read comes back is never shown.
A month with nothing recorded says so instead of showing zeros.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.inspection import (
    MEASURE_KEYS,
    MEASURE_LABELS,
    MonthlyReport,
    format_month_ko,
)
from minwon_desk.domain.timeutil import Clock, format_ko, system_clock, to_seoul
from minwon_desk.ui.background import SHOW_AFTER_MS, Background, Task
from minwon_desk.ui.charts import BarChart, TrendChart
from minwon_desk.ui.inspection_tables import (
    CORRECTIVE_HEADERS,
    DEPARTMENT_HEADERS,
    OFFICER_HEADERS,
    OVERDUE_HEADERS,
    VOUCHER_HEADERS,
    WAIT_HEADERS,
    ReportTable,
    corrective_rows,
    overdue_rows,
    unit_rows,
    voucher_rows,
    wait_rows,
)
from minwon_desk.ui.inspection_widgets import HeadlineTile, MonthPicker, previous_month
from minwon_desk.ui.style import set_role, show_message

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

log = logging.getLogger(__name__)

TARGET = 95.0  # percent kept at or above which a figure shows green


class ReportFileLike(Protocol):
    """What ``monthly_pdf`` gives back: the PDF with its title and file name."""

    @property
    def pdf(self) -> bytes: ...
    @property
    def title(self) -> str: ...
    @property
    def filename(self) -> str: ...


ReportProvider = Callable[[int, int], MonthlyReport]
PdfProvider = Callable[[int, int], ReportFileLike]
# (pdf, *, title, filename, parent, extra_saves) → a preview dialog (DocumentPreview)
PreviewFactory = Callable[..., QDialog]


def _tr(text: str) -> str:
    return QCoreApplication.translate("InspectionPage", text)


def _section(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1f3a5f; margin-top: 10px;")
    return label


class InspectionPage(QWidget):
    """One month's self-inspection: figures, trend, who and where, and the PDF."""

    report_shown = Signal(object)  # the MonthlyReport now on screen
    pdf_opened = Signal(object)  # the preview dialog just opened

    def __init__(
        self,
        backend: Backend | None,
        parent: QWidget | None = None,
        *,
        provider: ReportProvider | None = None,
        pdf_provider: PdfProvider | None = None,
        clock: Clock | None = None,
        preview_factory: PreviewFactory | None = None,
        show_progress_after_ms: int = SHOW_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(_tr("자체점검"))
        self._backend: Backend | None = None
        self._provider, self._pdf_provider = provider, pdf_provider
        self._clock = clock
        self.preview_factory = preview_factory  # default: the print preview
        self.preview: QDialog | None = None  # the last preview opened
        self.report: MonthlyReport | None = None  # the report on screen
        self._read_task: Task[MonthlyReport] | None = None
        self._pdf_task: Task[ReportFileLike] | None = None
        self._stale = True  # the month on the picker is not the one on screen
        self.background = Background(self, show_after_ms=show_progress_after_ms)

        self._backend = backend  # for its clock; attach() below does the rest
        now_month = self._this_month()
        self.picker = MonthPicker(previous_month(now_month), now_month, self)
        self.picker.changed.connect(lambda _month: self._month_changed())
        self._build_actions()
        self._build()
        if backend is not None:
            self.attach(backend)
        elif provider is None:
            self._say(_tr("데이터베이스를 여는 중입니다…"), ok=True)
        self._update_actions()

    # --- public -------------------------------------------------------------------------

    def attach(self, backend: Backend) -> None:
        """The database is open: read the month when the page is shown."""
        self._backend = backend
        if self._clock is None:  # the backend's clock is the one that counts from now on
            now_month = self._this_month()
            self.picker.set_latest(now_month)
            if self.report is None:  # nothing chosen or shown yet: last month, by that clock
                self.picker.set_month(previous_month(now_month), announce=False)
        self._stale = True
        if self.isVisible():
            self.reload()

    def menu_actions(self) -> list[QAction]:
        """The "자체점검" menu, in order."""
        return [self.previous_action, self.next_action, self.reload_action,
                self.pdf_action, self.print_action]

    def month(self) -> date:
        """The first day of the month on the picker."""
        return self.picker.month()

    def set_month(self, month: date) -> None:
        self.picker.set_month(month)

    def reload(self) -> None:
        """Read the month on the picker again (on a worker thread)."""
        provider = self._report_provider()
        if provider is None:
            self._say(_tr("데이터베이스를 여는 중입니다…"), ok=True)
            return
        if self._read_task is not None:
            self._read_task.cancel()  # the month it reads is no longer wanted
        month = self.month()
        self._stale = False
        task: Task[MonthlyReport]

        def done(report: MonthlyReport) -> None:
            if task is self._read_task:
                self._arrived(report)

        def failed(message: str) -> None:
            if task is self._read_task:
                self._read_task = None
                self._stale = True  # 다시 읽기 or the next showing tries again
                self._say(message, ok=False)

        def cancelled() -> None:
            if task is self._read_task:  # 취소 in the progress window
                self._read_task = None
                self._back_to_shown_month()

        task = self.background.run(
            lambda _progress, _cancelled: provider(month.year, month.month),
            on_done=done, on_error=failed, on_cancelled=cancelled,
            label=_tr("{month} 자체점검 결과를 읽는 중…").format(month=format_month_ko(month)))
        self._read_task = task
        self._update_actions()

    def reading(self) -> bool:
        """True while the month on the picker is being read."""
        return self._read_task is not None

    def save_pdf(self) -> None:
        """Open the month's report in the print preview and ask where to save it."""
        self._make_pdf("save")

    def print_report(self) -> None:
        """Open the month's report in the print preview and ask which printer to use."""
        self._make_pdf("print")

    def message(self) -> str:
        """The line under the picker (what went wrong, or that the database is opening), "" when hidden."""
        return self.status.text() if not self.status.isHidden() else ""

    def empty_text(self) -> str:
        """What the page says for a month with nothing recorded ("" otherwise)."""
        return self.empty_title.text() if not self.empty_box.isHidden() else ""

    # --- building -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, tip: str, keys: str, slot: Callable[[], None]) -> QAction:
            made = QAction(text, self)
            if keys:
                made.setShortcut(QKeySequence(keys))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                tip = f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
            made.setToolTip(tip)
            made.triggered.connect(slot)
            self.addAction(made)  # the keys work wherever the focus is on this page
            return made

        self.previous_action = action(_tr("이전 달(&B)"), _tr("한 달 전의 점검 결과를 봅니다"),
                                      "Alt+Left", self.picker.step_back)
        self.next_action = action(_tr("다음 달(&F)"), _tr("한 달 뒤의 점검 결과를 봅니다"),
                                  "Alt+Right", self.picker.step_forward)
        self.reload_action = action(_tr("다시 읽기(&R)"), _tr("이 달의 기록을 다시 셉니다"),
                                    "Ctrl+R", self.reload)
        self.pdf_action = action(_tr("PDF로 저장(&S)…"), _tr("이 달의 점검 결과를 PDF 파일로 저장합니다"),
                                 "Ctrl+S", self.save_pdf)
        # No key: Ctrl+P already opens a case's documents anywhere in the window.
        self.print_action = action(_tr("인쇄(&P)…"), _tr("이 달의 점검 결과를 인쇄합니다"), "",
                                   self.print_report)

    def _build(self) -> None:
        top = QHBoxLayout()  # the navigation names the page; the month heads it
        top.addWidget(self.picker)
        top.addStretch(1)
        self.pdf_button = self._button(_tr("PDF로 저장…"), self.pdf_action)
        self.print_button = self._button(_tr("인쇄…"), self.print_action)
        top.addWidget(self.pdf_button)
        top.addWidget(self.print_button)

        self.status = QLabel(self)
        self.status.setAccessibleName(_tr("자체점검 알림"))
        self.status.setWordWrap(True)
        self.status.hide()

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.installEventFilter(self)  # ←/→ change the month, not scroll sideways
        body = QWidget()
        body.setObjectName("inspectionBody")
        self.scroll_area.setWidget(body)
        self._build_body(body)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll_area, 1)
        self.setFocusProxy(self.picker)

    def _button(self, text: str, action: QAction) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(action.toolTip())
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        return button

    def _build_body(self, body: QWidget) -> None:
        layout = QVBoxLayout(body)
        self.caption = QLabel(body)
        set_role(self.caption, "hint")
        layout.addWidget(self.caption)

        self.empty_box = QFrame(body)
        empty = QVBoxLayout(self.empty_box)
        self.empty_title = QLabel(_tr("이 달에는 기록이 없습니다"), self.empty_box)
        self.empty_title.setAccessibleName(_tr("기록 없음"))
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
        self.tiles = {key: HeadlineTile(key, MEASURE_LABELS[key], self.content) for key in MEASURE_KEYS}
        for index, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, index)
        inner.addLayout(tiles)

        inner.addWidget(_section(_tr("최근 6개월 추이"), self.content))
        self.trend = TrendChart(self.content)
        self.trend.setAccessibleName(_tr("최근 6개월 추이"))
        inner.addWidget(self.trend)

        inner.addWidget(_section(_tr("부서별"), self.content))
        bars = QGridLayout()
        self.department_bars: dict[str, BarChart] = {}
        for index, key in enumerate(MEASURE_KEYS):
            box = QVBoxLayout()
            box.addWidget(QLabel(f"<b>{MEASURE_LABELS[key]}</b>", self.content))
            chart = BarChart(self.content)
            chart.setAccessibleName(_tr("부서별 {label}").format(label=MEASURE_LABELS[key]))
            box.addWidget(chart)
            bars.addLayout(box, index // 2, index % 2)
            self.department_bars[key] = chart
        inner.addLayout(bars)

        self.tables: dict[str, ReportTable] = {}
        self.notes: dict[str, QLabel] = {}
        for key, title, headers in (
            ("departments", _tr("부서별 점검 결과"), DEPARTMENT_HEADERS),
            ("officers", _tr("담당자별 점검 결과"), OFFICER_HEADERS),
            ("waits", _tr("가장 오래 기다린 방문객"), WAIT_HEADERS),
            ("overdue", _tr("가장 많이 늦은 민원·전화메모"), OVERDUE_HEADERS),
            ("vouchers", _tr("이 달의 보상(상품권 등)"), VOUCHER_HEADERS),
            ("corrective", _tr("이 달의 시정조치"), CORRECTIVE_HEADERS),
        ):
            inner.addWidget(_section(title, self.content))
            note = QLabel(self.content)
            note.setAccessibleName(_tr("{title} 안내").format(title=title))
            note.setWordWrap(True)
            set_role(note, "hint")
            inner.addWidget(note)
            table = ReportTable(title, headers, self.content)
            inner.addWidget(table)
            self.tables[key], self.notes[key] = table, note

    # --- reading ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self.reading():
            QTimer.singleShot(0, self, self.reload)  # after the page is drawn

    def _month_changed(self) -> None:
        self._update_actions()
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _report_provider(self) -> ReportProvider | None:
        if self._provider is not None:
            return self._provider
        backend = self._backend
        return None if backend is None else backend.inspection.monthly

    def _arrived(self, report: MonthlyReport) -> None:
        self._read_task = None
        self._say("", ok=True)
        self._show_report(report)
        self._update_actions()

    def _back_to_shown_month(self) -> None:
        self._stale = self.report is None
        if self.report is not None and self.report.month != self.month():
            self.picker.set_month(self.report.month, announce=False)
        self._update_actions()

    # --- showing ------------------------------------------------------------------------

    def _show_report(self, report: MonthlyReport) -> None:
        self.report = report
        if report.month != self.month():
            self.picker.set_month(report.month, announce=False)
        self.caption.setText(_tr("{title} · {charter} · {when} 기준").format(
            title=report.title, charter=report.charter_name, when=format_ko(report.generated_at)))
        empty = report.is_empty
        self.empty_box.setVisible(empty)
        self.content.setVisible(not empty)
        if empty:
            self.empty_hint.setText(_tr(
                "{month}에는 방문, 전화메모, 민원 처리 기한과 상품권·시정조치 기록이 하나도 없습니다. "
                "←/→ 키나 ◀ ▶ 단추로 다른 달을 보세요.").format(month=format_month_ko(report.month)))
        else:
            self._show_figures(report)
            self._show_lists(report)
        self.report_shown.emit(report)

    def _show_figures(self, report: MonthlyReport) -> None:
        for headline in report.headlines:
            self.tiles[headline.key].show_headline(headline, TARGET)
        self.trend.set_series(
            [point.label for point in report.trend],
            [
                (MEASURE_LABELS[key],
                 [_percent(point.measure(key).share) for point in report.trend])
                for key in MEASURE_KEYS
            ],
            target=TARGET,
        )
        departments = [unit for unit in report.by_department if not unit.is_empty]
        for index, key in enumerate(MEASURE_KEYS):
            self.department_bars[key].set_bars(
                [(unit.name, _percent(unit.measures[index].share)) for unit in departments],
                maximum=100.0, target=TARGET,
            )

    def _show_lists(self, report: MonthlyReport) -> None:
        def fill(key: str, rows: list[list[tuple[str, str]]], none: str, note: str = "",
                 right: tuple[int, ...] = ()) -> None:
            self.tables[key].set_cells(rows, right=right)
            self.tables[key].setVisible(bool(rows))
            self.notes[key].setText(note if rows else none)
            self.notes[key].setVisible(bool(self.notes[key].text()))

        measures = tuple(range(1, 5))
        fill("departments", unit_rows(report.by_department, TARGET, officers=False),
             _tr("부서별로 셀 기록이 없습니다."), right=measures)
        fill("officers", unit_rows(report.by_officer, TARGET, officers=True),
             _tr("담당자별로 셀 기록이 없습니다."), right=tuple(i + 1 for i in measures))
        fill("waits", wait_rows(report.longest_waits), _tr("이 달에 안내를 기다린 방문객이 없습니다."),
             right=(4,))
        fill("overdue", overdue_rows(report.worst_overdue),
             _tr("이 달에 기한을 넘긴 민원이나 전화메모가 없습니다."), right=(6,))
        issued = len(report.vouchers) - report.vouchers_voided
        voucher_note = _tr("발급 {issued}건, 합계 {total}원").format(
            issued=issued, total=f"{report.voucher_total:,}")
        if report.vouchers_voided:
            voucher_note += _tr(" (취소한 {voided}건은 합계에서 뺐습니다)").format(
                voided=report.vouchers_voided)
        fill("vouchers", voucher_rows(report.vouchers), _tr("이 달에 발급한 상품권·교통비가 없습니다."),
             voucher_note, right=(3,))
        fill("corrective", corrective_rows(report.corrective_actions),
             _tr("이 달에 기록한 시정조치가 없습니다."))

    def _say(self, text: str, *, ok: bool) -> None:
        show_message(self.status, text, "message-ok" if ok else "message-error")

    def _update_actions(self) -> None:
        self.next_action.setEnabled(self.picker.can_step_forward())
        ready = self._report_provider() is not None or self._pdf_provider is not None
        can_print = ready and self._pdf_task is None
        for action, button in ((self.pdf_action, self.pdf_button),
                               (self.print_action, self.print_button)):
            action.setEnabled(can_print)
            button.setEnabled(can_print)

    # --- PDF --------------------------------------------------------------------------

    def _make_pdf(self, then: str) -> None:
        provider = self._pdf_provider
        if provider is None and self._backend is not None:
            provider = self._backend.inspection.monthly_pdf
        if provider is None:
            self._say(_tr("데이터베이스를 여는 중입니다. 잠시 후 다시 눌러 주세요."), ok=False)
            return
        if self._pdf_task is not None:
            return  # one report at a time; the first click's preview is on its way
        month, make = self.month(), provider

        def ended() -> None:
            self._pdf_task = None
            self._update_actions()

        def done(file: ReportFileLike) -> None:
            ended()
            self._say("", ok=True)
            self._open_preview(file, then)

        def failed(message: str) -> None:
            ended()
            self._say(message, ok=False)

        self._pdf_task = self.background.run(
            lambda _progress, _cancelled: make(month.year, month.month),
            on_done=done, on_error=failed, on_cancelled=ended,
            label=_tr("{month} 자체점검 결과 PDF를 만드는 중…").format(month=format_month_ko(month)))
        self._update_actions()

    def _open_preview(self, file: ReportFileLike, then: str) -> None:
        factory = self.preview_factory or _print_preview()
        preview = factory(file.pdf, title=file.title, filename=file.filename, parent=self,
                          extra_saves=())
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.destroyed.connect(self._preview_gone)
        preview.show()
        preview.raise_()
        preview.activateWindow()
        self.pdf_opened.emit(preview)
        # The preview first, then the file or printer dialog over it.
        step = getattr(preview, "save_pdf" if then == "save" else "print_document", None)
        if step is not None:
            QTimer.singleShot(0, preview, step)

    def _preview_gone(self, *_args: object) -> None:
        self.preview = None

    # --- keys ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._arrow(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.scroll_area and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and self._arrow(event)):
            return True
        return super().eventFilter(watched, event)

    def _arrow(self, event: QKeyEvent) -> bool:
        """←/→ anywhere a key is not already taken (tables keep their own arrows)."""
        if event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        if event.key() == Qt.Key.Key_Left:
            self.picker.step_back()
            return True
        if event.key() == Qt.Key.Key_Right:
            self.picker.step_forward()
            return True
        return False

    # --- internals ----------------------------------------------------------------------

    def _this_month(self) -> date:
        clock = self._clock or (self._backend.clock if self._backend is not None else system_clock)
        now = to_seoul(clock())
        return date(now.year, now.month, 1)

    def __repr__(self) -> str:
        shown = format_month_ko(self.report.month) if self.report is not None else "nothing"
        return f"InspectionPage(month={self.month():%Y-%m}, shown={shown})"


def _percent(share: float | None) -> float | None:
    return None if share is None else 100 * share


def _print_preview() -> PreviewFactory:
    # Imported when the first report is shown: the preview brings pdfium with it.
    from minwon_desk.ui.print_preview import DocumentPreview

    return DocumentPreview
