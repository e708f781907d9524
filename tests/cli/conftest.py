from __future__ import annotations

from pathlib import Path

import pytest

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
