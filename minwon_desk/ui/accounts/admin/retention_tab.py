"""보존·파기: what is past its retention period (per kind: how many, the oldest date, the
period and its basis), the purge itself, and the destruction ledger (파기 대장) with its
print preview.

Reading and the purge both run through the background helper: a purge of a year of
records takes a while and the window stays responsive. Its progress is a bar on the page
with 멈추기 beside it, not the helper's progress window: showing that window while the
purge's first batch ran stalled the event loop 60–80 ms (measured, tests/bench/
bench_purge.py), the bar costs nothing. A stopped purge keeps what it destroyed, recorded
in the ledger, and scrubs it. The purge asks for a tick in "되돌릴 수 없음을 확인" first —
on the page, not in a dialog, like the rest of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.roles import Operation
from minwon_desk.ui.accounts.admin.tables import fill_rows, read_only_table
from minwon_desk.ui.background import Background
from minwon_desk.ui.common.preview_factory import PreviewFactory, show_preview
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.domain.retention import LedgerRow
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.retention.purge import Due, PurgeResult
    from minwon_desk.ui.background import Task
    from minwon_desk.ui.bridge import ActorSource


@dataclass(frozen=True, slots=True)
class LedgerFile:
    """The ledger PDF as the print preview takes it."""

    pdf: bytes
    title: str = "개인정보 파기 대장"
    filename: str = "파기대장.pdf"


class RetentionTab(QWidget):
    def __init__(self, backend: Backend, actor: ActorSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._actor = actor
        self._background = Background(self)
        self.preview_factory: PreviewFactory | None = None  # None: the app's print preview
        self.purge_task: Task[PurgeResult] | None = None
        self._due: list[Due] = []
        self.due_table = read_only_table(translate("RetentionTab", "파기 대상"), [
            translate("RetentionTab", "기록 종류"), translate("RetentionTab", "건수"), translate("RetentionTab", "가장 오래된 날"), translate("RetentionTab", "보존기간"), translate("RetentionTab", "대상(처리 완료)"),
            translate("RetentionTab", "근거")])
        self.summary = QLabel()
        self.summary.setAccessibleName(translate("RetentionTab", "파기 대상 요약"))
        self.summary.setWordWrap(True)
        self.confirm = QCheckBox(translate("RetentionTab", "파기한 개인정보는 되돌릴 수 없음을 확인했습니다(&K)"))
        self.confirm.setAccessibleName(translate("RetentionTab", "파기 확인"))
        self.confirm.toggled.connect(lambda _on: self._update_actions())
        self.purge_button = QPushButton(translate("RetentionTab", "지금 파기(&P)"))
        self.purge_button.setAccessibleName(translate("RetentionTab", "지금 파기"))
        self.purge_button.clicked.connect(self.purge)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("RetentionTab", "파기 진행"))
        self.progress.setFormat(translate("RetentionTab", "%v / %m건"))
        self.progress.hide()
        self.stop_button = QPushButton(translate("RetentionTab", "멈추기(&C)"))
        self.stop_button.setAccessibleName(translate("RetentionTab", "파기 멈추기"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.ledger_table = read_only_table(translate("RetentionTab", "파기 대장"), [
            translate("RetentionTab", "번호"), translate("RetentionTab", "기록 종류"), translate("RetentionTab", "건수"), translate("RetentionTab", "기간"), translate("RetentionTab", "파기 일시"), translate("RetentionTab", "처리자"),
            translate("RetentionTab", "파기 방법")])
        self.print_button = QPushButton(translate("RetentionTab", "파기 대장 인쇄·PDF(&L)…"))
        self.print_button.setAccessibleName(translate("RetentionTab", "파기 대장 인쇄"))
        self.print_button.clicked.connect(self.print_ledger)
        self.message = QLabel()
        self.message.setAccessibleName(translate("RetentionTab", "보존·파기 안내"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        act = QHBoxLayout()
        act.addWidget(self.confirm, 1)
        act.addWidget(self.purge_button)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.stop_button)
        ledger_row = QHBoxLayout()
        ledger_row.addWidget(QLabel(translate("RetentionTab", "파기 대장")), 1)
        ledger_row.addWidget(self.print_button)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(translate("RetentionTab", "보존기간이 지난 기록 (이행표준 파일의 [retention])")))
        box.addWidget(self.due_table, 1)
        box.addWidget(self.summary)
        box.addLayout(act)
        box.addLayout(running)
        box.addWidget(self.message)
        box.addLayout(ledger_row)
        box.addWidget(self.ledger_table, 1)
        self._update_actions()

    # --- reading ------------------------------------------------------------------------

    def allowed(self) -> bool:
        actor = self._actor()
        return actor is not None and self._backend.accounts.may(actor, Operation.PURGE)

    def refresh(self) -> None:
        """Read what is due and the ledger, off the GUI thread."""
        actor = self._actor()
        if actor is None or not self.allowed():
            self._say(self._backend.accounts.refusal(Operation.PURGE), ok=False)
            self._update_actions()
            return
        service = self._backend.retention

        def read(_progress: object, _cancelled: object) -> tuple[list[Due], list[LedgerRow]]:
            return service.due(actor), service.ledger(actor)

        self._background.run(read, on_done=self._show, on_error=lambda m: self._say(m, ok=False),
                             label=translate("RetentionTab", "보존기간을 확인하는 중…"), key="read", quiet=True)

    def _show(self, read: tuple[list[Due], list[LedgerRow]]) -> None:
        due, ledger = read
        self._due = due
        fill_rows(self.due_table, [
            [d.kind.label, translate("RetentionTab", "{n}건").format(n=f"{d.count:,}"),
             f"{d.oldest:%Y-%m-%d}" if d.oldest else "",
             d.rule.period_ko, translate("RetentionTab", "{day} 이전").format(day=f"{d.cutoff:%Y-%m-%d}")
             + ("" if d.purged else translate("RetentionTab", " (이름·번호가 없어 보관)")), d.rule.basis]
            for d in due])
        total = self.due_total()
        self.summary.setText(
            translate("RetentionTab", "파기할 기록이 모두 {n}건입니다.").format(n=f"{total:,}") if total
            else translate("RetentionTab", "보존기간이 지난 기록이 없습니다."))
        fill_rows(self.ledger_table, [
            [str(r.run_id), r.kind.label, translate("RetentionTab", "{n}건").format(n=f"{r.count:,}"),
             f"{r.oldest:%Y-%m-%d} ~ {r.newest:%Y-%m-%d}" if r.oldest and r.newest else "",
             f"{r.destroyed_at:%Y-%m-%d %H:%M}" + ("" if r.finished else translate("RetentionTab", " (진행 중)")),
             r.by, r.method]
            for r in ledger])
        self._update_actions()

    def due_total(self) -> int:
        return sum(d.count for d in self._due if d.purged)

    # --- acting -------------------------------------------------------------------------

    def purge(self) -> None:
        actor = self._actor()
        if actor is None or not self.purge_button.isEnabled():
            return
        service = self._backend.retention
        self.message.setText(translate("RetentionTab", "파기하는 중입니다…"))

        def done(result: PurgeResult) -> None:
            self.purge_task = None
            self.confirm.setChecked(False)
            counts = ", ".join(translate("RetentionTab", "{kind} {n}건").format(kind=k.label, n=f"{n:,}")
                               for k, n in result.counts.items())
            if result.run_id is None:
                self._say(translate("RetentionTab", "파기할 기록이 없습니다."), ok=True)
            elif result.cancelled:
                self._say(translate("RetentionTab", "취소했습니다. 그때까지 파기한 기록은 대장 {run}번에 남겼습니다: {counts}")
                          .format(run=result.run_id, counts=counts or translate("RetentionTab", "없음")), ok=True)
            else:
                self._say(translate("RetentionTab", "파기했습니다: {counts}. 파기 대장 {run}번에 기록했습니다.")
                          .format(counts=counts, run=result.run_id), ok=True)
            self.refresh()

        def failed(message: str) -> None:
            self.purge_task = None
            self._say(message, ok=False)
            self.refresh()

        def cancelled() -> None:
            self.purge_task = None
            self._say(translate("RetentionTab", "파기를 멈췄습니다. 그때까지 파기한 기록은 파기 대장에 남겼고, 남은 "
                          "기록은 다음 파기 때 처리합니다."), ok=True)
            self.refresh()

        self.progress.setRange(0, max(self.due_total(), 1))
        self.progress.setValue(0)
        task = self._background.run(
            lambda progress, stop: service.purge(actor, progress=progress, cancelled=stop),
            on_done=done, on_error=failed, on_cancelled=cancelled,
            label=translate("RetentionTab", "보존기간이 지난 기록을 파기하는 중…"), quiet=True)
        task.progressed.connect(self._progressed)
        self.purge_task = task
        self._update_actions()

    def stop(self) -> None:
        """Stop after the batch under way: what was destroyed stays destroyed and listed."""
        if self.purge_task is not None:
            self.purge_task.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def print_ledger(self) -> None:
        actor = self._actor()
        if actor is None:
            return
        service = self._backend.retention
        self._background.run(
            lambda _p, _c: service.ledger_pdf(actor)[0],
            on_done=lambda pdf: show_preview(self.preview_factory, LedgerFile(pdf), self),
            on_error=lambda m: self._say(m, ok=False), label=translate("RetentionTab", "파기 대장을 만드는 중…"))

    def _update_actions(self) -> None:
        allowed = self.allowed()
        busy = self.purge_task is not None
        self.confirm.setEnabled(allowed and not busy and self.due_total() > 0)
        self.purge_button.setEnabled(allowed and not busy and self.confirm.isChecked()
                                     and self.due_total() > 0)
        self.print_button.setEnabled(allowed)
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        if not allowed:
            tip = self._backend.accounts.refusal(Operation.PURGE)
            self.purge_button.setToolTip(tip)
            self.print_button.setToolTip(tip)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("ok", ok)
