"""시험 메일: one e-mail to an address the administrator types, through the mail settings
as they stand on the settings screen (saved or not yet), so a wrong server, port or
password is found before a petitioner's notice fails. The server's answer is returned
as it said it; the try is in the audit trail (where to, by domain only)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from minwon_desk.domain.errors import MinwonError, PermissionDenied, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.notice_templates import check_email
from minwon_desk.domain.roles import Operation, allows, refusal
from minwon_desk.domain.timeutil import Clock, format_ko
from minwon_desk.services import audit
from minwon_desk.services._tx import Database
from minwon_desk.services.dto import Actor
from minwon_desk.services.notices.config import NoticeConfig
from minwon_desk.services.notices.errors import SendFailed
from minwon_desk.services.notices.smtp import send_mail
from minwon_desk.settings import setting, value_problem

MAIL_SETTINGS = ("smtp_host", "smtp_port", "smtp_security", "smtp_user", "smtp_password",
                 "mail_from")
TIMEOUT_S = 15.0  # the person is waiting for the answer


def mail_config(values: Mapping[str, Any], environ: Mapping[str, str] | None = None
                ) -> NoticeConfig:
    """The mail part of the notice configuration from ``values`` (a password set in the
    environment wins, as when notices are sent); a value the rules refuse is said at its
    field."""
    env = os.environ if environ is None else environ
    for name in MAIL_SETTINGS:
        problem = value_problem(setting(name), values[name])
        if problem is not None:
            raise ValidationError(name, f"{translate('Settings', setting(name).label)}: {problem}.")
    password_env = setting("smtp_password").env
    return NoticeConfig(
        smtp_host=str(values["smtp_host"]).strip(), smtp_port=int(values["smtp_port"]),
        smtp_security=str(values["smtp_security"]), smtp_user=str(values["smtp_user"]).strip(),
        smtp_password=env.get(password_env) or str(values["smtp_password"]),
        mail_from=str(values["mail_from"]).strip(), smtp_timeout_s=TIMEOUT_S,
    )


def send_test_mail(db: Database, clock: Clock, actor: Actor, values: Mapping[str, Any],
                   to: str, environ: Mapping[str, str] | None = None) -> str:
    """Send it; the server's answer. ValidationError for the address (field ``test_to``)
    or a setting; MinwonError with the server's answer (or why it could not be reached)."""
    if not allows(actor.roles, Operation.SETTINGS):
        raise PermissionDenied(Operation.SETTINGS, refusal(Operation.SETTINGS))
    if not to.strip():
        raise ValidationError("test_to", translate("TestMail", "시험 메일을 받을 주소를 적어 주세요."))
    address = check_email(to, "test_to")
    config = mail_config(values, environ)
    now = clock()
    subject = translate("TestMail", "[민원 데스크] 시험 메일")
    body = translate(
        "TestMail",
        "민원 데스크의 메일 설정을 시험하는 메일입니다.\n\n보낸 곳: {desk} ({who})\n보낸 때: {at}\n"
        "메일 서버: {host}:{port} ({security})\n\n이 메일을 받으셨다면 민원인에게 보내는 알림도 "
        "이 설정으로 나갑니다.",
    ).format(desk=actor.desk, who=actor.name, at=format_ko(now), host=config.smtp_host,
             port=config.smtp_port, security=config.smtp_security)
    try:
        answer = send_mail(config, address, subject, body)
        failed = ""
    except SendFailed as exc:
        answer, failed = "", exc.answer
    with db.write(actor, Operation.SETTINGS) as (session, _staff):
        audit.record(
            session, at=now, actor=actor, desk=actor.desk, action="settings_test_mail",
            entity="desk_settings", entity_id=None,
            detail={"to_domain": address.rpartition("@")[2], "sent": not failed,
                    "server": config.smtp_host},
        )
    if failed:
        raise MinwonError(translate("TestMail", "시험 메일을 보내지 못했습니다: {why}").format(why=failed))
    return answer
