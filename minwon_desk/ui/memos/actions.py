"""The chosen memo: everything about it (the whole number, to call back), its history, and
what the officer does with it — record a callback attempt, pass it on, or close it.

One "메모·사유" field serves all three: an optional note with an attempt, the note that
travels with a transfer, the reason for closing. A refusal is shown next to the field it is
about and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QListWidgetItem, QPushButton, QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.memos import Outcome, caller_label
from minwon_desk.services.dto import Actor, MemoEventView, MemoView, StaffSummary
from minwon_desk.ui.common.field_errors import FieldErrors
from minwon_desk.ui.common.staff_picker import StaffSearch, chosen_staff_id, refill_staff_combo
from minwon_desk.ui.common.time_words import short_time
from minwon_desk.ui.forms.ui_memo_page import Ui_MemoPage
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.memos.caller_notices import notice_history_line
from minwon_desk.ui.memos.text import channel_label

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

FIELD_ALIASES = {
    "note": "note",
    "reason": "note",
    "outcome": "note",
    "to_staff": "transfer",
    "to_staff_id": "transfer",
}


def event_text(event: MemoEventView) -> str:
    """One line of a memo's history: '7/2 10:30 이서연 · 받지 않음 — 점심 뒤 다시'."""
    when = short_time(event.at)
    kind = event.kind
    if kind == "taken":
        what = translate("MemoActions", "접수")
        if event.to_name and not event.note:  # a routed memo's note already says where
            what += translate("MemoActions", " → {holder}").format(holder=event.to_name)
    elif kind == "attempt":
        try:
            what = Outcome(event.outcome).label
        except ValueError:
            what = event.outcome
    elif kind == "transfer":
        what = translate("MemoActions", "전달 {source} → {target}").format(source=event.from_name, target=event.to_name)
    elif kind == "reassign":
        what = translate("MemoActions", "대신 받음 {source} → {target}").format(source=event.from_name, target=event.to_name)
    elif kind == "handover":
        what = translate("MemoActions", "담당자에게 돌려줌 {source} → {target}").format(
            source=event.from_name, target=event.to_name
        )
    elif kind == "close":
        what = translate("MemoActions", "종결")
    else:
        what = kind
    line = f"{when} {event.actor} · {what}" if event.actor else f"{when} · {what}"
    return f"{line} — {event.note}" if event.note else line


def detail_text(memo: MemoView) -> str:
    """The memo in full, for the person calling back (the whole number is needed there)."""
    caller = caller_label(memo.caller_name, memo.caller_org)
    lines = [
        translate("MemoActions", "{number} · {taken} 접수 ({by})").format(
            number=memo.number, taken=short_time(memo.taken_at), by=memo.taken_by
        ),
        translate("MemoActions", "전화하신 분: {caller}").format(caller=caller),
    ]
    if memo.caller_phone:
        lines.append(translate("MemoActions", "전화번호: {phone}").format(phone=memo.caller_phone))
    reply = channel_label(memo.channel)
    if memo.address and memo.address != memo.caller_phone:
        reply += f" {memo.address}"
    lines.append(translate("MemoActions", "회신 방법: {reply}").format(reply=reply))
    if memo.asked_for and memo.asked_for_id != memo.holder_id:
        lines.append(translate("MemoActions", "찾은 직원: {asked} → 맡은 사람: {holder} ({dept})").format(
            asked=memo.asked_for, holder=memo.holder, dept=memo.holder_department))
    else:
        lines.append(translate("MemoActions", "맡은 사람: {holder} ({dept})").format(
            holder=memo.holder, dept=memo.holder_department))
    if memo.routed_note:
        lines.append(memo.routed_note)
    if memo.state == "open":
        due = short_time(memo.due_at) if memo.due_at is not None else translate("MemoActions", "기한 없음")
        lines.append(translate("MemoActions", "답신 기한: {due} · 시도 {n}회").format(due=due, n=memo.attempts))
    else:
        closed = short_time(memo.closed_at) if memo.closed_at is not None else ""
        lines.append(translate("MemoActions", "끝남: {at} ({reason}) · 시도 {n}회").format(
            at=closed, reason=memo.close_reason, n=memo.attempts))
    lines.append(translate("MemoActions", "요지:"))
    lines.append(memo.gist)
    return "\n".join(lines)


class MemoActions(QObject):
    """Behaviour of the "고른 메모" box of :class:`Ui_MemoPage`."""

    changed = Signal(object)  # MemoView after this desk recorded, transferred or closed it
    register_case = Signal(int)  # memo id: register the chosen memo as a case (민원)

    def __init__(
        self,
        form: Ui_MemoPage,
        backend: Backend,
        actor: Callable[[], Actor | None],
        selected: Callable[[], MemoView | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self._backend = backend
        self._actor = actor
        self._logged: tuple[int, int] | None = None  # (memo, person) whose view is logged
        self._selected = selected
        self.errors = FieldErrors(
            {"note": (form.noteEdit, form.noteError), "transfer": (form.transferCombo, form.transferError)},
            form.detailMessage,
        )
        f = form
        self.outcome_actions: dict[Outcome, QAction] = {
            Outcome.REACHED: f.actionReached,
            Outcome.NO_ANSWER: f.actionNoAnswer,
            Outcome.LEFT_MESSAGE: f.actionLeftMessage,
            Outcome.ANSWERED_EMAIL: f.actionAnsweredEmail,
            Outcome.ANSWERED_SMS: f.actionAnsweredSms,
        }
        buttons = {
            Outcome.REACHED: f.reachedButton,
            Outcome.NO_ANSWER: f.noAnswerButton,
            Outcome.LEFT_MESSAGE: f.leftMessageButton,
            Outcome.ANSWERED_EMAIL: f.emailButton,
            Outcome.ANSWERED_SMS: f.smsButton,
        }
        for outcome, action in self.outcome_actions.items():
            action.triggered.connect(lambda _checked=False, o=outcome: self.record(o))
            _mirror(action, buttons[outcome])
        f.actionTransfer.triggered.connect(self.transfer)
        f.actionClose.triggered.connect(self.close_memo)
        _mirror(f.actionTransfer, f.transferButton, translate("MemoActions", "전달"))
        _mirror(f.actionClose, f.closeButton, translate("MemoActions", "종결"))
        self.case_action = QAction(translate("MemoActions", "민원으로 등록(&R)"), self)
        self.case_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.case_action.setToolTip(translate("MemoActions", "고른 메모를 민원으로 등록합니다. 전화하신 분, 요지, 맡은 직원이 "
                                        "채워진 등록 창이 열립니다 (Ctrl+Shift+C)"))
        self.case_action.triggered.connect(self._register_case)
        self.case_button = QPushButton(f.detailBox)
        self.case_button.setAccessibleName(translate("MemoActions", "민원으로 등록"))
        f.closeRow.insertWidget(1, self.case_button)  # beside 종결, before the spacer
        QWidget.setTabOrder(f.closeButton, self.case_button)
        _mirror(self.case_action, self.case_button, translate("MemoActions", "민원으로 등록"))
        self.show_memo(None)

    def set_staff(self, staff: list[StaffSummary], search: StaffSearch | None) -> None:
        refill_staff_combo(self.form.transferCombo, staff, search)

    def actions(self) -> list[QAction]:
        f = self.form
        return [*self.outcome_actions.values(), f.actionTransfer, f.actionClose, self.case_action]

    def set_enabled(self, enabled: bool) -> None:
        """Acting needs an open memo chosen on a page the operator can see."""
        memo = self._selected() if enabled else None
        live = memo is not None and memo.state == "open"
        for action in self.actions():
            action.setEnabled(live)
        self.case_action.setEnabled(memo is not None)  # an answered memo can still become a case

    # --- the chosen memo ----------------------------------------------------------------

    def show_memo(self, memo: MemoView | None) -> None:
        """Fill the box with ``memo`` and its history (read once per choice)."""
        f = self.form
        f.historyList.clear()
        if memo is None:
            f.detailText.setText(translate("MemoActions", "목록에서 메모를 고르면 내용과 처리 이력이 여기에 나옵니다."))
            return
        actor = self._actor()
        if actor is None:  # signed out: nothing is shown whole
            f.detailText.setText(translate("MemoActions", "로그인한 뒤에 메모 내용을 볼 수 있습니다."))
            return
        if (memo.id, actor.staff_id) != self._logged:
            try:
                # The caller's name and number are shown whole: logged first (접속기록).
                # The same memo shown again after a list refresh is not a new view.
                self._backend.access_log.viewed(actor, entity="memo", subjects=[memo.id],
                                                what=translate("MemoActions", "전화메모 상세"))
            except MinwonError as exc:
                self._logged = None
                f.detailText.setText(exc.message)
                return
            self._logged = (memo.id, actor.staff_id)
        f.detailText.setText(detail_text(memo))
        try:
            history = self._backend.memos.history(memo.id)
            notices = self._backend.notices.for_memo(memo.id)
        except MinwonError as exc:
            self.errors.message(exc.message, error=True)
            return
        # The messages to the caller, in their place among the events.
        lines = [(e.at, event_text(e)) for e in history]
        lines += [(n.created_at, notice_history_line(n)) for n in notices]
        for _at, text in sorted(lines, key=lambda line: line[0]):
            item = QListWidgetItem(text)
            item.setToolTip(item.text())
            f.historyList.addItem(item)

    def history_lines(self) -> list[str]:
        lst = self.form.historyList
        return [lst.item(i).text() for i in range(lst.count())]

    # --- writes -------------------------------------------------------------------------

    def record(self, outcome: Outcome) -> MemoView | None:
        """F5–F9: one callback attempt, with the note (optional) from '메모·사유'."""
        target = self._target()
        if target is None:
            return None
        memo, actor = target
        note = self.form.noteEdit.text()
        done = self._write(lambda: self._backend.memos.record_attempt(actor, memo.id, outcome, note))
        if done is None:
            return None
        if done.state == "open":
            text = translate("MemoActions", "{number}: {outcome} 기록했습니다 (시도 {n}회). 답신 기한은 계속 갑니다.").format(
                number=done.number, outcome=outcome.label, n=done.attempts
            )
        else:
            text = translate("MemoActions", "{number}: {outcome} — 답신을 마쳤습니다. 메모가 끝났습니다.").format(
                number=done.number, outcome=outcome.label
            )
        self._done(done, text)
        return done

    def transfer(self) -> MemoView | None:
        """Ctrl+T: pass the memo to the colleague in '전달받을 직원', with the note."""
        target = self._target()
        if target is None:
            return None
        memo, actor = target
        to_id, problem = chosen_staff_id(self.form.transferCombo)
        if to_id is None:
            self.errors.field("transfer", problem or translate("MemoActions", "넘겨받을 직원을 고르세요 (이름이나 초성으로 찾기)."))
            return None
        note = self.form.noteEdit.text()
        done = self._write(lambda: self._backend.memos.transfer(actor, memo.id, to_id, note))
        if done is None:
            return None
        text = translate("MemoActions", "{number} 메모를 {holder}에게 넘겼습니다.").format(number=done.number, holder=done.holder)
        if done.routed_note:
            text += "\n" + done.routed_note
        self.form.transferCombo.setCurrentIndex(-1)
        self.form.transferCombo.setEditText("")
        self._done(done, text)
        return done

    def close_memo(self) -> MemoView | None:
        """Ctrl+Shift+E: end the memo without a callback; '메모·사유' holds the reason."""
        target = self._target()
        if target is None:
            return None
        memo, actor = target
        reason = self.form.noteEdit.text()
        done = self._write(lambda: self._backend.memos.close(actor, memo.id, reason))
        if done is None:
            return None
        self._done(done, translate("MemoActions", "{number} 메모를 종결했습니다.").format(number=done.number))
        return done

    def _register_case(self) -> None:
        memo = self._selected()
        if memo is not None:
            self.register_case.emit(memo.id)

    def error_for(self, field: str) -> str:
        """The message next to "note" or "transfer" ("" when none)."""
        return self.errors.text(field)

    def message(self) -> str:
        return self.errors.message_text()

    # --- internals ----------------------------------------------------------------------

    def _target(self) -> tuple[MemoView, Actor] | None:
        self.errors.clear()
        memo = self._selected()
        if memo is None:
            self.errors.message(translate("MemoActions", "목록에서 메모를 먼저 고르세요."), error=True)
            return None
        actor = self._actor()
        if actor is None:
            self.errors.message(translate("MemoActions", "로그인한 뒤에 할 수 있습니다."), error=True)
            return None
        return memo, actor

    def _write(self, write: Callable[[], MemoView]) -> MemoView | None:
        try:
            return write()
        except MinwonError as exc:
            self.errors.error(exc, FIELD_ALIASES)
            return None

    def _done(self, memo: MemoView, text: str) -> None:
        self.form.noteEdit.clear()
        self.errors.message(text, error=False)
        self.changed.emit(memo)

    def __repr__(self) -> str:
        return f"MemoActions(note={self.form.noteEdit.text()!r})"


def _mirror(action: QAction, button: QAbstractButton, text: str | None = None) -> None:
    """A button that does what the action does, says its key and follows its state."""
    key = action.shortcut().toString()
    label = (text or action.text()).replace("&", "")
    button.setText(f"{label} ({key})" if key else label)
    button.setToolTip(action.toolTip())
    button.clicked.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    button.setEnabled(action.isEnabled())
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
