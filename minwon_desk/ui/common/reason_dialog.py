"""The small dialog an export of personal data asks its reason in (다운로드 사유, 안전성
확보조치 기준 §8): one line, refused while empty, with why it is asked. The reason goes to
the access log with the export."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from minwon_desk.domain.errors import ValidationError
from minwon_desk.services.privacy.access_log import require_reason
from minwon_desk.ui.common.dialogs import line_edit, wrapped_label
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import show_message


class ReasonDialog(QDialog):
    """``what``: the export, as the person would name it ("2026년 고객만족도 조사 XLSX")."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReasonDialog", "내려받는 사유"))
        self.setAccessibleName(translate("ReasonDialog", "내려받는 사유"))
        self.setMinimumWidth(460)
        self.reason = ""  # trimmed, once accepted
        about = wrapped_label(translate("ReasonDialog",
            "{what}에는 개인정보가 담길 수 있습니다. 내려받는 사유를 적어 주세요. 사유는 "
            "계정·시각과 함께 접속기록에 남습니다.").format(what=what), name=translate("ReasonDialog", "사유 안내"))
        self.edit = line_edit(translate("ReasonDialog", "사유"), translate("ReasonDialog", "예: 감사원 자료 요구에 따른 제출"))
        self.message: QLabel = wrapped_label(name=translate("ReasonDialog", "사유 오류"))
        self.message.hide()
        self.ok = QPushButton(translate("ReasonDialog", "내려받기"))
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.submit)
        cancel = QPushButton(translate("ReasonDialog", "취소"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.edit.setFocus()

    def submit(self) -> None:
        try:
            self.reason = require_reason(self.edit.text())
        except ValidationError as exc:
            show_message(self.message, exc.message, "message-error")
            self.edit.setFocus()
            return
        self.accept()


def ask_reason(parent: QWidget, what: str) -> str | None:
    """The reason typed, or None when the person cancelled."""
    dialog = ReasonDialog(what, parent)
    try:
        return dialog.reason if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
