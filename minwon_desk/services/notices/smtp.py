"""E-mail through the agency's SMTP server (the standard library's smtplib): TLS from the
start, STARTTLS or none, with a login when one is set."""

from __future__ import annotations

import functools
import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from minwon_desk.services.notices.config import NoticeConfig
from minwon_desk.services.notices.errors import SendFailed


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    mime: str = "application/pdf"


def build_message(
    config: NoticeConfig, to: str, subject: str, body: str,
    attachments: Sequence[Attachment] = (),
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = config.mail_from
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=config.mail_from.rpartition("@")[2].strip("> ") or None)
    msg.set_content(body, charset="utf-8")
    for item in attachments:
        main, _slash, sub = item.mime.partition("/")
        msg.add_attachment(item.data, maintype=main, subtype=sub, filename=item.filename)
    return msg


def send_mail(
    config: NoticeConfig, to: str, subject: str, body: str,
    attachments: Sequence[Attachment] = (),
) -> str:
    """Send one e-mail; the server's answer when it took it ("250 2.0.0 Ok: queued as
    …"). SendFailed otherwise."""
    if not config.smtp_host:
        raise SendFailed("메일 서버(smtp_host)가 설정되지 않았습니다.", permanent=True)
    if not config.mail_from:
        raise SendFailed("보내는 사람 주소(mail_from)가 설정되지 않았습니다.", permanent=True)
    msg = build_message(config, to, subject, body, attachments)
    try:
        smtp: smtplib.SMTP
        if config.smtp_security == "tls":
            smtp = smtplib.SMTP_SSL(config.smtp_host, config.smtp_port,
                                    timeout=config.smtp_timeout_s,
                                    context=_context(config.smtp_ca_file))
        else:
            smtp = smtplib.SMTP(config.smtp_host, config.smtp_port, timeout=config.smtp_timeout_s)
        with smtp:
            if config.smtp_security == "starttls":
                smtp.starttls(context=_context(config.smtp_ca_file))
            if config.smtp_user:
                if not (config.smtp_user + config.smtp_password).isascii():
                    # smtplib sends the login as ASCII: say so rather than fail obscurely.
                    raise SendFailed("메일 서버 로그인 이름과 비밀번호에는 영문·숫자·기호만 쓸 수 "
                                     "있습니다. 설정을 확인해 주세요.", permanent=True)
                smtp.login(config.smtp_user, config.smtp_password)
            said: list[tuple[int, bytes]] = []
            data = smtp.data

            def keep_answer(message: Any) -> tuple[int, bytes]:
                # smtplib drops the server's answer to the message: kept to be shown.
                answer = data(message)
                said.append(answer)
                return answer

            smtp.data = keep_answer  # type: ignore[method-assign, assignment]
            smtp.send_message(msg)
            return _answer(*said[-1]) if said else "250"
    except smtplib.SMTPRecipientsRefused as exc:
        code, text = next(iter(exc.recipients.values()))
        raise SendFailed(_answer(code, text), permanent=code >= 500) from None
    except smtplib.SMTPAuthenticationError as exc:
        raise SendFailed("메일 서버 로그인이 거절되었습니다: " + _answer(exc.smtp_code, exc.smtp_error),
                         permanent=True) from None
    except smtplib.SMTPResponseException as exc:
        raise SendFailed(_answer(exc.smtp_code, exc.smtp_error),
                         permanent=500 <= exc.smtp_code < 600) from None
    except smtplib.SMTPNotSupportedError:
        raise SendFailed("메일 서버가 STARTTLS를 지원하지 않습니다. smtp_security 설정을 확인해 주세요.",
                         permanent=True) from None
    except ssl.SSLError as exc:
        raise SendFailed(f"메일 서버와 암호화 연결을 맺지 못했습니다: {exc.reason or exc}",
                         permanent=False) from None
    except (smtplib.SMTPException, OSError) as exc:
        raise SendFailed(f"메일 서버({config.smtp_host}:{config.smtp_port})에 연결할 수 없습니다: "
                         f"{exc.__class__.__name__} {exc}".strip(), permanent=False) from None


@functools.cache
def _context(ca_file: str) -> ssl.SSLContext:
    # Made once: loading the system's certificates took 10–200 ms a message.
    return ssl.create_default_context(cafile=ca_file or None)


def _answer(code: int, text: bytes | str) -> str:
    said = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {said}".strip()
