"""Text messages: one interface, a development provider that leaves each message as a
file in a folder, and Solapi's HTTP API (https://developers.solapi.com, v4 send)."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from minwon_desk.files import write_atomically
from minwon_desk.services.notices.config import NoticeConfig
from minwon_desk.services.notices.errors import SendFailed

SMS_MAX_BYTES = 90  # longer texts go as LMS (up to 2,000 bytes)


class SmsProvider(Protocol):
    def send(self, to: str, text: str, *, subject: str = "", key: str = "") -> str:
        """Send one text; what the provider answered. SendFailed otherwise."""
        ...


def provider_for(config: NoticeConfig) -> SmsProvider:
    if config.sms_provider == "solapi":
        return SolapiSms(config)
    if config.sms_provider == "folder":
        return FolderSms(Path(config.sms_folder))
    raise SendFailed(f"문자 발송 방법 '{config.sms_provider}'은 알 수 없습니다 (folder, solapi).",
                     permanent=True)


class FolderSms:
    """Writes each text as ``<key>.txt`` (recipient, subject and text) in a folder: for
    trying the app without a provider. Nothing leaves the PC."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, to: str, text: str, *, subject: str = "", key: str = "") -> str:
        name = re.sub(r"[^0-9A-Za-z_.-]", "_", key or secrets.token_hex(8)) + ".txt"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(self.folder / name,
                             f"받는 사람: {to}\n제목: {subject}\n\n{text}\n".encode())
        except OSError as exc:
            raise SendFailed(f"문자 폴더 {self.folder}에 쓸 수 없습니다: {exc.strerror}",
                             permanent=False) from None
        return f"폴더에 저장: {self.folder / name}"


def solapi_authorization(api_key: str, api_secret: str, date: str, salt: str) -> str:
    """Solapi's HMAC-SHA256 header: the signature is HMAC-SHA256(secret, date + salt)."""
    signature = hmac.new(api_secret.encode(), (date + salt).encode(), hashlib.sha256).hexdigest()
    return f"HMAC-SHA256 apiKey={api_key}, date={date}, salt={salt}, signature={signature}"


class SolapiSms:
    def __init__(self, config: NoticeConfig, timeout_s: float = 15.0) -> None:
        self._config = config
        self._timeout = timeout_s

    def send(self, to: str, text: str, *, subject: str = "", key: str = "") -> str:
        cfg = self._config
        if not (cfg.solapi_api_key and cfg.solapi_api_secret and cfg.sms_sender):
            raise SendFailed("솔라피 API 키·비밀 키·발신번호(sms_sender) 설정이 비어 있습니다.",
                             permanent=True)
        long = len(text.encode("cp949", "replace")) > SMS_MAX_BYTES
        message = {"to": _digits(to), "from": _digits(cfg.sms_sender), "text": text,
                   "type": "LMS" if long else "SMS"}
        if long and subject:
            message["subject"] = subject[:40]
        body = json.dumps({"message": message}, ensure_ascii=False).encode()
        date = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        request = urllib.request.Request(
            cfg.solapi_url.rstrip("/") + "/messages/v4/send", data=body, method="POST",
            headers={
                "Authorization": solapi_authorization(cfg.solapi_api_key, cfg.solapi_api_secret,
                                                      date, secrets.token_hex(16)),
                "Content-Type": "application/json; charset=utf-8",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:
                answer = _json(response.read())
        except urllib.error.HTTPError as exc:
            said = _json(exc.read())
            problem = f"{exc.code} {said.get('errorCode', '')} {said.get('errorMessage', '')}".strip()
            # 4xx: the request itself is wrong (key, number, text); 5xx: try again later.
            raise SendFailed(f"문자 서비스가 거절했습니다: {problem}",
                             permanent=400 <= exc.code < 500 and exc.code != 429) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise SendFailed(f"문자 서비스에 연결할 수 없습니다: {reason}", permanent=False) from None
        status = str(answer.get("statusCode", ""))
        if status and not status.startswith("2"):
            raise SendFailed(f"문자 서비스가 거절했습니다: {status} {answer.get('statusMessage', '')}",
                             permanent=True)
        return f"{status} {answer.get('statusMessage', '')} {answer.get('messageId', '')}".strip()


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def _json(raw: bytes) -> dict[str, object]:
    try:
        value = json.loads(raw.decode("utf-8", "replace"))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
