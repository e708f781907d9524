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

from bench_board import bench_board_refresh
from bench_cases import bench_cases
from bench_check_in import bench_check_in
from bench_floor_plan import bench_floor_plan
from bench_import import bench_import
from bench_letters import bench_letters
from bench_memo_clock import bench_memo_clock
from bench_memos import bench_memos
from bench_poster import bench_poster
from bench_search import bench_search
from bench_start import bench_cold_start
from common import Row, print_table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    rows: list[Row] = []
    rows.extend(bench_cold_start(runs=3 if args.quick else 9))
    rows.extend(bench_check_in(count=200 if args.quick else 1000))
    rows.extend(bench_board_refresh(ticks=100 if args.quick else 600))
    rows.extend(bench_memo_clock(ticks=100 if args.quick else 600))
    rows.extend(bench_search(rounds=2 if args.quick else 5))
    rows.extend(bench_floor_plan(steps=100 if args.quick else 300))
    rows.extend(bench_import(runs=1 if args.quick else 3))
    rows.extend(bench_poster(repeat=5 if args.quick else 20))
    rows.extend(bench_letters(repeat=10 if args.quick else 60))
    rows.extend(bench_memos(takes=100 if args.quick else 300, repeat=5 if args.quick else 15))
    rows.extend(bench_cases(repeat=3 if args.quick else 9))
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
