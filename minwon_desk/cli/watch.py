"""``minwon-desk watch [--kinds visit,memo,…] [--since SEQ]``: every change as it is
committed, from any desk or process, until stopped (Ctrl+C).

One tab-separated line per change, flushed at once (for a wallboard, a telephone system, or
a person checking that the desks are connected): sequence number, time (ISO 8601, +09:00),
kind, the id it is about, the change (empty for one-fact kinds), the desk. ``--since``
starts after that sequence number (to catch up on what was missed); without it, with the
next change. When the server goes away it is said on stderr, and the watch reconnects and
catches up by itself.
"""

from __future__ import annotations

import argparse
import contextlib
import sys

from minwon_desk.cli._common import EXIT_OK, UsageError, opened
from minwon_desk.domain.i18n import translate

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers
    from minwon_desk.services.live import Change, Link


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    watch = sub.add_parser(
        "watch", parents=[common], help=translate(
            "WatchCommand",
            "다른 창구·프로그램의 변경을 실시간으로 출력",
        ),
        description=translate(
            "WatchCommand",
            "변경이 저장될 때마다 한 줄을 탭으로 나눠 출력합니다: 순번, 시각(+09:00), 종류, "
            "대상 번호, 변경, 창구. Ctrl+C로 끝냅니다.",
        ),
    )
    watch.add_argument("--kinds", metavar="KIND,…",
                       help=translate(
                           "WatchCommand",
                           "이 종류만 (쉼표로 구분: visit, memo, case, compensation, …)",
                       ))
    watch.add_argument("--since", metavar="SEQ",
                       help=translate(
                           "WatchCommand",
                           "이 순번 다음부터 (놓친 변경 따라잡기; 기본: 지금부터)",
                       ))
    watch.set_defaults(handler=run_watch)


def run_watch(args: argparse.Namespace) -> int:
    import asyncio

    from minwon_desk.services.live import ChangeReader, ChangeStream

    kinds = _kinds(args.kinds)
    since = _since(args.since)
    # Ctrl+C is how a watch ends: quietly, with success.
    with contextlib.suppress(KeyboardInterrupt), opened(args) as (_config, backend):
        reader = ChangeReader(backend.db, since=since)
        stream = ChangeStream(backend.db, reader=reader, on_link=_say_link)

        def deliver(changes: list[Change]) -> None:
            for change in changes:
                if kinds is None or change.kind in kinds:
                    print(_line(change), flush=True)

        asyncio.run(stream.run(deliver))
    return EXIT_OK


def _line(change: Change) -> str:
    subject = "" if change.subject is None else str(change.subject)
    fields = (str(change.seq), change.at.isoformat(timespec="seconds"), change.kind, subject,
              change.change, change.desk)
    return "\t".join(f.replace("\t", " ") for f in fields)


_was_lost = False


def _say_link(link: Link) -> None:
    global _was_lost
    if not link.connected:
        _was_lost = True
        print(f"minwon-desk: {link.message}", file=sys.stderr, flush=True)
    elif _was_lost:
        print(translate("WatchCommand", "minwon-desk: 서버에 다시 연결했습니다."), file=sys.stderr, flush=True)


def _kinds(text: str | None) -> set[str] | None:
    from minwon_desk.services.changes import KINDS

    if text is None:
        return None
    given = [k.strip() for k in text.split(",") if k.strip()]
    if not given:
        raise UsageError(translate("WatchCommand", "--kinds: 종류를 적어 주세요 ({kinds}).").format(kinds=', '.join(KINDS)))
    unknown = [k for k in given if k not in KINDS]
    if unknown:
        raise UsageError(
            translate(
                "WatchCommand",
                "--kinds: '{unknown}'은(는) 없는 종류입니다. 다음 중에서 고르세요: {kinds}.",
            ).format(unknown=', '.join(unknown), kinds=', '.join(KINDS))
        )
    return set(given)


# A sequence number is a 64-bit row id on both databases.
_LARGEST_SEQ = 2**63 - 1


def _since(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        seq = int(text.strip())
    except ValueError:
        raise UsageError(translate(
            "WatchCommand",
            "--since: '{text}'은(는) 순번이 아닙니다. 0 이상의 정수로 적어 주세요.",
        ).format(text=text)) from None
    if seq < 0:
        raise UsageError(translate("WatchCommand", "--since: 순번은 0 이상이어야 합니다 ({seq}).").format(seq=seq))
    if seq > _LARGEST_SEQ:
        raise UsageError(translate(
            "WatchCommand",
            "--since: 순번 {seq}은(는) 너무 큽니다. 'minwon-desk watch'가 보여 준 순번을 "
            "적어 주세요.",
        ).format(seq=seq))
    return seq
