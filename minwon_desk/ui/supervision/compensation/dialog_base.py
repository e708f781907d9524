"""The supervisor's small dialogs: the shared dialog frame (``FieldsDialog``) with
selectable text and a refusal that closes the dialog when someone decided first; and one
such dialog at a time on a tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QWidget

from minwon_desk.domain.errors import MinwonError, NotFoundError, StateError
from minwon_desk.services.dto import Actor
from minwon_desk.ui.common.dialogs import FieldsDialog, OneDialog
from minwon_desk.ui.common.dialogs import text_box as shared_text_box
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.ui.forms.ui_compensation_page import Ui_CompensationPage
    from minwon_desk.ui.supervision.compensation.documents import DocumentOpener

ActorProvider = Callable[[], Actor | None]
Say = Callable[[str, bool], None]  # a sentence for the status line; True when it is a problem


def text_box(name: str, placeholder: str, height: int = 90) -> QPlainTextEdit:
    return shared_text_box(name, placeholder, height)


class FormDialog(FieldsDialog):
    """What it acts on, the facts, the fields with their errors, 확인/닫기; a decision made
    elsewhere meanwhile closes it and says so through ``refused``."""

    refused = Signal(str)  # the service said no for a reason the form cannot fix

    tr_context = "CompensationDialogs"
    header_name = QT_TRANSLATE_NOOP("CompensationDialogs", "대상")
    selectable_labels = True

    def refusal(self, exc: MinwonError) -> bool:
        if isinstance(exc, StateError | NotFoundError):
            # Decided, voided or changed elsewhere meanwhile: nothing typed here can help.
            self.refused.emit(exc.message)
            QDialog.reject(self)
            return True
        return False


class DialogSlot(OneDialog):
    """One dialog at a time on a tab: a second request raises the one already open (what
    is typed there stays). A refusal it cannot fix is said in the status line, and the
    list is read again."""

    def __init__(self, page: QWidget, actor: ActorProvider, say: Callable[[str, bool], None]) -> None:
        super().__init__(page)
        self._actor, self._say = actor, say

    def may_open(self) -> bool:
        if self._actor() is None:
            self._say(translate("CompensationDialogs", "로그인한 뒤에 할 수 있습니다."), True)
            return False
        return not self.raised()

    def open(self, dialog: FormDialog, reload: Callable[[], None]) -> None:
        self._say("", False)

        def refused(message: str) -> None:
            self._say(message, True)
            reload()

        dialog.refused.connect(refused)
        self.show(dialog)


class PageSection(QObject):
    """One part of the supervisor's page (the voucher ledger, the corrective actions): its
    widgets, the open database, this desk's operator, the status line, the documents it
    opens, and its one dialog at a time."""

    def __init__(self, page: QWidget, form: Ui_CompensationPage,
                 backend: Backend, actor: ActorProvider, say: Say,
                 opener: DocumentOpener) -> None:
        super().__init__(page)
        self._page, self.form = page, form
        self._backend, self._actor, self._say = backend, actor, say
        self.opener = opener
        self.dialogs = DialogSlot(page, actor, say)
