"""Building the demo agency on first start (a person waits for it): ``ensure_demo`` into a
fresh SQLite database, beside the floor measured in the same run — opening an empty
database and creating the schema, which every first start pays anyway. The two take turns
so that a busy moment of a shared machine weighs on both alike.

Run on purpose:  uv run python tests/bench/bench_demo.py [--quick]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, print_table

from minwon_desk.domain.charter import load_charter
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.services.demo.agency import ensure_demo

TARGET_MS = 3000.0


def bench_demo(runs: int = 5) -> list[Row]:
    charter = load_charter(charter_preset("mss"))
    builds, floors = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs + 1):  # the first pair warms imports and caches; not counted
            start = time.perf_counter()
            backend = Backend.open(f"sqlite:///{Path(tmp) / f'floor{i}.db'}", charter=charter,
                                   desk="데모")
            floor = (time.perf_counter() - start) * 1000
            backend.close()
            backend = Backend.open(f"sqlite:///{Path(tmp) / f'demo{i}.db'}", charter=charter,
                                   desk="데모")
            try:
                start = time.perf_counter()
                ensure_demo(backend)
                build = (time.perf_counter() - start) * 1000
            finally:
                backend.close()
            if i:
                builds.append(build)
                floors.append(floor)
    figure = statistics.median(builds)
    return [Row("demo agency built (first start, SQLite)", figure,
                "empty database opened and its schema created", statistics.median(floors),
                "ms", f"≤ {TARGET_MS:.0f} ms", figure <= TARGET_MS)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    print_table(bench_demo(runs=2 if args.quick else 5))
    return 0


if __name__ == "__main__":
    sys.exit(main())
