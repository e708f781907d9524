"""Starting the app for real: demo database, screenshot, and refusals with an exit code."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from minwon_desk.app import EXIT_CHARTER, EXIT_OK, EXIT_STORAGE, run_gui
from minwon_desk.settings import resolve_config


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda _parent, title, text, *a: shown.append((title, text))))
    return shown


def test_demo_starts_and_saves_a_screenshot(qapp: QApplication, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    config = resolve_config(data_dir=tmp_path, demo=True)
    assert run_gui(config, screenshot=shot) == EXIT_OK
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 960 and image.height() >= 600
    assert (tmp_path / "demo" / "demo.db").exists()


def test_broken_charter_is_refused_with_its_location(
    qapp: QApplication, tmp_path: Path, refusals: list[tuple[str, str]]
) -> None:
    charter = tmp_path / "agency.toml"
    charter.write_text('[charter\nname = "x"\n', encoding="utf-8")
    config = resolve_config(data_dir=tmp_path, charter=str(charter))
    assert run_gui(config) == EXIT_CHARTER
    [(title, text)] = refusals
    assert title == "이행표준 파일 오류"
    assert "agency.toml" in text


def test_unreachable_database_is_refused(
    qapp: QApplication, tmp_path: Path, refusals: list[tuple[str, str]]
) -> None:
    url = f"sqlite:///{tmp_path / 'gone' / 'minwon.db'}"
    config = resolve_config(data_dir=tmp_path / "data", db_url=url)
    assert run_gui(config) == EXIT_STORAGE
    [(title, text)] = refusals
    assert title == "데이터베이스를 열 수 없습니다"
    assert "폴더" in text


def test_the_window_is_gone_after_the_run(qapp: QApplication, tmp_path: Path) -> None:
    from minwon_desk.ui.main_window import MainWindow

    config = resolve_config(data_dir=tmp_path, demo=True)
    assert run_gui(config, screenshot=tmp_path / "shot.png") == EXIT_OK
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
