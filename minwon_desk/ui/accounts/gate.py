"""What the signed-in person sees: pages they may not open are absent (navigation entry,
이동 action and shortcut, the page's own menu actions), and actions their roles do not allow
are disabled with the reason (``refusal``) as their tooltip.

The services refuse anyway (``PermissionDenied``); this only keeps a person from reaching
for what would be refused. The table below names each guarded action by its place on its
page, so the pages themselves need not know about roles: a page that enables an action
(a row was chosen) is overruled at once while the person lacks the role, and gets its own
wish back when someone who has it signs in.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import reduce

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from minwon_desk.domain.roles import Operation, Role, allows, refusal

_O = Operation

# (page, attribute path on the page, the operation it performs)
ACTION_GUARDS: tuple[tuple[str, str, Operation], ...] = (
    ("visitor_desk", "form.checkInButton", _O.VISIT_CHECK_IN),
    ("visitor_desk", "form.actionNewVisitor", _O.VISIT_CHECK_IN),
    ("visitor_desk", "form.actionGreet", _O.VISIT_ATTEND),
    ("visitor_desk", "form.greetButton", _O.VISIT_ATTEND),
    ("visitor_desk", "form.actionCheckOut", _O.VISIT_ATTEND),
    ("visitor_desk", "form.checkOutButton", _O.VISIT_ATTEND),
    ("visitor_desk", "unrecorded_action", _O.VISIT_CORRECT),
    ("memo_page", "form.actionNewMemo", _O.MEMO_TAKE),
    ("memo_page", "form.saveButton", _O.MEMO_TAKE),
    *(("memo_page", f"form.{name}", _O.MEMO_WORK) for name in (
        "actionReached", "actionNoAnswer", "actionLeftMessage", "actionAnsweredEmail",
        "actionAnsweredSms", "actionTransfer", "actionClose", "reachedButton", "noAnswerButton",
        "leftMessageButton", "emailButton", "smsButton", "transferButton", "closeButton")),
    ("case_page", "form.actionNewCase", _O.CASE_REGISTER),
    ("case_page", "form.actionReceipt", _O.CASE_REGISTER),
    ("case_page", "form.actionAssign", _O.CASE_REASSIGN),
    *(("case_page", f"form.{name}", _O.CASE_WORK) for name in (
        "actionNote", "actionPause", "actionResume", "actionExtend", "actionInterim",
        "actionStage", "actionAnswer", "actionReplyLetter", "actionExtensionNotice",
        "actionInterimNotice")),
    ("compensation", "form.actionApprove", _O.COMPENSATION_DECIDE),
    ("compensation", "form.actionReject", _O.COMPENSATION_DECIDE),
    ("compensation", "form.actionVoid", _O.COMPENSATION_DECIDE),
    ("compensation", "form.actionRecordCorrective", _O.CORRECTIVE_WRITE),
    ("compensation", "form.actionPrintVoucher", _O.VOUCHER_PRINT),
    ("compensation", "form.actionPrintMonth", _O.VOUCHER_PRINT),
    ("survey", "entry_action", _O.SURVEY_ENTRY),
    ("survey", "items_action", _O.SURVEY_ADMIN),
)


def may_open(roles: Iterable[Role], opens: Iterable[Operation]) -> bool:
    """A page opens for anyone who may do one of its operations."""
    chosen = frozenset(roles)
    return any(allows(chosen, op) for op in opens)


class ActionGuard(QObject):
    """Keeps one action or button disabled while the person lacks ``op``."""

    def __init__(self, target: QAction | QWidget, op: Operation) -> None:
        super().__init__(target)
        self.target = target
        self.op = op
        self._allowed = True
        self._wanted = self._own_state()  # what the page itself last asked for
        self._own_change = False
        self._tooltip = target.toolTip()
        if isinstance(target, QAction):
            target.changed.connect(self._enforce)
        else:
            target.installEventFilter(self)

    def set_roles(self, roles: frozenset[Role]) -> None:
        self._allowed = allows(roles, self.op)
        self._set_enabled(self._wanted and self._allowed)
        self._set_tooltip(self._tooltip if self._allowed else refusal(self.op))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange:
            self._enforce()
        return False

    def _enforce(self) -> None:
        if self._own_change:
            return
        enabled = self._own_state()
        self._wanted = enabled
        if enabled and not self._allowed:
            self._set_enabled(False)
        tip = self.target.toolTip()
        if self._allowed and tip != self._tooltip:
            self._tooltip = tip  # the page retold its own tooltip
        elif not self._allowed and tip != refusal(self.op):
            self._set_tooltip(refusal(self.op))

    def _own_state(self) -> bool:
        # A widget is also disabled by its parent (the sign-in cover): only its own say counts.
        if isinstance(self.target, QWidget):
            return not self.target.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
        return self.target.isEnabled()

    def _set_enabled(self, enabled: bool) -> None:
        if self._own_state() == enabled:
            return
        self._own_change = True
        try:
            self.target.setEnabled(enabled)
        finally:
            self._own_change = False

    def _set_tooltip(self, text: str) -> None:
        self._own_change = True
        try:
            self.target.setToolTip(text)
        finally:
            self._own_change = False


def guards_for(name: str, page: QWidget) -> list[ActionGuard]:
    """The guards of one page of the table (a missing attribute is skipped)."""
    guards: list[ActionGuard] = []
    for page_name, path, op in ACTION_GUARDS:
        if page_name != name:
            continue
        try:
            target = reduce(getattr, path.split("."), page)
        except AttributeError:
            continue
        if isinstance(target, QAction | QWidget):
            guards.append(ActionGuard(target, op))
    return guards
