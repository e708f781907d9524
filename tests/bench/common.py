"""Timing helpers and the table every benchmark prints."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    name: str
    figure: float  # in `unit`
    floor_name: str
    floor: float | None
    unit: str
    target: str  # e.g. "≤ 2.5× floor" or "≤ 2 ms"
    met: bool | None  # None: shown for reference, no target

    @property
    def ratio(self) -> float | None:
        return self.figure / self.floor if self.floor else None


def median_of(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of `fn` in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def print_table(rows: list[Row]) -> None:
    header = f"{'benchmark':<44} {'figure':>10} {'floor':>10} {'ratio':>7}  {'target':<18} result"
    print()
    print(header)
    print("-" * len(header))
    for r in rows:
        floor = f"{r.floor:.3f}" if r.floor is not None else "—"
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        print(
            f"{r.name:<44} {r.figure:>7.3f} {r.unit:<2} {floor:>10} {ratio:>7}  "
            f"{r.target:<18} {'—' if r.met is None else 'met' if r.met else 'NOT met'}"
        )
        print(f"{'':<4}floor: {r.floor_name}")
