"""민원 처리부: the register of a period on screen (masked, as the law's form lists it), and
saved as XLSX, PDF or HWPX after the person says why (the export is written to the access log).

Keyboard: the period's first date has the focus; Enter shows the register (read off the
GUI thread), Ctrl+S saves it as a workbook, Ctrl+Shift+S as a PDF, Esc closes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.files import write_failure
from minwon_desk.services.cases.register import RegisterLine, RegisterPeriod
from minwon_desk.services.dto import Actor
from minwon_desk.ui.background import Background
from minwon_desk.ui.common import printing
from minwon_desk.ui.common.column_fit import ColumnFit, narrow_combo
from minwon_desk.ui.common.dialogs import wrapped_label
from minwon_desk.ui.common.reason_dialog import ask_reason
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend


def _headers() -> tuple[str, ...]:
    return (translate("CaseRegister", "순번"), translate("CaseRegister", "접수번호"), translate("CaseRegister", "접수 일시"), translate("CaseRegister", "민원인"), translate("CaseRegister", "연락처"),
            translate("CaseRegister", "민원 요지"), translate("CaseRegister", "처리 부서"), translate("CaseRegister", "담당자"), translate("CaseRegister", "처리기한"), translate("CaseRegister", "연장"),
            translate("CaseRegister", "처리 결과"))


SUBJECT, CONTACT, DEPARTMENT, EXTENSION = 5, 4, 6, 9


def _cells(line: RegisterLine) -> tuple[str, ...]:
    result = (f"{line.answered_at:%Y-%m-%d %H:%M} {line.answered_how}" if line.answered_at
              else line.state)
    return (str(line.ordinal), line.number, f"{line.received_at:%Y-%m-%d %H:%M}",
            line.petitioner, line.contact, f"[{line.type_label}] {line.subject}",
            line.department, line.officer, f"{line.due_at:%Y-%m-%d %H:%M}",
            line.extension_text, result)


class CaseRegisterDialog(QDialog):
    """The register of a period, narrowed to a department, and its export."""

    def __init__(
        self, backend: Backend, actor: Callable[[], Actor | None], today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._actor = actor
        self._background = Background(self)
        self._shown: tuple[RegisterPeriod, list[RegisterLine]] | None = None
        self.last_saved: Path | None = None
        self.setWindowTitle(translate("CaseRegister", "민원 처리부"))
        self.setAccessibleName(translate("CaseRegister", "민원 처리부"))
        root = QVBoxLayout(self)
        root.addLayout(self._period_row(today))
        self.summary = wrapped_label(name=translate("CaseRegister", "요약"), role="summary")
        root.addWidget(self.summary)
        self.table = QTableWidget(0, len(_headers()))
        self.table.setAccessibleName(translate("CaseRegister", "민원 처리부 목록"))
        self.table.setHorizontalHeaderLabels(_headers())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        ColumnFit(self.table, stretch=SUBJECT, drop=(EXTENSION, CONTACT, DEPARTMENT), wrap=True)
        root.addWidget(self.table, 1)
        self.status = wrapped_label(name=translate("CaseRegister", "알림"), role="status")
        self.status.hide()
        root.addWidget(self.status)
        root.addLayout(self._button_row())
        self.resize(980, 600)
        self._load_departments()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The period first: typed, then Enter shows the register.
        self.first.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    # --- what a person does ----------------------------------------------------------------

    def show_register(self) -> None:
        """Read the register of the chosen period off the GUI thread."""
        actor = self._actor()
        if actor is None:
            return
        first, last = self.first.date().toPython(), self.last.date().toPython()
        department = self.department.currentData()
        self._say("", ok=True)
        self.summary.setText(translate("CaseRegister", "읽는 중…"))
        self._background.run(
            lambda _p, _c: self._backend.case_register.lines(actor, first, last, department),
            on_done=self._show, on_error=self._refused, label=translate("CaseRegister", "민원 처리부를 읽는 중…"),
            key="register", quiet=True,
        )

    def save(self, kind: str) -> None:
        """Ask why, then where, then write the register there as ``kind`` (xlsx, pdf)."""
        actor = self._actor()
        if actor is None or self._shown is None:
            self._say(translate("CaseRegister", "먼저 기간을 정하고 [보기]를 누르세요."), ok=False)
            return
        period, lines = self._shown
        reason = ask_reason(self, translate("CaseRegister", "민원 처리부 {count}건").format(count=len(lines)))
        if reason is None:
            return
        default = printing.documents_folder() / f"민원처리부_{period.first:%Y%m%d}-{period.last:%Y%m%d}.{kind}"
        pattern = {"xlsx": translate("CaseRegister", "엑셀 파일 (*.xlsx)"), "pdf": translate("CaseRegister", "PDF 파일 (*.pdf)"),
                   "hwpx": translate("CaseRegister", "한글 파일 (*.hwpx)")}[kind]
        chosen, _filter = QFileDialog.getSaveFileName(self, translate("CaseRegister", "민원 처리부 저장"), str(default),
                                                      pattern)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        department = self.department.currentData()
        agency = self._backend.charter.documents.agency_name
        self._background.run(
            lambda _p, _c: self._backend.case_register.export(
                actor, period.first, period.last, kind=kind, reason=reason,
                department_id=department, agency=agency),
            on_done=lambda made: self._write(path, made[0], made[1]), on_error=self._refused,
            label=translate("CaseRegister", "민원 처리부를 만드는 중…"),
        )

    # --- results ---------------------------------------------------------------------------

    def _show(self, found: tuple[RegisterPeriod, list[RegisterLine]]) -> None:
        self._shown = found
        period, lines = found
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate(_cells(line)):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if lines:
            self.summary.setText(translate("CaseRegister", "{period} · {count}건 (접수 순서, 개인정보는 가려 보입니다)")
                                 .format(period=period.label, count=len(lines)))
        else:
            self.summary.setText(translate("CaseRegister", "{period}에 접수된 민원이 없습니다.").format(period=period.label))
        for button in (self.xlsx_button, self.pdf_button, self.hwpx_button):
            button.setEnabled(True)

    def _write(self, path: Path, data: bytes, count: int) -> None:
        try:
            printing.write_file(path, data)
        except OSError as exc:
            self._say(write_failure(path, exc), ok=False)
            return
        self.last_saved = path
        self._say(translate("CaseRegister", "저장했습니다: {path} ({count}건)").format(path=path, count=count), ok=True)

    def _refused(self, message: str) -> None:
        self.summary.setText("")
        self._say(message, ok=False)

    def _say(self, text: str, *, ok: bool) -> None:
        self.status.setText(text)
        set_role(self.status, "status" if ok else "error")
        self.status.setVisible(bool(text))

    # --- building --------------------------------------------------------------------------

    def _period_row(self, today: date) -> QHBoxLayout:
        row = QHBoxLayout()
        self.first = self._date_edit(translate("CaseRegister", "시작 날짜"), date(today.year, today.month, 1))
        self.last = self._date_edit(translate("CaseRegister", "끝 날짜"), today)
        self.department = QComboBox()
        self.department.setAccessibleName(translate("CaseRegister", "부서"))
        narrow_combo(self.department, 14)
        self.show_button = QPushButton(translate("CaseRegister", "보기"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.show_register)
        period_label = QLabel(translate("CaseRegister", "기간(&P)"))
        period_label.setBuddy(self.first)
        department_label = QLabel(translate("CaseRegister", "부서(&D)"))
        department_label.setBuddy(self.department)
        for widget in (period_label, self.first, QLabel("~"), self.last, department_label,
                       self.department, self.show_button):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.xlsx_button = QPushButton(translate("CaseRegister", "엑셀로 저장(&X)…"))
        self.pdf_button = QPushButton(translate("CaseRegister", "PDF로 저장(&F)…"))
        self.hwpx_button = QPushButton(translate("CaseRegister", "한글로 저장(&H)…"))
        close = QPushButton(translate("CaseRegister", "닫기"))
        self.xlsx_button.setToolTip(translate("CaseRegister", "사유를 적고 XLSX 파일로 저장합니다 (Ctrl+S)"))
        self.pdf_button.setToolTip(translate("CaseRegister", "사유를 적고 PDF 파일로 저장합니다 (Ctrl+Shift+S)"))
        self.hwpx_button.setToolTip(translate("CaseRegister", "사유를 적고 HWPX(한글) 파일로 저장합니다"))
        for button in (self.xlsx_button, self.pdf_button, self.hwpx_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
        close.setAutoDefault(False)
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.hwpx_button.clicked.connect(lambda: self.save("hwpx"))
        close.clicked.connect(self.reject)
        for keys, kind in (("Ctrl+S", "xlsx"), ("Ctrl+Shift+S", "pdf")):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _on=False, kind=kind: self.save(kind))
            self.addAction(action)
        row.addStretch(1)
        for button in (self.xlsx_button, self.pdf_button, self.hwpx_button, close):
            row.addWidget(button)
        return row

    def _load_departments(self) -> None:
        self.department.addItem(translate("CaseRegister", "전체"), None)
        for unit in self._backend.roster.departments():
            self.department.addItem("  " * unit.depth + unit.name, unit.id)
