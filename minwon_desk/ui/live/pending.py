"""Kept items where the operator looks for them: a kept check-in as a row of the waiting
board ("전송 대기", its clock running from when it was typed), kept memos in a small box
under the memo form. Both go once the server has them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.privacy import mask_name, mask_phone
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.services.dto import VisitView
from minwon_desk.services.queue.outbox import Kept, KeptKind
from minwon_desk.ui.i18n import translate

Deadline = Callable[[datetime], tuple[datetime | None, datetime | None]]


def pending_visit(kept: Kept, deadline: Deadline) -> VisitView:
    """A kept check-in as the board shows it (its id: the negative of its place in the
    queue, so it never meets a visit's id)."""
    req = kept.check_in
    try:
        due_at, warn_at = deadline(kept.at)
    except MinwonError:  # the calendar could not be read: the clock just counts up
        due_at = warn_at = None
    name = req.visitor_name.strip()
    phone = req.phone.strip()
    return VisitView(
        id=-kept.id,
        visitor_name=name,
        visitor_name_masked=mask_name(name),
        phone=phone,
        phone_masked=mask_phone(phone) if phone else "",
        purpose=req.purpose.strip(),
        officer_id=req.officer_id,
        officer_label=kept.officer,
        desk=kept.actor.desk,
        checked_in_at=to_seoul(kept.at),
        greeting_due_at=to_seoul(due_at) if due_at is not None else None,
        greeting_warn_at=to_seoul(warn_at) if warn_at is not None else None,
        greeted_at=None,
        greeted_by="",
        checked_out_at=None,
        repeat_of_id=req.repeat_of_id,
        repeat_staff_error=req.repeat_staff_error,
        repeat_note=req.repeat_note,
    )


def pending_visits(items: Sequence[Kept], deadline: Deadline) -> list[VisitView]:
    return [pending_visit(k, deadline) for k in items if k.kind is KeptKind.CHECK_IN]


def memo_line(kept: Kept) -> str:
    """"14:02 김*수 — 회신 바람 → 김민준 사무관 (전송 대기)"."""
    memo = kept.memo
    gist = " ".join(memo.gist.split())
    if len(gist) > 30:
        gist = gist[:29] + "…"
    text = f"{to_seoul(kept.at):%H:%M} {mask_name(memo.caller_name)} — {gist}"
    if kept.officer:
        text += f" → {kept.officer}"
    return text + translate("PendingItems", " (전송 대기)")


class PendingMemos(QGroupBox):
    """The memos kept on this PC, oldest first; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("PendingItems", "전송 대기 전화메모 (번호는 보낼 때 정해짐)"), parent)
        self.setAccessibleName(translate("PendingItems", "전송 대기 전화메모"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("PendingItems", "전송 대기 전화메모 목록"))
        self.list.setMaximumHeight(90)
        layout.addWidget(self.list)
        self.hide()

    def show_items(self, items: Sequence[Kept]) -> None:
        self.list.clear()
        memos = [k for k in items if k.kind is KeptKind.MEMO]
        for kept in memos:
            item = QListWidgetItem(memo_line(kept))
            item.setToolTip(kept.memo.gist)
            self.list.addItem(item)
        self.setVisible(bool(memos))

    def lines(self) -> list[str]:
        if self.isHidden():
            return []
        return [self.list.item(i).text() for i in range(self.list.count())]
