"""``minwon-desk --version``: the version and the schema version, without a database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from minwon_desk import __version__
from minwon_desk.cli import main
from minwon_desk.store.migrate import head_revision
from minwon_desk.store.revisions import newest_revision


def test_version_tells_the_app_and_its_schema(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    # The schema is Alembic's own head of the shipped migrations.
    assert capsys.readouterr().out == f"minwon-desk {__version__} (스키마 {head_revision()})\n"


def test_version_opens_no_database_and_loads_no_database_library(tmp_path: Path) -> None:
    # Run where there is no data folder at all: an installer or support person asks a copy
    # which schema it brings before anything is set up.
    probe = (
        "import sys; from minwon_desk.cli import main\n"
        "try: main(['--version'])\n"
        "except SystemExit: pass\n"
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'PySide6') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=60,
        env={"PATH": "", "HOME": str(tmp_path / "nowhere")},
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [f"minwon-desk {__version__} (스키마 {head_revision()})", "[]"]
    assert list(tmp_path.iterdir()) == []


def test_the_newest_revision_is_the_one_no_other_revises(tmp_path: Path) -> None:
    for name, rev, down in (("a.py", "0001", None), ("c.py", "0003", "0002"), ("b.py", "0002", "0001")):
        (tmp_path / name).write_text(
            f"revision: str = {rev!r}\ndown_revision: str | None = {down!r}\n", encoding="utf-8"
        )
    assert newest_revision(tmp_path) == "0003"
    (tmp_path / "d.py").write_text("revision = '0004'\ndown_revision = '0002'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="2 heads"):
        newest_revision(tmp_path)
