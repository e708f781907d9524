"""Text messages through Solapi's HTTP API, against a local server on loopback that checks
the HMAC-SHA256 signature as Solapi does and answers as its documentation says."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from minwon_desk.services.notices.config import NoticeConfig
from minwon_desk.services.notices.errors import SendFailed
from minwon_desk.services.notices.sms import SolapiSms

KEY, SECRET = "NCSTESTKEY", "test-secret-0123456789"


@dataclass
class Gateway:
    port: int = 0
    received: list[dict[str, Any]] = field(default_factory=list)
    answer: tuple[int, dict[str, Any]] | None = None  # forced answer (an error)


def _handler(gateway: Gateway) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            auth = self.headers.get("Authorization", "")
            match = re.fullmatch(r"HMAC-SHA256 apiKey=(\S+), date=(\S+), salt=(\S+), "
                                 r"signature=([0-9a-f]{64})", auth)
            if self.path != "/messages/v4/send":
                return self._reply(404, {"errorCode": "NotFound", "errorMessage": self.path})
            if match is None or match.group(1) != KEY:
                return self._reply(401, {"errorCode": "InvalidAPIKey",
                                         "errorMessage": "API Key가 올바르지 않습니다."})
            expected = hmac.new(SECRET.encode(), (match.group(2) + match.group(3)).encode(),
                                hashlib.sha256).hexdigest()
            if not hmac.compare_digest(expected, match.group(4)):
                return self._reply(401, {"errorCode": "SignatureDoesNotMatch",
                                         "errorMessage": "서명이 올바르지 않습니다."})
            message = json.loads(body)["message"]
            gateway.received.append(message)
            if gateway.answer is not None:
                return self._reply(*gateway.answer)
            return self._reply(200, {"groupId": "G1", "messageId": "M1", "statusCode": "2000",
                                     "statusMessage": "정상 접수(이통사로 접수 예정)"})

        def _reply(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    state = Gateway()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def _solapi(port: int, **kwargs: Any) -> SolapiSms:
    config = NoticeConfig(sms_provider="solapi", solapi_api_key=KEY, solapi_api_secret=SECRET,
                          solapi_url=f"http://127.0.0.1:{port}", sms_sender="02-1234-5678")
    for name, value in kwargs.items():
        config = NoticeConfig(**{**config.__dict__, name: value})
    return SolapiSms(config, timeout_s=5)


def test_a_text_is_signed_and_sent_as_lms_when_long(gateway: Gateway) -> None:
    text = "[중소벤처기업부] 홍길동 님 민원(MSS-2026-000001) 처리 중입니다. 처리 예정 2026년 7월 14일(화)."
    answer = _solapi(gateway.port).send("010-1234-5678", text, subject="중간 안내")
    assert answer.startswith("2000")
    [message] = gateway.received
    assert message == {"to": "01012345678", "from": "0212345678", "text": text, "type": "LMS",
                       "subject": "중간 안내"}
    _solapi(gateway.port).send("010-1234-5678", "짧은 안내")
    assert gateway.received[-1]["type"] == "SMS"


def test_a_wrong_secret_is_refused_for_good(gateway: Gateway) -> None:
    with pytest.raises(SendFailed) as failed:
        _solapi(gateway.port, solapi_api_secret="wrong").send("010-1234-5678", "안내")
    assert failed.value.permanent and "SignatureDoesNotMatch" in failed.value.answer
    assert gateway.received == []


def test_the_gateways_errors_are_kept_and_a_busy_gateway_is_tried_again(gateway: Gateway) -> None:
    gateway.answer = (400, {"errorCode": "ValidationError", "errorMessage": "수신번호 형식 오류"})
    with pytest.raises(SendFailed) as refused:
        _solapi(gateway.port).send("010-1234-5678", "안내")
    assert refused.value.permanent and "수신번호 형식 오류" in refused.value.answer
    gateway.answer = (503, {"errorCode": "ServiceUnavailable", "errorMessage": "잠시 후"})
    with pytest.raises(SendFailed) as busy:
        _solapi(gateway.port).send("010-1234-5678", "안내")
    assert not busy.value.permanent


def test_an_unreachable_gateway_is_temporary() -> None:
    from tests.support.mail_server import free_port

    with pytest.raises(SendFailed) as failed:
        _solapi(free_port()).send("010-1234-5678", "안내")
    assert not failed.value.permanent and "연결할 수 없습니다" in failed.value.answer


def test_missing_keys_are_said_before_anything_is_sent(gateway: Gateway) -> None:
    with pytest.raises(SendFailed, match="솔라피 API 키"):
        _solapi(gateway.port, solapi_api_key="").send("010-1234-5678", "안내")
