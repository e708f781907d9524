"""Find bundled resources (fonts, charters, sounds, icons, translations, demo data).

One function for the three ways the app runs: from a source checkout (``resources/`` beside
the package), from an installed wheel (``minwon_desk/resources/``, put there by the build),
and from a PyInstaller bundle (``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_root() -> Path:
    candidates: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    candidates.append(_PACKAGE_DIR / "resources")  # installed wheel
    candidates.append(_PACKAGE_DIR.parent / "resources")  # source checkout
    for candidate in candidates:
        if (candidate / "charters").is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"민원 데스크의 자원 폴더(resources)를 찾을 수 없습니다. 확인한 곳: {tried}")


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "NanumGothic.ttf")``."""
    return resources_root().joinpath(*parts)


def charter_preset(name: str) -> Path:
    """Path of a preset charter by name (``"mss"`` or ``"tipa"``)."""
    return resource_path("charters", f"{name}.toml")
