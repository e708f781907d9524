"""The "전화메모 받기" form: a memo in a few keystrokes, and where it will go before saving.

Enter saves (Ctrl+Enter inside the gist, where Enter starts a new line) and Esc clears. A
failed save keeps every field as typed, with the reason next to the field it is about.
When the officer asked for is away, the form says who will get the memo instead. When
another desk holds the lock the save waits for, the form says so and tries again by itself
(through the background helper) before it gives up, the fields untouched meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut

from minwon_desk.domain.errors import LockedError, MinwonError, ValidationError
from minwon_desk.domain.memos import Channel
from minwon_desk.services.dto import Actor, MemoRequest, MemoView, StaffSummary
from minwon_desk.ui.common.dialog_keys import MultilineKeys
from minwon_desk.ui.common.directory_cache import active_staff
from minwon_desk.ui.common.field_errors import FieldErrors
from minwon_desk.ui.common.lock_retry import LockRetry
from minwon_desk.ui.common.staff_picker import chosen_staff_id, refill_staff_combo
from minwon_desk.ui.common.time_words import short_time
from minwon_desk.ui.forms.ui_memo_page import Ui_MemoPage
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.style import set_role

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.ui.common.directory_cache import DirectoryCache
    from minwon_desk.ui.live.desk_queue import DeskQueue

# ValidationError.field → the form field it is about.
FIELD_ALIASES = {
    "caller_name": "caller_name",
    "phone": "phone",
    "caller_phone": "phone",
    "caller_org": "org",
    "org": "org",
    "gist": "gist",
    "address": "address",
    "channel": "address",
    "asked_for": "officer",
    "asked_for_id": "officer",
}

_CHANNELS = (Channel.PHONE, Channel.SMS, Channel.EMAIL, Channel.NONE)


def _address_hint(channel: Channel) -> str:
    if channel is Channel.EMAIL:
        return translate("MemoForm", "이메일 주소 (예: hong@example.com)")
    if channel is Channel.SMS:
        return translate("MemoForm", "문자 받을 번호 (비우면 위 번호)")
    if channel is Channel.NONE:
        return translate("MemoForm", "전달만 합니다 — 회신도 알림도 없습니다")
    return translate("MemoForm", "다른 번호로 회신 (비우면 위 번호)")


class MemoForm(QObject):
    """Behaviour of the "전화메모 받기" box of :class:`Ui_MemoPage`."""

    taken = Signal(object)  # MemoView, just saved at this desk

    def __init__(
        self,
        form: Ui_MemoPage,
        backend: Backend,
        actor: Callable[[], Actor | None],
        parent: QObject | None = None,
        *,
        cache: DirectoryCache | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self._backend = backend
        self._actor = actor
        self._cache = cache
        self._staff: list[StaffSummary] = []
        # Keeps the memo on this PC when the server is away (set by the window).
        self.keeper: DeskQueue | None = None
        self.lock_retry = LockRetry(
            form.memoBox, lambda text, error: self.errors.message(text, error=error), [form.saveButton])
        self.errors = FieldErrors(
            {
                "caller_name": (form.callerEdit, form.callerError),
                "phone": (form.phoneEdit, form.phoneError),
                "org": (form.orgEdit, form.orgError),
                "officer": (form.officerCombo, form.officerError),
                "gist": (form.gistEdit, form.gistError),
                "address": (form.addressEdit, form.addressError),
            },
            form.formMessage,
        )
        set_role(form.keysHint, "hint")
        set_role(form.routeLabel, "alert")
        form.routeLabel.hide()
        for channel in _CHANNELS:
            form.channelCombo.addItem(channel.label, channel.value)
        form.channelCombo.currentIndexChanged.connect(self._channel_changed)
        self._channel_changed()
        form.officerCombo.currentTextChanged.connect(self._update_route)
        self._gist_keys = MultilineKeys(self)
        form.gistEdit.installEventFilter(self._gist_keys)
        if cache is not None:
            cache.changed.connect(self._on_directory_changed)

        box = form.memoBox
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys in ("Return", "Enter", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), box, context=context).activated.connect(self.submit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), box, context=context).activated.connect(self.clear)
        form.saveButton.clicked.connect(self.submit)
        form.clearButton.clicked.connect(self.clear)
        self._fill_officers()

    # --- officers and where the memo goes -----------------------------------------------

    def _on_directory_changed(self) -> None:
        self._fill_officers()

    def _fill_officers(self) -> None:
        """(Re)fill the officer list from the directory, keeping what is typed."""
        try:
            self._staff, search = active_staff(self._cache, self._backend)
        except MinwonError as exc:
            self.errors.message(exc.message, error=True)
            return
        refill_staff_combo(self.form.officerCombo, self._staff, search)
        self._update_route()

    def route_text(self) -> str:
        """What the form says about where the memo will go ("" when the officer is in)."""
        label = self.form.routeLabel
        return label.text() if not label.isHidden() else ""

    def _update_route(self, *_args: object) -> None:
        label = self.form.routeLabel
        text = self._route_for(*chosen_staff_id(self.form.officerCombo))
        label.setText(text)
        label.setVisible(bool(text))

    def _route_for(self, officer_id: int | None, problem: str | None) -> str:
        backend = self._backend
        if officer_id is None or problem is not None:
            return ""
        snapshot = self._cache.snapshot if self._cache is not None else None
        if snapshot is not None:
            # The directory in memory answers "is the officer in?" without a query per
            # keystroke; only an absent officer needs the service's routing.
            try:
                if snapshot.presence(officer_id, backend.clock()).present:
                    return ""
            except MinwonError:
                return ""
        try:
            holder_id, why = backend.memos.route(officer_id)
        except MinwonError as exc:
            return exc.message
        if why or holder_id == officer_id:
            return why  # the service names who gets it and until when the officer is away
        holder = self._label(holder_id)
        if not holder:
            return translate("MemoForm", "이 메모는 받은 직원이 가지고 있습니다.")
        return translate("MemoForm", "이 메모는 {holder}에게 갑니다.").format(holder=holder)

    def _label(self, staff_id: int | None) -> str:
        if staff_id is None:
            return ""
        for person in self._staff:
            if person.id == staff_id:
                return f"{person.name} {person.position}"
        return ""

    # --- actions ------------------------------------------------------------------------

    def submit(self) -> MemoView | None:
        """Save the memo; returns it, or None with the reason shown next to its field (or
        while it is being tried again after another desk's lock)."""
        if self.retrying():
            return None
        self.errors.clear()
        actor = self._actor()
        if actor is None:
            self.errors.message(
                translate("MemoForm", "로그인한 뒤에 할 수 있습니다."), error=True
            )
            return None
        officer_id, problem = chosen_staff_id(self.form.officerCombo)
        if problem is not None:
            self.errors.field("officer", problem)
            return None
        f = self.form
        request = MemoRequest(
            caller_name=f.callerEdit.text(),
            phone=f.phoneEdit.text(),
            gist=f.gistEdit.toPlainText(),
            channel=str(f.channelCombo.currentData()),
            address=f.addressEdit.text(),
            org=f.orgEdit.text(),
            asked_for_id=officer_id,
        )
        officer = f.officerCombo.currentText()
        try:
            with self._backend.hurried():
                saved = self._take(actor, request, officer)
        except LockedError:
            self.lock_retry.start(lambda: self._take(actor, request, officer),
                                  lambda saved: self._after_save(saved, actor), translate("MemoForm", "메모 저장"))
            return None
        except MinwonError as exc:
            self._refused(exc)
            return None
        return self._after_save(saved, actor)

    def _take(self, actor: Actor, request: MemoRequest, officer: str) -> object:
        if self.keeper is not None:
            return self.keeper.take_memo(actor, request, officer)
        return self._backend.memos.take(actor, request)

    def retrying(self) -> bool:
        """A save held up by another desk's lock is being tried again."""
        return self.lock_retry.running()

    def _after_save(self, saved: object, actor: Actor) -> MemoView | None:
        f = self.form
        if not isinstance(saved, MemoView):  # kept on this PC: the server is away
            self._reset_fields()
            self.errors.message(translate("MemoForm",
                "서버와 연결이 끊겨 메모를 이 PC에 보관했습니다(전송 대기). 다시 연결되면 전화를 "
                "받은 시각 그대로 보내고, 메모 번호는 그때 정해집니다."), error=False)
            f.callerEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        memo = saved
        self._reset_fields()
        self.errors.message(self.saved_message(memo, actor), error=False)
        f.callerEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.taken.emit(memo)
        return memo

    @staticmethod
    def saved_message(memo: MemoView, actor: Actor) -> str:
        """"M2026-000012 메모를 이서연 주무관에게 전달했습니다. 회신 기한 7/3 11:00"."""
        if memo.holder_id == actor.staff_id:
            text = translate("MemoForm", "{number} 메모를 받았습니다. 직접 회신해 주세요.").format(number=memo.number)
        elif memo.asked_for and memo.asked_for_id != memo.holder_id:
            text = translate("MemoForm", "{number} 메모를 {asked} 대신 {holder}에게 전달했습니다.").format(
                number=memo.number, asked=memo.asked_for, holder=memo.holder
            )
        else:
            text = translate("MemoForm", "{number} 메모를 {holder}에게 전달했습니다.").format(
                number=memo.number, holder=memo.holder
            )
        if memo.due_at is not None:
            text += " " + translate("MemoForm", "회신 기한 {at}").format(at=short_time(memo.due_at))
        if memo.routed_note and memo.holder_id == memo.asked_for_id:
            text += "\n" + memo.routed_note  # away but back in time: who to call meanwhile
        return text

    def clear(self) -> None:
        """Esc: empty every field and message, back to the caller's name."""
        self._reset_fields()
        self.errors.clear()
        self.focus()

    def focus(self) -> None:
        self.form.callerEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.callerEdit.selectAll()

    def error_for(self, field: str) -> str:
        """The message next to ``field`` (caller_name, phone, org, officer, gist, address)."""
        return self.errors.text(field)

    def message(self) -> str:
        return self.errors.message_text()

    # --- internals ----------------------------------------------------------------------

    def _refused(self, exc: MinwonError) -> None:
        if isinstance(exc, ValidationError):
            self.errors.error(exc, FIELD_ALIASES)
            if self.form.gistEdit.hasFocus():
                self.form.gistEdit.selectAll()
            return
        self.errors.message(
            translate("MemoForm", "{problem}\n적은 내용은 그대로 있습니다. 원인을 해결한 뒤 Enter를 눌러 다시 저장하세요.").format(
                problem=exc.message
            ),
            error=True,
        )

    def _channel_changed(self, *_args: object) -> None:
        channel = Channel(self.form.channelCombo.currentData())
        self.form.addressEdit.setPlaceholderText(_address_hint(channel))
        self.form.addressEdit.setEnabled(channel is not Channel.NONE)  # nowhere to write to

    def _reset_fields(self) -> None:
        f = self.form
        for edit in (f.callerEdit, f.phoneEdit, f.orgEdit, f.addressEdit):
            edit.clear()
        f.gistEdit.clear()
        f.channelCombo.setCurrentIndex(0)
        f.officerCombo.setCurrentIndex(-1)
        f.officerCombo.setEditText("")

    def __repr__(self) -> str:
        return f"MemoForm(caller={self.form.callerEdit.text()!r})"
