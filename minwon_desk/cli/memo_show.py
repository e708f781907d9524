"""``minwon-desk memo show NUMBER [--whole]``: one phone memo, its history and the
messages to its caller with their states, as the memo page shows them.

Masked as ``memo list`` masks (the caller's name, number and address) and without what
people typed (the gist, the notes, the closing reason), so it leaves no access-log row;
``--whole`` prints everything as typed, and — personal data seen — logs the view first:
no row, nothing printed.
"""

from __future__ import annotations

import argparse

from minwon_desk.cli._common import EXIT_OK, UsageError, iso, opened
from minwon_desk.cli._signin import signed_in
from minwon_desk.domain.errors import NotFoundError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.plaintext import visible
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers
    from minwon_desk.services.dto import MemoEventView, MemoView
    from minwon_desk.services.notices.outbox import NoticeView


def register_show(actions: Subparsers, common: argparse.ArgumentParser) -> None:
    show = actions.add_parser(
        "show", parents=[common], help=translate("MemoCommand", "전화메모 한 건 보기 (이력·알림 포함)"),
        description=translate(
            "MemoCommand",
            "전화메모 한 건과 처리 이력, 전화하신 분께 보낸 알림과 그 상태를 출력합니다. "
            "전화하신 분은 목록처럼 가리고 요지·메모는 빼며, --whole이면 모두 보여 주고 "
            "접속기록에 남깁니다.",
        ),
    )
    show.add_argument("memo_no", metavar="MEMO_NO", help=translate("MemoCommand", "메모 번호"))
    show.add_argument("--whole", action="store_true", help=translate(
        "MemoCommand", "전화하신 분의 이름·번호·회신 주소와 요지·메모를 가리지 않고 출력 (접속기록에 남음)"))
    show.set_defaults(handler=run_show)


def run_show(args: argparse.Namespace) -> int:
    with opened(args) as (_config, backend):
        actor = signed_in(args, backend, Operation.RECORDS_READ)
        try:
            memo_id = backend.memos.id_of(args.memo_no)
        except NotFoundError as exc:
            raise UsageError(f"MEMO_NO: {exc}") from None
        if args.whole:
            # Logged before anything is printed: no row, no personal data.
            backend.access_log.viewed(actor, entity="memo", subjects=[memo_id],
                                      what="전화메모 보기 (명령줄)")
        memo = backend.memos.get(memo_id)
        history = backend.memos.history(memo_id)
        notices = backend.notices.for_memo(memo_id)
    for line in memo_lines(memo, history, notices, whole=args.whole):
        print(visible(line))
    return EXIT_OK


def memo_lines(memo: MemoView, history: list[MemoEventView], notices: list[NoticeView], *,
               whole: bool) -> list[str]:
    from minwon_desk.domain.memos import Channel
    from minwon_desk.domain.privacy import mask_contact

    def said(key: str, value: str) -> str:
        return translate("MemoCommand", "{label}: {value}").format(label=key, value=value)

    try:
        channel = Channel(memo.channel).label
    except ValueError:
        channel = memo.channel
    address = memo.address if whole else mask_contact(memo.address)
    caller = memo.caller_name if whole else memo.caller_name_masked
    lines = [
        said(translate("MemoCommand", "메모 번호"), memo.number),
        said(translate("MemoCommand", "받은 시각"), f"{iso(memo.taken_at)} ({memo.taken_by})"),
        said(translate("MemoCommand", "전화하신 분"),
             f"{caller} ({memo.caller_org})" if memo.caller_org else caller),
        said(translate("MemoCommand", "전화번호"), memo.caller_phone if whole else memo.caller_phone_masked),
        said(translate("MemoCommand", "회신 방법"),
             f"{channel} {address}" if address and memo.address != memo.caller_phone else channel),
        said(translate("MemoCommand", "찾은 직원"), memo.asked_for or "—"),
        said(translate("MemoCommand", "맡은 사람"), f"{memo.holder} ({memo.holder_department})"),
        said(translate("MemoCommand", "답신 기한"), iso(memo.due_at) or "—"),
        said(translate("MemoCommand", "상태"), memo.state),
        said(translate("MemoCommand", "답신 시도"), str(memo.attempts)),
    ]
    if memo.closed_at is not None:
        ended = iso(memo.closed_at) + (f" ({memo.close_reason})" if whole and memo.close_reason else "")
        lines.append(said(translate("MemoCommand", "끝남"), ended))
    if whole:
        lines.append(said(translate("MemoCommand", "요지"), memo.gist))
    # The history and the messages to the caller, oldest first, each in its place.
    if history:
        lines.append(translate("MemoCommand", "처리 이력:"))
        lines += [f"  {iso(e.at)}{f' {e.actor}' if e.actor else ''} · {_event(e, whole)}"
                  for e in history]
    if notices:
        lines.append(translate("MemoCommand", "전화하신 분께 보낸 알림:"))
    for n in notices:
        to = n.recipient if whole else n.masked_recipient
        line = f"  {iso(n.created_at)} · {n.label} → {to} · {n.state.label}"
        lines.append(f"{line} — {n.advice}" if n.advice else line)
    return lines


def _event(event: MemoEventView, whole: bool) -> str:
    """What happened: 'attempt' as its outcome, a handing on with whom; notes only whole."""
    from minwon_desk.domain.memos import Outcome

    moved = {"source": event.from_name, "target": event.to_name}
    if event.kind == "taken":
        what = translate("MemoCommand", "접수")
        if event.to_name:
            what += f" → {event.to_name}"
    elif event.kind == "attempt":
        try:
            what = Outcome(event.outcome).label
        except ValueError:
            what = event.outcome
    elif event.kind == "transfer":
        what = translate("MemoCommand", "전달 {source} → {target}").format(**moved)
    elif event.kind == "reassign":
        what = translate("MemoCommand", "대신 받음 {source} → {target}").format(**moved)
    elif event.kind == "handover":
        what = translate("MemoCommand", "담당자에게 돌려줌 {source} → {target}").format(**moved)
    elif event.kind == "close":
        what = translate("MemoCommand", "종결")
    else:
        what = event.kind
    return f"{what} — {event.note}" if whole and event.note else what
