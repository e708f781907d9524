"""The chosen case whole: who asked and where the answer goes (in full — the officer needs
it), what was asked, its clock (period, original and current deadline, a pause and its
reason, extensions, the next interim notice), the 1357 ladder, the history and the
documents issued (Enter or a double click opens one).

One ``detail`` read per choice and per change of that case (a few indexed queries, about
a millisecond), so it is read on the GUI thread.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from minwon_desk.domain.cases import CaseChannel
from minwon_desk.domain.notice_templates import NotifyChannel
from minwon_desk.domain.timeutil import describe_remaining
from minwon_desk.services.cases.dto import CaseDetail, CaseEventView, DocumentRef, StageView
from minwon_desk.services.notices.outbox import OutboxState
from minwon_desk.ui.cases.notices import notice_line
from minwon_desk.ui.cases.text import status_of, when
from minwon_desk.ui.common.time_words import short_time
from minwon_desk.ui.forms.ui_case_page import Ui_CasePage
from minwon_desk.ui.i18n import translate

DOCUMENT_ROLE = Qt.ItemDataRole.UserRole


def _channel(value: str) -> str:
    try:
        return CaseChannel(value).label
    except ValueError:
        return value


def _notify(d: CaseDetail) -> str:
    how = NotifyChannel(d.notify or "phone")
    address = {NotifyChannel.EMAIL: d.notify_email, NotifyChannel.SMS: d.notify_mobile}.get(how, "")
    return f"{how.label} {address}".strip()


def detail_text(d: CaseDetail) -> str:
    """The case for the officer: petitioner in full, the request, routing, the answer."""
    v = d.view
    lines = [
        translate("CaseDetailPanel", "{number} · {type} · {channel} 접수").format(
            number=v.number, type=v.type_label, channel=_channel(v.channel)),
        translate("CaseDetailPanel", "접수: {at} · {by} ({desk})").format(
            at=when(v.received_at), by=d.registered_by or translate("CaseDetailPanel", "알 수 없음"), desk=d.desk),
        translate("CaseDetailPanel", "민원인: {name}").format(name=d.petitioner_name or translate("CaseDetailPanel", "(이름 없음)")),
        translate("CaseDetailPanel", "회신 받을 곳: {contact}").format(contact=d.petitioner_contact or translate("CaseDetailPanel", "(적지 않음)")),
        translate("CaseDetailPanel", "알림: {how}").format(how=_notify(d)),
    ]
    if v.officer:
        lines.append(translate("CaseDetailPanel", "담당: {officer} ({dept})").format(officer=v.officer, dept=v.department))
    else:
        lines.append(translate("CaseDetailPanel", "담당: 아직 지정하지 않음 (담당자 전달 기한 {at})").format(
            at=when(d.transfer_due_at)))
    if d.routed_note:
        lines.append(d.routed_note)
    if d.memo_number:
        lines.append(translate("CaseDetailPanel", "전화메모: {number}").format(number=d.memo_number))
    lines += ["", translate("CaseDetailPanel", "제목: {subject}").format(subject=v.subject)]
    if d.content:
        lines += [translate("CaseDetailPanel", "내용:"), d.content]
    if d.attachments:
        lines.append(translate("CaseDetailPanel", "첨부: {names}").format(names=", ".join(d.attachments)))
    if v.answered_at is not None:
        lines += ["", translate("CaseDetailPanel", "회신: {at} · {by}").format(at=when(v.answered_at), by=d.answered_by)]
        if d.answer_text:
            lines.append(d.answer_text)
    return "\n".join(lines)


def clock_text(d: CaseDetail, now: datetime) -> str:
    """Period and basis, the original and current deadline, pause, extensions, notices."""
    v = d.view
    lines = [
        translate("CaseDetailPanel", "처리기간: {period} — {label}").format(period=d.period_label, label=d.clock_label),
    ]
    if d.clock_basis:
        lines.append(translate("CaseDetailPanel", "근거: {basis}").format(basis=d.clock_basis))
    lines.append(translate("CaseDetailPanel", "처음 처리기한: {at}").format(at=when(d.original_due_at)))
    if v.due_at != d.original_due_at:
        lines.append(translate("CaseDetailPanel", "지금 처리기한: {at}").format(at=when(v.due_at)))
    if v.extensions:
        lines.append(translate("CaseDetailPanel", "처리기간 연장: {n}회").format(n=v.extensions))
    if (d.material_due_at is not None and v.state == "open" and not d.material_asked
            and now < d.material_due_at):
        # The officer's own clock for asking: missing material is asked for early.
        lines.append(translate("CaseDetailPanel",
                               "보완 요청 기한: {at} ({left}) — 빠진 서류가 있으면 그 전에 요청하세요").format(
            at=when(d.material_due_at), left=describe_remaining(d.material_due_at - now)))
    if v.paused_at is not None:
        lines.append(translate("CaseDetailPanel", "보완 대기: {at}부터 기한 멈춤").format(at=when(v.paused_at)))
        if d.pause_reason:
            lines.append(translate("CaseDetailPanel", "보완 요청 사유: {reason}").format(reason=d.pause_reason))
    if v.answered_at is None and v.interim_due_at is not None:
        owed = translate("CaseDetailPanel", " — 지금 보내야 합니다") if v.interim_owed(now) else ""
        lines.append(translate("CaseDetailPanel", "다음 중간 통지: {at}까지{owed}").format(at=when(v.interim_due_at), owed=owed))
    lines.append(translate("CaseDetailPanel", "상태: {status}").format(status=status_of(v, now).label))
    if v.late(now):
        lines.append(translate("CaseDetailPanel", "기한이 통지 없이 지났습니다.") if v.answered_at is None
                     else translate("CaseDetailPanel", "기한이 지난 뒤 회신했습니다."))
    return "\n".join(lines)


def stage_text(stage: StageView, now: datetime) -> str:
    """'1357 출동 — 기한 2026-07-03(금) 10:00 · 7/2 10:40 완료'."""
    due = when(stage.due_at)
    if stage.met_at is not None:
        late = translate("CaseDetailPanel", " (기한 넘김)") if stage.met_at > stage.due_at else ""
        done = translate("CaseDetailPanel", "{at} 완료{late}").format(at=short_time(stage.met_at, now), late=late)
    elif now >= stage.due_at:
        done = translate("CaseDetailPanel", "기한 지남")
    else:
        done = translate("CaseDetailPanel", "아직")
    return translate("CaseDetailPanel", "{label} — 기한 {due} · {done}").format(label=stage.label, due=due, done=done)


def event_text(event: CaseEventView, now: datetime) -> str:
    """'7/2 10:30 김민준 사무관 · 처리기간 연장 — 사유 (기한 7/10 18:00 → 7/24 18:00)'."""
    what = event.label
    if event.to_name:
        what += f" → {event.to_name}"
    head = f"{short_time(event.at, now)} {event.actor} · {what}" if event.actor else (
        f"{short_time(event.at, now)} · {what}")
    if event.note:
        head += f" — {event.note}"
    if event.due_after is not None and event.due_before is not None:
        head += translate("CaseDetailPanel", " (기한 {before} → {after})").format(
            before=short_time(event.due_before, now), after=short_time(event.due_after, now))
    return head


def document_text(doc: DocumentRef, now: datetime) -> str:
    return translate("CaseDetailPanel", "{label} · {number} · {at}").format(
        label=doc.label, number=doc.number, at=short_time(doc.issued_at, now))


class CaseDetailPanel(QObject):
    """Behaviour of the "고른 민원" box of :class:`Ui_CasePage`."""

    document_chosen = Signal(str, int)  # kind, ordinal: open it (preview and print)
    drafts_chosen = Signal(int)  # case id: show its notices still to be confirmed

    def __init__(self, form: Ui_CasePage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = f = form
        self.detail: CaseDetail | None = None
        f.documentList.itemActivated.connect(self._document_activated)
        f.historyList.itemActivated.connect(self._history_activated)
        self.show(None, None)

    def show(self, detail: CaseDetail | None, now: datetime | None, message: str = "") -> None:
        """Fill the box (None: nothing chosen, or ``message`` says why it could not be read)."""
        f = self.form
        self.detail = detail
        for widget in (f.stageList, f.historyList, f.documentList):
            widget.clear()
        if detail is None or now is None:
            f.detailBox.setTitle(translate("CaseDetailPanel", "고른 민원"))
            f.detailText.setPlainText(message or translate("CaseDetailPanel",
                "목록에서 민원을 고르면 민원인, 내용, 처리기한과 이력이 여기에 나옵니다. "
                "목록에서 Enter를 누르면 이곳으로 옵니다."))
            f.clockText.setText("")
            self._stages_visible(False)
            return
        v = detail.view
        # "&" in a title marks a mnemonic: "R&D 과제" would lose its "&".
        f.detailBox.setTitle(translate("CaseDetailPanel", "고른 민원: {number} {subject}").format(
            number=v.number, subject=v.subject.replace("&", "&&")))
        f.detailText.setPlainText(detail_text(detail))
        f.clockText.setText(clock_text(detail, now))
        self._stages_visible(bool(detail.stages))
        _fill(f.stageList, [stage_text(s, now) for s in detail.stages])
        # The notices sent to the petitioner, in their place among the events.
        lines = [(e.at, event_text(e, now)) for e in detail.events]
        lines += [(n.created_at, f"{short_time(n.created_at, now)} · {notice_line(n)}")
                  for n in detail.notices]
        _fill(f.historyList, [text for _at, text in sorted(lines, key=lambda line: line[0])])
        for index in range(f.historyList.count()):
            item = f.historyList.item(index)
            if OutboxState.DRAFT.label in item.text():
                item.setData(DOCUMENT_ROLE, ("notice", v.id))
                item.setToolTip(translate("CaseDetailPanel", "Enter 또는 두 번 눌러 알림을 확인하고 보냅니다"))
        for doc in detail.documents:
            item = QListWidgetItem(document_text(doc, now))
            item.setData(DOCUMENT_ROLE, (doc.kind, doc.ordinal))
            item.setToolTip(translate("CaseDetailPanel", "Enter 또는 두 번 눌러 미리 보고 인쇄합니다"))
            f.documentList.addItem(item)

    def tick(self, now: datetime) -> None:
        """The clock lines as of ``now`` (state, interim notice owed), from memory."""
        if self.detail is not None:
            text = clock_text(self.detail, now)
            if text != self.form.clockText.text():
                self.form.clockText.setText(text)

    def focus(self) -> None:
        self.form.detailText.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def document_kinds(self) -> set[str]:
        """Kinds of documents the chosen case has (what the 문서 menu can open)."""
        return {d.kind for d in self.detail.documents} if self.detail is not None else set()

    # --- what a test (or a screen reader) reads -------------------------------------------

    def text(self) -> str:
        return self.form.detailText.toPlainText()

    def clock_lines(self) -> list[str]:
        return self.form.clockText.text().splitlines()

    def stage_lines(self) -> list[str]:
        return _lines(self.form.stageList) if not self.form.stageList.isHidden() else []

    def history_lines(self) -> list[str]:
        return _lines(self.form.historyList)

    def document_lines(self) -> list[str]:
        return _lines(self.form.documentList)

    # --- internals ----------------------------------------------------------------------

    def _stages_visible(self, on: bool) -> None:
        self.form.stageLabel.setVisible(on)
        self.form.stageList.setVisible(on)

    def _history_activated(self, item: QListWidgetItem) -> None:
        chosen = item.data(DOCUMENT_ROLE)
        if chosen and chosen[0] == "notice":
            self.drafts_chosen.emit(chosen[1])

    def _document_activated(self, item: QListWidgetItem) -> None:
        kind, ordinal = item.data(DOCUMENT_ROLE)
        self.document_chosen.emit(kind, ordinal)

    def __repr__(self) -> str:
        return f"CaseDetailPanel({self.detail.number if self.detail else None})"


def _fill(widget: QListWidget, lines: list[str]) -> None:
    for line in lines:
        item = QListWidgetItem(line)
        item.setToolTip(line)
        widget.addItem(item)


def _lines(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]
