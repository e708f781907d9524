"""Running the command line as a person would, on a data folder of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from minwon_desk.cli import main
from minwon_desk.domain.charter import load_charter
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend

DESK = "1층 민원안내"


def open_data(data_dir: Path) -> Backend:
    """The database of a ``--data-dir`` folder, opened the way the commands open it."""
    return Backend.open(
        f"sqlite:///{data_dir / 'minwon.db'}", charter=load_charter(charter_preset("mss")), desk=DESK
    )


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of ``minwon-desk ARGS``."""
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
