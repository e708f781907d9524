"""Notices to petitioners: what queuing one adds to the action that writes it (a case
opened with an e-mail notice beside the same case opened with a phone call), and the
outbox sending e-mails to a local SMTP server beside smtplib sending the same messages
bare (one connection a message, as the outbox does)."""

from __future__ import annotations

import smtplib
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

from common import Row

from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.notices.config import NoticeConfig
from minwon_desk.services.notices.smtp import build_message
from tests.support.mail_server import Inbox, start
from tests.support.seed import actor_for, seed_small_agency

NOW = datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)


def _timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


def bench_notices(opens: int = 200, mails: int = 1000) -> list[Row]:
    box = Inbox()
    controller = start(box)
    config = NoticeConfig(smtp_host="127.0.0.1", smtp_port=controller.port,
                          smtp_security="none", mail_from="minwon@bench.go.kr")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            backend = Backend.open(f"sqlite:///{Path(tmp) / 'minwon.db'}",
                                   charter=load_charter(charter_preset("mss")), desk="창구",
                                   clock=lambda: NOW)
            try:
                backend.notices.config = config
                agency = seed_small_agency(backend)
                actor = actor_for(backend, agency.operator)
                officer = agency.officers[0].id

                def case(i: int, how: str) -> CaseRequest:
                    return CaseRequest(
                        case_type="고충", channel="방문", subject=f"지연 문의 {i}",
                        petitioner_name="홍길동", officer_id=officer, notify=how,
                        notify_email="hong@example.com" if how == "email" else "")

                for i in range(20):  # warm caches and statements
                    backend.cases.open(actor, case(i, "email"))
                with_notice, without = [], []
                for i in range(opens):  # taking turns: a busy moment weighs on both
                    without.append(_timed(lambda i=i: backend.cases.open(actor, case(i, "phone"))))
                    with_notice.append(_timed(lambda i=i: backend.cases.open(actor, case(i, "email"))))
                queued_ms, plain_ms = statistics.median(with_notice), statistics.median(without)

                for i in range(max(0, mails - opens - 20)):
                    backend.cases.open(actor, case(i, "email"))
                sender = actor_for(backend, agency.officers[0])
                started = time.perf_counter()
                report = backend.notices.send_due(sender, limit=mails)
                send_ms = (time.perf_counter() - started) * 1000 / max(report.sent, 1)
            finally:
                backend.close()
        message = build_message(config, "hong@example.com", "[기관] 민원 접수 안내",
                                "홍길동 님, 민원을 접수했습니다." * 10)
        bare = []
        for _ in range(200):
            t0 = time.perf_counter()
            with smtplib.SMTP("127.0.0.1", controller.port) as smtp:
                smtp.send_message(message)
            bare.append((time.perf_counter() - t0) * 1000)
        bare_ms = statistics.median(bare)
    finally:
        controller.stop()
    return [
        Row("case open with an e-mail notice queued", queued_ms,
            "the same case opened with a phone call (no notice)", plain_ms, "ms",
            "≤ floor + 5 ms", queued_ms - plain_ms <= 5),
        Row(f"outbox: one e-mail sent ({report.sent} sent, {1000 / send_ms:.0f}/s)", send_ms,
            "smtplib alone: connect, send, quit", bare_ms, "ms", "≤ 20 ms (≥ 50/s)",
            send_ms <= 20),
    ]
