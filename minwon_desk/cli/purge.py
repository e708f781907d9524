"""``minwon-desk purge``: destroy the personal data of records past their retention period
(파기), and ``purge ledger -o FILE.pdf``: the destruction ledger (파기 대장).

``purge --dry-run`` lists what is due, per kind of record: how many and the oldest
closing date, with the period and its basis. ``purge`` asks to confirm (``--yes`` does not
ask), destroys, and prints what the ledger recorded. A purge stopped half-way (a crash, a
kill) is finished by the next one. For the privacy officer (개인정보) or the administrator.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from minwon_desk.cli._common import (
    EXIT_OK,
    UsageError,
    checked_output,
    opened,
    signed_in,
    write_output,
)
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers
    from minwon_desk.services.retention.purge import Due

CONFIRM_WORD = "파기"


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    purge = sub.add_parser(
        "purge", parents=[common], help="보존기간이 지난 기록의 개인정보 파기·파기 대장",
        description="보존기간(이행표준 파일의 [retention])이 지난 방문 기록·전화메모·민원·"
                    "만족도 조사지·보상 상품권 기록의 성명·연락처·주소·내용 등 개인정보를 복구할 "
                    "수 없게 지우고 파기 대장에 남깁니다. 건수와 시각은 남아 통계는 그대로입니다. "
                    "개인정보 관리 또는 관리자 권한이 필요합니다.",
    )
    purge.add_argument("--dry-run", action="store_true",
                       help="파기하지 않고 대상만 보여 줍니다 (종류별 건수와 가장 오래된 날)")
    purge.add_argument("--yes", action="store_true", help="확인을 묻지 않고 파기합니다")
    purge.set_defaults(handler=run_purge)
    actions = purge.add_subparsers(dest="purge_command", metavar="ACTION")
    ledger = actions.add_parser("ledger", parents=[common], help="파기 대장 (PDF)",
                                description="지금까지의 파기 기록을 A4 가로 PDF로 만듭니다.")
    ledger.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    ledger.set_defaults(handler=run_ledger)


def due_lines(due: list[Due]) -> list[str]:
    lines = []
    for d in due:
        oldest = f", 가장 오래된 것 {d.oldest:%Y-%m-%d}" if d.oldest else ""
        kept = "" if d.purged else " — 이름·번호가 없는 기록이라 보관합니다"
        lines.append(f"  {d.kind.label_ko}: {d.count:,}건{oldest} (보존 {d.rule.period_ko}, "
                     f"{d.cutoff:%Y-%m-%d} 이전{kept}) — 근거: {d.rule.basis}")
    return lines


def run_purge(args: argparse.Namespace) -> int:
    from minwon_desk.services.retention.purge import due_total

    with opened(args) as (_config, backend):
        actor = signed_in(args, backend, Operation.PURGE)
        due = backend.retention.due(actor)
        total = due_total(due)
        print("보존기간이 지난 기록:")
        print("\n".join(due_lines(due)))
        if args.dry_run:
            print(f"파기할 기록 모두 {total:,}건. 파기하려면 --dry-run 없이 실행합니다.")
            return EXIT_OK
        if total and not args.yes:
            _confirm(total)
        result = backend.retention.purge(actor)
    if result.run_id is None:
        print("파기할 기록이 없습니다.")
        return EXIT_OK
    done = ", ".join(f"{kind.label_ko} {n:,}건" for kind, n in result.counts.items()) or "없음"
    again = " (멈췄던 파기를 마저 끝냈습니다)" if result.resumed else ""
    print(f"파기했습니다{again}: {done}. 파기 대장 {result.run_id}번에 기록했습니다.")
    return EXIT_OK


def _confirm(total: int) -> None:
    if not sys.stdin.isatty():
        raise UsageError(f"{total:,}건을 파기하려면 확인이 필요합니다. --yes를 붙여 실행해 주세요.")
    answer = input(f"{total:,}건의 개인정보를 복구할 수 없게 지웁니다. "
                   f"계속하려면 '{CONFIRM_WORD}'를 입력하세요: ")
    if answer.strip() != CONFIRM_WORD:
        raise UsageError("파기하지 않았습니다.")


def run_ledger(args: argparse.Namespace) -> int:
    output = checked_output(args.output, example="파기대장.pdf")
    with opened(args) as (_config, backend):
        actor = signed_in(args, backend, Operation.PURGE)
        pdf, count = backend.retention.ledger_pdf(actor)
    write_output(output, pdf)
    print(f"파기 대장을 만들었습니다: {output} ({count:,}줄).")
    return EXIT_OK
