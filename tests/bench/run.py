"""Benchmarks: each figure beside its floor, measured in the same run.

Run on purpose (not part of the test run):  uv run python tests/bench/run.py [--quick]

They measure; they do not pass or fail a build. The table shows the figure, the floor, the
ratio and the target the project holds itself to.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_access_log import bench_access_log
from bench_access_review import bench_access_review
from bench_accounts import bench_accounts
from bench_backup import bench_backup
from bench_board import bench_board_refresh
from bench_bundle import bench_bundle
from bench_cases import bench_cases
from bench_check_in import bench_check_in
from bench_demo import bench_demo
from bench_floor_plan import bench_floor_plan
from bench_import import bench_import
from bench_language import bench_language
from bench_letters import bench_letters
from bench_live import bench_live
from bench_memo_clock import bench_memo_clock
from bench_memos import bench_memos
from bench_notices import bench_notices
from bench_poster import bench_poster
from bench_purge import bench_purge
from bench_register import bench_register
from bench_report import bench_report
from bench_search import bench_search
from bench_start import bench_cold_start
from bench_unlock import bench_unlock
from bench_vouchers import bench_vouchers
from common import Row, print_table

_NAMES = ("start", "check-in", "board", "memo-clock", "search", "floor-plan", "import",
          "poster", "letters", "memos", "cases", "report", "vouchers", "live", "accounts", "unlock",
          "access-log", "access-review", "purge", "backup", "bundle", "demo", "language",
          "notices", "register")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--only", nargs="+", metavar="NAME", choices=sorted(_NAMES),
                        help="run only these: " + ", ".join(_NAMES))
    args = parser.parse_args()
    quick = args.quick
    benches = {
        "start": lambda: bench_cold_start(runs=3 if quick else 9),
        "check-in": lambda: bench_check_in(count=200 if quick else 1000),
        "board": lambda: bench_board_refresh(ticks=100 if quick else 600),
        "memo-clock": lambda: bench_memo_clock(ticks=100 if quick else 600),
        "search": lambda: bench_search(rounds=2 if quick else 5),
        "floor-plan": lambda: bench_floor_plan(steps=100 if quick else 300),
        "import": lambda: bench_import(runs=1 if quick else 3),
        "poster": lambda: bench_poster(repeat=5 if quick else 20),
        "letters": lambda: bench_letters(repeat=10 if quick else 60),
        "memos": lambda: bench_memos(takes=100 if quick else 300, repeat=5 if quick else 15),
        "cases": lambda: bench_cases(repeat=3 if quick else 9),
        "vouchers": lambda: bench_vouchers(count=200 if quick else 1000),
        "report": lambda: bench_report(repeat=3 if quick else 7),
        "live": lambda: bench_live(count=200 if quick else 1000,
                                   catch_up=10_000, idle_seconds=5 if quick else 10),
        "accounts": lambda: bench_accounts(count=200 if quick else 1000,
                                           sign_ins=10 if quick else 30),
        "unlock": lambda: bench_unlock(repeat=5 if quick else 15),
        "access-log": lambda: bench_access_log(repeat=50 if quick else 200,
                                               rows=100_000 if quick else 1_000_000),
        "purge": bench_purge,
        "backup": lambda: bench_backup(runs=1 if quick else 3),
        "access-review": lambda: bench_access_review(rows=50_000 if quick else 200_000),
        "bundle": lambda: bench_bundle(runs=3 if quick else 9),
        "demo": lambda: bench_demo(runs=2 if quick else 5),
        "language": lambda: bench_language(repeat=10 if quick else 50),
        "register": lambda: bench_register(repeat=1 if quick else 3),
        "notices": lambda: bench_notices(opens=100 if quick else 200, mails=300 if quick else 1000),
    }
    rows: list[Row] = []
    for name in _NAMES:
        if not args.only or name in args.only:
            rows.extend(benches[name]())
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
