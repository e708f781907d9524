"""시험 메일 from the settings screen's service: only a 관리자 sends it, with the mail
settings as typed (a password in the environment wins, as when notices go); the server's
own answer comes back; the try is in the audit trail with the domain, not the address."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from minwon_desk.domain.errors import MinwonError, PermissionDenied, ValidationError
from minwon_desk.domain.roles import Role
from minwon_desk.services.backend import Backend
from minwon_desk.services.desk_settings import DeskSettingsService
from minwon_desk.services.dto import Actor
from minwon_desk.settings import SettingsStore
from minwon_desk.store.models import AuditEntry
from tests.support.mail_server import Inbox, Logins, receiving, start
from tests.support.seed import SmallAgency, signed_in_as

TYPED = {"smtp_security": "none", "mail_from": "민원실 <minwon@test.go.kr>"}


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    with receiving() as served:
        yield served


def _service(tmp_path: Path, backend: Backend, **environ: str) -> DeskSettingsService:
    return DeskSettingsService(SettingsStore(tmp_path / "settings.toml"), backend.db,
                               backend.clock, environ=environ)


def test_the_servers_answer_comes_back_and_the_try_is_audited(
    tmp_path: Path, backend: Backend, actor: Actor, inbox: tuple[Inbox, int]
) -> None:
    box, port = inbox
    service = _service(tmp_path, backend)
    typed = {**TYPED, "smtp_host": "127.0.0.1", "smtp_port": port}
    answer = service.send_test_mail(actor, typed, "hong@example.com")
    assert answer == "250 Message accepted for delivery"
    assert box.envelopes == [("minwon@test.go.kr", ["hong@example.com"])]
    with backend.db.read() as session:
        row = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "settings_test_mail")).one()
    assert json.loads(row.detail)["to_domain"] == "example.com"
    assert "hong" not in row.detail
    assert not (tmp_path / "settings.toml").exists()  # trying saves nothing


def test_a_password_in_the_environment_is_the_one_used(
    tmp_path: Path, backend: Backend, actor: Actor
) -> None:
    box, logins = Inbox(), Logins("minwon", "from-the-vault")
    controller = start(box, authenticator=logins, auth_require_tls=False)
    try:
        service = _service(tmp_path, backend, MINWON_SMTP_PASSWORD="from-the-vault")
        assert service.from_environment("smtp_password")
        typed = {**TYPED, "smtp_host": "127.0.0.1", "smtp_port": controller.port,
                 "smtp_user": "minwon", "smtp_password": "typed-but-not-used"}
        assert service.send_test_mail(actor, typed, "hong@example.com").startswith("250")
    finally:
        controller.stop()
    assert len(box.messages) == 1


def test_refusals(tmp_path: Path, backend: Backend, agency: SmallAgency, actor: Actor) -> None:
    service = _service(tmp_path, backend)
    clerk = signed_in_as(backend, agency.officers[0].id, frozenset({Role.RECEPTION}))
    with pytest.raises(PermissionDenied):
        service.send_test_mail(clerk, TYPED, "hong@example.com")
    with pytest.raises(ValidationError) as no_address:
        service.send_test_mail(actor, TYPED, " ")
    assert no_address.value.field == "test_to"
    with pytest.raises(MinwonError, match="smtp_host"):  # nothing set: said which setting
        service.send_test_mail(actor, TYPED, "hong@example.com")
