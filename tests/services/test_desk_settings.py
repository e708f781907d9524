"""The settings screen's service: every value checked as the settings file and the
services check it, nothing created while a database address is looked at, the 관리자's
settings kept to 관리자, the file written whole and the change in the audit trail."""

from __future__ import annotations

import sqlite3
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from minwon_desk.domain.errors import PermissionDenied, ValidationError
from minwon_desk.domain.roles import Role
from minwon_desk.services.backend import Backend
from minwon_desk.services.desk_settings import DeskSettingsService, check_value
from minwon_desk.services.dto import Actor
from minwon_desk.settings import SettingsStore
from tests.conftest import PG_URL
from tests.support.seed import SmallAgency, actor_for


@pytest.fixture
def service(tmp_path: Path, backend: Backend) -> DeskSettingsService:
    return DeskSettingsService(SettingsStore(tmp_path / "settings.toml"), backend.db, backend.clock)


def _reason(name: str, value: object) -> str:
    with pytest.raises(ValidationError) as raised:
        check_value(name, value)
    assert raised.value.field == name
    return raised.value.message


def test_the_desk_name_is_plain_text() -> None:
    assert "주민등록번호" in _reason("desk_name", "창구 900101-1234567")
    assert "제어 문자" in _reason("desk_name", "창구\x1b[2J")
    assert "비어" in _reason("desk_name", "   ")
    assert check_value("desk_name", " 2층 민원실 ") == "2층 민원실"


def test_the_charter_must_load(tmp_path: Path) -> None:
    assert check_value("charter", "tipa") == "tipa"
    assert "없습니다" in _reason("charter", str(tmp_path / "없는파일.toml"))
    broken = tmp_path / "broken.toml"
    broken.write_text("[[[", encoding="utf-8")
    assert "이행표준 파일" in _reason("charter", str(broken))


def test_the_numbers_and_choices_are_those_the_file_accepts() -> None:
    assert "1 이상" in _reason("idle_lock_minutes", 0)
    assert "true 또는 false" in _reason("greeting_sound", "yes")
    assert "'ko'" in _reason("language", "fr")


def test_a_sqlite_address_must_be_this_apps_existing_database(tmp_path: Path, backend: Backend) -> None:
    assert "읽을 수 없습니다" in _reason("db_url", "::not a url::")
    assert "메모리" in _reason("db_url", "sqlite:///:memory:")
    missing = tmp_path / "새폴더" / "minwon.db"
    assert "없습니다" in _reason("db_url", f"sqlite:///{missing}")
    assert not missing.parent.exists()  # looked at, nothing made
    other = tmp_path / "contacts.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    assert "민원 데스크의 데이터베이스가 아닙니다" in _reason("db_url", f"sqlite:///{other}")
    assert other.read_bytes() == before
    ours = f"sqlite:///{tmp_path / 'minwon.db'}"
    assert check_value("db_url", ours) == ours
    assert check_value("db_url", "") == ""


@pytest.mark.skipif(not PG_URL, reason="MINWON_TEST_PG_URL is not set")
def test_a_server_address_is_tried_without_creating_anything() -> None:
    missing = make_url(PG_URL).set(database="no_such_minwon_db").render_as_string(hide_password=False)
    assert "'no_such_minwon_db' 데이터베이스가 없습니다" in _reason("db_url", missing)
    # The test server's own database holds no minwon tables on its search path.
    empty = make_url(PG_URL).update_query_dict({"options": "-csearch_path=no_such_schema"})
    assert "db upgrade" in _reason("db_url", empty.render_as_string(hide_password=False))


def test_saving_writes_the_file_and_the_audit(
    service: DeskSettingsService, actor: Actor, backend: Backend, tmp_path: Path
) -> None:
    outcome = service.save(actor, {"desk_name": "2층 민원실", "greeting_sound": False,
                                   "idle_lock_minutes": 10})
    assert outcome.ok and set(outcome.saved) == {"desk_name", "greeting_sound"}
    assert outcome.restart == ("창구 이름",)
    saved = tomllib.loads((tmp_path / "settings.toml").read_text(encoding="utf-8"))
    assert saved == {"desk_name": "2층 민원실", "greeting_sound": False}
    entries = [e for e in backend.audit.recent(actor, limit=5) if e.action == "settings_change"]
    assert entries and "desk_name" in str(entries[0].detail)


def test_a_refused_value_saves_nothing(service: DeskSettingsService, actor: Actor, tmp_path: Path) -> None:
    outcome = service.save(actor, {"desk_name": "900101-1234567", "greeting_sound": False})
    assert set(outcome.problems) == {"desk_name"}
    assert not (tmp_path / "settings.toml").exists()


def test_the_database_address_needs_an_administrator(
    service: DeskSettingsService, backend: Backend, agency: SmallAgency, tmp_path: Path
) -> None:
    clerk = replace(actor_for(backend, agency.operator), roles=frozenset({Role.RECEPTION}))
    assert not service.may_change(clerk, "db_url") and service.may_change(clerk, "greeting_sound")
    with pytest.raises(PermissionDenied):
        service.save(clerk, {"db_url": f"sqlite:///{tmp_path / 'minwon.db'}"})
    assert service.save(clerk, {"greeting_sound": False}).ok


def test_an_unchanged_address_is_not_tried_again(
    tmp_path: Path, backend: Backend, actor: Actor
) -> None:
    gone = f"sqlite:///{tmp_path / 'unplugged' / 'minwon.db'}"
    store = SettingsStore(tmp_path / "settings.toml", {"db_url": gone})
    service = DeskSettingsService(store, backend.db, backend.clock)
    assert service.save(actor, {"db_url": gone, "greeting_sound": False}).saved == ("greeting_sound",)
