"""``minwon-desk due``: when a period falls due, as one ISO 8601 line (+09:00)."""

from __future__ import annotations

import argparse

from minwon_desk.cli import EXIT_OK, UsageError
from minwon_desk.domain.charter import CharterError, load_charter
from minwon_desk.domain.periods import PeriodError
from minwon_desk.domain.timeutil import to_seoul
from minwon_desk.services.deadlines import compute_due, parse_start
from minwon_desk.settings import charter_path_for, resolve_config


def run_due(args: argparse.Namespace) -> int:
    # The charter matters for its working hours and its named clocks ("callback", …);
    # without --charter the one configured for this machine is used.
    path = (
        charter_path_for(args.charter)
        if args.charter
        else resolve_config(data_dir=args.data_dir, demo=args.demo).charter_path
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
