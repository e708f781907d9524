"""The reason asked before a list carrying citizens' personal data leaves the app (XLSX,
CSV, PDF): the access log keeps it with the download (개인정보의 안전성 확보조치 기준 §8).
저장 stays greyed until a reason is typed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from minwon_desk.ui.common.dialogs import wrapped_label
from minwon_desk.ui.i18n import translate

MIN_CHARS = 2  # as the service checks it


class ExportReasonDialog(QDialog):
    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportReason", "내려받는 사유"))
        self.setAccessibleName(translate("ExportReason", "내려받는 사유"))
        root = QVBoxLayout(self)
        root.addWidget(wrapped_label(
            translate("ExportReason", "{what}에는 개인정보가 담겨 있습니다. 내려받는 사유를 적어 주세요. "
                "사유는 접속기록에 남습니다.").format(what=what), name=translate("ExportReason", "안내")))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(translate("ExportReason", "사유"))
        self.reason.setPlaceholderText(translate("ExportReason", "예: 11월 처리 현황 점검"))
        self.reason.setMaxLength(500)
        root.addWidget(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ExportReason", "저장"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)
        self.reason.textChanged.connect(self._enable)
        self._enable(self.reason.text())
        self.setMinimumWidth(420)

    def text(self) -> str:
        return " ".join(self.reason.text().split())

    def _enable(self, _text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            len(self.text()) >= MIN_CHARS)


def ask_reason(parent: QWidget | None, what: str) -> str | None:
    """The typed reason, or None when the person cancelled."""
    dialog = ExportReasonDialog(what, parent)
    try:
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
