"""The installed app: the bundle's size, and its cold start beside the source run's.

Needs a bundle built by ``installer/build`` (dist/minwon-desk); without one the rows say so.
Both start the demo with ``--screenshot`` on data folders of their own, interleaved so that
machine noise hits both alike; ``shown`` is the first painted frame, from process creation
(see bench_start).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

from bench_start import _run
from common import Row

BUNDLE = Path(__file__).resolve().parents[2] / "dist" / "minwon-desk"
MAX_MB = 250


def _size_mb(folder: Path) -> float:
    # PyInstaller links some libraries into place: a link is not counted twice.
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def bench_bundle(runs: int) -> list[Row]:
    program = BUNDLE / ("minwon-desk.exe" if sys.platform == "win32" else "minwon-desk")
    if not program.exists():
        print(f"bundle: none at {BUNDLE} (installer/build makes it); skipped")
        return []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shot, trace = folder / "shot.png", folder / "trace.txt"

        def command(start: list[str], data: str) -> list[str]:
            return [*start, "--demo", "--data-dir", str(folder / data), "--screenshot", str(shot)]

        bundle_cmd = command([str(program)], "bundle")
        source_cmd = command([sys.executable, "-m", "minwon_desk"], "source")
        for _ in range(2):  # builds each demo database and the bytecode caches; not measured
            _run(bundle_cmd, trace)
            _run(source_cmd, trace)
        bundle, source = [], []
        for _ in range(runs):
            bundle.append(_run(bundle_cmd, trace))
            source.append(_run(source_cmd, trace))

    def median(samples: list[dict[str, float]], key: str) -> float:
        return statistics.median(s[key] for s in samples)

    shown, source_shown = median(bundle, "shown"), median(source, "shown")
    size = _size_mb(BUNDLE)
    return [
        Row("bundle: cold start to window shown (--demo)", shown,
            "the source run (python -m minwon_desk), first frame painted", source_shown, "ms",
            "≤ 1.2× floor", shown <= 1.2 * source_shown),
        Row("  … to board filled from the database", median(bundle, "ready"),
            "(for reference: the source run's)", median(source, "ready"), "ms", "—", None),
        Row("bundle: size on disk", size, f"(the check's limit: {MAX_MB} MB)", None, "MB",
            f"≤ {MAX_MB} MB", size <= MAX_MB),
    ]
