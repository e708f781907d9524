"""Peak memory of reading a roster file for import, each in a fresh process (ru_maxrss):
a 7 MB roster (42,000 rows, under both limits) against a floor (the same file read by the ``csv``
module into a list), and a 50 MB roster, which is refused before it is read.

Run: ``uv run python tests/bench/bench_import_memory.py``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from common import Row, print_table

ROOT = Path(__file__).resolve().parents[2]
HEADER = "사번,성명,직위,부서,내선번호,이메일,담당업무,기본대행자사번\n"

_READ = """
import resource, sys
from pathlib import Path
from minwon_desk.services.spreadsheets import TableError, read_table
try:
    read_table(Path(sys.argv[1]))
except TableError:
    pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""
_FLOOR = """
import csv, resource, sys
import minwon_desk.services.spreadsheets  # the same imports, so the floor holds them too
with open(sys.argv[1], encoding="utf-8", newline="") as fh:
    rows = list(csv.reader(fh))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def write_roster(path: Path, megabytes: float) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        i = 0
        while fh.tell() < megabytes * 1024 * 1024:
            i += 1
            fh.write(f"T{i:06d},홍길동{i},주무관,민원팀{i % 50},{1000 + i % 9000},h{i}@example.go.kr,"
                     f"민원 안내와 서류 발급 상담 업무를 맡습니다 여권 가족관계 등록 {i},\n")
    return path


def peak_mb(script: str, path: Path) -> float:
    done = subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def _row(name: str, figure: float, floor_name: str, floor: float, most: float) -> Row:
    return Row(name, figure, floor_name, floor, "MB", f"≤ {most:g}× floor", figure <= most * floor)


def bench_import_memory() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        near = write_roster(Path(tmp) / "near-limit.csv", 7)
        huge = write_roster(Path(tmp) / "50mb.csv", 50)
        floor = peak_mb(_FLOOR, near)
        return [
            _row("roster 7 MB read for import: peak RSS", peak_mb(_READ, near),
                 "csv.reader into a list", floor, 2.0),
            _row("roster 50 MB refused: peak RSS", peak_mb(_READ, huge),
                 "csv.reader of 7 MB", floor, 1.0),
        ]


if __name__ == "__main__":
    print_table(bench_import_memory())
