"""A desk starting its day: ``python daily_desk.py URL FOLDER`` tries the day's automatic
backup into FOLDER and prints the file it made, or "none"."""

from __future__ import annotations

import sys
from pathlib import Path

from minwon_desk.domain.charter import load_charter
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend


def main(url: str, folder: str) -> None:
    backend = Backend.open(url, charter=load_charter(charter_preset("mss")), desk=Path(folder).name)
    try:
        made = backend.backups.daily(Path(folder), keep=14)
    finally:
        backend.close()
    print(made if made is not None else "none", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
