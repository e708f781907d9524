"""Resources are found from a checkout, an installed wheel and a frozen bundle."""

from __future__ import annotations

import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from minwon_desk import resources


@pytest.fixture(autouse=True)
def _fresh_cache():
    resources.resources_root.cache_clear()
    yield
    resources.resources_root.cache_clear()


def test_checkout_has_fonts_licence_charters_and_sound() -> None:
    for parts in (
        ("fonts", "NanumGothic.ttf"),
        ("fonts", "NanumGothicBold.ttf"),
        ("fonts", "OFL.txt"),
        ("charters", "mss.toml"),
        ("charters", "tipa.toml"),
        ("sounds", "greeting_due.wav"),
    ):
        assert resources.resource_path(*parts).is_file(), parts


def test_a_frozen_bundle_reads_from_its_own_folder(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "resources" / "charters").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_root() == tmp_path / "resources"


def test_an_installed_package_reads_resources_inside_it(tmp_path: Path, monkeypatch) -> None:
    package = tmp_path / "site-packages" / "minwon_desk"
    (package / "resources" / "charters").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", package)
    assert resources.resources_root() == package / "resources"


def test_missing_resources_are_reported_in_korean(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path / "nowhere" / "minwon_desk")
    with pytest.raises(FileNotFoundError, match="자원 폴더"):
        resources.resources_root()


@pytest.mark.slow
def test_the_wheel_carries_the_resources(tmp_path: Path) -> None:
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not on PATH")
    import subprocess

    root = Path(__file__).resolve().parents[1]
    subprocess.run(
        [uv, "build", "--wheel", "--out-dir", str(tmp_path), str(root)],
        check=True, capture_output=True, timeout=300,
    )
    (wheel,) = tmp_path.glob("minwon_desk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "minwon_desk/resources/fonts/NanumGothic.ttf",
        "minwon_desk/resources/fonts/OFL.txt",
        "minwon_desk/resources/charters/mss.toml",
        "minwon_desk/store/migrations/env.py",
        "minwon_desk/ui/forms/ui_main_window.py",
    ):
        assert expected in names, expected
