"""Importing the staff roster or absences from an HR spreadsheet (CSV or XLSX).

Choosing a file shows what the import would do, row by row (추가 / 수정 / 변경 없음), or
every error that stops it (line, column, reason). 가져오기 is offered only for a file without
errors, and writes everything in one transaction or nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QHeaderView, QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.services.directory import absence_import, roster_import
from minwon_desk.services.dto import Actor
from minwon_desk.services.spreadsheets import RowError
from minwon_desk.services.tabular import ADD, SAME, UPDATE, ImportPreview, ImportRejected
from minwon_desk.ui.common.asking import ChooseFile, file_chooser
from minwon_desk.ui.common.table_model import DISPLAY, RowsTableModel
from minwon_desk.ui.forms.ui_import_dialog import Ui_ImportDialog
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

STAFF, ABSENCES = "staff", "absences"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def _moment(value: datetime) -> str:
    return f"{to_seoul(value):%Y-%m-%d %H:%M}"


@dataclass(frozen=True)
class _Kind:
    key: str
    title: str
    done: str  # "직원 명부를": the title with its object particle
    unit: str  # counter word: "명", "건"
    columns: tuple[str, ...]  # the template's header row
    preview_columns: tuple[tuple[str, Callable[[Any], str]], ...]


_KINDS = (
    _Kind(
        STAFF, QT_TRANSLATE_NOOP("ImportDialog", "직원 명부"), QT_TRANSLATE_NOOP("ImportDialog", "직원 명부를"), QT_TRANSLATE_NOOP("ImportDialog", "명"), roster_import.COLUMNS,
        (
            (QT_TRANSLATE_NOOP("ImportDialog", "사번"), lambda r: r.employee_no), (QT_TRANSLATE_NOOP("ImportDialog", "성명"), lambda r: r.name),
            (QT_TRANSLATE_NOOP("ImportDialog", "직위"), lambda r: r.position), (QT_TRANSLATE_NOOP("ImportDialog", "부서"), lambda r: r.department),
            (QT_TRANSLATE_NOOP("ImportDialog", "내선번호"), lambda r: r.extension), (QT_TRANSLATE_NOOP("ImportDialog", "이메일"), lambda r: r.email),
            (QT_TRANSLATE_NOOP("ImportDialog", "담당업무"), lambda r: ", ".join(r.duties)), (QT_TRANSLATE_NOOP("ImportDialog", "기본대행자사번"), lambda r: r.deputy_no),
        ),
    ),
    _Kind(
        ABSENCES, QT_TRANSLATE_NOOP("ImportDialog", "부재 일정"), QT_TRANSLATE_NOOP("ImportDialog", "부재 일정을"), QT_TRANSLATE_NOOP("ImportDialog", "건"), absence_import.COLUMNS,
        (
            (QT_TRANSLATE_NOOP("ImportDialog", "사번"), lambda r: r.employee_no), (QT_TRANSLATE_NOOP("ImportDialog", "성명"), lambda r: r.staff_name),
            (QT_TRANSLATE_NOOP("ImportDialog", "구분"), lambda r: r.kind), (QT_TRANSLATE_NOOP("ImportDialog", "시작"), lambda r: _moment(r.starts_at)),
            (QT_TRANSLATE_NOOP("ImportDialog", "종료"), lambda r: _moment(r.ends_at)),
            (QT_TRANSLATE_NOOP("ImportDialog", "업무대행자"), lambda r: f"{r.deputy_name} ({r.deputy_no})" if r.deputy_no else translate("ImportDialog", "(기본 대행자)")),
        ),
    ),
)


class TextTableModel(RowsTableModel):
    """Rows of ready-made strings: thousands of preview rows without a widget per cell."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, headers: Sequence[str], rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._headers = tuple(headers)
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[tuple[str, ...]]:
        return list(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role == DISPLAY and index.isValid():
            return self._rows[index.row()][index.column()]
        return None


class ImportDialog(QDialog):
    imported = Signal(str)  # what was imported, in a sentence

    def __init__(
        self,
        backend: Backend,
        actor: Callable[[], Actor | None],
        parent: QWidget | None = None,
        *,
        choose_file: ChooseFile | None = None,
        kind: str = STAFF,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_ImportDialog()
        self.form.setupUi(self)
        self._backend = backend
        self._actor = actor
        self._choose = choose_file or file_chooser(
            translate("ImportDialog", "가져올 파일 선택"), translate("ImportDialog", "명부 파일 (*.csv *.xlsx);;CSV (*.csv);;Excel 통합 문서 (*.xlsx)")
        )
        self._path: Path | None = None
        self._preview: ImportPreview[Any] | None = None
        self.result_message = ""
        f = self.form
        for k in _KINDS:
            f.kindCombo.addItem(_tr(k.title), k.key)
        f.kindCombo.setCurrentIndex(max(f.kindCombo.findData(kind), 0))
        self.preview_model = TextTableModel((), self)
        self.error_model = TextTableModel((translate("ImportDialog", "행"), translate("ImportDialog", "열"), translate("ImportDialog", "내용")), self)
        f.previewTable.setModel(self.preview_model)
        # Column widths from the first rows only: measuring 5,000 rows takes longer than reading them.
        f.previewTable.horizontalHeader().setResizeContentsPrecision(200)
        f.errorTable.setModel(self.error_model)
        f.errorTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        f.errorTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        f.errorTable.setWordWrap(True)
        f.kindCombo.currentIndexChanged.connect(self._on_kind)
        f.chooseButton.clicked.connect(self.choose_file)
        f.importButton.clicked.connect(self.run_import)
        f.closeButton.clicked.connect(self.reject)
        f.closeButton.setAutoDefault(False)
        f.chooseButton.setAutoDefault(False)
        choose = QShortcut(QKeySequence("Ctrl+O"), self)
        choose.activated.connect(self.choose_file)
        set_role(f.templateHint, "hint")
        set_role(f.summaryLabel, "summary")
        self._on_kind()

    # --- what the operator does -------------------------------------------------------------

    def kind(self) -> str:
        return str(self.form.kindCombo.currentData())

    def set_kind(self, kind: str) -> None:
        self.form.kindCombo.setCurrentIndex(self.form.kindCombo.findData(kind))

    def choose_file(self) -> bool:
        """파일 선택…: ask for a file and show its preview."""
        path = self._choose(self)
        if path is None:
            return False
        self.load(path)
        return True

    def load(self, path: Path) -> None:
        """Read ``path`` and show what importing it would do (nothing is written)."""
        self._path = path
        self.form.fileEdit.setText(str(path))
        self._refresh_preview()

    def can_import(self) -> bool:
        return self.form.importButton.isEnabled()

    def errors(self) -> list[tuple[str, ...]]:
        return self.error_model.rows()

    def preview_rows(self) -> list[tuple[str, ...]]:
        return self.preview_model.rows()

    def summary(self) -> str:
        return self.form.summaryLabel.text()

    def run_import(self) -> bool:
        """가져오기: everything in one transaction, or nothing with every reason shown."""
        if self._path is None or not self.can_import():
            return False
        k = self._kind()
        importer = self._backend.roster_import if k.key == STAFF else self._backend.absence_import
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = importer.apply(self._actor(), self._path)
        except ImportRejected as exc:
            self._show_errors(exc.errors, exc.message)
            return False
        except MinwonError as exc:
            self._say(translate("ImportDialog", "{problem}\n아무것도 가져오지 않았습니다.").format(problem=exc.message), error=True)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        parts = [
            translate("ImportDialog", "추가 {n}{u}").format(n=result.added, u=_tr(k.unit)),
            translate("ImportDialog", "수정 {n}{u}").format(n=result.updated, u=_tr(k.unit)),
        ]
        if result.unchanged:
            parts.append(translate("ImportDialog", "변경 없음 {n}{u}").format(n=result.unchanged, u=_tr(k.unit)))
        if result.new_departments:
            parts.append(translate("ImportDialog", "새 부서 {n}개").format(n=result.new_departments))
        self.result_message = translate("ImportDialog", "{file}에서 {what} 가져왔습니다: {parts}.").format(
            file=result.file, what=_tr(k.done), parts=", ".join(parts)
        )
        self.imported.emit(self.result_message)
        self.accept()
        return True

    # --- internals --------------------------------------------------------------------------

    def _kind(self) -> _Kind:
        key = self.kind()
        return next(k for k in _KINDS if k.key == key)

    def _on_kind(self, *_args: object) -> None:
        k = self._kind()
        self.form.templateHint.setText(
            translate("ImportDialog", "첫 줄(머리행)에 이 열이 있어야 합니다: {columns}. CSV(UTF-8 또는 CP949)나 XLSX 파일을 고르세요.").format(
                columns=", ".join(k.columns)
            )
        )
        self.preview_model.set_rows((translate("ImportDialog", "행"), translate("ImportDialog", "처리"), *(_tr(title) for title, _get in k.preview_columns)), [])
        if self._path is not None:
            self._refresh_preview()
        else:
            self._show_errors((), "")
            self._say(translate("ImportDialog", "가져올 파일을 고르세요 (Ctrl+O)."), error=False)

    def _refresh_preview(self) -> None:
        if self._path is None:
            return
        k = self._kind()
        importer = self._backend.roster_import if k.key == STAFF else self._backend.absence_import
        self._say(translate("ImportDialog", "{name} 읽는 중…").format(name=self._path.name), error=False)
        self.form.summaryLabel.repaint()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview: ImportPreview[Any] = importer.preview(self._path)
        except MinwonError as exc:
            self._preview = None
            self._show_errors((RowError(0, "", exc.message),), "")
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._preview = preview
        headers = (translate("ImportDialog", "행"), translate("ImportDialog", "처리"), *(_tr(title) for title, _get in k.preview_columns))
        rows = [
            (str(r.line), r.action, *(get(r) for _title, get in k.preview_columns)) for r in preview.rows
        ]
        self.preview_model.set_rows(headers, rows)
        self.form.previewTable.resizeColumnsToContents()
        if preview.errors:
            self._show_errors(preview.errors, "")
            return
        self._show_errors((), "")
        encoding = f" ({preview.encoding})" if preview.encoding else ""
        text = translate("ImportDialog", "{file}{enc}: 추가 {a}{u}, 수정 {m}{u}, 변경 없음 {s}{u}.").format(
            file=preview.file, enc=encoding, a=preview.count(ADD), m=preview.count(UPDATE),
            s=preview.count(SAME), u=_tr(k.unit),
        )
        if preview.new_departments:
            text += " " + translate("ImportDialog", "새로 만들 부서 {n}개: {paths}.").format(
                n=len(preview.new_departments), paths=", ".join(preview.new_departments[:5])
                + (" …" if len(preview.new_departments) > 5 else "")
            )
        if not preview.rows or preview.count(SAME) == len(preview.rows):
            text += " " + translate("ImportDialog", "바뀌는 것이 없습니다.")
        text += " " + translate("ImportDialog", "맞으면 '가져오기'를 누르세요.")
        for warning in preview.warnings:  # worth a look, not a reason to refuse
            text += "\n" + translate("ImportDialog", "주의 — {warning}").format(warning=warning)
        self._say(text, error=False)
        self.form.importButton.setEnabled(True)
        self.form.importButton.setDefault(True)

    def _show_errors(self, errors: Sequence[RowError], message: str) -> None:
        """Every error in the table (and nothing can be imported while there are any)."""
        f = self.form
        rows = [
            (translate("ImportDialog", "{n}행").format(n=e.line) if e.line else translate("ImportDialog", "파일 전체"), e.column, e.message)
            for e in errors
        ]
        self.error_model.set_rows((translate("ImportDialog", "행"), translate("ImportDialog", "열"), translate("ImportDialog", "내용")), rows)
        f.errorTable.setVisible(bool(rows))
        f.previewTable.setVisible(not rows)
        f.importButton.setEnabled(False)
        if rows:
            f.errorTable.resizeRowsToContents()
            name = self._path.name if self._path is not None else ""
            self._say(
                message or translate("ImportDialog", "{file}에 고칠 곳이 {n}군데 있습니다. 파일을 고친 뒤 다시 골라 주세요. "
                               "고칠 곳이 없어야 가져올 수 있습니다.").format(file=name, n=len(rows)),
                error=True,
            )

    def _say(self, text: str, *, error: bool) -> None:
        self.form.summaryLabel.setText(text)
        set_role(self.form.summaryLabel, "alert" if error else "summary")

    def __repr__(self) -> str:
        return f"ImportDialog(kind={self.kind()!r}, file={self._path!r})"
