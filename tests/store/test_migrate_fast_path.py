"""Opening an up-to-date database skips Alembic, which is most of the start-up cost."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from minwon_desk.store.engine import make_engine
from minwon_desk.store.migrate import RELEASED_HEAD, head_revision, migrate


def test_the_released_head_is_the_scripts_head() -> None:
    # Adding a migration without moving RELEASED_HEAD would leave databases un-upgraded.
    assert head_revision() == RELEASED_HEAD


def test_an_up_to_date_database_opens_without_loading_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'minwon.db'}"
    engine = make_engine(url)
    assert migrate(engine).to_revision == RELEASED_HEAD
    engine.dispose()
    script = textwrap.dedent(
        f"""
        import sys
        from minwon_desk.store.engine import make_engine
        from minwon_desk.store.migrate import migrate
        result = migrate(make_engine({url!r}))
        assert not result.upgraded, result
        print("alembic" in sys.modules)
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
