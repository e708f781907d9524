"""``minwon-desk due``: when a period falls due, as one ISO 8601 line (+09:00)."""

from __future__ import annotations

import argparse

from minwon_desk.cli._common import EXIT_OK, UsageError, date_arg
from minwon_desk.domain.i18n import translate

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from pathlib import Path

    from minwon_desk.cli._common import Subparsers


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    due = sub.add_parser(
        "due", parents=[common], help=translate("DueCommand", "처리기한 계산"),
        description=translate(
            "DueCommand",
            "접수 시각과 처리기간으로 처리기한을 계산해 ISO 8601 한 줄로 출력합니다.",
        ),
    )
    due.add_argument("--from", dest="start", required=True, metavar="ISO8601",
                     help=translate(
                         "DueCommand",
                         "접수 시각, 예: 2026-07-02T15:00+09:00 (오프셋이 없으면 서울 시각)",
                     ))
    due.add_argument("--period", required=True, metavar="SPEC",
                     help=translate(
                         "DueCommand",
                         "Nm(분, 벽시계), Nh(근무시간), Nd(일, 법의 계산법), immediate(즉시) "
                         "또는 이행표준의 시계 이름(예: callback)",
                     ))
    due.add_argument("--extra-holiday", action="append", default=[], type=date_arg,
                     metavar="YYYY-MM-DD", help=translate(
                         "DueCommand",
                         "추가 휴일 (여러 번 쓸 수 있음)",
                     ))
    due.set_defaults(handler=run_due)


def run_due(args: argparse.Namespace) -> int:
    from minwon_desk.domain.charter import CharterError, load_charter
    from minwon_desk.domain.periods import PeriodError
    from minwon_desk.domain.timeutil import to_seoul
    from minwon_desk.services.deadlines import compute_due, parse_start
    from minwon_desk.settings import charter_path_for

    # The charter matters for its working hours and its named clocks ("callback", …);
    # without --charter the one configured for this machine is used.
    path = (
        charter_path_for(args.charter)
        if args.charter
        else _configured_charter(args)
    )
    try:
        charter = load_charter(path)
        start = parse_start(args.start)
        deadline = compute_due(
            start, args.period, extra_holidays=args.extra_holiday, charter=charter
        )
    except (CharterError, PeriodError, ValueError) as exc:
        raise UsageError(str(exc)) from exc
    print(to_seoul(deadline).isoformat(timespec="seconds"))
    return EXIT_OK


def _configured_charter(args: argparse.Namespace) -> Path:
    from minwon_desk.settings import SettingsError, resolve_config

    try:
        return resolve_config(data_dir=args.data_dir, demo=args.demo).charter_path
    except SettingsError as exc:
        raise UsageError(str(exc)) from None
