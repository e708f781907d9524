"""Where notices go out: the agency's mail server and the text-message provider, read
from the machine's settings (secrets may come from the environment instead)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from minwon_desk.settings import SettingsStore, setting

SMTP_PASSWORD_ENV = setting("smtp_password").env  # MINWON_SMTP_PASSWORD
SOLAPI_SECRET_ENV = setting("solapi_api_secret").env  # MINWON_SOLAPI_SECRET


@dataclass(frozen=True)
class NoticeConfig:
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"  # starttls | tls | none
    smtp_user: str = ""
    smtp_password: str = ""
    mail_from: str = ""
    smtp_ca_file: str = ""  # an agency's own certificate authority (tests: a self-signed one)
    smtp_timeout_s: float = 20.0
    sms_provider: str = "folder"  # folder | solapi
    sms_folder: str = ""
    solapi_api_key: str = ""
    solapi_api_secret: str = ""
    solapi_url: str = "https://api.solapi.com"
    sms_sender: str = ""

    def __repr__(self) -> str:  # never the secrets
        return (f"NoticeConfig(smtp={self.smtp_host}:{self.smtp_port}/{self.smtp_security}, "
                f"sms={self.sms_provider})")


def notice_config(
    settings: SettingsStore, data_dir: Path, environ: Mapping[str, str] | None = None
) -> NoticeConfig:
    env = os.environ if environ is None else environ
    folder = str(settings.get("sms_folder")) or str(data_dir / "sms-outbox")
    return NoticeConfig(
        smtp_host=str(settings.get("smtp_host")),
        smtp_port=int(settings.get("smtp_port")),
        smtp_security=str(settings.get("smtp_security")),
        smtp_user=str(settings.get("smtp_user")),
        smtp_password=env.get(SMTP_PASSWORD_ENV) or str(settings.get("smtp_password")),
        mail_from=str(settings.get("mail_from")),
        sms_provider=str(settings.get("sms_provider")),
        sms_folder=folder,
        solapi_api_key=str(settings.get("solapi_api_key")),
        solapi_api_secret=env.get(SOLAPI_SECRET_ENV) or str(settings.get("solapi_api_secret")),
        solapi_url=str(settings.get("solapi_url")),
        sms_sender=str(settings.get("sms_sender")),
    )
