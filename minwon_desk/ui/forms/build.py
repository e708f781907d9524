"""Compile ``forms/*.ui`` (Qt Designer) into ``minwon_desk/ui/forms/ui_<name>.py``.

    python -m minwon_desk.ui.forms.build           # regenerate what is stale
    python -m minwon_desk.ui.forms.build --check   # exit 1 when any generated file is stale

The generated modules are committed so that a wheel or a frozen bundle needs no build step;
they are never edited by hand.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent
FORMS_DIR = OUT_DIR.parents[2] / "forms"

# The uic wrapper that ships with PySide6, run by this interpreter so the compiler always
# matches the pinned PySide6 version (not whatever pyside6-uic is first on PATH).
_UIC = "import sys; from PySide6.scripts.pyside_tool import uic; sys.argv[0] = 'pyside6-uic'; uic()"


def target_for(ui_file: Path, out_dir: Path = OUT_DIR) -> Path:
    return out_dir / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path, target: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _UIC, str(ui_file), "-o", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not target.exists():
        raise RuntimeError(f"{ui_file.name}: uic failed ({result.returncode}): {result.stderr.strip()}")


def ui_files(forms_dir: Path = FORMS_DIR) -> list[Path]:
    return sorted(forms_dir.glob("*.ui"))


def stale_forms(forms_dir: Path = FORMS_DIR, out_dir: Path = OUT_DIR) -> list[str]:
    """Names of generated modules that differ from a fresh compile (or are missing)."""
    stale: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for ui_file in ui_files(forms_dir):
            fresh = target_for(ui_file, Path(tmp))
            compile_form(ui_file, fresh)
            committed = target_for(ui_file, out_dir)
            if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                stale.append(committed.name)
    return stale


def build(forms_dir: Path = FORMS_DIR, out_dir: Path = OUT_DIR) -> list[str]:
    """Regenerate every form; returns the names of modules whose content changed."""
    changed = stale_forms(forms_dir, out_dir)
    for ui_file in ui_files(forms_dir):
        if target_for(ui_file, out_dir).name in changed:
            compile_form(ui_file, target_for(ui_file, out_dir))
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compile Qt Designer forms.")
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    if not FORMS_DIR.is_dir():
        print(f"forms folder not found: {FORMS_DIR}", file=sys.stderr)
        return 2
    if args.check:
        stale = stale_forms()
        for name in stale:
            print(f"stale: {name}")
        return 1 if stale else 0
    for name in build():
        print(f"generated: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
