"""Running the command line as a person would, on a data folder of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
import tomli_w

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


# Who the commands act as unless a test says otherwise: the seeded desk operator, who holds
# every role (its password is in the environment, see conftest).
OPERATOR = "T0001"


def run(
    capsys: pytest.CaptureFixture[str], *args: str, who: str | None = OPERATOR
) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of ``minwon-desk ARGS``, signed in as ``who`` (put
    before the command word) unless ARGS has ``--as`` or ``--demo``, or ``who`` is None."""
    argv = list(args)
    if who is not None and "--as" not in argv and "--demo" not in argv:
        argv = ["--as", who, *argv]
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def mail_settings(folder: Path, port: int) -> None:
    """The desk's settings sending e-mail to a loopback server on ``port``, and text
    messages into a folder."""
    (folder / "settings.toml").write_text(tomli_w.dumps({
        "smtp_host": "127.0.0.1", "smtp_port": port, "smtp_security": "none",
        "mail_from": "minwon@test.go.kr", "sms_folder": str(folder / "sms"),
    }), encoding="utf-8")
