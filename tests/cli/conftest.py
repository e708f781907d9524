from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.mail_server import Inbox, receiving
from tests.support.seed import seed_small_agency

from .helpers import open_data


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder with the small agency already in its database."""
    folder = tmp_path / "data"
    folder.mkdir()
    backend = open_data(folder)
    seed_small_agency(backend)
    backend.close()
    return folder


@pytest.fixture(autouse=True)
def signed_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--as`` finds its password in the environment, as a script's would be."""
    from tests.support.seed import SEED_PASSWORD

    monkeypatch.setenv("MINWON_PASSWORD", SEED_PASSWORD)
    monkeypatch.delenv("MINWON_TOKEN", raising=False)


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    """A real SMTP server on loopback: what it received, and its port."""
    with receiving() as served:
        yield served
