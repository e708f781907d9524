"""Settings: declared once, stored per machine, and the demo never touches real data."""

from __future__ import annotations

from pathlib import Path

import pytest

from minwon_desk.resources import charter_preset
from minwon_desk.settings import (
    SETTINGS,
    SettingsError,
    SettingsStore,
    resolve_config,
    sqlite_url,
)


def test_every_setting_has_a_type_default_and_korean_description() -> None:
    names = [s.name for s in SETTINGS]
    assert len(names) == len(set(names))
    for setting in SETTINGS:
        assert isinstance(setting.default, setting.type)
        assert any("가" <= ch <= "힣" for ch in setting.description)


def test_defaults_use_the_machine_data_folder_and_the_mss_charter(tmp_path: Path) -> None:
    config = resolve_config(data_dir=tmp_path, environ={})
    assert config.db_url == sqlite_url(tmp_path / "minwon.db")
    assert config.charter_path == charter_preset("mss")
    assert config.desk_name == "1층 민원안내"


def test_option_beats_environment_beats_settings_file(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.toml")
    store.set("db_url", "sqlite:///from-file.db")
    store.set("charter", "tipa")
    store.save()
    env = {"MINWON_DB_URL": "sqlite:///from-env.db"}
    assert resolve_config(data_dir=tmp_path, environ={}).db_url == "sqlite:///from-file.db"
    assert resolve_config(data_dir=tmp_path, environ=env).db_url == "sqlite:///from-env.db"
    assert (
        resolve_config(data_dir=tmp_path, db_url="sqlite:///opt.db", environ=env).db_url
        == "sqlite:///opt.db"
    )
    assert resolve_config(data_dir=tmp_path, environ={}).charter_path == charter_preset("tipa")


def test_demo_has_its_own_database_whatever_is_configured(tmp_path: Path) -> None:
    env = {"MINWON_DB_URL": "postgresql+psycopg://agency-server/minwon"}
    config = resolve_config(data_dir=tmp_path, demo=True, db_url="sqlite:///real.db", environ=env)
    assert config.db_url == sqlite_url(tmp_path / "demo" / "demo.db")
    assert config.data_dir == tmp_path / "demo"


def test_settings_survive_a_restart(tmp_path: Path) -> None:
    store = SettingsStore.load(tmp_path / "settings.toml")
    store.set("desk_operator", "2026001")
    store.set("greeting_sound", False)
    store.save()
    again = SettingsStore.load(tmp_path / "settings.toml")
    assert again.get("desk_operator") == "2026001"
    assert again.get("greeting_sound") is False


def test_a_wrongly_typed_value_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('greeting_sound = "yes"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="greeting_sound"):
        SettingsStore.load(path)
    with pytest.raises(SettingsError):
        SettingsStore(path).set("desk_name", 3)
