"""A real SMTP server on loopback for the tests (aiosmtpd in a thread), keeping what it
received; it may refuse recipients, ask for STARTTLS and a login."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Inbox:
    """Received messages, parsed; ``refuse`` recipients are answered with ``refusal``."""

    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    refusal: str = "550 5.1.1 <{address}>: Recipient address rejected: User unknown"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address in self.refuse:
            return self.refusal.format(address=address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 Message accepted for delivery"


def self_signed(folder: Path) -> tuple[Path, Path] | None:
    """(certificate, key) for 127.0.0.1, or None without openssl."""
    if shutil.which("openssl") is None:
        return None
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True, timeout=60,
    )
    return cert, key


class Logins:
    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user.encode(), password.encode()
        self.tried: list[str] = []

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str,
                 auth_data: Any) -> AuthResult:
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == self.user
              and auth_data.password == self.password)
        self.tried.append(mechanism)
        return AuthResult(success=ok, handled=False)  # the server answers 535 itself


def start(inbox: Inbox, **kwargs: Any) -> Controller:
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    return controller


@contextmanager
def receiving(**kwargs: Any) -> Iterator[tuple[Inbox, int]]:
    """A server on loopback for the length of the block: what it received, and its port."""
    box = Inbox()
    controller = start(box, **kwargs)
    try:
        yield box, controller.port
    finally:
        controller.stop()


@contextmanager
def receiving_elsewhere() -> Iterator[tuple[Callable[[], int], int]]:
    """A server on loopback in a process of its own, as the agency's mail server is (its
    work takes nothing from the sender's process): how many messages it has received so
    far, and its port."""
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        tally = Path(tmp) / "received"
        server = subprocess.Popen(
            [sys.executable, "-m", "tests.support.mail_server", str(port), str(tally)],
            cwd=Path(__file__).resolve().parents[2])
        try:
            deadline = time.monotonic() + 20
            while True:  # listening once a connection is taken
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise
                    time.sleep(0.05)

            def received() -> int:
                text = tally.read_text() if tally.exists() else ""
                return int(text) if text.strip() else 0

            yield received, port
        finally:
            server.terminate()
            server.wait(timeout=10)


class _Counting:
    """Takes every message and writes how many so far (for :func:`receiving_elsewhere`)."""

    def __init__(self, tally: Path) -> None:
        self._tally = tally
        self._count = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self._count += 1
        partial = self._tally.with_suffix(".part")
        partial.write_text(str(self._count))
        partial.replace(self._tally)  # never read half-written
        return "250 Message accepted for delivery"


if __name__ == "__main__":  # python -m tests.support.mail_server PORT TALLY_FILE
    import threading

    controller = Controller(_Counting(Path(sys.argv[2])), hostname="127.0.0.1",
                            port=int(sys.argv[1]))
    controller.start()
    threading.Event().wait()  # until terminated
