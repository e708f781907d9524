"""파일 → 설정…: this PC's settings, one row per setting the declaration shows
(minwon_desk.settings.SETTINGS), the editor chosen by its type. Each value is checked by
the service before anything is saved; a refused value is said under its field and the
dialog stays open with what was typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.particles import settle
from minwon_desk.domain.roles import Operation, refusal
from minwon_desk.settings import SETTINGS, Setting, SettingsStore
from minwon_desk.ui.background import Background
from minwon_desk.ui.common.test_mail_row import TestMailRow
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import show_message

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.desk_settings import DeskSettingsService, SaveOutcome
    from minwon_desk.services.dto import Actor

Editor = QLineEdit | QSpinBox | QCheckBox | QComboBox


def _editor(decl: Setting, value: Any, parent: QWidget) -> Editor:
    editor: Editor
    if decl.choices:
        editor = QComboBox(parent)
        for stored, shown in decl.choices:
            editor.addItem(translate("Settings", shown), stored)
        editor.setCurrentIndex(max(0, editor.findData(value)))
    elif decl.type is bool:
        editor = QCheckBox(translate("SettingsDialog", "켬"), parent)
        editor.setChecked(bool(value))
    elif decl.type is int:
        editor = QSpinBox(parent)
        editor.setRange(decl.minimum if decl.minimum is not None else 0,
                        decl.maximum if decl.maximum is not None else 10_000)
        editor.setValue(int(value))
    else:
        editor = QLineEdit(str(value), parent)
        editor.setMinimumWidth(360)
        if decl.secret:
            editor.setEchoMode(QLineEdit.EchoMode.Password)
    editor.setAccessibleName(translate("Settings", decl.label))
    editor.setAccessibleDescription(translate("Settings", decl.description))
    editor.setToolTip(translate("Settings", decl.description))
    return editor


def _value(editor: Editor) -> Any:
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        return editor.value()
    return editor.text()


class SettingsDialog(QDialog):
    """Built from the declaration; ``saved`` carries the sentence for the status bar."""

    saved = Signal(str)

    def __init__(self, service: DeskSettingsService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "설정"))
        self.setAccessibleName(translate("SettingsDialog", "설정"))
        self.setMinimumWidth(600)
        self._service = service
        self._actor = actor
        self.editors: dict[str, Editor] = {}
        self.problems: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(translate("SettingsDialog", "이 PC의 설정입니다. 다른 창구의 설정은 바뀌지 않습니다."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # The settings scroll: each keeps the height its wrapped help needs on a short screen.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(scroll)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        values = service.values()
        self.test_mail: TestMailRow | None = None
        section = ""
        for decl in SETTINGS:
            if not decl.shown:
                continue
            if decl.section != section:
                section = decl.section
                form.addRow(_heading(translate("Settings", section), page))
            name = decl.name
            box = QWidget(page)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            editor = _editor(decl, values[name], box)
            column.addWidget(editor)
            helper = QLabel(translate("Settings", decl.description) + (translate("SettingsDialog", " (다시 시작하면 적용)") if decl.restart else ""), box)
            helper.setWordWrap(True)
            helper.setProperty("role", "hint")
            column.addWidget(helper)
            problem = QLabel(box)
            problem.setWordWrap(True)
            problem.setAccessibleName(translate("SettingsDialog", "{label} 오류").format(label=translate("Settings", decl.label)))
            problem.hide()
            column.addWidget(problem)
            if service.from_environment(name):
                # Kept out of the file on purpose: said, not shown, and not changed here.
                editor.setEnabled(False)
                if isinstance(editor, QLineEdit):
                    editor.clear()
                    editor.setPlaceholderText(translate("SettingsDialog", "환경 변수에서 가져옴"))
                helper.setText(helper.text() + translate(
                    "SettingsDialog", " — 지금은 환경 변수 {env}의 값을 씁니다. 여기서는 바꿀 수 없습니다.").format(
                    env=decl.env))
            elif not service.may_change(actor, name):
                editor.setEnabled(False)
                editor.setToolTip(refusal(Operation.SETTINGS))
                helper.setText(helper.text() + translate("SettingsDialog", " — 관리자만 바꿀 수 있습니다."))
            label = QLabel(translate("Settings", decl.label), page)
            label.setBuddy(editor)
            form.addRow(label, box)
            self.editors[name] = editor
            self.problems[name] = problem
            if name == "mail_from":
                self.test_mail = self._test_mail_row(page, form)
        scroll.setWidget(page)
        layout.addWidget(scroll, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("SettingsDialog", "설정 알림"))
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("SettingsDialog", "저장"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("SettingsDialog", "취소"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._background = Background(self)

    def _test_mail_row(self, page: QWidget, form: QFormLayout) -> TestMailRow:
        """시험 메일 보내기, under the mail settings it tries."""
        row = TestMailRow(lambda to: self._service.send_test_mail(self._actor, self.typed(), to), page)
        label = QLabel(translate("SettingsDialog", "시험 메일"), page)
        label.setBuddy(row.address)
        form.addRow(label, row)
        if not self._service.may_change(self._actor, "smtp_host"):
            row.setEnabled(False)
            row.setToolTip(refusal(Operation.SETTINGS))
        return row

    def focus_first(self) -> None:
        """The first field this person may change (the desk's name for everyone)."""
        self.activateWindow()
        first = next((e for e in self.editors.values() if e.isEnabled()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def typed(self) -> dict[str, Any]:
        """What the enabled fields hold now (a disabled one is not this person's to change)."""
        return {n: _value(e) for n, e in self.editors.items() if e.isEnabled()}

    def save(self) -> None:
        """Check and save off the GUI thread: a server address is tried, which takes a moment."""
        typed = self.typed()
        self.buttons.setEnabled(False)
        show_message(self.message, translate("SettingsDialog", "확인하는 중…"), "hint")
        self._background.run(
            lambda _progress, _cancelled: self._service.save(self._actor, typed),
            on_done=self._saved, on_error=self._refused, label=translate("SettingsDialog", "설정 확인 중…"),
            key="save", quiet=True,
        )

    def _saved(self, outcome: SaveOutcome) -> None:
        self.buttons.setEnabled(True)
        for name, label in self.problems.items():
            show_message(label, outcome.problems.get(name, ""), "error")
        if not outcome.ok:
            show_message(self.message, translate("SettingsDialog", "고칠 곳이 있어 저장하지 않았습니다."), "message-error")
            wrong = next(n for n in self.editors if n in outcome.problems)
            self.editors[wrong].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not outcome.saved:
            text = translate("SettingsDialog", "바뀐 설정이 없습니다.")
        elif outcome.restart:
            text = settle(translate("SettingsDialog", "설정을 저장했습니다. {names}은(는) 프로그램을 다시 시작하면 적용됩니다.").format(
                names=", ".join(translate("Settings", name) for name in outcome.restart)))
        else:
            text = translate("SettingsDialog", "설정을 저장했습니다.")
        show_message(self.message, text, "message-ok")
        self.saved.emit(text)
        self.accept()

    def _refused(self, message: str) -> None:
        self.buttons.setEnabled(True)
        show_message(self.message, message, "message-error")

    def problem(self, name: str) -> str:
        label = self.problems[name]
        return label.text() if not label.isHidden() else ""


def _heading(text: str, parent: QWidget) -> QLabel:
    """A section's name across the form ("알림 발송")."""
    heading = QLabel(text, parent)
    heading.setProperty("role", "summary")
    heading.setAccessibleName(text)
    return heading


SHORTCUT = "Ctrl+,"  # where desktop programs keep their settings ("Preferences")


class SettingsOpener:
    """파일 → 설정… (Ctrl+,): opens the dialog for whoever is signed in, once the database
    is open (the change is recorded in its audit trail)."""

    def __init__(self, window: QWidget, store: SettingsStore,
                 backend: Callable[[], Backend | None], actor: Callable[[], Actor | None],
                 on_saved: Callable[[str], None]) -> None:
        self._window = window
        self._store = store
        self._backend = backend
        self._actor = actor
        self._on_saved = on_saved
        self.dialog: SettingsDialog | None = None
        self.action = QAction(translate("SettingsDialog", "설정(&T)…"), window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(translate("SettingsDialog", "설정 ({key})").format(key=SHORTCUT))
        self.action.triggered.connect(self.open)

    def open(self) -> SettingsDialog | None:
        backend, actor = self._backend(), self._actor()
        if backend is None or actor is None:
            return None
        # Here, not at the top: the window is built before the database libraries load.
        from minwon_desk.services.desk_settings import DeskSettingsService

        service = DeskSettingsService(self._store, backend.db, backend.clock)
        dialog = SettingsDialog(service, actor, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        dialog.saved.connect(lambda _text: self._apply_notices(backend))
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        dialog.focus_first()
        return dialog

    def _apply_notices(self, backend: Backend) -> None:
        """Mail and text settings apply at once: the next notice goes the new way."""
        from minwon_desk.services.notices.config import notice_config

        backend.notices.config = notice_config(self._store, self._store.path.parent)

    def _closed(self) -> None:
        self.dialog = None
