"""What the officer at this desk is told about their memos: how many there are, one that
lands for them, one that goes past its deadline, and the ones a deputy handled while they
were away."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem

from minwon_desk.services.dto import MemoEventView, MemoView
from minwon_desk.ui.common.time_words import short_time
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.memos.actions import event_text
from minwon_desk.ui.memos.text import gist_preview


def landed_notice(memo: MemoView) -> tuple[str, str]:
    """("전화메모가 왔습니다", "홍*동 — 요지…") for the tray."""
    return translate("MemoNotices", "전화메모가 왔습니다"), translate("MemoNotices", "{caller} — {gist}").format(
        caller=memo.caller_name_masked, gist=gist_preview(memo.gist, 40)
    )


def overdue_notice(memo: MemoView, now: datetime) -> tuple[str, str]:
    """("답신 기한이 지났습니다", "M2026-000012 홍*동 — 요지… (기한 14:00)")."""
    due = short_time(memo.due_at, now) if memo.due_at is not None else ""
    return translate("MemoNotices", "답신 기한이 지났습니다"), translate("MemoNotices", "{number} {caller} — {gist} (기한 {due})").format(
        number=memo.number, caller=memo.caller_name_masked, gist=gist_preview(memo.gist, 30), due=due
    )


def page_title(running: int, overdue: int) -> str:
    """The navigation entry: "전화메모", "전화메모 (3)", "전화메모 (3 · 지남 1)"."""
    if not running:
        return translate("MemoNotices", "전화메모")
    if not overdue:
        return translate("MemoNotices", "전화메모 ({n})").format(n=running)
    return translate("MemoNotices", "전화메모 ({n} · 지남 {late})").format(n=running, late=overdue)


def mine_summary(has_officer: bool, running: int, overdue: int) -> str:
    """The line above "내 메모"."""
    if not has_officer:
        return translate("MemoNotices", "로그인하면 그 사람이 맡은 메모가 여기에 나옵니다.")
    if not running:
        return translate("MemoNotices", "맡은 메모가 없습니다.")
    text = translate("MemoNotices", "맡은 메모 {n}건").format(n=running)
    if overdue:
        text += translate("MemoNotices", " · 기한 지남 {n}건").format(n=overdue)
    return text


class HandedBackPanel:
    """The small box of memos meant for the officer that a deputy took while they were
    away: what happened to each (attempts, notes, the handover). Hidden when empty."""

    def __init__(self, box: QGroupBox, items: QListWidget) -> None:
        self._box = box
        self._list = items
        self._ids: set[int] = set()
        box.hide()

    def show(self, handed: Sequence[tuple[MemoView, list[MemoEventView]]]) -> None:
        self._list.clear()
        self._ids = {memo.id for memo, _events in handed}
        for memo, events in handed:
            if memo.state == "open":
                state = translate("MemoNotices", "처리 중 · {holder}").format(holder=memo.holder)
            else:
                state = translate("MemoNotices", "끝남")
            head = f"{memo.number} {memo.caller_name_masked} — {gist_preview(memo.gist, 40)} ({state})"
            lines = [head] + [event_text(e) for e in events if e.kind != "taken"]
            item = QListWidgetItem("\n".join(lines))
            item.setToolTip(memo.gist)
            self._list.addItem(item)
        self._box.setVisible(bool(handed))

    def has(self, memo_id: int) -> bool:
        return memo_id in self._ids

    def lines(self) -> list[str]:
        """The entries as shown ([] when the box is hidden)."""
        if self._box.isHidden():
            return []
        return [self._list.item(i).text() for i in range(self._list.count())]

    def __repr__(self) -> str:
        return f"HandedBackPanel({len(self._ids)} memos)"
