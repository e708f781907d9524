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

from minwon_desk.cli._common import EXIT_OK, UsageError, checked_output, opened, write_output
from minwon_desk.cli._signin import signed_in
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.roles import Operation

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from minwon_desk.cli._common import Subparsers
    from minwon_desk.services.retention.purge import Due

CONFIRM_WORD = "파기"


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    purge = sub.add_parser(
        "purge", parents=[common], help=translate("PurgeCommand", "보존기간이 지난 기록의 개인정보 파기·파기 대장"),
        description=translate("PurgeCommand", "보존기간(이행표준 파일의 [retention])이 지난 방문 기록·전화메모·민원·"
                    "만족도 조사지·보상 상품권 기록의 성명·연락처·주소·내용 등 개인정보를 복구할 "
                    "수 없게 지우고 파기 대장에 남깁니다. 건수와 시각은 남아 통계는 그대로입니다. "
                    "개인정보 관리 또는 관리자 권한이 필요합니다."),
    )
    purge.add_argument("--dry-run", action="store_true",
                       help=translate("PurgeCommand", "파기하지 않고 대상만 보여 줍니다 (종류별 건수와 가장 오래된 날)"))
    purge.add_argument("--yes", action="store_true", help=translate("PurgeCommand", "확인을 묻지 않고 파기합니다"))
    purge.set_defaults(handler=run_purge)
    actions = purge.add_subparsers(dest="purge_command", metavar="ACTION")
    ledger = actions.add_parser("ledger", parents=[common], help=translate("PurgeCommand", "파기 대장 (PDF)"),
                                description=translate("PurgeCommand", "지금까지의 파기 기록을 A4 가로 PDF로 만듭니다."))
    ledger.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    ledger.set_defaults(handler=run_ledger)


def due_lines(due: list[Due]) -> list[str]:
    lines = []
    for d in due:
        oldest = translate("PurgeCommand", ", 가장 오래된 것 {day}").format(day=f"{d.oldest:%Y-%m-%d}") if d.oldest else ""
        kept = "" if d.purged else translate("PurgeCommand", " — 이름·번호가 없는 기록이라 보관합니다")
        lines.append(translate("PurgeCommand", "  {kind}: {n}건{oldest} (보존 {period}, {cutoff} 이전{kept}) — 근거: {basis}")
                     .format(kind=d.kind.label, n=f"{d.count:,}", oldest=oldest,
                             period=translate("PurgeCommand", "{years}년").format(years=d.rule.years), cutoff=f"{d.cutoff:%Y-%m-%d}", kept=kept,
                             basis=d.rule.basis))
    return lines


def run_purge(args: argparse.Namespace) -> int:
    from minwon_desk.services.retention.purge import due_total

    with opened(args) as (_config, backend):
        actor = signed_in(args, backend, Operation.PURGE)
        due = backend.retention.due(actor)
        total = due_total(due)
        print(translate("PurgeCommand", "보존기간이 지난 기록:"))
        print("\n".join(due_lines(due)))
        if args.dry_run:
            print(translate("PurgeCommand", "파기할 기록 모두 {n}건. 파기하려면 --dry-run 없이 실행합니다.")
                  .format(n=f"{total:,}"))
            return EXIT_OK
        if total and not args.yes:
            _confirm(total)
        result = backend.retention.purge(actor)
    if result.run_id is None:
        print(translate("PurgeCommand", "파기할 기록이 없습니다."))
        return EXIT_OK
    done = ", ".join(translate("PurgeCommand", "{kind} {n}건").format(kind=kind.label, n=f"{n:,}")
                     for kind, n in result.counts.items()) or translate("PurgeCommand", "없음")
    again = translate("PurgeCommand", " (멈췄던 파기를 마저 끝냈습니다)") if result.resumed else ""
    print(translate("PurgeCommand", "파기했습니다{again}: {done}. 파기 대장 {run}번에 기록했습니다.")
          .format(again=again, done=done, run=result.run_id))
    return EXIT_OK


def _confirm(total: int) -> None:
    if not sys.stdin.isatty():
        raise UsageError(translate("PurgeCommand", "{n}건을 파기하려면 확인이 필요합니다. --yes를 붙여 실행해 주세요.")
                         .format(n=f"{total:,}"))
    answer = input(translate("PurgeCommand", "{n}건의 개인정보를 복구할 수 없게 지웁니다. 계속하려면 '{word}'를 "
                       "입력하세요: ").format(n=f"{total:,}", word=CONFIRM_WORD))
    if answer.strip() != CONFIRM_WORD:
        raise UsageError(translate("PurgeCommand", "파기하지 않았습니다."))


def run_ledger(args: argparse.Namespace) -> int:
    output = checked_output(args.output, example="파기대장.pdf")
    with opened(args) as (_config, backend):
        actor = signed_in(args, backend, Operation.PURGE)
        pdf, count = backend.retention.ledger_pdf(actor)
    write_output(output, pdf)
    print(translate("PurgeCommand", "파기 대장을 만들었습니다: {path} ({n}줄).").format(path=output, n=f"{count:,}"))
    return EXIT_OK
