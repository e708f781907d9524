"""The window shows before the database opens: building it must not load the storage,
spreadsheet, image or PDF libraries (each costs tens of milliseconds at start-up)."""

from __future__ import annotations

import subprocess
import sys


def test_the_window_module_loads_no_storage_or_document_libraries() -> None:
    code = (
        "import sys; import minwon_desk.ui.main_window; "
        "print(sorted(m for m in ('sqlalchemy', 'openpyxl', 'PIL', 'reportlab', 'alembic') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    ).stdout
    assert out.strip() == "[]"
